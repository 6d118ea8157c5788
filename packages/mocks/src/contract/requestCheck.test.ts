import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REQUEST_CONTRACT_PATH, requestContractModule } from '../../../../scripts/lib/requestContract.mjs';
import { createVaultMock } from '../createVaultMock.js';
import { requestContract } from './requestContract.generated.js';
import { json, setupMockVault } from '../test/harness.js';

const { mock, call } = setupMockVault();
const ONE = '/vault/connections/crm/close';

/** Sends a request the contract forbids and returns the 422 body and the reasons on the log entry. */
async function refused(path: string, init?: Parameters<typeof call>[1]) {
  mock.allowContractErrors();
  const response = await call(path, init);
  expect(response.status).toBe(422);
  return { body: (await response.json()) as Record<string, unknown>, logged: mock.requests.at(-1)?.contractErrors };
}

describe('the mock checks every request against the contract', () => {
  it('refuses a body of the wrong type with 422 RequestValidationError naming the body path', async () => {
    const { body, logged } = await refused(ONE, { method: 'PATCH', body: json({ enabled: 'yes' }) });
    expect(body).toMatchObject({
      status_code: 422,
      error: 'Unprocessable Entity',
      type_name: 'RequestValidationError',
      message: 'Invalid request',
      detail: 'body /enabled must be boolean',
      ref: 'https://developers.apideck.com/errors#requestvalidationerror',
    });
    expect(logged).toEqual(['body /enabled must be boolean']);
    expect(mock.getConnection('crm', 'close')?.enabled).toBe(true);
  });

  it('refuses read-only fields in a body: the live API ignores them, so a client sending them is confused', async () => {
    const { body, logged } = await refused(ONE, {
      method: 'PATCH',
      body: json({ id: 'crm+close', state: 'callable', enabled: false }),
    });
    expect(logged).toEqual([
      'body /id is readOnly: a request must not send it',
      'body /state is readOnly: a request must not send it',
    ]);
    expect(body.detail).toBe(logged?.join('; '));
  });

  it('refuses a request without a header the operation requires, matching header names in any case', async () => {
    mock.allowContractErrors();
    const session = { AUTHORIZATION: `Bearer ${mock.token}`, 'X-Apideck-App-Id': mock.appId };
    expect((await fetch(`${mock.baseUrl}${ONE}`, { headers: session })).status).toBe(422);
    expect(mock.requests.at(-1)?.contractErrors).toEqual(['header x-apideck-consumer-id is required']);
    expect(
      (await fetch(`${mock.baseUrl}${ONE}`, { headers: { ...session, 'X-APIDECK-CONSUMER-ID': mock.consumerId } }))
        .status,
    ).toBe(200);
  });

  it('coerces query parameters per schema type and refuses values and names the contract does not allow', async () => {
    expect((await call('/vault/connections?api=crm&configured=true')).status).toBe(200);
    expect((await refused('/vault/connections?configured=maybe')).logged).toEqual(['query configured must be boolean']);
    expect((await refused('/vault/connections?unified_api=crm')).logged).toEqual([
      'query unified_api is not in the contract',
    ]);
    expect((await call('/connector/connectors?filter[unified_api]=crm&filter[status]=live&limit=5')).status).toBe(200);
    expect((await refused('/connector/connectors?filter[unified_api]=crmm')).logged).toEqual([
      expect.stringMatching(/^query filter\[unified_api\] must be one of accounting, ats, /),
    ]);
  });

  it('reads a query key named after an Object member as that key, never as a prototype or inherited member', async () => {
    expect((await refused('/connector/connectors?filter[__proto__]=x')).logged).toEqual([
      'query filter[__proto__] is not in the contract',
    ]);
    expect((await refused('/connector/connectors?__proto__=x')).logged).toEqual([
      'query __proto__ is not in the contract',
    ]);
    expect((await refused('/connector/connectors?filter[constructor]=x&limit=5')).logged).toEqual([
      'query filter[constructor] is not in the contract',
    ]);
  });

  it('refuses a missing required body and a missing required body property', async () => {
    expect((await refused('/vault/connections/crm/hubspot/confirm', { method: 'POST' })).logged).toEqual([
      'body is required',
    ]);
    expect(
      (await refused('/vault/connections/crm/hubspot/confirm', { method: 'POST', body: json({}) })).logged,
    ).toEqual(['body /confirm_token is required']);
  });

  it('takes a denied OAuth callback without a code (the one documented exception to the contract)', async () => {
    const response = await call('/vault/callback?state=bad&error=access_denied');
    expect(mock.requests.at(-1)?.contractErrors).toBeUndefined();
    expect(response.status).toBe(400);
  });

  it('checks nothing with validateRequests: false (the mock’s own checks still answer)', async () => {
    const lax = createVaultMock({ validateRequests: false });
    const response = await lax.fetch(`${lax.baseUrl}${ONE}`, {
      method: 'PATCH',
      headers: {
        Authorization: `Bearer ${lax.token}`,
        'x-apideck-app-id': lax.appId,
        'Content-Type': 'application/json',
      },
      body: json({ enabled: 'yes' }),
    });
    expect(response.status).toBe(400);
    expect(lax.requests.at(-1)?.contractErrors).toBeUndefined();
  });
});

describe('the generated request contract', () => {
  it('is what openapi/*.yml give today (regenerate with pnpm gen:types)', () => {
    const root = new URL('../../../../', import.meta.url);
    expect(readFileSync(new URL(REQUEST_CONTRACT_PATH, root), 'utf8')).toBe(requestContractModule(root));
  }, 60_000);

  it('holds only valid JSON Schema: the mock compiles it without checking it against the meta-schema', () => {
    const meta = new Ajv();
    const schemas = [
      ...Object.entries(requestContract.schemas).map(([name, defs]) => ({ name, schema: { $defs: defs } })),
      ...requestContract.operations.flatMap((operation) => [
        ...(operation.body
          ? [{ name: `${operation.method} ${operation.path} body`, schema: operation.body.schema }]
          : []),
        ...operation.parameters.map((parameter) => ({
          name: `${operation.method} ${operation.path} ${parameter.in} ${parameter.name}`,
          schema: parameter.schema,
        })),
      ]),
    ];
    const invalid = schemas
      .filter(({ schema }) => !meta.validateSchema(schema as object))
      .map(({ name }) => `${name}: ${meta.errorsText()}`);
    expect(schemas.length).toBeGreaterThan(50);
    expect(invalid).toEqual([]);
  });
});
