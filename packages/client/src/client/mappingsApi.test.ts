import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { VaultResponseError, type VaultClient } from '../index.js';
import { setupVaultServer } from '../test/setupVaultServer.js';

const { server, mock, createClient } = setupVaultServer();

const bamboo = { unifiedApi: 'hris', serviceId: 'bamboohr' } as const;
const target = { ...bamboo, targetFieldId: 'hris+employees+first_aid_training' } as const;
const vault = (path: string) => `${mock.baseUrl}/vault${path}`;
const ONE = vault('/custom-mappings/hris/bamboohr/hris%2Bemployees%2Bfirst_aid_training');
const raw = {
  id: 'hris+employees+first_aid_training',
  key: 'first_aid_training',
  label: 'First Aid Training',
  description: 'Completed after 2019-01-01',
  value: '$.root.training.first_aid',
  required: false,
  custom_field: true,
  consumer_id: 'test_user_id',
  example: 'Yes',
};

interface Seen {
  method: string;
  url: URL;
  body: unknown;
}

/** Answers `method url` with `status` and `body` (JSON, or nothing when undefined) and records what came in. */
function answer(method: 'get' | 'post' | 'patch' | 'delete', url: string, body: unknown, status = 200) {
  const seen: Seen[] = [];
  server.use(
    http[method](url, async ({ request }) => {
      const text = await request.text();
      seen.push({ method: request.method, url: new URL(request.url), body: text ? JSON.parse(text) : undefined });
      return body === undefined ? new HttpResponse(null, { status }) : HttpResponse.json(body, { status });
    }),
  );
  return seen;
}
const data = (value: unknown) => ({ status_code: 200, status: 'OK', data: value });

