import type { Connection } from '@integrations-kit/client';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { testConnection } from '../test/connections.js';
import { renderWithKit, setupVaultServer } from '../test/render.js';
import { IntegrationsGrid } from './IntegrationsGrid.js';

const connections: Connection[] = [
  testConnection('crm', 'salesforce', 'Salesforce', { tag_line: 'The CRM for enterprise sales' }),
  testConnection('crm', 'hubspot', 'HubSpot', { state: 'available', enabled: false }),
  testConnection('crm', 'pipedrive', 'Pipedrive', { enabled: false }),
  testConnection('accounting', 'quickbooks', 'QuickBooks', { tag_line: 'Bookkeeping in the cloud' }),
  testConnection('accounting', 'xero', 'Xero', { state: 'available', enabled: false }),
  testConnection('hris', 'personio', 'Personio', { state: 'invalid', health: 'needs_auth' }),
];

const mock = setupVaultServer({ connections });

const listRequests = () =>
  mock.requests.filter((request) => request.method === 'GET' && request.path === '/vault/connections');
const cardNames = () =>
  within(screen.getByRole('list'))
    .getAllByRole('button')
    .map((card) => card.querySelector('[data-slot="integration-card-name"]')?.textContent);

async function renderGrid(props: Parameters<typeof IntegrationsGrid>[0] = {}) {
  const result = renderWithKit(<IntegrationsGrid {...props} />, { mock });
  await screen.findByRole('list');
  return result;
}

