import { createVaultClient, type Connection, type CustomMapping } from '@integrations-kit/client';
import { partialMatchKey } from '@tanstack/react-query';
import { waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useConnection } from '../connections/useConnection.js';
import { useConnections } from '../connections/useConnections.js';
import { vaultKeys } from '../query/vaultKeys.js';
import { renderWithClient, setupVaultServer } from '../test/renderWithClient.js';
import { expectWriteError, settleWrite } from '../test/settleWrite.js';
import { useClearMapping } from './useClearMapping.js';
import { useCustomMappings } from './useCustomMappings.js';
import { useResourceExample } from './useResourceExample.js';
import { useSaveMapping } from './useSaveMapping.js';

const mock = setupVaultServer();
const BAMBOO = { unifiedApi: 'hris', serviceId: 'bamboohr' };
// Mapped in the mock's fixtures to `$.root.training.first_aid`; employee_number is unmapped.
const FIRST_AID = { ...BAMBOO, targetFieldId: 'hris+employees+first_aid_training' };
const EMPLOYEE_NUMBER = { ...BAMBOO, targetFieldId: 'hris+employees+employee_number' };

const bambooIn = (list: Connection[] | undefined) => list?.find((connection) => connection.id === 'hris+bamboohr');
const entryOf = (connection: Connection | undefined, id: string) =>
  connection?.custom_mappings?.find((entry) => entry.id === id);
const targetOf = (mappings: CustomMapping[] | undefined, id: string) => mappings?.find((mapping) => mapping.id === id);
const writes = (from: number) =>
  mock.requests.slice(from).map((request) => `${request.method} ${decodeURIComponent(request.path)}`);

// A second tab of the same session: it writes through the API, behind the rendered cache's back.
const otherTab = () => createVaultClient({ token: mock.token, baseUrl: mock.baseUrl });

/** The connection list, its detail and its mapping list, all loaded, with the write hooks. */
async function renderMappings() {
  const rendered = renderWithClient(
    () => ({
      list: useConnections(),
      detail: useConnection(BAMBOO),
      mappings: useCustomMappings(BAMBOO),
      save: useSaveMapping(),
      clear: useClearMapping(),
    }),
    { mock },
  );
  const { result } = rendered;
  await waitFor(() =>
    expect(result.current.list.isSuccess && result.current.detail.isSuccess && result.current.mappings.isSuccess).toBe(
      true,
    ),
  );
  return rendered;
}

describe('useCustomMappings', () => {
  it("reads every target of the connection under the connection's key, unmapped ones with value null", async () => {
    const { result, queryClient, client } = renderWithClient(() => useCustomMappings(BAMBOO), { mock });
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(targetOf(result.current.data, FIRST_AID.targetFieldId)).toMatchObject({
      resource: 'employees',
      key: 'first_aid_training',
      label: 'First Aid Training',
      value: '$.root.training.first_aid',
    });
    expect(targetOf(result.current.data, EMPLOYEE_NUMBER.targetFieldId)).toMatchObject({ value: null, required: true });
    const key = vaultKeys(client).mappings(BAMBOO);
    expect(queryClient.getQueryData(key)).toBe(result.current.data);
    expect(partialMatchKey(key, vaultKeys(client).connection(BAMBOO))).toBe(true);
    expect(writes(0)).toEqual(['GET /vault/custom-mappings/hris/bamboohr']);
  });
});

describe('useResourceExample', () => {
  it('reads the downstream example record of a resource under its own key', async () => {
    const ref = { ...BAMBOO, resource: 'employees' };
    const { result, queryClient, client } = renderWithClient(() => useResourceExample(ref), { mock });
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(result.current.data).toMatchObject({ root: { training: { first_aid: '2023-09-12' } } });
    expect(queryClient.getQueryData(vaultKeys(client).resourceExample(BAMBOO, 'employees'))).toBe(result.current.data);
  });
});

