import { IntegrationsPage, enMessages } from '@integrations-kit/ui';
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { testConnection } from '../test/connections.js';
import { answerList, envelope } from '../test/overrides.js';
import { renderKit, setupVaultServer } from '../test/renderKit.js';

const salesforce = testConnection('crm', 'salesforce', 'Salesforce');
const pipedrive = testConnection('crm', 'pipedrive', 'Pipedrive');
const vault = setupVaultServer({ connections: [salesforce, pipedrive] });
const { mock } = vault;
const redirectUri = `${window.location.origin}/oauth/callback`;
const grid = () => document.querySelector('[data-slot="integrations-grid"]') as HTMLElement;

function renderPage() {
  return renderKit(<IntegrationsPage redirectUri={redirectUri} />, { mock });
}

describe('off-contract connection lists', { tags: ['hostile-data'] }, () => {
  it('drops entries that are not objects and shows the rest', async () => {
    answerList(vault, envelope([salesforce, null, 'crm+evil', 42, true, pipedrive]));
    renderPage();
    expect(await screen.findByRole('button', { name: /^Salesforce CRM / })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Pipedrive CRM / })).toBeInTheDocument();
    expect(grid()).toHaveAttribute('data-state', 'ready');
    expect(document.querySelectorAll('[data-slot="integration-card"]')).toHaveLength(2);
  });

  it('isolates a card whose fields have the wrong types: it shows a notice, the others still open', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken = {
      ...testConnection('crm', 'copper', 'Copper'),
      unified_api: { crm: true },
      tag_line: { html: '<b>' },
    };
    answerList(vault, envelope([salesforce, broken, pipedrive]));
    const { user } = renderPage();
    await screen.findByRole('button', { name: /^Salesforce CRM / });
    const failed = document.querySelector('[data-slot="integration-card"][data-status="error"]') as HTMLElement;
    expect(failed).not.toBeNull();
    expect(within(failed).getByText('Copper')).toBeInTheDocument();
    expect(within(failed).getByText(enMessages.card.failed)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /^Pipedrive CRM / }));
    expect(await screen.findByRole('dialog')).toBeInTheDocument();
  });

  it('names a connection without a name by its service id, and one with a numeric name too', async () => {
    answerList(
      vault,
      envelope([
        { ...testConnection('crm', 'close', ''), name: undefined },
        { ...testConnection('crm', 'attio', ''), name: 12345 },
      ]),
    );
    renderPage();
    expect(await screen.findByRole('button', { name: /^close CRM / })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^attio CRM / })).toBeInTheDocument();
  });

  it('shows "Status unknown" for enum values the contract does not list, and the dialog still opens', async () => {
    const odd = {
      ...testConnection('crm', 'futuresoft', 'FutureSoft'),
      state: 'quantum',
      auth_type: 'carrier-pigeon',
      health: 'melting',
      integration_state: 'pondering',
    };
    answerList(vault, envelope([odd, salesforce]));
    const { user } = renderPage();
    const card = await screen.findByRole('button', { name: /^FutureSoft CRM / });
    expect(card).toHaveAttribute('data-status', 'unknown');
    expect(within(card).getByText(enMessages.status.unknown)).toBeInTheDocument();

    vault.server.use(
      http.get(`${mock.baseUrl}/vault/connections/crm/futuresoft`, () => HttpResponse.json(envelope(odd))),
    );
    await user.click(card);
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByRole('heading', { name: /FutureSoft/ })).toBeInTheDocument();
  });

  it('reads an unknown health value as unknown for that card only; its health timeline says so, the page works', async () => {
    const melting = {
      ...testConnection('crm', 'futuresoft', 'FutureSoft'),
      health: 'melting',
      last_refresh_failed_at: 'yesterday-ish',
      credentials_expire_at: { at: 'soon' },
    };
    answerList(vault, envelope([melting, salesforce]));
    const { user } = renderPage();
    const card = await screen.findByRole('button', { name: /^FutureSoft CRM / });
    expect(card).toHaveAttribute('data-status', 'unknown');
    expect(screen.getByRole('button', { name: /^Salesforce CRM / })).toHaveAttribute('data-status', 'connected');

    vault.server.use(
      http.get(`${mock.baseUrl}/vault/connections/crm/futuresoft`, () => HttpResponse.json(envelope(melting))),
    );
    await user.click(card);
    const health = await within(await screen.findByRole('dialog')).findByRole('region', { name: 'Health' });
    expect(await within(health).findByText(enMessages.health.summary.unknown('FutureSoft'))).toBeInTheDocument();
    expect(within(health).queryByRole('listitem')).toBeNull();
  });

  it.each([
    ['data is null', envelope(null)],
    ['data is an object', envelope({ connections: [] })],
    ['data is missing', { status_code: 200, status: 'OK' }],
    ['the body is a string', 'ok'],
  ])('explains an unreadable list (%s) and recovers on retry', async (_case, body) => {
    answerList(vault, body);
    const { user } = renderPage();
    expect(await screen.findByText(enMessages.grid.errorTitle)).toBeInTheDocument();
    expect(screen.getByText(enMessages.dialog.errors.badResponse)).toBeInTheDocument();

    vault.server.resetHandlers();
    await user.click(screen.getByRole('button', { name: enMessages.grid.retry }));
    expect(await screen.findByRole('button', { name: /^Salesforce CRM / })).toBeInTheDocument();
  });

  it('shows the empty state for an empty list', async () => {
    answerList(vault, envelope([]));
    renderPage();
    expect(await screen.findByText(enMessages.grid.emptyTitle)).toBeInTheDocument();
    await waitFor(() => expect(grid()).toHaveAttribute('data-state', 'empty'));
  });
});