describe('IntegrationsGrid', () => {
  it('shows skeletons while loading, then the cards sorted by name', async () => {
    renderWithKit(<IntegrationsGrid />, { mock });
    expect(screen.getByRole('status')).toHaveTextContent('Loading integrations…');
    expect(document.querySelector('[data-slot="integrations-grid"]')).toHaveAttribute('data-state', 'loading');

    await screen.findByRole('list');
    expect(cardNames()).toEqual(['HubSpot', 'Personio', 'Pipedrive', 'QuickBooks', 'Salesforce', 'Xero']);
    expect(screen.getByText('6 integrations')).toBeInTheDocument();
  });

  it('searches name and tag line instantly, without another request', async () => {
    const { user } = await renderGrid();
    await user.type(screen.getByRole('searchbox', { name: 'Search integrations' }), 'cloud');
    await waitFor(() => expect(cardNames()).toEqual(['QuickBooks']));
    expect(screen.getByText('1 of 6 integrations')).toBeInTheDocument();
    expect(listRequests()).toHaveLength(1);
  });

  it('filters by category, with a count on each category', async () => {
    const { user } = await renderGrid();
    const categories = screen.getByRole('group', { name: 'Category' });
    const names = within(categories)
      .getAllByRole('button')
      .map((button) => button.textContent);
    expect(names).toEqual(['All 6', 'Accounting 2', 'CRM 3', 'HRIS 1']);

    await user.click(within(categories).getByRole('button', { name: 'CRM 3' }));
    expect(within(categories).getByRole('button', { name: 'CRM 3' })).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(cardNames()).toEqual(['HubSpot', 'Pipedrive', 'Salesforce']));
  });

  it('filters by status group and counts each group', async () => {
    const { user } = await renderGrid();
    const statuses = screen.getByRole('group', { name: 'Status' });
    expect(
      within(statuses)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['All 6', 'Connected 2', 'Needs attention 1', 'Available 2', 'Disabled 1']);
    await user.click(within(statuses).getByRole('button', { name: 'Needs attention 1' }));
    await waitFor(() => expect(cardNames()).toEqual(['Personio']));
    await user.click(within(statuses).getByRole('button', { name: 'Available 2' }));
    await waitFor(() => expect(cardNames()).toEqual(['HubSpot', 'Xero']));
    await user.click(within(statuses).getByRole('button', { name: 'Disabled 1' }));
    await waitFor(() => expect(cardNames()).toEqual(['Pipedrive']));
  });

  it('shows no results with a Clear filters button that restores everything and focuses the search', async () => {
    const { user } = await renderGrid();
    const search = screen.getByRole('searchbox', { name: 'Search integrations' });
    await user.click(within(screen.getByRole('group', { name: 'Status' })).getByRole('button', { name: /^Connected/ }));
    await user.type(search, 'zzz');
    expect(await screen.findByText('No integrations match')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(cardNames()).toHaveLength(6));
    expect(search).toHaveValue('');
    expect(search).toHaveFocus();
    expect(within(screen.getByRole('group', { name: 'Status' })).getByRole('button', { name: /^All/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('limits to several unified APIs at once', async () => {
    await renderGrid({ unifiedApis: ['crm', 'hris'] });
    expect(cardNames()).toEqual(['HubSpot', 'Personio', 'Pipedrive', 'Salesforce']);
    const categories = screen.getByRole('group', { name: 'Category' });
    expect(
      within(categories)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['All 4', 'CRM 3', 'HRIS 1']);
  });

  it('limits to one service and leaves out the toolbar', async () => {
    await renderGrid({ serviceId: 'xero' });
    expect(cardNames()).toEqual(['Xero']);
    expect(screen.queryByRole('searchbox')).toBeNull();
  });

  it('shows the empty state when no integration is in scope', async () => {
    renderWithKit(<IntegrationsGrid unifiedApis={['ats']} />, { mock });
    expect(await screen.findByText('No integrations available')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Clear filters' })).toBeNull();
  });

  it('calls onSelect with the connection of the card', async () => {
    const onSelect = vi.fn();
    const { user } = await renderGrid({ onSelect });
    await user.click(screen.getByRole('button', { name: /^QuickBooks Accounting / }));
    expect(onSelect).toHaveBeenCalledWith(
      expect.objectContaining({ service_id: 'quickbooks', unified_api: 'accounting' }),
    );
  });

  it('shows a server error with Try again, which loads the list', async () => {
    mock.fail({ method: 'GET', path: '/vault/connections', status: 503 });
    const { user } = renderWithKit(<IntegrationsGrid />, { mock });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("Couldn't load integrations");
    expect(alert).toHaveTextContent('The integrations service is not responding right now.');

    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await screen.findByRole('list');
    expect(cardNames()).toHaveLength(6);
    expect(listRequests()).toHaveLength(2);
  });

  it.each([
    [401, 'Your session has expired.', false],
    [403, "You don't have permission", false],
    [404, 'This integration no longer exists.', false],
  ])('says what to do on a %i and offers retry only where it helps', async (status, text, retry) => {
    mock.fail({ method: 'GET', path: '/vault/connections', status });
    renderWithKit(<IntegrationsGrid />, { mock });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(text);
    expect(within(alert).queryByRole('button', { name: 'Try again' }) !== null).toBe(retry);
  });

  it('tells a network failure apart from a server failure', async () => {
    mock.fail({ method: 'GET', path: '/vault/connections', network: true });
    renderWithKit(<IntegrationsGrid />, { mock });
    expect(await screen.findByRole('alert')).toHaveTextContent("Can't reach the integrations service.");
  });

  it('renders a malformed connection as a notice in its own card and every other card normally', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    mock.setConnection(
      testConnection('crm', 'broken', 'Broken CRM', { tag_line: { html: '<b>oops</b>' } as unknown as string }),
    );
    renderWithKit(<IntegrationsGrid />, { mock });
    expect(await screen.findByText('This integration could not be shown.')).toBeInTheDocument();
    expect(screen.getByText('Broken CRM')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Salesforce CRM / })).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(7);
    vi.mocked(console.error).mockRestore();
  });

  it('uses the given locale', async () => {
    renderWithKit(<IntegrationsGrid />, { mock, locale: 'de' });
    expect(await screen.findByRole('searchbox', { name: 'Integrationen durchsuchen' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Kategorie' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Buchhaltung 2' })).toBeInTheDocument();
  });
});
