import { createVaultClient } from '@integrations-kit/client';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithKit, setupVaultServer } from '../test/render.js';
import { retryKeepsFocus } from '../test/retryKeepsFocus.js';
import { ConnectionActivityLog } from './ConnectionActivityLog.js';

// Every answer waits, so a page read again stays in flight long enough to see.
const mock = setupVaultServer({ latency: 300 });
const SALESFORCE = { unifiedApi: 'crm', serviceId: 'salesforce' };
const logReads = () => mock.requests.filter((request) => request.method === 'GET' && request.path === '/vault/logs');

describe('ConnectionActivityLog while Try again runs', { timeout: 20_000 }, () => {
  it('keeps a failed first page on screen with its busy Try again focused, then shows what arrived', async () => {
    mock.fail({ method: 'GET', path: '/vault/logs', status: 500 });
    const { user } = renderWithKit(<ConnectionActivityLog {...SALESFORCE} />, { mock });
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    await retryKeepsFocus(user, alert);
    expect(alert).toHaveTextContent(/\S+Try again$/);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();

    const empty = await screen.findByText('No activity yet.', {}, { timeout: 5000 });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    // What took the alert's place holds the focus its Try again had, rather than the page.
    await expect.poll(() => document.activeElement).toBe(empty);
    // The failed read, Try again (the second press sent nothing), then all requests as none failed.
    expect(logReads()).toHaveLength(3);
  });

  it('keeps a failed later page on screen with its busy Try again focused, then adds the page', async () => {
    const client = createVaultClient({ token: mock.token, baseUrl: mock.baseUrl });
    for (let index = 0; index < 3; index += 1) await client.connections.get(SALESFORCE);
    const { user } = renderWithKit(<ConnectionActivityLog {...SALESFORCE} pageSize={2} />, { mock });
    const more = await screen.findByRole('button', { name: 'Show more' }, { timeout: 5000 });
    mock.fail({ method: 'GET', path: '/vault/logs', status: 500 });
    await user.click(more);
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    const reads = logReads().length;
    await retryKeepsFocus(user, alert);
    expect(alert).toHaveTextContent(/^More activity could not be loaded\./);

    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(3), { timeout: 5000 });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    // Focus goes to the first entry the page brought, where the person reads on.
    const added = screen.getAllByRole('listitem')[2]?.querySelector('summary');
    await expect.poll(() => document.activeElement).toBe(added);
    expect(logReads()).toHaveLength(reads + 1);
  });
});
