import { IntegrationsPage, enMessages } from '@integrations-kit/ui';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { acme } from '../test/acme.js';
import { oauthConnection } from '../test/connections.js';
import { renderKit, setupVaultServer } from '../test/renderKit.js';
import { stubPopup } from '@integrations-kit/test-kit';

const hubspot = oauthConnection('crm', 'hubspot', 'HubSpot', {
  state: 'callable',
  health: 'ok',
  authorize_url: 'https://auth.example.com/authorize',
  revoke_url: 'https://auth.example.com/revoke',
});
// Latency keeps the first request in flight while the second click lands, as on a real network.
const pipedrive = oauthConnection('crm', 'pipedrive', 'Pipedrive', {
  authorize_url: 'https://auth.example.com/authorize',
});
const vault = setupVaultServer({ connections: [acme, hubspot, pipedrive], latency: 120 });
const { mock } = vault;
const m = enMessages.dialog;
const sent = (method: string) => mock.requests.filter((request) => request.method === method);
const GAPS = [0, 20, 50];

async function openDialog(cardName: RegExp) {
  const view = renderKit(<IntegrationsPage redirectUri={`${window.location.origin}/oauth/callback`} />, { mock });
  await view.user.click(await screen.findByRole('button', { name: cardName }));
  const dialog = await screen.findByRole('dialog');
  return { ...view, dialog };
}

/** Two clicks `gap` ms apart, dispatched straight on the element as a fast double click is. */
async function doubleClick(element: HTMLElement, gap: number) {
  fireEvent.click(element);
  // A real pause: the second click must land while React and the first request really are in flight.
  if (gap > 0) await act(() => new Promise((resolve) => setTimeout(resolve, gap)));
  fireEvent.click(element);
}

async function openMenuItem(
  dialog: HTMLElement,
  user: Awaited<ReturnType<typeof openDialog>>['user'],
  name: string,
  item: string,
) {
  await user.click(await within(dialog).findByRole('button', { name: m.actionsMenu(name) }));
  return screen.findByRole('menuitem', { name: item });
}

const settled = (view: { queryClient: { isMutating: () => number } }) =>
  waitFor(() => expect(view.queryClient.isMutating()).toBe(0), { timeout: 3000 });

describe('a second click while an action is in flight sends nothing', { tags: ['faults'] }, () => {
  it.each(GAPS)('Delete confirmation clicked twice %i ms apart: one DELETE, only "deleted"', async (gap) => {
    const view = await openDialog(/^Acme CRM /);
    await view.user.click(await openMenuItem(view.dialog, view.user, 'Acme', m.actions.delete));
    const confirm = await screen.findByRole('button', { name: m.confirmDelete.confirm('Acme') });
    await doubleClick(confirm, gap);
    await settled(view);
    const toaster = document.querySelector('[data-slot="toaster"]') as HTMLElement;
    expect(await within(toaster).findByText(m.toasts.deleted('Acme'))).toBeInTheDocument();
    expect(within(toaster).queryByText(m.toasts.deleteFailed('Acme'))).toBeNull();
    expect(sent('DELETE')).toHaveLength(1);
  });

  it.each(GAPS)('Disable clicked twice %i ms apart: one PATCH', async (gap) => {
    const view = await openDialog(/^Acme CRM /);
    await doubleClick(await openMenuItem(view.dialog, view.user, 'Acme', m.actions.disable), gap);
    await settled(view);
    expect(sent('PATCH').map((request) => request.body)).toEqual([{ enabled: false }]);
  });

  it.each(GAPS)('Enable clicked twice %i ms apart: one PATCH', async (gap) => {
    mock.setConnection({ ...acme, enabled: false });
    const view = await openDialog(/^Acme CRM /);
    await doubleClick(await openMenuItem(view.dialog, view.user, 'Acme', m.actions.enable), gap);
    await settled(view);
    expect(sent('PATCH').map((request) => request.body)).toEqual([{ enabled: true }]);
  });

  it.each(GAPS)('the Enable button of a disabled connection clicked twice %i ms apart: one PATCH', async (gap) => {
    mock.setConnection({ ...acme, enabled: false });
    const view = await openDialog(/^Acme CRM /);
    await doubleClick(await within(view.dialog).findByRole('button', { name: m.actions.enable }), gap);
    await settled(view);
    expect(sent('PATCH').map((request) => request.body)).toEqual([{ enabled: true }]);
  });

  it.each(GAPS)('Save clicked twice %i ms apart: one PATCH', async (gap) => {
    const view = await openDialog(/^Acme CRM /);
    const input = await within(view.dialog).findByRole('textbox', { name: /Instance URL/ });
    await view.user.clear(input);
    await view.user.type(input, 'https://new.example.com');
    await doubleClick(within(view.dialog).getByRole('button', { name: enMessages.form.save }), gap);
    expect(await within(view.dialog).findByText(enMessages.form.saved)).toBeInTheDocument();
    await settled(view);
    expect(sent('PATCH')).toHaveLength(1);
  });

  it.each(GAPS)('Re-authorize clicked twice %i ms apart: one consent window', async (gap) => {
    const { open } = stubPopup();
    const view = await openDialog(/^HubSpot CRM /);
    await doubleClick(await openMenuItem(view.dialog, view.user, 'HubSpot', m.actions.reauthorize), gap);
    await waitFor(() => expect(open).toHaveBeenCalled());
    expect(open).toHaveBeenCalledTimes(1);
  });

  it.each(GAPS)('Disconnect confirmation clicked twice %i ms apart: one revoke window', async (gap) => {
    const { open } = stubPopup();
    const view = await openDialog(/^HubSpot CRM /);
    await view.user.click(await openMenuItem(view.dialog, view.user, 'HubSpot', m.actions.disconnect));
    const confirm = await screen.findByRole('button', { name: enMessages.oauth.revoke.confirm('HubSpot') });
    await doubleClick(confirm, gap);
    expect(open).toHaveBeenCalledTimes(1);
  });

  it.each(GAPS)('Connect clicked twice %i ms apart: one consent window', async (gap) => {
    const { open } = stubPopup();
    const view = await openDialog(/^Pipedrive CRM /);
    await doubleClick(
      await within(view.dialog).findByRole('button', { name: enMessages.oauth.connect('Pipedrive') }),
      gap,
    );
    expect(open).toHaveBeenCalledTimes(1);
  });

  it.each(GAPS)('"Try again" after a failed delete clicked twice %i ms apart: one more DELETE', async (gap) => {
    mock.fail({ method: 'DELETE', path: '/vault/connections/crm/acme', status: 500 });
    const view = await openDialog(/^Acme CRM /);
    await view.user.click(await openMenuItem(view.dialog, view.user, 'Acme', m.actions.delete));
    await view.user.click(await screen.findByRole('button', { name: m.confirmDelete.confirm('Acme') }));
    const retry = await within(view.dialog).findByRole('button', { name: m.retry });
    await doubleClick(retry, gap);
    await settled(view);
    expect(sent('DELETE')).toHaveLength(2);
  });
});
