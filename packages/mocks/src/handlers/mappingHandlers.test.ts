import { describe, expect, it } from 'vitest';
import { createVaultMock } from '../createVaultMock.js';
import { json, setupMockVault } from '../test/harness.js';

const { mock, call } = setupMockVault();

const BAMBOO = '/vault/custom-mappings/hris/bamboohr';
const FIRST_AID = `${BAMBOO}/hris+employees+first_aid_training`;
const SHIRT = `${BAMBOO}/hris+employees+shirt_size`;
const COST = `${BAMBOO}/hris+employees+cost_center`;

interface Mapping {
  id: string;
  key: string;
  value?: string;
  example: string | null;
  required: boolean;
  custom_field: boolean;
  consumer_id: string | null;
}

async function read<T>(response: Response | Promise<Response>): Promise<{ status: number; data: T; body: unknown }> {
  const answered = await response;
  const body = (await answered.json()) as { data: T };
  return { status: answered.status, data: body.data, body };
}
const write = (method: 'POST' | 'PATCH', path: string, value: unknown) => call(path, { method, body: json({ value }) });
const byId = (mappings: Mapping[], id: string) => mappings.find((mapping) => mapping.id === id);

describe('field mapping', () => {
  it('lists every target of the connection, mapped ones with their value and what it reads from the example', async () => {
    const { status, data } = await read<Mapping[]>(call(BAMBOO));
    expect(status).toBe(200);
    expect(data.map((mapping) => mapping.key)).toEqual([
      'employee_number',
      'first_aid_training',
      'shirt_size',
      'dietary_requirements',
      'cost_center',
    ]);
    expect(byId(data, 'hris+employees+first_aid_training')).toMatchObject({
      value: '$.root.training.first_aid',
      example: '2023-09-12',
      consumer_id: 'acme-user-1',
    });
    const required = data.filter((mapping) => mapping.required).map((mapping) => mapping.key);
    expect(required).toEqual(['employee_number']);
    expect(data.filter((mapping) => mapping.custom_field).length).toBeGreaterThanOrEqual(2);
    // Unmapped targets leave `value` out, as the live API may.
    expect(byId(data, 'hris+employees+employee_number')).not.toHaveProperty('value');
    expect(byId(data, 'hris+employees+employee_number')?.example).toBeNull();
  });

  it('serves a stale mapping: a value whose JSONPath reads nothing from the example', async () => {
    const { data } = await read<Mapping>(call(SHIRT));
    expect(data).toMatchObject({ value: '$.customFields.shirtSize', example: null, custom_field: true });
    const example = await read<{ example_response: Record<string, unknown> }>(
      call('/vault/connections/hris/bamboohr/employees/example'),
    );
    expect(example.data.example_response).not.toHaveProperty('customFields');
    expect(example.data.example_response.customShirtSize).toBe('M');
  });

  it('maps a target, and later reads (one, all, per resource, the connection) show the mapping', async () => {
    const created = await read<Mapping>(write('POST', COST, '$.payRate.amount'));
    expect(created.status).toBe(200);
    expect(created.data).toMatchObject({
      id: 'hris+employees+cost_center',
      value: '$.payRate.amount',
      example: '5200',
    });

    expect((await read<Mapping>(call(COST))).data.value).toBe('$.payRate.amount');
    const all = await read<Mapping[]>(call(BAMBOO));
    expect(byId(all.data, 'hris+employees+cost_center')?.value).toBe('$.payRate.amount');
    const resource = await read<Mapping[]>(call('/vault/connections/hris/bamboohr/employees/custom-mappings'));
    expect(byId(resource.data, 'hris+employees+cost_center')?.example).toBe('5200');
    const connection = await read<{ custom_mappings: Mapping[] }>(call('/vault/connections/hris/bamboohr'));
    expect(connection.data.custom_mappings).toEqual(all.data);
    const listed = await read<{ id: string; custom_mappings: Mapping[] }[]>(call('/vault/connections?api=hris'));
    expect(listed.data.find((item) => item.id === 'hris+bamboohr')?.custom_mappings).toEqual(all.data);
  });

  it('repairs a stale mapping with PATCH, and an object or a number reads as text', async () => {
    const fixed = await read<Mapping>(write('PATCH', SHIRT, '$.customShirtSize'));
    expect(fixed.data).toMatchObject({ value: '$.customShirtSize', example: 'M' });
    const object = await read<Mapping>(write('PATCH', SHIRT, '$.emergencyContacts[0]'));
    expect(JSON.parse(object.data.example ?? '')).toMatchObject({ name: 'Jamie Doe', primary: true });
    const filtered = await read<Mapping>(write('PATCH', SHIRT, "$.emergencyContacts[?(@.primary=='false')].name"));
    expect(filtered.data.example).toBe('Sam Lovelace');
    expect((await read<Mapping>(call(SHIRT))).data.value).toBe("$.emergencyContacts[?(@.primary=='false')].name");
  });

  it("maps a target to a custom field's finder and reads its example from the connection's custom fields", async () => {
    const finder = "$.custom_fields[?(@.id=='4048')].value";
    const mapped = await read<Mapping>(write('PATCH', COST, finder));
    expect(mapped).toMatchObject({ status: 200, data: { value: finder, example: 'Jamie Doe' } });
    expect(byId((await read<Mapping[]>(call(BAMBOO))).data, 'hris+employees+cost_center')?.example).toBe('Jamie Doe');
    // A finder naming no custom field of the connection reads nothing.
    const unknown = await read<Mapping>(write('PATCH', COST, "$.custom_fields[?(@.id=='9999')].value"));
    expect(unknown.data.example).toBeNull();
  });

  it('PATCH on an unmapped target maps it', async () => {
    const { status, data } = await read<Mapping>(write('PATCH', COST, "$['department']"));
    expect(status).toBe(200);
    expect(data).toMatchObject({ value: "$['department']", example: 'Engineering' });
  });

  it('POST on a mapped target answers 422 and keeps the mapping', async () => {
    const { status, body } = await read(write('POST', FIRST_AID, '$.hireDate'));
    expect(status).toBe(422);
    expect(body).toMatchObject({ status_code: 422, message: 'Custom mapping already exists' });
    expect((await read<Mapping>(call(FIRST_AID))).data.value).toBe('$.root.training.first_aid');
  });

  it('DELETE unmaps: 204, the target stays listed without a value, and a second DELETE is a 404', async () => {
    const deleted = await call(FIRST_AID, { method: 'DELETE' });
    expect(deleted.status).toBe(204);
    expect(await deleted.text()).toBe('');
    const { data } = await read<Mapping[]>(call(BAMBOO));
    const target = byId(data, 'hris+employees+first_aid_training');
    expect(target).toBeDefined();
    expect(target).not.toHaveProperty('value');
    expect(target?.example).toBeNull();
    const again = await read(call(FIRST_AID, { method: 'DELETE' }));
    expect(again.status).toBe(404);
    // Mapped again with POST now that it is free.
    expect((await write('POST', FIRST_AID, '$.root.training.first_aid')).status).toBe(200);
  });

  it('refuses a value that is no JSONPath with 422 naming the field, and stores nothing', async () => {
    const { status, body } = await read(write('POST', COST, 'payRate.amount'));
    expect(status).toBe(422);
    expect(body).toMatchObject({
      type_name: 'ValidationError',
      detail: { errors: [{ field: 'value', message: expect.stringContaining('must start with $') }] },
    });
    expect((await read(write('PATCH', COST, '$.a[?(oops'))).status).toBe(422);
    // A value that is no string breaks the contract itself.
    mock.allowContractErrors();
    const wrongType = await read(write('PATCH', COST, 42));
    expect(wrongType.status).toBe(422);
    expect(wrongType.body).toMatchObject({ type_name: 'RequestValidationError' });
    expect((await read<Mapping>(call(COST))).data).not.toHaveProperty('value');
  });

  it('answers 404 for an unknown target, a target of another API and an unknown connection', async () => {
    for (const path of [
      `${BAMBOO}/hris+employees+nope`,
      `${BAMBOO}/crm+leads+product_interest`,
      '/vault/custom-mappings/hris/nope/hris+employees+cost_center',
    ]) {
      const { status, body } = await read(call(path));
      expect(status, path).toBe(404);
      expect(body, path).toMatchObject({ status_code: 404, type_name: 'EntityNotFoundError' });
    }
    expect((await write('PATCH', `${BAMBOO}/hris+employees+nope`, '$.id')).status).toBe(404);
  });

  it('answers 422 ConnectionNotCallableError for a connection that is not callable', async () => {
    for (const path of [
      '/vault/custom-mappings/crm/hubspot',
      '/vault/connections/hris/gusto/employees/custom-mappings',
      '/vault/connections/hris/gusto/employees/example',
    ]) {
      const { status, body } = await read(call(path));
      expect(status, path).toBe(422);
      expect(body, path).toMatchObject({ type_name: 'ConnectionNotCallableError' });
    }
  });

  it('serves the crm targets of salesforce and pipedrive per resource, with their own examples', async () => {
    const leads = await read<Mapping[]>(call('/vault/connections/crm/salesforce/leads/custom-mappings'));
    expect(leads.data.map((mapping) => mapping.id)).toEqual(['crm+leads+product_interest', 'crm+leads+budget']);
    expect(leads.data[0]).toMatchObject({ value: '$.ProductInterest__c', example: 'GC5000 series' });
    const mapped = await read<Mapping>(
      write('POST', '/vault/custom-mappings/crm/pipedrive/crm+contacts+linkedin_url', "$['3c1a7f']"),
    );
    expect(mapped.data.example).toBe('https://www.linkedin.com/in/katherine-johnson-example');
    const contacts = await read<Mapping[]>(call('/vault/connections/crm/pipedrive/contacts/custom-mappings'));
    expect(contacts.data.map((mapping) => mapping.key)).toEqual(['linkedin_url', 'preferred_language']);
    expect((await read<Mapping[]>(call('/vault/connections/crm/salesforce/planets/custom-mappings'))).data).toEqual([]);
  });

  it('answers the example record and a schema that describes it', async () => {
    const example = await read<Record<string, unknown>>(call('/vault/connections/hris/bamboohr/employees/example'));
    expect(example.data).toMatchObject({
      unified_api: 'hris',
      service_id: 'bamboohr',
      resource: { id: 'employees', name: 'Employees' },
    });
    const schema = await read<Record<string, unknown>>(call('/vault/connections/hris/bamboohr/employees/schema'));
    expect(schema.data).toMatchObject({
      type: 'object',
      properties: {
        employeeNumber: { type: 'string' },
        fte: { type: 'number' },
        customBadgeNumber: { type: 'integer' },
        preferredName: { type: 'null' },
        isPhotoUploaded: { type: 'boolean' },
        root: {
          type: 'object',
          properties: { training: { type: 'object', properties: { first_aid: { type: 'string' } } } },
        },
        emergencyContacts: { type: 'array', items: { type: 'object', properties: { primary: { type: 'boolean' } } } },
      },
    });
    expect((await call('/vault/connections/hris/bamboohr/planets/example')).status).toBe(404);
    expect((await call('/vault/connections/hris/bamboohr/planets/schema')).status).toBe(404);
  });

  it('logs the requests like every other Vault request', async () => {
    await write('PATCH', COST, '$.id');
    await call(COST, { method: 'DELETE' });
    const { data } = await read<{ path: string; http_method: string; status_code: number }[]>(call('/vault/logs'));
    expect(data.slice(0, 2).map((entry) => [entry.http_method, entry.status_code])).toEqual(
      expect.arrayContaining([
        ['PATCH', 200],
        ['DELETE', 204],
      ]),
    );
    expect(data.some((entry) => entry.path.includes('/vault/custom-mappings/hris/bamboohr/'))).toBe(true);
  });

  it('a connection PATCH carrying custom_mappings leaves the mappings as they are', async () => {
    const before = await read<Mapping[]>(call(BAMBOO));
    const patched = await call('/vault/connections/hris/bamboohr', {
      method: 'PATCH',
      body: json({ custom_mappings: [{ value: '$.id' }] }),
    });
    expect(patched.status).toBe(200);
    expect((await read<Mapping[]>(call(BAMBOO))).data).toEqual(before.data);
  });

  it("stores a mock's mappings for its own consumer", () => {
    const other = createVaultMock({ consumerId: 'globex-user-7' });
    const owners = other.getConnection('hris', 'bamboohr')?.custom_mappings?.map((mapping) => mapping.consumer_id);
    expect(new Set(owners)).toEqual(new Set(['globex-user-7']));
  });

  it('reset brings the seeded mappings back', async () => {
    await call(FIRST_AID, { method: 'DELETE' });
    mock.reset();
    expect((await read<Mapping>(call(FIRST_AID))).data.value).toBe('$.root.training.first_aid');
  });
});
