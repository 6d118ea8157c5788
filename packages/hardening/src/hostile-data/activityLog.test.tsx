import { ConnectionActivityLog } from '@integrations-kit/ui';
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { testConnection } from '../test/connections.js';
import { envelope } from '../test/overrides.js';
import { renderKit, setupVaultServer } from '../test/renderKit.js';

const vault = setupVaultServer({ connections: [testConnection('crm', 'salesforce', 'Salesforce')] });
const { mock, server } = vault;
const MARKUP = '<img src=x onerror="window.__pwned = 1"><script>window.__pwned = 2</script>Token expired';
const PATH = '/vault/connections/crm/salesforce/"><svg onload="window.__pwned = 3">';

const entry = (patch: Record<string, unknown>) => ({
  id: `log-${Math.random()}`,
  http_method: 'GET',
  path: '/vault/connections/crm/salesforce',
  status_code: 500,
  success: false,
  latency: 12,
  timestamp: '2026-03-10T12:00:00.000Z',
  error_message: null,
  ...patch,
});

function answerLogs(data: unknown) {
  server.use(http.get(`${mock.baseUrl}/vault/logs`, () => HttpResponse.json(envelope(data) as never)));
}

const rows = () => screen.queryAllByRole('listitem');

describe('hostile activity log entries', { tags: ['hostile-data'] }, () => {
  it('shows markup in an error message and a path as text', async () => {
    answerLogs([entry({ error_message: MARKUP, path: PATH })]);
    const { user } = renderKit(<ConnectionActivityLog unifiedApi="crm" serviceId="salesforce" />, { mock });
    await waitFor(() => expect(rows()).toHaveLength(1));
    const row = rows()[0] as HTMLElement;
    await user.click(row.querySelector('summary') as HTMLElement);
    expect(within(row).getByText(MARKUP)).toBeInTheDocument();
    expect(within(row).getAllByText(PATH)).not.toHaveLength(0);
    expect(document.querySelectorAll('script, img, svg[onload], [onerror]')).toHaveLength(0);
    expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
  });

  it('drops entries that are not objects, and shows one of wrong types without failing the log', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    answerLogs([
      null,
      'GET /evil',
      42,
      entry({ id: undefined, status_code: '500', latency: 'slow', timestamp: 'yesterday', http_method: 7 }),
      entry({ id: 'same' }),
      entry({ id: 'same' }),
    ]);
    renderKit(<ConnectionActivityLog unifiedApi="crm" serviceId="salesforce" />, { mock });
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(document.querySelector('[data-slot="activity-log"]')).toHaveAttribute('data-state', 'ready');
    expect(error).not.toHaveBeenCalled();
  });

  it('shows an unknown time and no latency for values of the wrong type, and never an object', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const object = { toString: () => 'OBJECT' };
    answerLogs([
      entry({ latency: 'slow', timestamp: 'yesterday', http_method: object, path: object, error_message: object }),
    ]);
    const { user } = renderKit(<ConnectionActivityLog unifiedApi="crm" serviceId="salesforce" />, { mock });
    await waitFor(() => expect(rows()).toHaveLength(1));
    const row = rows()[0] as HTMLElement;
    await user.click(row.querySelector('summary') as HTMLElement);
    expect(within(row).getAllByText('at an unknown time')).toHaveLength(2);
    expect(row.querySelector('time')).toBeNull();
    expect(within(row).queryByText('Latency')).toBeNull();
    expect(within(row).queryByText('Error')).toBeNull();
    expect(row.textContent).not.toMatch(/NaN|1970|OBJECT/);
    expect(error).not.toHaveBeenCalled();
  });
});
