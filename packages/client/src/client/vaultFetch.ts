import { VaultNetworkError } from '../errors/VaultNetworkError.js';
import { VaultResponseError } from '../errors/VaultResponseError.js';

/**
 * The `fetch` handed to openapi-fetch: classifies failures where the request and response are
 * both in view, so every error names the call that failed.
 *
 * - A rejected fetch becomes `VaultNetworkError`, except an abort, which is rethrown untouched so
 *   TanStack Query (and any caller) sees the native `AbortError`.
 * - A 2xx whose body is not JSON becomes `VaultResponseError` (openapi-fetch would throw a bare
 *   `SyntaxError`).
 *
 * The global `fetch` is looked up per call, not captured, so MSW and test doubles installed after
 * the client was created still apply; a custom `fetch` is called unbound because browsers reject
 * `window.fetch` called with a foreign `this`.
 */
export function createVaultFetch(custom?: typeof globalThis.fetch): (request: Request) => Promise<Response> {
  return async (request) => {
    const description = `${request.method} ${new URL(request.url).pathname}`;
    let response: Response;
    try {
      response = custom ? await custom(request) : await globalThis.fetch(request);
    } catch (error) {
      if (request.signal.aborted || isAbortError(error)) throw error;
      throw new VaultNetworkError(description, { cause: error });
    }
    if (!response.ok || response.status === 204) return response;
    const text = await response.text();
    if (text !== '') {
      try {
        JSON.parse(text);
      } catch (error) {
        throw new VaultResponseError(description, {
          status: response.status,
          body: text,
          expected: 'a JSON body',
          cause: error,
        });
      }
    }
    return new Response(text, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
}

function isAbortError(error: unknown): boolean {
  return error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError');
}
