import { useConnections, useToggleConnection } from '@integrations-kit/hooks';
import { IntegrationsPage, enMessages } from '@integrations-kit/ui';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { acme } from '../test/acme.js';
import { renderKit, setupVaultServer } from '../test/renderKit.js';

const ONE = '/vault/connections/crm/acme';
// A little latency so two quick toggles are in flight together, as with a real network.
const vault = setupVaultServer({ connections: [acme], latency: 40 });
const { mock } = vault;
const patches = () => mock.requests.filter((request) => request.method === 'PATCH').map((request) => request.body);

/** The list's `enabled` for Acme and two buttons that toggle it, through the public hooks only. */
function Toggles() {
  const { data } = useConnections();
  const toggle = useToggleConnection();
  const enabled = data?.find((connection) => connection.service_id === 'acme')?.enabled;
  const set = (value: boolean) => toggle.mutate({ unifiedApi: 'crm', serviceId: 'acme', enabled: value });
  return (
    <>
      <output aria-label="enabled">{String(enabled)}</output>
      <button type="button" onClick={() => set(false)}>
        off
      </button>
      <button type="button" onClick={() => set(true)}>
        on
      </button>
    </>
  );
}

async function toggleTwice(first: boolean, second: boolean) {
  const view = renderKit(<Toggles />, { mock });
  await waitFor(() => expect(screen.getByLabelText('enabled')).toHaveTextContent('true'));
  await view.user.click(screen.getByRole('button', { name: first ? 'on' : 'off' }));
  await view.user.click(screen.getByRole('button', { name: second ? 'on' : 'off' }));
  await waitFor(() => expect(view.queryClient.isMutating()).toBe(0));
  return view;
}

describe('optimistic toggles', { tags: ['faults'] }, () => {
  it('rolls a failed disable back and says so', async () => {
    mock.fail({ method: 'PATCH', path: ONE, status: 500, times: 3 });
    const { user } = renderKit(<IntegrationsPage redirectUri="https://host.example/oauth/callback" />, { mock });
    await user.click(await screen.findByRole('button', { name: /^Acme CRM / }));
    const dialog = await screen.findByRole('dialog');
    await user.click(await within(dialog).findByRole('button', { name: enMessages.dialog.actionsMenu('Acme') }));
    await user.click(await screen.findByRole('menuitem', { name: enMessages.dialog.actions.disable }));

    const toaster = document.querySelector('[data-slot="toaster"]') as HTMLElement;
    expect(await within(toaster).findByText(enMessages.dialog.toasts.disableFailed('Acme'))).toBeInTheDocument();
    expect(within(toaster).getByText(enMessages.dialog.errors.serverDown)).toBeInTheDocument();
    const card = document.querySelector('[data-connection-id="crm+acme"]');
    await waitFor(() => expect(card).toHaveAttribute('data-status', 'connected'));
    expect(within(dialog).queryByText(enMessages.dialog.disabledNote('Acme'))).toBeNull();
    expect(patches()).toEqual([{ enabled: false }]);
  });

  it('two quick toggles end in the state of the last one the server accepted', async () => {
    await toggleTwice(false, true);
    expect(patches()).toEqual([{ enabled: false }, { enabled: true }]);
    expect(mock.getConnection('crm', 'acme')?.enabled).toBe(true);
    expect(screen.getByLabelText('enabled')).toHaveTextContent('true');
  });

  it('two quick toggles whose second fails end in the first one the server kept', async () => {
    // Toggles of one connection run in order, so a queued fault would hit the first: arm it on the second.
    let count = 0;
    vault.server.events.on('request:start', ({ request }) => {
      if (request.method === 'PATCH' && ++count === 2) mock.fail({ method: 'PATCH', path: ONE, status: 503 });
    });
    await toggleTwice(false, true);
    vault.server.events.removeAllListeners('request:start');
    expect(patches()).toEqual([{ enabled: false }, { enabled: true }]);
    expect(mock.getConnection('crm', 'acme')?.enabled).toBe(false);
    await waitFor(() => expect(screen.getByLabelText('enabled')).toHaveTextContent('false'));
  });

  it('two quick toggles whose first fails end in the second', async () => {
    mock.fail({ method: 'PATCH', path: ONE, status: 500 });
    await toggleTwice(false, true);
    expect(mock.getConnection('crm', 'acme')?.enabled).toBe(true);
    expect(screen.getByLabelText('enabled')).toHaveTextContent('true');
  });
});
