import { VaultApiError } from '../errors/VaultApiError.js';
import { VaultResponseError } from '../errors/VaultResponseError.js';

/** What an openapi-fetch call resolves to, loosened to what `send` needs. */
interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** A successful answer, with what error messages need to name the call. */
export interface Received<T> {
  description: string;
  status: number;
  body: T | undefined;
}

/**
 * Runs one openapi-fetch call; a non-2xx answer becomes `VaultApiError` carrying Apideck's body.
 * Network failures and aborts were already classified by `createVaultFetch`.
 */
export async function send<T>(description: string, run: () => Promise<FetchResult<T>>): Promise<Received<T>> {
  const { data, error, response } = await run();
  if (!response.ok) {
    throw new VaultApiError({
      status: response.status,
      body: error,
      retryAfter: response.headers.get('Retry-After'),
      statusText: response.statusText,
    });
  }
  return { description, status: response.status, body: data };
}

/** The `data` array of a list response, or `VaultResponseError` when the body has none. */
export function dataArray<T>(received: Received<{ data: T[] }>): T[] {
  const data = dataOf(received);
  if (!Array.isArray(data)) throw shapeError(received, 'a body whose "data" is an array');
  return data as T[];
}

/** The `data` object of a single-record response, or `VaultResponseError` when the body has none. */
export function dataObject<T extends object>(received: Received<{ data: T }>): T {
  const data = dataOf(received);
  if (!isRecord(data)) throw shapeError(received, 'a body whose "data" is an object');
  return data as T;
}

/** The raw `data` of a response whose shape the caller checks itself. */
export function dataOf(received: Received<unknown>): unknown {
  return isRecord(received.body) ? received.body.data : undefined;
}

/** A `VaultResponseError` for `received`. */
export function shapeError(received: Received<unknown>, expected: string): VaultResponseError {
  return new VaultResponseError(received.description, { status: received.status, body: received.body, expected });
}

/** A plain object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
