import type { Connection } from '@integrations-kit/client';
import { screen, waitFor, within } from '@testing-library/react';
import { StrictMode, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithKit, setupVaultServer } from '../test/render.js';
import { Toaster } from '../toast/Toaster.js';
import { ToastProvider } from '../toast/ToastProvider.js';
import { ConnectionDialog, type ConnectionDialogProps } from './ConnectionDialog.js';

const pipedrive: Connection = {
  id: 'crm+pipedrive',
  unified_api: 'crm',
  service_id: 'pipedrive',
  name: 'Pipedrive',
  tag_line: 'The easy-to-use CRM for small sales teams.',
  website: 'https://www.pipedrive.com',
  has_guide: true,
  auth_type: 'oauth2',
  oauth_grant_type: 'authorization_code',
  integration_state: 'configured',
  state: 'callable',
  health: 'ok',
  enabled: true,
  form_fields: [{ id: 'company_domain', label: 'Company domain', type: 'text', allow_custom_values: false }],
  settings: { company_domain: 'acme' },
};

const close: Connection = {
  id: 'crm+close',
  unified_api: 'crm',
  service_id: 'close',
  name: 'Close',
  website: 'http://close.example.com',
  auth_type: 'apiKey',
  integration_state: 'configured',
  state: 'available',
  enabled: false,
  form_fields: [{ id: 'api_key', label: 'API key', type: 'password', required: true, allow_custom_values: false }],
  settings: {},
};

// A little latency, so progress states are on screen long enough to be seen.
const mock = setupVaultServer({ connections: [pipedrive, close], latency: 30 });
const redirectUri = `${window.location.origin}/oauth/callback`;
const ref = { unifiedApi: 'crm', serviceId: 'pipedrive' };

afterEach(() => {
  vi.restoreAllMocks();
});

function renderDialog(props: Partial<ConnectionDialogProps> = {}, options: { locale?: 'de' } = {}) {
  return renderWithKit(
    <ToastProvider>
      <ConnectionDialog connection={ref} redirectUri={redirectUri} {...props}>
        <button type="button">Open Pipedrive</button>
      </ConnectionDialog>
      <Toaster />
    </ToastProvider>,
    { mock, ...options },
  );
}

async function openDialog(props: Partial<ConnectionDialogProps> = {}) {
  const result = renderDialog(props);
  await result.user.click(screen.getByRole('button', { name: 'Open Pipedrive' }));
  const dialog = await screen.findByRole('dialog', { name: 'Pipedrive' });
  // Loaded: the settings form shows the connection's fields.
  await within(dialog).findByText('Company domain');
  return { ...result, dialog };
}

async function chooseAction(user: ReturnType<typeof renderDialog>['user'], label: string) {
  await user.click(await screen.findByRole('button', { name: 'Actions for Pipedrive' }));
  await user.click(await screen.findByRole('menuitem', { name: label }));
}

const writes = (method: string, path = '/vault/connections/crm/pipedrive') =>
  mock.requests.filter((request) => request.method === method && request.path === path);

