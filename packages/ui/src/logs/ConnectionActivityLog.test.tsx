import { createVaultClient, type Connection } from '@integrations-kit/client';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ActivityLogSection } from '../dialog/ActivityLogSection.js';
import { defaultPageSettings } from '../session/resolvePageSettings.js';
import { PageSettingsContext } from '../session/usePageSettings.js';
import { renderWithKit, setupVaultServer } from '../test/render.js';
import { ConnectionActivityLog } from './ConnectionActivityLog.js';

const mock = setupVaultServer();
const SALESFORCE = { unifiedApi: 'crm', serviceId: 'salesforce' };

// Real activity on the mock: every request it answers goes on the consumer's log.
async function activity(gets: number, failures = 0) {
  const client = createVaultClient({ token: mock.token, baseUrl: mock.baseUrl });
  for (let index = 0; index < gets; index += 1) await client.connections.get(SALESFORCE);
  for (let index = 0; index < failures; index += 1) {
    mock.fail({ method: 'GET', path: '/vault/connections/crm/salesforce', status: 502 });
    await client.connections.get(SALESFORCE).catch(() => undefined);
  }
}

const log = () => screen.findByText((_, element) => element?.getAttribute('data-slot') === 'activity-log');
const rows = () => screen.queryAllByRole('listitem');
// The log reads the errors first, then all requests when none failed: two answers on a busy machine.
const shown = (count: number) => waitFor(() => expect(rows()).toHaveLength(count), { timeout: 5000 });
const errorsOnly = () => screen.getByRole('checkbox', { name: 'Errors only' });

describe('ConnectionActivityLog', { timeout: 20_000 }, () => {
  it('says "No activity yet" for a connection nothing was asked of', async () => {
    renderWithKit(<ConnectionActivityLog {...SALESFORCE} />, { mock });
    expect(await screen.findByText('No activity yet.')).toBeVisible();
    expect(await log()).toHaveAttribute('data-state', 'empty');
    expect(errorsOnly()).not.toBeChecked();
  });

  it('shows a request made for the connection, which expands to its details', async () => {
    await activity(1);
    const { user } = renderWithKit(<ConnectionActivityLog {...SALESFORCE} />, { mock });
    await shown(1);
    const row = rows()[0] as HTMLElement;
    expect(row).toHaveAttribute('data-status', 'ok');
    await user.click(row.querySelector('summary') as HTMLElement);
    const details = row.querySelector('dl') as HTMLElement;
    expect(within(details).getByText('Method').nextSibling).toHaveTextContent('GET');
    expect(within(details).getByText('Status').nextSibling).toHaveTextContent('200');
    expect(within(details).getByText('Latency').nextSibling).toHaveTextContent(/\d+ ms/);
    expect(within(details).queryByText('Error')).not.toBeInTheDocument();
  });

  it('errors first: opens on the failed requests with their message, and shows all on request', async () => {
    await activity(2, 1);
    const { user } = renderWithKit(<ConnectionActivityLog {...SALESFORCE} />, { mock });
    await shown(1);
    expect(errorsOnly()).toBeChecked();
    const failed = rows()[0] as HTMLElement;
    expect(failed).toHaveAttribute('data-status', 'failed');
    expect(within(failed).getByText('Error').nextSibling).not.toBeEmptyDOMElement();

    await user.click(errorsOnly());
    await shown(3);
    expect(errorsOnly()).not.toBeChecked();
  });

  it('pages with Show more; a page that fails keeps the entries shown, with Try again', async () => {
    await activity(5);
    const { user } = renderWithKit(<ConnectionActivityLog {...SALESFORCE} pageSize={2} />, { mock });
    await shown(2);
    await user.click(screen.getByRole('button', { name: 'Show more' }));
    await shown(4);

    mock.fail({ method: 'GET', path: '/vault/logs', status: 400 });
    await user.click(screen.getByRole('button', { name: 'Show more' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/^More activity could not be loaded\. \S/);
    expect(rows()).toHaveLength(4);

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await shown(5);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
  });

  it('a first page that fails says so, and Try again loads it', async () => {
    await activity(1);
    mock.fail({ method: 'GET', path: '/vault/logs', status: 400 });
    const { user } = renderWithKit(<ConnectionActivityLog {...SALESFORCE} />, { mock });
    expect(await screen.findByRole('alert')).toHaveTextContent(/.+/);
    expect(await log()).toHaveAttribute('data-state', 'error');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await shown(1);
  });

  it('in German', async () => {
    renderWithKit(<ConnectionActivityLog {...SALESFORCE} />, { mock, locale: 'de' });
    expect(await screen.findByText('Noch keine Aktivität.')).toBeVisible();
    expect(screen.getByRole('checkbox', { name: 'Nur Fehler' })).toBeInTheDocument();
  });
});

describe('ActivityLogSection', () => {
  const connection = { unified_api: 'crm', service_id: 'salesforce' } as Connection;
  const renderSection = (showLogs: boolean) =>
    renderWithKit(
      <PageSettingsContext.Provider value={{ ...defaultPageSettings, showLogs }}>
        <ActivityLogSection connection={connection} />
      </PageSettingsContext.Provider>,
      { mock },
    );

  it('shows the Activity section while the page allows logs', async () => {
    renderSection(true);
    expect(screen.getByRole('heading', { name: 'Activity' })).toBeVisible();
    expect(await screen.findByText('No activity yet.')).toBeVisible();
  });

  it('leaves it out when show_logs (or the showLogs prop) says no, and asks for no log', async () => {
    // A second section that may show logs proves the moment a read would have gone out.
    const other = { unified_api: 'crm', service_id: 'hubspot' } as Connection;
    renderWithKit(
      <>
        <PageSettingsContext.Provider value={{ ...defaultPageSettings, showLogs: false }}>
          <ActivityLogSection connection={connection} />
        </PageSettingsContext.Provider>
        <PageSettingsContext.Provider value={{ ...defaultPageSettings, showLogs: true }}>
          <ActivityLogSection connection={other} />
        </PageSettingsContext.Provider>
      </>,
      { mock },
    );
    expect(await screen.findByText('No activity yet.')).toBeVisible();
    expect(screen.getAllByRole('heading', { name: 'Activity' })).toHaveLength(1);
    const logReads = mock.requests.filter((request) => request.path === '/vault/logs');
    // The errors-first read and its fallback, both for the section that may show logs.
    expect(logReads.length).toBeGreaterThan(0);
    for (const read of logReads) expect(decodeURIComponent(read.url)).toContain('/crm/hubspot');
  });
});
