import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useConnection } from '../connections/useConnection.js';
import { expectWriteError, settleWrite } from '../test/settleWrite.js';
import { renderWithClient, setupVaultServer } from '../test/renderWithClient.js';
import { ONEDRIVE, PIPEDRIVE } from '../test/subjects.js';
import { useCustomFields } from './useCustomFields.js';
import { useResourceSettings } from './useResourceSettings.js';
import { useUpdateResourceSettings } from './useUpdateResourceSettings.js';

const mock = setupVaultServer();
const LEADS = { ...PIPEDRIVE, resource: 'leads' };
const ownerIn = (settings: { id?: string; value?: unknown }[] | undefined) =>
  settings?.find((field) => field.id === 'owner_id');

describe('useResourceSettings', () => {
  it("loads a resource's settings with their options", async () => {
    const { result } = renderWithClient(() => useResourceSettings(LEADS), { mock });

    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(ownerIn(result.current.data)).toMatchObject({ type: 'select', options: expect.any(Array) });
    expect(mock.requests[0]?.path).toBe('/vault/connections/crm/pipedrive/leads/config');
  });

  it('fails with a 404 for a resource the connection does not have', async () => {
    const { result } = renderWithClient(() => useResourceSettings({ ...PIPEDRIVE, resource: 'invoices' }), { mock });

    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toMatchObject({ kind: 'api', status: 404 });
  });
});

describe('useUpdateResourceSettings', () => {
  it('saves the values and shows them in the settings and the connection without refetching', async () => {
    const { result } = renderWithClient(
      () => ({
        settings: useResourceSettings(LEADS),
        detail: useConnection(PIPEDRIVE),
        save: useUpdateResourceSettings(),
      }),
      { mock },
    );
    await waitFor(() => expect(result.current.settings.isSuccess && result.current.detail.isSuccess).toBe(true));
    const configuration = [{ resource: 'leads', defaults: [{ id: 'owner_id', value: '502' }] }];
    const reads = mock.requests.filter((request) => request.method === 'GET').length;

    await settleWrite(
      () => result.current.save.mutateAsync({ ...LEADS, configuration }),
      () => result.current.save,
    );

    expect(mock.requests.find((request) => request.method === 'PATCH')?.body).toEqual({ configuration });
    expect(ownerIn(result.current.settings.data)?.value).toBe('502');
    const saved = result.current.detail.data?.configuration?.find((entry) => entry.resource === 'leads');
    expect(ownerIn(saved?.defaults)?.value).toBe('502');
    expect(mock.requests.filter((request) => request.method === 'GET')).toHaveLength(reads);
  });

  it('keeps the stored values when a value is refused (422)', async () => {
    const { result } = renderWithClient(
      () => ({ settings: useResourceSettings(LEADS), save: useUpdateResourceSettings() }),
      {
        mock,
      },
    );
    await waitFor(() => expect(result.current.settings.isSuccess).toBe(true));
    const before = ownerIn(result.current.settings.data)?.value;

    await expectWriteError(
      () =>
        result.current.save.mutateAsync({
          ...LEADS,
          configuration: [{ resource: 'leads', defaults: [{ id: 'owner_id', value: '999' }] }],
        }),
      () => result.current.save,
      { kind: 'api', status: 422 },
    );
    expect(ownerIn(result.current.settings.data)?.value).toBe(before);
  });
});

describe('useCustomFields', () => {
  it("lists the downstream resource's custom fields", async () => {
    const { result } = renderWithClient(() => useCustomFields(LEADS), { mock });

    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.map((field) => field.name)).toEqual(['Budget range', 'Preferred contact time']);
    expect(mock.requests[0]?.path).toBe('/vault/connections/crm/pipedrive/leads/custom-fields');
  });

  it('fails with a readable 422 when the connection cannot reach the downstream yet', async () => {
    const { result } = renderWithClient(() => useCustomFields({ ...ONEDRIVE, resource: 'files' }), { mock });

    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toMatchObject({ kind: 'api', status: 422 });
    expect(result.current.error?.message).toMatch(/callable/);
  });
});
