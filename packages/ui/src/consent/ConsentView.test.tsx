import type { Connection, ConnectionRef } from '@integrations-kit/client';
import { useConnection } from '@integrations-kit/hooks';
import { fixtures } from '@integrations-kit/mocks';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithKit, setupVaultServer } from '../test/render.js';
import { ConsentView } from './ConsentView.js';

const mock = setupVaultServer();
const scoped = fixtures.dataScopes['ik-demo-app']?.resources ?? '*';
const ZENDESK = { unifiedApi: 'issue-tracking', serviceId: 'zendesk' };
const DRIVE = { unifiedApi: 'file-storage', serviceId: 'google-drive' };
const NOW = Date.UTC(2026, 0, 1);

// The view fed from the connection's cache entry, as the dialog feeds it: a decision shows at once.
function Connected({ connectionRef, patch }: { connectionRef: ConnectionRef; patch?: Partial<Connection> }) {
  const { data } = useConnection(connectionRef);
  return data ? <ConsentView connection={{ ...data, ...patch }} now={NOW} /> : null;
}

function renderView(connectionRef: ConnectionRef, patch?: Partial<Connection>, locale?: 'de') {
  return renderWithKit(<Connected connectionRef={connectionRef} patch={patch} />, { mock, locale });
}

const view = () => screen.findByText((_, element) => element?.getAttribute('data-slot') === 'consent-view');
const patches = () =>
  mock.requests.filter((request) => request.method === 'PATCH' && request.path.endsWith('/consent'));

describe('ConsentView', { timeout: 20_000 }, () => {
  it('pending: lists what the app reads and writes, with Grant and Deny, and no history yet', async () => {
    renderView(ZENDESK);
    expect(await screen.findByText(/asks for access to the data below in Zendesk/)).toBeVisible();
    const contacts = (await view()).querySelector('[data-resource="crm.contacts"]') as HTMLElement;
    expect(within(contacts).getByText('email').nextSibling).toHaveTextContent('Read and write');
    expect(within(contacts).getByText('id').nextSibling).toHaveTextContent('Read');
    expect(screen.getByRole('button', { name: 'Grant access' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Deny' })).toBeEnabled();
    expect(screen.queryByRole('button', { name: 'Revoke access' })).not.toBeInTheDocument();
    expect(await screen.findByText('No decisions yet.')).toBeVisible();
  });

  it('grant: sends the app scopes, then offers Revoke and shows who granted when', async () => {
    const { user } = renderView(ZENDESK);
    await user.click(await screen.findByRole('button', { name: 'Grant access' }));
    expect(await screen.findByRole('button', { name: 'Revoke access' })).toBeVisible();
    expect(patches().map((request) => request.body)).toEqual([{ granted: true, resources: scoped }]);
    expect(screen.getByText(/You granted access to the data below/)).toBeVisible();
    const entry = await screen.findByText('acme-user-1 granted access');
    expect(entry.parentElement?.querySelector('time')).toHaveAttribute('dateTime', expect.stringMatching(/^20\d\d-/));
    expect(mock.getConnection('issue-tracking', 'zendesk')?.consent_state).toBe('granted');
  });

  it('deny: records a refusal and offers Grant again', async () => {
    const { user } = renderView(ZENDESK);
    await user.click(await screen.findByRole('button', { name: 'Deny' }));
    expect(await screen.findByText(/You denied access to data in Zendesk/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Grant access' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Deny' })).not.toBeInTheDocument();
    expect(patches().map((request) => request.body)).toEqual([{ granted: false, resources: scoped }]);
    expect(await screen.findByText('acme-user-1 denied access')).toBeVisible();
  });

  it('granted → revoke: the history shows the revocation above the grant, with relative and absolute times', async () => {
    const { user } = renderView(DRIVE);
    expect(await screen.findByText(/You granted access to the data below in Google Drive/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Revoke access' }));
    expect(await screen.findByText(/You revoked access to data in Google Drive/)).toBeVisible();
    const history = (await view()).querySelector('[data-slot="consent-history"]') as HTMLElement;
    await waitFor(() => expect(history.querySelectorAll('li')).toHaveLength(2));
    expect([...history.querySelectorAll('li')].map((item) => item.getAttribute('data-granted'))).toEqual([
      'false',
      'true',
    ]);
    expect(history.querySelectorAll('li')[1]).toHaveTextContent(/granted access.*ago \(.*20\d\d/);
    expect(screen.getByRole('button', { name: 'Grant access' })).toBeVisible();
  });

  it('denied and revoked states offer Grant only', async () => {
    renderView({ unifiedApi: 'ats', serviceId: 'lever' });
    expect(await screen.findByText(/You denied access to data in Lever/)).toBeVisible();
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual(['Grant access']);
  });

  it('requires re-consent: says the app now asks for different data', async () => {
    renderView({ unifiedApi: 'accounting', serviceId: 'myob' });
    expect(await screen.findByText(/now asks for different data in MYOB/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Grant access' })).toBeVisible();
  });

  it('shows "All data" for the wildcard (Data Scopes off) and grants "*"', async () => {
    renderView(ZENDESK, { application_data_scopes: { enabled: false, resources: '*' } });
    expect(await screen.findByText('All data')).toBeVisible();
    expect((await view()).querySelector('[data-resource]')).toBeNull();
  });

  it('a failed decision stays on screen with the reason, and Try again sends it again', async () => {
    mock.fail({ method: 'PATCH', path: /consent$/, status: 503 });
    const { user } = renderView(ZENDESK);
    await user.click(await screen.findByRole('button', { name: 'Grant access' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/^Your choice "Grant access" was not saved\. .+/);
    expect(screen.getByRole('button', { name: 'Grant access' })).toHaveAttribute('data-chosen');
    expect(screen.getByText(/asks for access to the data below/)).toBeVisible();
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('button', { name: 'Revoke access' })).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(patches()).toHaveLength(2);
  });

  it('a decision refused for good stays on screen with the reason and no Try again', async () => {
    mock.fail({ method: 'PATCH', path: /consent$/, status: 403 });
    const { user } = renderView(ZENDESK);
    await user.click(await screen.findByRole('button', { name: 'Grant access' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/^Your choice "Grant access" was not saved\. You don't have permission/);
    expect(within(alert).queryByRole('button')).not.toBeInTheDocument();
    expect(patches()).toHaveLength(1);
  });

  it('speaks German with the German catalog', async () => {
    renderView(DRIVE, undefined, 'de');
    expect(await screen.findByRole('button', { name: 'Zugriff widerrufen' })).toBeVisible();
    expect(await screen.findByText('acme-user-1 hat den Zugriff erteilt')).toBeVisible();
  });
});
