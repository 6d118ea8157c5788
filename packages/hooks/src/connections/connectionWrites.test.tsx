import { createConfirmToken } from '@integrations-kit/mocks';
import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectWriteError, settleWrite } from '../test/settleWrite.js';
import { renderWithClient, setupVaultServer } from '../test/renderWithClient.js';
import { MESSAGEBIRD, ONEDRIVE, PERSONIO, PIPEDRIVE, listReads } from '../test/subjects.js';
import { vaultKeys } from '../query/vaultKeys.js';
import { useConfirmConnection } from './useConfirmConnection.js';
import { useConnection } from './useConnection.js';
import { useConnections } from './useConnections.js';
import { useConnectionToken } from './useConnectionToken.js';
import { useCreateConnection } from './useCreateConnection.js';
import { useDeleteConnection } from './useDeleteConnection.js';
import { useImportConnection } from './useImportConnection.js';

const mock = setupVaultServer();

/** Renders the list next to `useMutationHook`, waits for the list, and finds entries in it. */
async function withList<T>(useMutationHook: () => T) {
  const rendered = renderWithClient(() => ({ list: useConnections(), write: useMutationHook() }), { mock });
  await waitFor(() => expect(rendered.result.current.list.isSuccess).toBe(true));
  const entry = (ref: { unifiedApi: string; serviceId: string }) =>
    rendered.result.current.list.data?.find((c) => c.unified_api === ref.unifiedApi && c.service_id === ref.serviceId);
  return { ...rendered, entry, reads: listReads(mock.requests).length };
}

describe('useCreateConnection', () => {
  it('adds the connection with exactly the given settings and shows it in the list at once', async () => {
    const { result, entry, reads, queryClient, client } = await withList(useCreateConnection);
    expect(entry(MESSAGEBIRD)?.state).toBe('available');

    await settleWrite(
      () =>
        result.current.write.mutateAsync({
          ...MESSAGEBIRD,
          connection: { settings: { api_key: 'mb_live_1', originator: 'ACME' } },
        }),
      () => result.current.write,
    );

    expect(mock.requests.find((request) => request.method === 'POST')?.body).toEqual({
      settings: { api_key: 'mb_live_1', originator: 'ACME' },
    });
    expect(entry(MESSAGEBIRD)).toMatchObject({ state: 'callable', enabled: true });
    expect(queryClient.getQueryData(vaultKeys(client).connection(MESSAGEBIRD))).toEqual(
      expect.objectContaining({ state: 'callable', settings: { originator: 'ACME' } }),
    );
    expect(listReads(mock.requests)).toHaveLength(reads);
  });

  it('fails with a 422 for a connection that already exists', async () => {
    const { result } = await withList(useCreateConnection);

    await expectWriteError(
      () => result.current.write.mutateAsync({ ...PIPEDRIVE, connection: { enabled: true } }),
      () => result.current.write,
      { kind: 'api', status: 422 },
    );
  });
});

describe('useDeleteConnection', () => {
  it('shows the connection reset to available in list and detail, without refetching the list', async () => {
    const { result, queryClient, client } = renderWithClient(
      () => ({ list: useConnections(), detail: useConnection(PIPEDRIVE), remove: useDeleteConnection() }),
      { mock },
    );
    await waitFor(() => expect(result.current.list.isSuccess && result.current.detail.isSuccess).toBe(true));
    const reads = listReads(mock.requests).length;

    await settleWrite(
      () => result.current.remove.mutateAsync(PIPEDRIVE),
      () => result.current.remove,
    );

    const reset = { state: 'available', enabled: false, settings: {} };
    expect(
      result.current.list.data?.find((c) => c.service_id === 'pipedrive' && c.unified_api === 'crm'),
    ).toMatchObject(reset);
    expect(result.current.detail.data).toMatchObject(reset);
    expect(queryClient.getQueryData(vaultKeys(client).connection(PIPEDRIVE))).toMatchObject(reset);
    expect(listReads(mock.requests)).toHaveLength(reads);
    expect(mock.getConnection('crm', 'pipedrive')).toMatchObject(reset);
  });

  it('fails with a 404 for a connection that was never added', async () => {
    const { result } = await withList(useDeleteConnection);

    await expectWriteError(
      () => result.current.write.mutateAsync(ONEDRIVE),
      () => result.current.write,
      { kind: 'api', status: 404 },
    );
  });
});

describe('useImportConnection', () => {
  it('imports outside credentials and shows the connection authorized', async () => {
    const { result, entry } = await withList(useImportConnection);

    await settleWrite(
      () => result.current.write.mutateAsync({ ...ONEDRIVE, data: { credentials: { refresh_token: 'rt-1' } } }),
      () => result.current.write,
    );

    expect(mock.requests.find((request) => request.method === 'POST')?.body).toEqual({
      credentials: { refresh_token: 'rt-1' },
    });
    expect(['authorized', 'callable']).toContain(entry(ONEDRIVE)?.state);
  });

  it('fails with a 400 for malformed credentials', async () => {
    const { result } = await withList(useImportConnection);

    await expectWriteError(
      () => result.current.write.mutateAsync({ ...ONEDRIVE, data: { credentials: {} } }),
      () => result.current.write,
      { kind: 'api', status: 400 },
    );
  });
});

describe('useConnectionToken', () => {
  it('exchanges the stored credentials and shows the connection callable', async () => {
    const { result, entry } = await withList(useConnectionToken);
    expect(entry(PERSONIO)?.state).not.toBe('callable');

    await settleWrite(
      () => result.current.write.mutateAsync(PERSONIO),
      () => result.current.write,
    );

    expect(mock.requests.at(-1)?.path).toBe('/vault/connections/hris/personio/token');
    expect(entry(PERSONIO)?.state).toBe('callable');
  });

  it('fails with a 422 for a connection without a token grant', async () => {
    const { result } = await withList(useConnectionToken);

    await expectWriteError(
      () => result.current.write.mutateAsync(PIPEDRIVE),
      () => result.current.write,
      { kind: 'api', status: 422 },
    );
  });
});

describe('useConfirmConnection', () => {
  it('confirms with the token, reads the connection back and shows it callable', async () => {
    const { result, entry } = await withList(useConfirmConnection);
    const confirmToken = createConfirmToken({ ...ONEDRIVE, nonce: 'n-1' });

    const connection = await settleWrite(
      () => result.current.write.mutateAsync({ ...ONEDRIVE, confirmToken }),
      () => result.current.write,
    );

    expect(mock.requests.find((request) => request.method === 'POST')?.body).toEqual({ confirm_token: confirmToken });
    expect(connection.state).toBe('callable');
    expect(entry(ONEDRIVE)?.state).toBe('callable');
  });

  it('refuses a confirm token used twice (422)', async () => {
    const { result } = await withList(useConfirmConnection);
    const confirmToken = createConfirmToken({ ...ONEDRIVE, nonce: 'n-2' });
    await settleWrite(
      () => result.current.write.mutateAsync({ ...ONEDRIVE, confirmToken }),
      () => result.current.write,
    );

    await expectWriteError(
      () => result.current.write.mutateAsync({ ...ONEDRIVE, confirmToken }),
      () => result.current.write,
      { kind: 'api', status: 422 },
    );
  });
});
