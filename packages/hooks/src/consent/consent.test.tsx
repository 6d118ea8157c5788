import type { Connection } from '@integrations-kit/client';
import { fixtures } from '@integrations-kit/mocks';
import { waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useConnection } from '../connections/useConnection.js';
import { useConnections } from '../connections/useConnections.js';
import { vaultKeys } from '../query/vaultKeys.js';
import { renderWithClient, setupVaultServer } from '../test/renderWithClient.js';
import { expectWriteError, settleWrite } from '../test/settleWrite.js';
import { listReads } from '../test/subjects.js';
import { useConsent } from './useConsent.js';
import { useUpdateConsent } from './useUpdateConsent.js';

const mock = setupVaultServer();
const DRIVE = { unifiedApi: 'file-storage', serviceId: 'google-drive' };
const scoped = fixtures.dataScopes['ik-demo-app']?.resources ?? '*';
const driveIn = (list: Connection[] | undefined) =>
  list?.find((connection) => connection.id === 'file-storage+google-drive');

function renderConsent(options: Parameters<typeof useUpdateConsent>[0] = {}) {
  return renderWithClient(
    () => ({
      list: useConnections(),
      detail: useConnection(DRIVE),
      history: useConsent(DRIVE),
      update: useUpdateConsent(options),
    }),
    { mock },
  );
}

describe('useConsent', () => {
  it('reads the history under the connection key, newest first, with epoch-ms times', async () => {
    const { result, queryClient, client } = renderWithClient(() => ({ history: useConsent(DRIVE) }), { mock });
    await waitFor(() => expect(result.current.history.status).toBe('success'));
    expect(result.current.history.data).toEqual([
      expect.objectContaining({ granted: true, resources: scoped, created_at: expect.any(Number) as number }),
    ]);
    expect(queryClient.getQueryData(vaultKeys(client).consent(DRIVE))).toBe(result.current.history.data);
  });

  it('waits while enabled is false', async () => {
    renderWithClient(() => useConsent(DRIVE, { enabled: false }), { mock });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(mock.requests.filter((request) => request.path.endsWith('/consent'))).toEqual([]);
  });
});

describe('useUpdateConsent', () => {
  it('revoking writes consent_state into the detail and every list, and tops the history, without refetching', async () => {
    const onSuccess = vi.fn();
    const { result } = renderConsent({ onSuccess });
    await waitFor(() =>
      expect(result.current.list.isSuccess && result.current.detail.isSuccess && result.current.history.isSuccess).toBe(
        true,
      ),
    );
    const reads = mock.requests.length;
    const record = await settleWrite(
      () => result.current.update.mutateAsync({ ...DRIVE, consent: { granted: false, resources: scoped } }),
      () => result.current.update,
    );
    expect(record).toMatchObject({ granted: false });
    expect(result.current.detail.data?.consent_state).toBe('revoked');
    expect(driveIn(result.current.list.data)?.consent_state).toBe('revoked');
    expect(driveIn(result.current.list.data)?.latest_consent).toEqual(record);
    expect(result.current.history.data?.map((entry) => entry.granted)).toEqual([false, true]);
    // The connection's own consent list is the history too: the record tops it in the same write.
    expect(result.current.detail.data?.consents?.[0]).toEqual(record);
    expect(driveIn(result.current.list.data)?.consents?.map((entry) => entry.granted)).toEqual([false, true]);
    expect(mock.requests.slice(reads).map((request) => request.method)).toEqual(['PATCH']);
    expect(listReads(mock.requests)).toHaveLength(1);
    // Called after the cache writes, with what TanStack Query hands a mutation's onSuccess.
    expect(onSuccess).toHaveBeenCalledOnce();
    expect(onSuccess.mock.calls[0]?.slice(0, 2)).toEqual([
      record,
      expect.objectContaining({ serviceId: 'google-drive' }),
    ]);
  });

  it('granting a denied consent makes it granted', async () => {
    const LEVER = { unifiedApi: 'ats', serviceId: 'lever' };
    const { result } = renderWithClient(() => ({ detail: useConnection(LEVER), update: useUpdateConsent() }), { mock });
    await waitFor(() => expect(result.current.detail.data?.consent_state).toBe('denied'));
    await settleWrite(
      () => result.current.update.mutateAsync({ ...LEVER, consent: { granted: true, resources: scoped } }),
      () => result.current.update,
    );
    expect(result.current.detail.data?.consent_state).toBe('granted');
    expect(mock.getConnection('ats', 'lever')?.consent_state).toBe('granted');
  });

  it('a refused decision changes no cache and reaches onError', async () => {
    const onError = vi.fn();
    const { result } = renderConsent({ onError });
    await waitFor(() => expect(result.current.detail.isSuccess && result.current.history.isSuccess).toBe(true));
    mock.fail({ method: 'PATCH', path: /consent$/, status: 500 });
    await expectWriteError(
      () => result.current.update.mutateAsync({ ...DRIVE, consent: { granted: false, resources: scoped } }),
      () => result.current.update,
      { status: 500 },
    );
    expect(result.current.detail.data?.consent_state).toBe('granted');
    expect(result.current.history.data).toHaveLength(1);
    expect(onError).toHaveBeenCalledOnce();
  });
});
