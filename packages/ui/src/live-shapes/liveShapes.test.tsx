import { createVaultClient } from '@integrations-kit/client';
import { VaultProvider } from '@integrations-kit/hooks';
import { createMockSessionToken } from '@integrations-kit/mocks';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { render } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import type { ReactElement } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ConnectionDialog } from '../dialog/ConnectionDialog.js';
import { IntegrationsGrid } from '../grid/IntegrationsGrid.js';
import { ResourceSettingsForm } from '../resource-settings/ResourceSettingsForm.js';
import { ConnectionSettingsForm } from '../settings-form/ConnectionSettingsForm.js';
import { createTestQueryClient } from '../test/render.js';
import { LIVE_BASE_URL, dealsConfig, liveList, pipedriveDetail } from '../test/liveBodies.js';

type Json = Record<string, unknown>;
const clone = <T,>(value: T): T => structuredClone(value);

// What the handlers hold: the live bodies, changed only by the writes a test makes.
let detail = clone(pipedriveDetail);
let config = clone(dealsConfig);
const writes: Array<{ method: string; path: string; body: unknown }> = [];
const ONE = `${LIVE_BASE_URL}/vault/connections/crm/pipedrive`;
const ok = (data: unknown) => HttpResponse.json({ status_code: 200, status: 'OK', data });

const server = setupServer(
  http.get(`${LIVE_BASE_URL}/vault/connections`, () => HttpResponse.json(liveList)),
  http.get(ONE, () => ok(detail)),
  http.patch(ONE, async ({ request }) => {
    const body = (await request.json()) as { settings?: Json };
    writes.push({ method: 'PATCH', path: '/vault/connections/crm/pipedrive', body });
    detail = { ...detail, settings: { ...detail.settings, ...body.settings } } as typeof detail;
    detail.form_fields = detail.form_fields.map((field) =>
      body.settings && field.id in body.settings ? { ...field, value: body.settings[field.id] } : field,
    ) as typeof detail.form_fields;
    return ok(detail);
  }),
  http.get(`${ONE}/deals/config`, () => ok(config)),
  http.patch(`${ONE}/deals/config`, async ({ request }) => {
    const body = (await request.json()) as {
      configuration: Array<{ defaults: Array<{ id: string; value: unknown }> }>;
    };
    writes.push({ method: 'PATCH', path: '/vault/connections/crm/pipedrive/deals/config', body });
    const changes = new Map(body.configuration.flatMap((entry) => entry.defaults).map((item) => [item.id, item.value]));
    config = {
      ...config,
      configuration: config.configuration.map((field) =>
        changes.has(field.id) ? { ...field, value: changes.get(field.id) } : field,
      ),
    } as typeof config;
    return ok(config);
  }),
  // The Connector API refuses the session token, as it may live: nothing here needs it.
  http.get(`${LIVE_BASE_URL}/connector/*`, () =>
    HttpResponse.json({ status_code: 401, error: 'Unauthorized', message: 'Unauthorized' }, { status: 401 }),
  ),
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  vi.restoreAllMocks();
  server.resetHandlers();
  detail = clone(pipedriveDetail);
  config = clone(dealsConfig);
  writes.length = 0;
});
afterAll(() => server.close());

function renderLive(ui: ReactElement) {
  const token = createMockSessionToken({ appId: 'live-app', consumerId: 'live-consumer', expiresIn: 3600 });
  const client = createVaultClient({ token, baseUrl: LIVE_BASE_URL });
  const user = userEvent.setup();
  render(
    <VaultProvider client={client} queryClient={createTestQueryClient()}>
      {ui}
    </VaultProvider>,
  );
  return { user };
}

const optionsOf = (select: HTMLElement) =>
  within(select)
    .getAllByRole('option')
    .map((option) => option.textContent);