describe('mappings.list', () => {
  it("GETs every target of the connection and reads each one's resource from its id", async () => {
    const seen = answer('get', vault('/custom-mappings/hris/bamboohr'), data([raw, { id: 'hris+companies+vat' }]));
    const mappings = await createClient().mappings.list(bamboo);
    expect(seen.map(({ method, url }) => [method, url.search])).toEqual([['GET', '']]);
    expect(mappings).toEqual([
      { ...raw, resource: 'employees' },
      {
        id: 'hris+companies+vat',
        key: 'vat',
        label: 'vat',
        resource: 'companies',
        description: null,
        value: null,
        required: false,
        custom_field: false,
        example: null,
      },
    ]);
  });

  it("GETs one resource's targets from the connection's resource path when a resource is given", async () => {
    const seen = answer(
      'get',
      vault('/connections/hris/bamboohr/employees/custom-mappings'),
      data([{ id: 'first_aid_training', value: '' }]),
    );
    const [mapping] = await createClient().mappings.list({ ...bamboo, resource: 'employees' });
    expect(seen).toHaveLength(1);
    // An id without the `{api}+{resource}+` prefix takes the resource asked for; an empty value is unmapped.
    expect(mapping).toMatchObject({
      id: 'first_aid_training',
      key: 'first_aid_training',
      resource: 'employees',
      value: null,
    });
  });

  it('drops entries that are no record or have no string id, and reads hostile members strictly', async () => {
    answer(
      'get',
      vault('/custom-mappings/hris/bamboohr'),
      data([
        null,
        'hris+employees+x',
        ['hris+employees+y'],
        { id: 42, value: '$.a' },
        { id: '', value: '$.b' },
        { key: 'no_id' },
        {
          id: 'hris+employees+z',
          label: 7,
          value: 5,
          required: 'true',
          custom_field: 1,
          example: 12.5,
          description: {},
        },
        { id: 'hris+employees+flag', example: false },
        { id: 'hris+employees+obj', example: { nested: true } },
        { id: 'hris+employees+nan', example: Number.NaN },
      ]),
    );
    const mappings = await createClient().mappings.list(bamboo);
    expect(mappings.map((mapping) => mapping.id)).toEqual([
      'hris+employees+z',
      'hris+employees+flag',
      'hris+employees+obj',
      'hris+employees+nan',
    ]);
    expect(mappings[0]).toMatchObject({
      label: 'z',
      value: null,
      required: false,
      custom_field: false,
      example: '12.5',
      description: null,
    });
    expect(mappings.map((mapping) => mapping.example)).toEqual(['12.5', 'false', null, null]);
  });

  it('never lets a __proto__ member set a prototype', async () => {
    server.use(
      http.get(vault('/custom-mappings/hris/bamboohr'), () =>
        // A raw body: JSON.parse makes "__proto__" an own key, as a server's answer would.
        HttpResponse.text(
          '{"data":[{"id":"hris+employees+p","__proto__":{"polluted":true,"value":"$.x"},"label":"P"}]}',
          { headers: { 'content-type': 'application/json' } },
        ),
      ),
    );
    const [mapping] = await createClient().mappings.list(bamboo);
    expect(Object.getPrototypeOf(mapping)).toBe(Object.prototype);
    expect(mapping).not.toHaveProperty('polluted');
    expect(mapping?.value).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('fails with VaultResponseError when a 2xx carries no data array', async () => {
    answer('get', vault('/custom-mappings/hris/bamboohr'), data({ id: 'hris+employees+x' }));
    await expect(createClient().mappings.list(bamboo)).rejects.toBeInstanceOf(VaultResponseError);
  });
});

describe('mappings.get, create, update', () => {
  it('get GETs the target by its id, encoded in the path', async () => {
    const seen = answer('get', ONE, data(raw));
    await expect(createClient().mappings.get(target)).resolves.toEqual({ ...raw, resource: 'employees' });
    expect(seen.map(({ method }) => method)).toEqual(['GET']);
  });

  it('create POSTs the JSONPath and reads a 201 answer', async () => {
    const seen = answer('post', ONE, { status_code: 201, status: 'Created', data: raw }, 201);
    const mapping = await createClient().mappings.create({ ...target, value: '$.root.training.first_aid' });
    expect(seen.map(({ method, body }) => [method, body])).toEqual([['POST', { value: '$.root.training.first_aid' }]]);
    expect(mapping).toMatchObject({ id: target.targetFieldId, value: '$.root.training.first_aid' });
  });

  it('update PATCHes only the JSONPath, not the rest of the ref', async () => {
    const seen = answer('patch', ONE, data({ ...raw, value: '$.root.aid' }));
    const mapping = await createClient().mappings.update({ ...target, value: '$.root.aid' });
    expect(seen.map(({ method, body }) => [method, body])).toEqual([['PATCH', { value: '$.root.aid' }]]);
    expect(mapping.value).toBe('$.root.aid');
  });

  it.each([
    ['no data', { status_code: 200 }],
    ['data without an id', data({ value: '$.a' })],
    ['data as a list', data([raw])],
  ])('fails with VaultResponseError when a 2xx has %s', async (_, body) => {
    answer('patch', ONE, body);
    const error: unknown = await createClient()
      .mappings.update({ ...target, value: '$.a' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(VaultResponseError);
  });

  it('refuses a blank target id before any request goes out', async () => {
    await expect(createClient().mappings.get({ ...bamboo, targetFieldId: '' })).rejects.toThrow(/targetFieldId/);
  });
});

describe('mappings.delete', () => {
  it.each([
    ['204 without a body', undefined, 204],
    ['200 with a body', data({ id: target.targetFieldId }), 200],
  ])('DELETEs the target and resolves on %s', async (_, body, status) => {
    const seen = answer('delete', ONE, body, status);
    await expect(createClient().mappings.delete(target)).resolves.toBeUndefined();
    expect(seen.map(({ method }) => method)).toEqual(['DELETE']);
  });
});

describe('mappings.example and schema', () => {
  const employees = { ...bamboo, resource: 'employees' };

  it("example GETs the resource's example and hands out its example_response", async () => {
    const record = { root: { training: { first_aid: 'Yes' } } };
    const seen = answer(
      'get',
      vault('/connections/hris/bamboohr/employees/example'),
      data({ unified_api: 'hris', service_id: 'bamboohr', example_response: record }),
    );
    await expect(createClient().mappings.example(employees)).resolves.toEqual(record);
    expect(seen).toHaveLength(1);
  });

  it.each([
    ['no example_response', data({ unified_api: 'hris' })],
    ['an example_response that is a list', data({ example_response: [1, 2] })],
    ['an example_response that is text', data({ example_response: 'n/a' })],
    ['no data', { status_code: 200 }],
  ])('example reads %s as {}', async (_, body) => {
    answer('get', vault('/connections/hris/bamboohr/employees/example'), body);
    await expect(createClient().mappings.example(employees)).resolves.toEqual({});
  });

  it("schema GETs the resource's schema and reads anything but an object as {}", async () => {
    const schema = { type: 'object', properties: { id: { type: 'string' } } };
    const seen = answer('get', vault('/connections/hris/bamboohr/employees/schema'), data(schema));
    await expect(createClient().mappings.schema(employees)).resolves.toEqual(schema);
    expect(seen).toHaveLength(1);
    answer('get', vault('/connections/hris/bamboohr/employees/schema'), data('not a schema'));
    await expect(createClient().mappings.schema(employees)).resolves.toEqual({});
  });
});

describe('mappings: abort', () => {
  const employees = { ...bamboo, resource: 'employees' };
  const calls: Array<[string, (client: VaultClient, signal: AbortSignal) => Promise<unknown>]> = [
    ['list', (c, signal) => c.mappings.list(bamboo, { signal })],
    ['get', (c, signal) => c.mappings.get(target, { signal })],
    ['create', (c, signal) => c.mappings.create({ ...target, value: '$.a' }, { signal })],
    ['update', (c, signal) => c.mappings.update({ ...target, value: '$.a' }, { signal })],
    ['delete', (c, signal) => c.mappings.delete(target, { signal })],
    ['example', (c, signal) => c.mappings.example(employees, { signal })],
    ['schema', (c, signal) => c.mappings.schema(employees, { signal })],
  ];

  it.each(calls)('%s forwards the signal and rethrows the native AbortError', async (_, call) => {
    const error: unknown = await call(createClient(), AbortSignal.abort()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe('AbortError');
  });
});
