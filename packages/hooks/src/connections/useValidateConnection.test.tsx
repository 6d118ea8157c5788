import { waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { expectWriteError, settleWrite } from '../test/settleWrite.js';
import { renderWithClient, setupVaultServer } from '../test/renderWithClient.js';
import { PIPEDRIVE, SALESFORCE } from '../test/subjects.js';
import { ConnectionValidationError } from '../errors/ConnectionValidationError.js';
import { useConnection } from './useConnection.js';
import { useConnections } from './useConnections.js';
import { useValidateConnection } from './useValidateConnection.js';

const mock = setupVaultServer();

/** List, detail and the check side by side, once list and detail are loaded. */
async function renderCheck(ref: typeof SALESFORCE, options?: Parameters<typeof useValidateConnection>[0]) {
  const rendered = renderWithClient(
    () => ({ list: useConnections(), detail: useConnection(ref), check: useValidateConnection(options) }),
    { mock },
  );
  await waitFor(() =>
    expect(rendered.result.current.list.isSuccess && rendered.result.current.detail.isSuccess).toBe(true),
  );
  const entry = () =>
    rendered.result.current.list.data?.find((c) => c.unified_api === ref.unifiedApi && c.service_id === ref.serviceId);
  return { ...rendered, entry };
}

describe('useValidateConnection', () => {
  it('checks the connection with an empty body and resolves with the connection read after it', async () => {
    const onSuccess = vi.fn();
    const { result } = await renderCheck(PIPEDRIVE, { onSuccess });

    const connection = await settleWrite(
      () => result.current.check.mutateAsync(PIPEDRIVE),
      () => result.current.check,
    );

    expect(mock.requests.find((request) => request.path.endsWith('/validate'))).toMatchObject({
      method: 'POST',
      path: '/vault/connections/crm/pipedrive/validate',
      body: {},
    });
    expect(connection).toMatchObject({ id: 'crm+pipedrive', state: 'callable', health: 'ok' });
    expect(onSuccess.mock.calls[0]?.slice(0, 2)).toEqual([connection, PIPEDRIVE]);
  });

  it('fails when the check answers 200 with a state other than callable, and still writes the connection read after it', async () => {
    const onError = vi.fn();
    const onSuccess = vi.fn();
    const { result } = await renderCheck(PIPEDRIVE, { onError, onSuccess });
    const path = '/vault/connections/crm/pipedrive/validate';
    mock.fail({
      method: 'POST',
      path,
      status: 200,
      body: { status_code: 200, status: 'OK', data: { id: 'crm+pipedrive', state: 'invalid' } },
    });

    await expect(result.current.check.mutateAsync(PIPEDRIVE)).rejects.toSatisfy(
      (error) => error instanceof ConnectionValidationError && error.state === 'invalid',
    );

    await waitFor(() => expect(result.current.check.isError).toBe(true));
    expect(onSuccess).not.toHaveBeenCalled();
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ state: 'invalid', connection: { id: 'crm+pipedrive' } });
    expect(mock.requests.map((request) => `${request.method} ${request.path}`).slice(-2)).toEqual([
      `POST ${path}`,
      'GET /vault/connections/crm/pipedrive',
    ]);
  });

  it('fails with the reason and still shows the connection turned invalid in list and detail', async () => {
    const onError = vi.fn();
    mock.failTokenRefresh('crm', 'salesforce', 0);
    const { result, entry } = await renderCheck(SALESFORCE, { onError });
    expect(result.current.detail.data).toMatchObject({ state: 'callable', health: 'pending_refresh' });

    await expectWriteError(
      () => result.current.check.mutateAsync(SALESFORCE),
      () => result.current.check,
      { kind: 'api', status: 422 },
    );

    await waitFor(() => expect(result.current.detail.data).toMatchObject({ state: 'invalid', health: 'needs_auth' }));
    expect(entry()).toMatchObject({ state: 'invalid', health: 'needs_auth' });
    expect(onError.mock.calls[0]?.slice(0, 2)).toEqual([expect.objectContaining({ status: 422 }), SALESFORCE]);
  });
});
