import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { isVaultError, VaultApiError, VaultNetworkError, VaultResponseError } from '../index.js';
import type { VaultClient } from '../index.js';
import { setupVaultServer } from '../test/setupVaultServer.js';

const { server, mock, createClient } = setupVaultServer();

const salesforce = { unifiedApi: 'crm', serviceId: 'salesforce' } as const;
const reject = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.fail('expected a rejection'),
    (error: unknown) => error,
  );

describe('VaultApiError', () => {
  it.each([400, 401, 402, 404, 422, 429, 500, 502, 503])(
    'maps a %i to VaultApiError with Apideck’s body',
    async (status) => {
      mock.fail({ method: 'GET', path: '/vault/connections', status });
      const error = await reject(createClient().connections.list());
      expect(error).toBeInstanceOf(VaultApiError);
      const apiError = error as VaultApiError;
      expect(apiError).toMatchObject({ kind: 'api', status, name: 'VaultApiError' });
      expect(isVaultError(apiError)).toBe(true);
      expect(apiError.body).toEqual({
        status_code: status,
        error: expect.any(String),
        type_name: expect.any(String),
        message: expect.any(String),
        ref: expect.stringMatching(/^https:\/\/developers\.apideck\.com\/errors#/),
      });
      expect(apiError.message).toBe(`${apiError.body.error} (${status}): ${apiError.body.message}.`);
      expect(apiError.retryAfter).toBeUndefined();
    },
  );

  it('keeps the exact body and reads its detail into the message', async () => {
    const body = {
      status_code: 401,
      error: 'Unauthorized',
      type_name: 'UnauthorizedError',
      message: 'Invalid token',
      detail: 'The session token was revoked',
      ref: 'https://developers.apideck.com/errors#unauthorizederror',
    };
    mock.fail({ path: '/vault/connections/crm/salesforce', status: 401, body });
    const error = (await reject(createClient().connections.get(salesforce))) as VaultApiError;
    expect(error.body).toEqual(body);
    expect(error.message).toBe('Unauthorized (401): Invalid token. The session token was revoked.');
  });

  it('reads a structured detail (validation errors) without losing it', async () => {
    const detail = {
      message: 'lead_source must be one of the options',
      errors: [{ field: 'configuration.leads.lead_source', message: 'Unknown option' }],
    };
    mock.fail({
      path: /\/config$/,
      status: 422,
      body: { status_code: 422, error: 'Unprocessable Entity', message: 'Validation failed', detail },
    });
    const error = (await reject(
      createClient().connectionSettings.update({ ...salesforce, resource: 'leads', configuration: [] }),
    )) as VaultApiError;
    expect(error.body.detail).toEqual(detail);
    expect(error.message).toBe(
      'Unprocessable Entity (422): Validation failed. lead_source must be one of the options.',
    );
  });

  it('gives retryAfter from a 429 Retry-After header in seconds or as a date', async () => {
    mock.fail({ path: '/vault/connections', status: 429, headers: { 'Retry-After': '30' } });
    const error = (await reject(createClient().connections.list())) as VaultApiError;
    expect(error.retryAfter).toBe(30);
    expect(error.message).toMatch(/ Retry in 30 seconds\.$/);

    mock.fail({
      path: '/vault/connections',
      status: 429,
      headers: { 'Retry-After': new Date(Date.now() + 90_000).toUTCString() },
    });
    const dated = (await reject(createClient().connections.list())) as VaultApiError;
    expect(dated.retryAfter).toBeGreaterThanOrEqual(89);
    expect(dated.retryAfter).toBeLessThanOrEqual(90);
  });

  it('turns a non-JSON error page into a body with the reason phrase', async () => {
    server.use(
      http.get(`${mock.baseUrl}/vault/connections`, () =>
        HttpResponse.html('<html><body>502 Bad Gateway</body></html>', { status: 502 }),
      ),
    );
    const error = (await reject(createClient().connections.list())) as VaultApiError;
    expect(error.body).toEqual({
      status_code: 502,
      error: 'Bad Gateway',
      detail: '<html><body>502 Bad Gateway</body></html>',
    });
    expect(error.message).toBe('Bad Gateway (502)');
  });
});

describe('VaultNetworkError', () => {
  it('maps a failed fetch to VaultNetworkError naming the call', async () => {
    mock.fail({ path: '/vault/connections/crm/salesforce', network: true });
    const error = await reject(createClient().connections.get(salesforce));
    expect(error).toBeInstanceOf(VaultNetworkError);
    expect(error).toMatchObject({ kind: 'network', name: 'VaultNetworkError' });
    expect((error as VaultNetworkError).message).toMatch(
      /^Could not reach the Vault API for GET \/vault\/connections\/crm\/salesforce/,
    );
    expect((error as VaultNetworkError).cause).toBeInstanceOf(Error);
    expect(isVaultError(error)).toBe(true);
  });
});

describe('VaultResponseError', () => {
  const answer = (path: string, body: unknown) =>
    server.use(http.get(`${mock.baseUrl}${path}`, () => HttpResponse.json(body as Record<string, unknown>)));

  it('refuses a list whose data is not an array', async () => {
    answer('/vault/connections', { status_code: 200, status: 'OK', data: { id: 'crm+salesforce' } });
    const error = await reject(createClient().connections.list());
    expect(error).toBeInstanceOf(VaultResponseError);
    expect(error).toMatchObject({ kind: 'response', status: 200, body: { data: { id: 'crm+salesforce' } } });
    expect((error as VaultResponseError).message).toBe(
      'Unexpected response from the Vault API for GET /vault/connections (200): expected a body whose "data" is an array.',
    );
  });

  it('refuses a record whose data is an array or missing', async () => {
    answer('/vault/connections/crm/salesforce', { status_code: 200, status: 'OK', data: [] });
    await expect(createClient().connections.get(salesforce)).rejects.toBeInstanceOf(VaultResponseError);
    answer('/connector/connectors/:id', { status_code: 200, status: 'OK' });
    await expect(createClient().connectors.get('crm+salesforce')).rejects.toBeInstanceOf(VaultResponseError);
  });

  it('refuses a 2xx body that is not JSON', async () => {
    server.use(http.get(`${mock.baseUrl}/vault/connections`, () => HttpResponse.text('<html>portal</html>')));
    const error = await reject(createClient().connections.list());
    expect(error).toBeInstanceOf(VaultResponseError);
    expect((error as VaultResponseError).body).toBe('<html>portal</html>');
  });

  it('refuses /config data of neither shape', async () => {
    answer('/vault/connections/crm/salesforce/leads/config', { status_code: 200, status: 'OK', data: 'leads' });
    await expect(createClient().connectionSettings.list({ ...salesforce, resource: 'leads' })).rejects.toBeInstanceOf(
      VaultResponseError,
    );
  });

  it('refuses a confirmation without the confirmed flag', async () => {
    server.use(
      http.post(`${mock.baseUrl}/vault/connections/crm/salesforce/confirm`, () => HttpResponse.json({ data: {} })),
    );
    await expect(createClient().connections.confirm({ ...salesforce, confirmToken: 't' })).rejects.toBeInstanceOf(
      VaultResponseError,
    );
  });
});

describe('abort', () => {
  const ref = { ...salesforce, resource: 'leads' };
  const calls: Array<[string, (client: VaultClient, signal: AbortSignal) => Promise<unknown>]> = [
    ['connectors.list', (c, signal) => c.connectors.list({}, { signal })],
    ['connectors.get', (c, signal) => c.connectors.get('crm+salesforce', { signal })],
    ['connections.list', (c, signal) => c.connections.list({}, { signal })],
    ['connections.get', (c, signal) => c.connections.get(salesforce, { signal })],
    ['connections.create', (c, signal) => c.connections.create({ ...salesforce, connection: {} }, { signal })],
    ['connections.update', (c, signal) => c.connections.update({ ...salesforce, connection: {} }, { signal })],
    ['connections.delete', (c, signal) => c.connections.delete(salesforce, { signal })],
    ['connections.import', (c, signal) => c.connections.import({ ...salesforce, data: {} }, { signal })],
    ['connections.token', (c, signal) => c.connections.token(salesforce, { signal })],
    ['connections.confirm', (c, signal) => c.connections.confirm({ ...salesforce, confirmToken: 't' }, { signal })],
    ['connectionSettings.list', (c, signal) => c.connectionSettings.list(ref, { signal })],
    [
      'connectionSettings.update',
      (c, signal) => c.connectionSettings.update({ ...ref, configuration: [] }, { signal }),
    ],
    ['customFields.list', (c, signal) => c.customFields.list(ref, { signal })],
  ];

  it.each(calls)('%s forwards the signal and rethrows the native AbortError', async (_name, call) => {
    const error = await reject(call(createClient(), AbortSignal.abort()));
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe('AbortError');
    expect(isVaultError(error)).toBe(false);
    expect(mock.requests).toHaveLength(0);
  });

  it('aborts a request in flight', async () => {
    server.use(
      http.get(`${mock.baseUrl}/vault/connections`, async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    const controller = new AbortController();
    const pending = createClient().connections.list({}, { signal: controller.signal });
    // A real pause: the abort must land while fetch really is waiting on the held answer.
    setTimeout(() => controller.abort(), 10);
    const error = await reject(pending);
    expect((error as Error).name).toBe('AbortError');
    expect(isVaultError(error)).toBe(false);
  });
});
