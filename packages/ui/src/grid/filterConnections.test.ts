import type { Connection } from '@integrations-kit/client';
import { describe, expect, it } from 'vitest';
import { filterConnections, hasActiveFilters, noFilters } from './filterConnections.js';
import { indexConnections, normalizeSearchText } from './indexConnections.js';

const connection = (
  unified_api: string,
  service_id: string,
  name: string,
  patch: Partial<Connection> = {},
): Connection => ({
  id: `${unified_api}+${service_id}`,
  unified_api,
  service_id,
  name,
  tag_line: `${name} for teams`,
  state: 'callable',
  enabled: true,
  integration_state: 'configured',
  ...patch,
});

const connections = [
  connection('crm', 'salesforce', 'Salesforce'),
  connection('crm', 'hubspot', 'HubSpot', { state: 'available', enabled: false }),
  connection('accounting', 'quickbooks', 'QuickBooks', { tag_line: 'Bookkeeping in the cloud' }),
  connection('accounting', 'xero', 'Xero', { enabled: false }),
  connection('hris', 'personio', 'Personio', { state: 'invalid' }),
  connection('crm', 'zoho-crm', 'Zoho CRM', { health: 'needs_auth' }),
];

const names = (items: ReturnType<typeof indexConnections>) => items.map((item) => item.connection.name);

describe('indexConnections', () => {
  it('sorts by name regardless of the API order, case and accents', () => {
    const items = indexConnections([
      connection('crm', 'b', 'beta'),
      connection('crm', 'a', 'Álpha'),
      connection('crm', 'c', 'Gamma'),
    ]);
    expect(names(items)).toEqual(['Álpha', 'beta', 'Gamma']);
  });

  it('breaks name ties by unified API so the order is stable', () => {
    const items = indexConnections([connection('lead', 'hubspot', 'HubSpot'), connection('crm', 'hubspot', 'HubSpot')]);
    expect(items.map((item) => item.category)).toEqual(['crm', 'lead']);
  });

  it('limits to several unified APIs at once', () => {
    const items = indexConnections(connections, { unifiedApis: ['crm', 'hris'] });
    expect(names(items)).toEqual(['HubSpot', 'Personio', 'Salesforce', 'Zoho CRM']);
  });

  it('treats an empty unifiedApis list as no limit', () => {
    expect(indexConnections(connections, { unifiedApis: [] })).toHaveLength(connections.length);
  });

  it('limits to one service', () => {
    expect(names(indexConnections(connections, { serviceId: 'xero' }))).toEqual(['Xero']);
  });

  it('skips entries that are not objects and survives odd fields', () => {
    const odd = [
      null,
      'x',
      { id: 'crm+odd', unified_api: 'crm', name: { en: 'Odd' }, tag_line: 42 },
    ] as unknown as Connection[];
    const items = indexConnections(odd);
    expect(items).toHaveLength(1);
    expect(items[0]?.key).toBe('crm+odd');
    expect(items[0]?.status).toBe('unknown');
  });
});

describe('filterConnections', () => {
  const items = indexConnections(connections);

  it('returns everything with no filters', () => {
    expect(filterConnections(items, noFilters).results).toHaveLength(6);
  });

  it('searches name and tag line, case- and accent-insensitively, every word must match', () => {
    expect(names(filterConnections(items, { ...noFilters, query: 'quick' }).results)).toEqual(['QuickBooks']);
    expect(names(filterConnections(items, { ...noFilters, query: 'BOOKKEEPING cloud' }).results)).toEqual([
      'QuickBooks',
    ]);
    expect(names(filterConnections(items, { ...noFilters, query: 'bookkeeping salesforce' }).results)).toEqual([]);
    expect(names(filterConnections(items, { ...noFilters, query: '  ' }).results)).toHaveLength(6);
  });

  it('strips accents and case on both sides, whether the text is ASCII or not', () => {
    expect(normalizeSearchText('QuickBooks Online')).toBe('quickbooks online');
    expect(normalizeSearchText('Zürich Lohn – Crème')).toBe('zurich lohn – creme');
    const accented = indexConnections([{ ...connections[0], id: 'hris+zurich', name: 'Zürich Lohn' }]);
    expect(names(filterConnections(accented, { ...noFilters, query: 'ZURICH' }).results)).toEqual(['Zürich Lohn']);
    expect(names(filterConnections(accented, { ...noFilters, query: 'zür' }).results)).toEqual(['Zürich Lohn']);
  });

  it('filters by category and counts every category under the other filters', () => {
    const result = filterConnections(items, { ...noFilters, category: 'crm' });
    expect(names(result.results)).toEqual(['HubSpot', 'Salesforce', 'Zoho CRM']);
    expect(Object.fromEntries(result.categoryCounts)).toEqual({ crm: 3, accounting: 2, hris: 1 });
    expect(result.statusCounts).toEqual({ all: 3, connected: 1, attention: 1, available: 1, disabled: 0 });
  });

  it('filters by status group', () => {
    expect(names(filterConnections(items, { ...noFilters, status: 'connected' }).results)).toEqual([
      'QuickBooks',
      'Salesforce',
    ]);
    expect(names(filterConnections(items, { ...noFilters, status: 'attention' }).results)).toEqual([
      'Personio',
      'Zoho CRM',
    ]);
    expect(names(filterConnections(items, { ...noFilters, status: 'available' }).results)).toEqual(['HubSpot']);
    expect(names(filterConnections(items, { ...noFilters, status: 'disabled' }).results)).toEqual(['Xero']);
  });

  it('counts categories under search and status, keeping categories with no match at zero', () => {
    const result = filterConnections(items, { query: 'o', category: null, status: 'connected' });
    expect(names(result.results)).toEqual(['QuickBooks', 'Salesforce']);
    expect(Object.fromEntries(result.categoryCounts)).toEqual({ crm: 1, accounting: 1, hris: 0 });
  });

  it('filters a thousand connections quickly', () => {
    const many = Array.from({ length: 1000 }, (_, index) =>
      connection(['crm', 'accounting', 'hris'][index % 3] ?? 'crm', `service-${index}`, `Service ${index}`),
    );
    const indexedMany = indexConnections(many);
    const started = performance.now();
    for (const query of ['s', 'se', 'ser', 'serv', 'service 99'])
      filterConnections(indexedMany, { ...noFilters, query });
    expect(performance.now() - started).toBeLessThan(250);
    // "99" also matches 199, 299, … and 990–999.
    expect(filterConnections(indexedMany, { ...noFilters, query: 'service 99' }).results).toHaveLength(19);
  });
});

describe('hasActiveFilters', () => {
  it('is false only when nothing narrows the list', () => {
    expect(hasActiveFilters(noFilters)).toBe(false);
    expect(hasActiveFilters({ ...noFilters, query: ' ' })).toBe(false);
    expect(hasActiveFilters({ ...noFilters, query: 'x' })).toBe(true);
    expect(hasActiveFilters({ ...noFilters, category: 'crm' })).toBe(true);
    expect(hasActiveFilters({ ...noFilters, status: 'disabled' })).toBe(true);
  });
});
