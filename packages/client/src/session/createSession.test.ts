import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { VaultApiError } from '../errors/VaultApiError.js';
import { VaultNetworkError } from '../errors/VaultNetworkError.js';
import { VaultResponseError } from '../errors/VaultResponseError.js';
import { createSession } from './createSession.js';

const seen: Request[] = [];
const server = setupServer(
  http.post('https://unify.apideck.com/vault/sessions', async ({ request }) => {
    seen.push(request.clone());
    if (request.headers.get('authorization') !== 'Bearer sk_live_secret') {
      return HttpResponse.json(
        { status_code: 401, error: 'Unauthorized', type_name: 'UnauthorizedError', message: 'Invalid API Key' },
        { status: 401 },
      );
    }
    return HttpResponse.json({
      status_code: 200,
      status: 'OK',
      data: { session_uri: 'https://vault.apideck.com/session/abc', session_token: 'eyJ.session.token' },
    });
  }),
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  seen.length = 0;
});
afterAll(() => server.close());

const base = { apiKey: 'sk_live_secret', appId: 'app-1', consumerId: 'user-1' };

describe('createSession', () => {
  it('POSTs /vault/sessions with the API key, app and consumer headers and the session body', async () => {
    const session = { redirect_uri: 'https://app.example/integrations', settings: { unified_apis: ['crm' as const] } };
    await expect(createSession({ ...base, session })).resolves.toEqual({
      sessionUri: 'https://vault.apideck.com/session/abc',
      sessionToken: 'eyJ.session.token',
    });
    const [request] = seen;
    expect(request?.method).toBe('POST');
    expect(request?.headers.get('authorization')).toBe('Bearer sk_live_secret');
    expect(request?.headers.get('x-apideck-app-id')).toBe('app-1');
    expect(request?.headers.get('x-apideck-consumer-id')).toBe('user-1');
    expect(request?.headers.get('content-type')).toBe('application/json');
    expect(await request?.json()).toEqual(session);
  });

  it('sends an empty object when no session options are given', async () => {
    await createSession(base);
    expect(await seen[0]?.json()).toEqual({});
  });

  it('honours baseUrl and a custom fetch', async () => {
    const calls: string[] = [];
    const result = await createSession({
      ...base,
      baseUrl: 'https://vault.internal.example/',
      fetch: async (input) => {
        calls.push(input instanceof Request ? input.url : String(input));
        return Response.json({ status_code: 200, status: 'OK', data: { session_uri: 'u', session_token: 't' } });
      },
    });
    expect(calls).toEqual(['https://vault.internal.example/vault/sessions']);
    expect(result).toEqual({ sessionUri: 'u', sessionToken: 't' });
  });

  it('rejects a wrong API key with a readable VaultApiError', async () => {
    const error = await createSession({ ...base, apiKey: 'wrong' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VaultApiError);
    expect((error as VaultApiError).status).toBe(401);
    expect((error as VaultApiError).message).toBe('Unauthorized (401): Invalid API Key.');
  });

  it('rejects an answer without the session token with VaultResponseError', async () => {
    server.use(
      http.post('https://unify.apideck.com/vault/sessions', () => HttpResponse.json({ data: { session_uri: 'u' } })),
    );
    await expect(createSession(base)).rejects.toBeInstanceOf(VaultResponseError);
  });

  it('rejects a network failure with VaultNetworkError', async () => {
    server.use(http.post('https://unify.apideck.com/vault/sessions', () => HttpResponse.error()));
    await expect(createSession(base)).rejects.toBeInstanceOf(VaultNetworkError);
  });
});