// Dialog layers, a settings form and the mock's latency make these slower than a unit test on a busy machine.
describe('ConnectionDialog', { timeout: 20_000 }, () => {
  it('opens with the connection as its title and description, and Escape returns focus to the trigger', async () => {
    const { user, dialog } = await openDialog();
    expect(dialog).toHaveAccessibleDescription('Settings and details of your Pipedrive connection.');
    expect(within(dialog).getByText('Connected')).toBeInTheDocument();
    expect(within(dialog).getByRole('heading', { name: 'Settings' })).toBeInTheDocument();

    await user.keyboard('{Escape}');

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Open Pipedrive' })).toHaveFocus();
  });

  it('returns focus to whatever opened it when the host controls it', async () => {
    function Host() {
      const [open, setOpen] = useState(false);
      return (
        <>
          <button type="button" onClick={() => setOpen(true)}>
            Pipedrive card
          </button>
          <ConnectionDialog connection={pipedrive} open={open} onOpenChange={setOpen} redirectUri={redirectUri} />
        </>
      );
    }
    const { user } = renderWithKit(<Host />, { mock });
    await user.click(screen.getByRole('button', { name: 'Pipedrive card' }));
    const dialog = await screen.findByRole('dialog', { name: 'Pipedrive' });

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Pipedrive card' })).toHaveFocus();
  });

  it('closes only the top layer on Escape: the menu, then the confirmation, then itself', async () => {
    const { user } = await openDialog();
    await user.click(await screen.findByRole('button', { name: 'Actions for Pipedrive' }));
    expect(await screen.findByRole('menu')).toBeInTheDocument();

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('menu')).not.toBeInTheDocument());
    expect(screen.getByRole('dialog', { name: 'Pipedrive' })).toBeInTheDocument();

    await chooseAction(user, 'Delete');
    expect(await screen.findByRole('alertdialog', { name: 'Delete Pipedrive?' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(screen.getByRole('dialog', { name: 'Pipedrive' })).toBeInTheDocument();
    expect(writes('DELETE')).toHaveLength(0);

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('enables an available integration once when it opens, with progress', async () => {
    const onConnectionChange = vi.fn();
    const { user } = renderWithKit(
      <StrictMode>
        <ConnectionDialog
          connection={close}
          redirectUri={redirectUri}
          onConnectionChange={onConnectionChange}
          defaultOpen
        />
      </StrictMode>,
      { mock },
    );

    expect(await screen.findByText('Setting up Close…')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Settings' })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText('Setting up Close…')).not.toBeInTheDocument());

    const patches = writes('PATCH', '/vault/connections/crm/close');
    expect(patches).toHaveLength(1);
    expect(patches[0]?.body).toEqual({ enabled: true });
    expect(onConnectionChange).toHaveBeenCalledTimes(1);
    expect(onConnectionChange).toHaveBeenLastCalledWith(expect.objectContaining({ state: 'added', enabled: true }));
    expect(screen.getByText('Input required')).toBeInTheDocument();

    // Saving the API key makes it usable: the host hears about it once, not twice.
    await user.click(await screen.findByLabelText(/API key/, { selector: 'input' }));
    await user.paste('key-123');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onConnectionChange).toHaveBeenCalledTimes(2));
    expect(onConnectionChange).toHaveBeenLastCalledWith(expect.objectContaining({ state: 'callable' }));
    expect(await screen.findByText('Connected')).toBeInTheDocument();
    expect(onConnectionChange).toHaveBeenCalledTimes(2);
  });

  it('disables at once, confirms with a toast, reports the change and offers Enable', async () => {
    const onConnectionChange = vi.fn();
    const { user, dialog } = await openDialog({ onConnectionChange });

    await chooseAction(user, 'Disable');

    expect(within(dialog).getByText('Disabled')).toBeInTheDocument();
    expect(await screen.findByText('Pipedrive disabled')).toBeInTheDocument();
    expect(writes('PATCH').map((request) => request.body)).toEqual([{ enabled: false }]);
    expect(onConnectionChange).toHaveBeenCalledWith(expect.objectContaining({ enabled: false }));
    expect(within(dialog).getByText('Pipedrive is disabled. Enable it to sync data again.')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Enable' }));
    expect(await screen.findByText('Pipedrive enabled')).toBeInTheDocument();
    expect(writes('PATCH').map((request) => request.body)).toEqual([{ enabled: false }, { enabled: true }]);
  });

  it('rolls back a refused disable, says why and offers to try again', async () => {
    mock.fail({ method: 'PATCH', path: '/vault/connections/crm/pipedrive', status: 503 });
    const { user, dialog } = await openDialog();

    await chooseAction(user, 'Disable');

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent("Couldn't disable Pipedrive");
    expect(alert).toHaveTextContent('The integrations service is not responding right now. Try again in a moment.');
    expect(
      await screen.findByText("Couldn't disable Pipedrive", { selector: '[data-slot="toaster"] *' }),
    ).toBeInTheDocument();
    expect(within(dialog).getByText('Connected')).toBeInTheDocument();
    expect(mock.getConnection('crm', 'pipedrive')?.enabled).toBe(true);

    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(await screen.findByText('Pipedrive disabled')).toBeInTheDocument();
    expect(mock.getConnection('crm', 'pipedrive')?.enabled).toBe(false);
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('deletes after a confirmation naming the integration, then closes', async () => {
    const onConnectionDelete = vi.fn();
    const { user } = await openDialog({ onConnectionDelete });

    await chooseAction(user, 'Delete');
    const confirm = await screen.findByRole('alertdialog', { name: 'Delete Pipedrive?' });
    expect(confirm).toHaveAccessibleDescription(
      'This removes the Pipedrive connection and its settings. You can add Pipedrive again later.',
    );
    await user.click(within(confirm).getByRole('button', { name: 'Delete Pipedrive' }));

    expect(await screen.findByText('Pipedrive deleted')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(writes('DELETE')).toHaveLength(1);
    expect(onConnectionDelete).toHaveBeenCalledWith(expect.objectContaining({ service_id: 'pipedrive' }));
    // Seeing it `available` right after the delete must not re-add it (enable-on-open is for opening).
    expect(writes('PATCH')).toHaveLength(0);
    expect(mock.getConnection('crm', 'pipedrive')?.state).toBe('available');
  });

  it('keeps a delete that failed visible, with what to do', async () => {
    mock.fail({ method: 'DELETE', path: '/vault/connections/crm/pipedrive', status: 403 });
    const { user, dialog } = await openDialog();
    await chooseAction(user, 'Delete');
    await user.click(await screen.findByRole('button', { name: 'Delete Pipedrive' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent("You don't have permission to do this. Ask an admin of your account for access.");
    // Retrying cannot fix a missing permission.
    expect(within(alert).queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    expect(screen.getByRole('dialog', { name: 'Pipedrive' })).toBeInTheDocument();
  });

  it('disconnects through the provider after a confirmation', async () => {
    const sent = vi.fn();
    vi.spyOn(window, 'open').mockReturnValue({
      closed: false,
      close() {},
      location: { replace: sent },
    } as unknown as Window);
    const { user, dialog } = await openDialog();

    await chooseAction(user, 'Disconnect');
    await user.click(await screen.findByRole('button', { name: 'Disconnect Pipedrive' }));

    const opened = new URL(String(sent.mock.calls[0]?.[0]));
    expect(opened.pathname).toBe('/vault/revoke/pipedrive/ik-demo-app');
    expect(within(dialog).getByText('Disconnecting Pipedrive…')).toBeInTheDocument();
  });

  it('re-authorizes from the menu and shows that it waits for the provider', async () => {
    const sent = vi.fn();
    vi.spyOn(window, 'open').mockReturnValue({
      closed: false,
      close() {},
      location: { replace: sent },
    } as unknown as Window);
    const { user, dialog } = await openDialog();

    await chooseAction(user, 'Re-authorize');

    expect(new URL(String(sent.mock.calls[0]?.[0])).pathname).toBe('/vault/authorize/pipedrive/ik-demo-app');
    expect(within(dialog).getByRole('button', { name: 'Waiting for Pipedrive…' })).toBeDisabled();
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBeEnabled();
  });

  it('finishes an action the user closed the dialog on', async () => {
    const onConnectionChange = vi.fn();
    const { user } = await openDialog({ onConnectionChange });

    await chooseAction(user, 'Disable');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    expect(await screen.findByText('Pipedrive disabled')).toBeInTheDocument();
    expect(onConnectionChange).toHaveBeenCalledWith(expect.objectContaining({ enabled: false }));
    expect(mock.getConnection('crm', 'pipedrive')?.enabled).toBe(false);
  });

  it('tells about the integration, linking only safe websites', async () => {
    const { dialog } = await openDialog();
    const about = within(within(dialog).getByRole('region', { name: 'About' }));
    expect(about.getByText('The easy-to-use CRM for small sales teams.')).toBeInTheDocument();
    expect(about.getByText('OAuth (sign in with your account)')).toBeInTheDocument();
    expect(about.getByRole('link', { name: /www\.pipedrive\.com/ })).toHaveAttribute(
      'href',
      'https://www.pipedrive.com',
    );
    expect(about.getByRole('link', { name: /How to connect Pipedrive/ })).toHaveAttribute(
      'href',
      'https://developers.apideck.com/connectors/pipedrive/docs/consumer+connection',
    );
  });

  it('does not link a website that is not https', async () => {
    renderWithKit(<ConnectionDialog connection={close} redirectUri={redirectUri} defaultOpen />, { mock });
    const dialog = await screen.findByRole('dialog', { name: 'Close' });
    const about = within(await within(dialog).findByRole('region', { name: 'About' }));
    expect(about.getByText('API key')).toBeInTheDocument();
    expect(about.queryByRole('link')).not.toBeInTheDocument();
  });

  it('offers only the actions the host allows', async () => {
    const { user } = await openDialog({ allowActions: ['delete'] });
    await user.click(await screen.findByRole('button', { name: 'Actions for Pipedrive' }));
    expect((await screen.findAllByRole('menuitem')).map((item) => item.textContent)).toEqual(['Delete']);
  });

  it('has no actions menu when actions are not allowed', async () => {
    const { dialog } = await openDialog({ allowActions: false });
    expect(within(dialog).queryByRole('button', { name: 'Actions for Pipedrive' })).not.toBeInTheDocument();
  });

  it('asks before closing over unsaved settings, and keeps them when the user stays', async () => {
    const { user, dialog } = await openDialog();
    const domain = within(dialog).getByLabelText('Company domain');
    await user.clear(domain);
    await user.paste('globex');

    await user.keyboard('{Escape}');

    const prompt = await screen.findByRole('alertdialog', { name: 'Discard unsaved changes?' });
    await user.click(within(prompt).getByRole('button', { name: 'Keep editing' }));
    expect(screen.getByRole('dialog', { name: 'Pipedrive' })).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Company domain')).toHaveValue('globex');

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await user.click(await screen.findByRole('button', { name: 'Discard' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(writes('PATCH')).toHaveLength(0);
  });

  it('speaks German when the host asks for it', async () => {
    const { user } = renderDialog({}, { locale: 'de' });
    await user.click(screen.getByRole('button', { name: 'Open Pipedrive' }));
    const dialog = await screen.findByRole('dialog', { name: 'Pipedrive' });
    expect(dialog).toHaveAccessibleDescription('Einstellungen und Details Ihrer Verbindung mit Pipedrive.');
    expect(await within(dialog).findByRole('button', { name: 'Aktionen für Pipedrive' })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Schließen' })).toBeInTheDocument();
  });
});