describe('the kit on live-dialect bodies', { timeout: 30_000 }, () => {
  it('IntegrationsGrid shows list entries with and without form fields, ISO and epoch timestamps', async () => {
    renderLive(<IntegrationsGrid />);
    expect(await screen.findByRole('button', { name: /Pipedrive/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Close/ })).toBeInTheDocument();
  });

  it("ConnectionSettingsForm: the filtered stage offers only the chosen pipeline's group, clears a stage that no longer fits, saves what changed", async () => {
    const { user } = renderLive(<ConnectionSettingsForm unifiedApi="crm" serviceId="pipedrive" />);
    const stage = await screen.findByRole('combobox', { name: 'Stage' });
    expect(optionsOf(stage)).toEqual(['Select…', 'Qualified', 'Contact made']);
    expect(stage).toHaveDisplayValue('Contact made');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Pipeline' }), 'Partnerships');
    await waitFor(() => expect(optionsOf(stage)).toEqual(['Select…', 'Intro', 'Signed']));
    expect(stage).toHaveDisplayValue('Select…');
    await user.selectOptions(stage, 'Signed');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Settings saved')).toBeInTheDocument();
    // A `hidden` field's stored value is kept and sent along, as hidden fields always are.
    expect(writes).toEqual([
      {
        method: 'PATCH',
        path: '/vault/connections/crm/pipedrive',
        body: { settings: { pipeline: '2', stage: '23', region: 'eu-central' } },
      },
    ]);
  });

  it('ConnectionSettingsForm renders the live field types: info note, copy value, phone, boolean; hidden stays hidden', async () => {
    renderLive(<ConnectionSettingsForm unifiedApi="crm" serviceId="pipedrive" />);
    expect(await screen.findByText('How syncing works')).toBeInTheDocument();
    expect(screen.getByText('Deals sync every 15 minutes.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Webhook URL' })).toHaveValue('https://hooks.example.com/pd/acme');
    expect(screen.getByRole('textbox', { name: 'Webhook URL' })).toHaveAttribute('readonly');
    expect(screen.getByRole('button', { name: 'Copy Webhook URL' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Support phone' })).toHaveAttribute('type', 'tel');
    expect(screen.getByRole('checkbox', { name: 'Include archived deals' })).not.toBeChecked();
    expect(screen.queryByText('Region')).not.toBeInTheDocument();
  });

  it('the copy field copies its value and says so; without clipboard access it says to copy by hand', async () => {
    const { user } = renderLive(<ConnectionSettingsForm unifiedApi="crm" serviceId="pipedrive" />);
    const button = await screen.findByRole('button', { name: 'Copy Webhook URL' });
    const writeText = vi.fn(async (_text: string) => {});
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
    await user.click(button);
    expect(writeText).toHaveBeenCalledWith('https://hooks.example.com/pd/acme');
    expect(await screen.findByText('Copied to the clipboard')).toHaveAttribute('role', 'status');
    writeText.mockRejectedValueOnce(new DOMException('denied', 'NotAllowedError'));
    await user.click(button);
    expect(await screen.findByText('Could not copy. Select the text and copy it.')).toBeInTheDocument();
  });

  it('ResourceSettingsForm: a live flat /config lists its required defaults as missing, saves only what changed, then reads complete', async () => {
    const { user } = renderLive(<ResourceSettingsForm unifiedApi="crm" serviceId="pipedrive" />);
    const item = await screen.findByRole('button', { name: /deals/ });
    await waitFor(() => expect(item).toHaveTextContent('Missing required values'));
    const section = await screen.findByRole('region', { name: 'deals' });
    const pipeline = await within(section).findByRole('combobox', { name: 'Deal pipeline' });
    const stage = within(section).getByRole('combobox', { name: 'Deal stage' });
    const owner = within(section).getByRole('combobox', { name: 'Owner' });
    for (const field of [pipeline, stage, owner]) expect(field).toHaveAttribute('aria-required', 'true');
    expect(within(section).getByRole('combobox', { name: 'Currency' })).toHaveDisplayValue('Euro');
    expect(stage).toBeDisabled();

    await user.selectOptions(pipeline, 'Partnerships');
    await waitFor(() => expect(stage).toBeEnabled());
    expect(optionsOf(stage)).toEqual(['Select…', 'Intro', 'Signed']);
    await user.selectOptions(stage, 'Intro');
    await user.selectOptions(owner, 'Dana Ito');
    await user.click(within(section).getByRole('button', { name: 'Save' }));
    expect(await within(section).findByText('Settings saved')).toBeInTheDocument();
    expect(writes).toEqual([
      {
        method: 'PATCH',
        path: '/vault/connections/crm/pipedrive/deals/config',
        body: {
          configuration: [
            {
              resource: 'deals',
              defaults: [
                { id: 'deal_pipeline', value: '2' },
                { id: 'deal_stage', value: '21' },
                { id: 'owner', value: 'u1' },
              ],
            },
          ],
        },
      },
    ]);
    await waitFor(() => expect(item).toHaveTextContent('Complete'));
  });

  it("the connection dialog opens from a list entry without form fields and shows the detail's settings", async () => {
    const { user } = renderLive(
      <ConnectionDialog
        connection={{ unifiedApi: 'crm', serviceId: 'pipedrive' }}
        redirectUri={`${window.location.origin}/oauth/callback`}
      >
        <button type="button">Open Pipedrive</button>
      </ConnectionDialog>,
    );
    await user.click(screen.getByRole('button', { name: 'Open Pipedrive' }));
    const dialog = await screen.findByRole('dialog', { name: 'Pipedrive' });
    const stage = await within(dialog).findByRole('combobox', { name: 'Stage' });
    expect(optionsOf(stage)).toEqual(['Select…', 'Qualified', 'Contact made']);
  });
});