describe('useSaveMapping', () => {
  it('creates (POST) a target the cached list shows unmapped, and writes it into the list and the connection caches', async () => {
    const { result } = await renderMappings();
    const before = mock.requests.length;
    const saved = await settleWrite(
      () => result.current.save.mutateAsync({ ...EMPLOYEE_NUMBER, value: '$.employeeNumber' }),
      () => result.current.save,
    );
    // One request: the caches are written, not refetched.
    expect(writes(before)).toEqual(['POST /vault/custom-mappings/hris/bamboohr/hris+employees+employee_number']);
    expect(mock.requests.at(-1)?.body).toEqual({ value: '$.employeeNumber' });
    expect(saved).toMatchObject({ value: '$.employeeNumber', example: 'E-1042' });
    // The list keeps the target where it was, now mapped, with what the list knew about it.
    const listed = targetOf(result.current.mappings.data, EMPLOYEE_NUMBER.targetFieldId);
    expect(listed).toMatchObject({
      value: '$.employeeNumber',
      example: 'E-1042',
      label: 'Employee number',
      required: true,
    });
    expect(entryOf(result.current.detail.data, EMPLOYEE_NUMBER.targetFieldId)?.value).toBe('$.employeeNumber');
    expect(entryOf(bambooIn(result.current.list.data), EMPLOYEE_NUMBER.targetFieldId)?.value).toBe('$.employeeNumber');
  });

  it('updates (PATCH) a target the cached list shows mapped', async () => {
    const { result } = await renderMappings();
    const before = mock.requests.length;
    await settleWrite(
      () => result.current.save.mutateAsync({ ...FIRST_AID, value: '$.root.training.fire_warden' }),
      () => result.current.save,
    );
    expect(writes(before)).toEqual(['PATCH /vault/custom-mappings/hris/bamboohr/hris+employees+first_aid_training']);
    const listed = targetOf(result.current.mappings.data, FIRST_AID.targetFieldId);
    expect(listed).toMatchObject({
      value: '$.root.training.fire_warden',
      example: 'false',
      label: 'First Aid Training',
    });
    expect(entryOf(result.current.detail.data, FIRST_AID.targetFieldId)).toMatchObject({
      value: '$.root.training.fire_warden',
      example: 'false',
    });
  });

  it('creates (POST) when the mapping list is not cached, and calls your onSuccess with the saved mapping', async () => {
    const onSuccess = vi.fn();
    const { result } = renderWithClient(() => useSaveMapping({ onSuccess }), { mock });
    const saved = await settleWrite(
      () => result.current.mutateAsync({ ...EMPLOYEE_NUMBER, value: '$.employeeNumber' }),
      () => result.current,
    );
    expect(writes(0)).toEqual(['POST /vault/custom-mappings/hris/bamboohr/hris+employees+employee_number']);
    expect(onSuccess).toHaveBeenCalledOnce();
    expect(onSuccess.mock.calls[0]?.[0]).toEqual(saved);
  });

  it("updates (PATCH) when the mapping list is not cached but the connection's custom_mappings show the target mapped", async () => {
    const { result } = renderWithClient(() => ({ detail: useConnection(BAMBOO), save: useSaveMapping() }), { mock });
    await waitFor(() => expect(result.current.detail.isSuccess).toBe(true));
    const before = mock.requests.length;
    await settleWrite(
      () => result.current.save.mutateAsync({ ...FIRST_AID, value: '$.root.training.fire_warden' }),
      () => result.current.save,
    );
    expect(writes(before)).toEqual(['PATCH /vault/custom-mappings/hris/bamboohr/hris+employees+first_aid_training']);
    expect(entryOf(result.current.detail.data, FIRST_AID.targetFieldId)?.value).toBe('$.root.training.fire_warden');
  });

  it('retries once as an update (PATCH) when the create is refused because another tab mapped the target', async () => {
    const { result } = await renderMappings();
    await otherTab().mappings.create({ ...EMPLOYEE_NUMBER, value: '$.root.employeeNumber' });
    const before = mock.requests.length;
    const saved = await settleWrite(
      () => result.current.save.mutateAsync({ ...EMPLOYEE_NUMBER, value: '$.employeeNumber' }),
      () => result.current.save,
    );
    expect(writes(before)).toEqual([
      'POST /vault/custom-mappings/hris/bamboohr/hris+employees+employee_number',
      'PATCH /vault/custom-mappings/hris/bamboohr/hris+employees+employee_number',
    ]);
    expect(saved).toMatchObject({ value: '$.employeeNumber' });
    expect(targetOf(result.current.mappings.data, EMPLOYEE_NUMBER.targetFieldId)?.value).toBe('$.employeeNumber');
    expect(mock.getConnection('hris', 'bamboohr')?.custom_mappings).toContainEqual(
      expect.objectContaining({ id: EMPLOYEE_NUMBER.targetFieldId, value: '$.employeeNumber' }),
    );
  });

  it('drops the old example everywhere when the path changed and the answer reads none', async () => {
    const { result } = await renderMappings();
    expect(entryOf(result.current.detail.data, FIRST_AID.targetFieldId)?.example).toBeTruthy();
    const saved = await settleWrite(
      () => result.current.save.mutateAsync({ ...FIRST_AID, value: '$.root.nowhere' }),
      () => result.current.save,
    );
    expect(saved.example).toBeNull();
    expect(targetOf(result.current.mappings.data, FIRST_AID.targetFieldId)).toMatchObject({ example: null });
    expect(entryOf(result.current.detail.data, FIRST_AID.targetFieldId)).toMatchObject({ example: null });
    expect(entryOf(bambooIn(result.current.list.data), FIRST_AID.targetFieldId)).toMatchObject({ example: null });
  });

  it('changes no cache when the save fails', async () => {
    const { result, queryClient, client } = await renderMappings();
    const keys = vaultKeys(client);
    const snapshot = () => [
      queryClient.getQueryData(keys.mappings(BAMBOO)),
      queryClient.getQueryData(keys.connection(BAMBOO)),
      queryClient.getQueryData(keys.connections()),
    ];
    const cached = snapshot();
    await expectWriteError(
      () => result.current.save.mutateAsync({ ...FIRST_AID, value: 'not a path' }),
      () => result.current.save,
      { status: 422 },
    );
    expect(snapshot()).toEqual(cached);
    expect(snapshot().every((data, index) => data === cached[index])).toBe(true);
    expect(targetOf(result.current.mappings.data, FIRST_AID.targetFieldId)?.value).toBe('$.root.training.first_aid');
  });
});

