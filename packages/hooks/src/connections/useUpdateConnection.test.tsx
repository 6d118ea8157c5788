import type { Connection } from '@integrations-kit/client';
import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectWriteError, settleWrite } from '../test/settleWrite.js';
import { renderWithClient, setupVaultServer } from '../test/renderWithClient.js';
import { PIPEDRIVE, listReads } from '../test/subjects.js';
import { useConnection } from './useConnection.js';
import { useConnections } from './useConnections.js';
import { useUpdateConnection } from './useUpdateConnection.js';

const mock = setupVaultServer();

function renderViews() {
  const rendered = renderWithClient(
    () => ({
      all: useConnections(),
      crm: useConnections({ api: 'crm' }),
      detail: useConnection(PIPEDRIVE),
      update: useUpdateConnection(),
    }),
    { mock },
  );
  return rendered;
}
const pipedriveIn = (list: Connection[] | undefined) =>
  list?.find((connection) => connection.service_id === 'pipedrive' && connection.unified_api === 'crm');

describe('useUpdateConnection', () => {
  it('writes the answer into the detail and every list holding it, without refetching', async () => {
    const { result } = renderViews();
    await waitFor(() =>
      expect(result.current.all.isSuccess && result.current.crm.isSuccess && result.current.detail.isSuccess).toBe(
        true,
      ),
    );
    const readsBefore = listReads(mock.requests).length;

    await settleWrite(
      () => result.current.update.mutateAsync({ ...PIPEDRIVE, connection: { settings: { deal_source: 'referral' } } }),
      () => result.current.update,
    );

    expect(result.current.detail.data?.settings).toMatchObject({ deal_source: 'referral' });
    expect(pipedriveIn(result.current.all.data)?.settings).toMatchObject({ deal_source: 'referral' });
    expect(pipedriveIn(result.current.crm.data)).toEqual(pipedriveIn(result.current.all.data));
    expect(listReads(mock.requests)).toHaveLength(readsBefore);
    expect(mock.requests.find((request) => request.method === 'PATCH')?.body).toEqual({
      settings: { deal_source: 'referral' },
    });
  });

  it('sends only `enabled` when only that changes and keeps the stored settings', async () => {
    const { result } = renderViews();
    await waitFor(() => expect(result.current.detail.isSuccess).toBe(true));
    const settingsBefore = result.current.detail.data?.settings;

    await settleWrite(
      () => result.current.update.mutateAsync({ ...PIPEDRIVE, connection: { enabled: false } }),
      () => result.current.update,
    );

    expect(mock.requests.find((request) => request.method === 'PATCH')?.body).toEqual({ enabled: false });
    expect(result.current.detail.data).toMatchObject({ enabled: false, settings: settingsBefore });
    expect(mock.getConnection('crm', 'pipedrive')?.settings).toMatchObject({
      pipeline: '1',
      stage: '12',
      deal_source: 'web',
    });
  });

  it('leaves the caches as they were when the server refuses (422)', async () => {
    mock.fail({ method: 'PATCH', path: '/vault/connections/crm/pipedrive', status: 422 });
    const { result } = renderViews();
    await waitFor(() => expect(result.current.detail.isSuccess && result.current.all.isSuccess).toBe(true));
    const before = result.current.detail.data;

    await expectWriteError(
      () => result.current.update.mutateAsync({ ...PIPEDRIVE, connection: { settings: { deal_source: 'x' } } }),
      () => result.current.update,
      { kind: 'api', status: 422 },
    );
    expect(result.current.detail.data).toBe(before);
    expect(pipedriveIn(result.current.all.data)?.settings).toMatchObject({ deal_source: 'web' });
    expect(mock.requests.filter((request) => request.method === 'PATCH')).toHaveLength(1);
  });

  it('never retries a failed write', async () => {
    mock.fail({ method: 'PATCH', path: '/vault/connections/crm/pipedrive', status: 503 });
    const { result } = renderViews();

    await expectWriteError(
      () => result.current.update.mutateAsync({ ...PIPEDRIVE, connection: { enabled: false } }),
      () => result.current.update,
      { kind: 'api', status: 503 },
    );
    expect(mock.requests.filter((request) => request.method === 'PATCH')).toHaveLength(1);
  });
});
