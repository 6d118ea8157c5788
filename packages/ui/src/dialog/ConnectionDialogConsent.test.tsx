import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithKit, setupVaultServer } from '../test/render.js';
import { ConnectionDialog } from './ConnectionDialog.js';

const mock = setupVaultServer();
const redirectUri = `${window.location.origin}/oauth/callback`;

function openDialog(unifiedApi: string, serviceId: string) {
  const result = renderWithKit(
    <ConnectionDialog connection={{ unifiedApi, serviceId }} redirectUri={redirectUri} defaultOpen />,
    { mock },
  );
  return { ...result, dialog: screen.findByRole('dialog') };
}

const sectionTitles = (dialog: HTMLElement) =>
  within(dialog)
    .getAllByRole('region')
    .map((region) => region.getAttribute('aria-labelledby'))
    .map((id) => (id ? document.getElementById(id)?.textContent : null));

describe('ConnectionDialog consent', { timeout: 20_000 }, () => {
  it('a connection waiting for consent opens on Data access, and Authorize waits for it', async () => {
    const { user, dialog: opened } = openDialog('issue-tracking', 'zendesk');
    const dialog = await opened;
    const access = await within(dialog).findByRole('region', { name: 'Data access' });
    expect(sectionTitles(dialog)[0]).toBe('Data access');
    expect(within(dialog).getByText('Consent required')).toBeVisible();
    const connect = within(dialog).getByRole('button', { name: 'Connect Zendesk' });
    expect(connect).toBeDisabled();
    expect(connect).toHaveAccessibleDescription('Grant data access for Zendesk first.');

    await user.click(await within(access).findByRole('button', { name: 'Grant access' }));

    // Consent given: the badge agrees, Authorize may start, and Data access keeps its place.
    expect(await within(dialog).findByText('Not authorized')).toBeVisible();
    expect(within(dialog).getByRole('button', { name: 'Connect Zendesk' })).toBeEnabled();
    expect(sectionTitles(dialog)[0]).toBe('Data access');
  });

  it('after Grant the same section says so in a status region and focus moves to Revoke', async () => {
    const { user, dialog: opened } = openDialog('issue-tracking', 'zendesk');
    const dialog = await opened;
    const access = await within(dialog).findByRole('region', { name: 'Data access' });
    await user.click(await within(access).findByRole('button', { name: 'Grant access' }));

    const revoke = await within(access).findByRole('button', { name: 'Revoke access' });
    expect(access).toBeInTheDocument();
    expect(within(access).getByRole('status')).toHaveTextContent('You granted access to the data below in Zendesk.');
    await waitFor(() => expect(revoke).toHaveFocus());
    expect(document.activeElement).not.toBe(dialog);
    expect(document.activeElement).not.toBe(document.body);
  });

  it('a granted connection keeps Data access below Settings, with Revoke', async () => {
    const dialog = await openDialog('file-storage', 'google-drive').dialog;
    const access = await within(dialog).findByRole('region', { name: 'Data access' });
    expect(await within(access).findByRole('button', { name: 'Revoke access' })).toBeVisible();
    expect(sectionTitles(dialog).indexOf('Data access')).toBeGreaterThan(sectionTitles(dialog).indexOf('Settings'));
  });

  it('a connection without consent tracking (implicit) has no Data access section', async () => {
    const dialog = await openDialog('crm', 'pipedrive').dialog;
    await within(dialog).findByRole('region', { name: 'Settings' });
    expect(within(dialog).queryByRole('region', { name: 'Data access' })).not.toBeInTheDocument();
  });
});