describe('useClearMapping', () => {
  it('DELETEs the mapping; the target stays listed with value null, in the list and the connection caches', async () => {
    const { result } = await renderMappings();
    const before = mock.requests.length;
    const count = result.current.mappings.data?.length;
    await settleWrite(
      () => result.current.clear.mutateAsync(FIRST_AID),
      () => result.current.clear,
    );
    expect(writes(before)).toEqual(['DELETE /vault/custom-mappings/hris/bamboohr/hris+employees+first_aid_training']);
    expect(result.current.mappings.data).toHaveLength(count ?? -1);
    expect(targetOf(result.current.mappings.data, FIRST_AID.targetFieldId)).toMatchObject({
      value: null,
      example: null,
      label: 'First Aid Training',
    });
    expect(entryOf(result.current.detail.data, FIRST_AID.targetFieldId)?.value).toBeUndefined();
    expect(entryOf(bambooIn(result.current.list.data), FIRST_AID.targetFieldId)).toMatchObject({ example: null });
    // The next save of the cleared target is a create again.
    await settleWrite(
      () => result.current.save.mutateAsync({ ...FIRST_AID, value: '$.root.training.first_aid' }),
      () => result.current.save,
    );
    expect(writes(before).at(-1)).toMatch(/^POST /);
  });

  it('counts a 404 as cleared when another tab cleared the target, and writes it into the caches', async () => {
    const { result } = await renderMappings();
    await otherTab().mappings.delete(FIRST_AID);
    const before = mock.requests.length;
    await settleWrite(
      () => result.current.clear.mutateAsync(FIRST_AID),
      () => result.current.clear,
    );
    expect(writes(before)).toEqual(['DELETE /vault/custom-mappings/hris/bamboohr/hris+employees+first_aid_training']);
    expect(targetOf(result.current.mappings.data, FIRST_AID.targetFieldId)).toMatchObject({
      value: null,
      example: null,
    });
    expect(entryOf(result.current.detail.data, FIRST_AID.targetFieldId)?.value).toBeUndefined();
  });

  it('changes no cache when the clear fails', async () => {
    const { result, queryClient, client } = await renderMappings();
    const cached = queryClient.getQueryData(vaultKeys(client).mappings(BAMBOO));
    mock.fail({ path: /^\/vault\/custom-mappings\//, method: 'DELETE', status: 500 });
    await expectWriteError(
      () => result.current.clear.mutateAsync(FIRST_AID),
      () => result.current.clear,
      { status: 500 },
    );
    expect(queryClient.getQueryData(vaultKeys(client).mappings(BAMBOO))).toBe(cached);
  });
});
