import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Connection } from '@integrations-kit/client';
import { testConnection } from '../test/connections.js';
import { renderWithKit, setupVaultServer } from '../test/render.js';
import { ResourceSettingsForm } from './ResourceSettingsForm.js';

const mock = setupVaultServer({
  customFields: {
    'crm+acme': {
      leads: [
        { id: 'cf_1', name: 'Product interest' },
        { id: 'cf_2', name: 'Budget' },
      ],
    },
  },
});

const simple = (value: string, label: string) => ({ option_type: 'simple' as const, label, value });

// The contract's `defaults` type lacks the attributes (label, type, required) the live API sends.
const configuration = [
  {
    resource: 'leads',
    defaults: [
      {
        id: 'owner',
        label: 'Owner',
        type: 'select',
        required: true,
        target: 'resource',
        options: [simple('u1', 'Ada'), simple('u2', 'Grace')],
      },
      { id: 'source', label: 'Source', type: 'text', target: 'resource', value: 'web' },
      { id: 'interest_field', label: 'Interest field', target: 'custom_fields', options: [] },
    ],
  },
  { resource: 'contacts', defaults: [{ id: 'tag', label: 'Tag', type: 'text', value: 'crm' }] },
] as unknown as Connection['configuration'];

function renderResources(patch: Partial<Connection> = {}) {
  mock.setConnection(
    testConnection('crm', 'acme', 'Acme', { configuration, configurable_resources: ['leads', 'contacts'], ...patch }),
  );
  return renderWithKit(<ResourceSettingsForm unifiedApi="crm" serviceId="acme" />, { mock });
}

const patches = () => mock.requests.filter((request) => request.method === 'PATCH');

describe('ResourceSettingsForm', { timeout: 30_000 }, () => {
  it('lists the resources and flags those missing required values', async () => {
    renderResources();
    const list = await screen.findByRole('list', { name: 'Resource settings' });
    const leads = within(list).getByRole('button', { name: /leads/ });
    await waitFor(() => expect(leads).toHaveTextContent('Missing required values'));
    expect(leads).toHaveAttribute('aria-current', 'true');
    await waitFor(() => expect(within(list).getByRole('button', { name: /contacts/ })).toHaveTextContent('Complete'));
  });

  it('renders the defaults with the field renderer, custom fields as options, and saves them', async () => {
    const { user } = renderResources();
    const section = await screen.findByRole('region', { name: 'leads' });
    const owner = await within(section).findByRole('combobox', { name: 'Owner' });
    expect(within(section).getByRole('textbox', { name: 'Source' })).toHaveValue('web');
    const interest = within(section).getByRole('combobox', { name: 'Interest field' });
    await waitFor(() =>
      expect(
        within(interest)
          .getAllByRole('option')
          .map((option) => option.textContent),
      ).toEqual(['Select…', 'Product interest', 'Budget']),
    );

    await user.click(within(section).getByRole('button', { name: 'Save' }));
    expect(owner).toHaveAccessibleDescription('This field is required');
    expect(owner).toHaveFocus();
    expect(patches()).toEqual([]);

    await user.selectOptions(owner, 'Grace');
    await user.selectOptions(interest, 'Budget');
    await user.click(within(section).getByRole('button', { name: 'Save' }));
    expect(await within(section).findByText('Settings saved')).toBeInTheDocument();
    expect(patches().map((request) => [request.path, request.body])).toEqual([
      [
        '/vault/connections/crm/acme/leads/config',
        {
          configuration: [
            {
              resource: 'leads',
              defaults: [
                { id: 'owner', value: 'u2' },
                { id: 'interest_field', value: 'cf_2' },
              ],
            },
          ],
        },
      ],
    ]);
    await waitFor(() => expect(screen.getByRole('button', { name: /leads/ })).toHaveTextContent('Complete'));
  });

  it('opens another resource from the list', async () => {
    const { user } = renderResources();
    await user.click(await screen.findByRole('button', { name: /contacts/ }));
    const section = await screen.findByRole('region', { name: 'contacts' });
    expect(await within(section).findByRole('textbox', { name: 'Tag' })).toHaveValue('crm');
    expect(screen.getByRole('button', { name: /contacts/ })).toHaveAttribute('aria-current', 'true');
  });

  it('keeps typed defaults and names the field when the API refuses them', async () => {
    const { user } = renderResources();
    const section = await screen.findByRole('region', { name: 'leads' });
    await user.selectOptions(await within(section).findByRole('combobox', { name: 'Owner' }), 'Ada');
    const source = within(section).getByRole('textbox', { name: 'Source' });
    await user.clear(source);
    await user.type(source, 'partner');
    mock.fail({
      method: 'PATCH',
      path: '/vault/connections/crm/acme/leads/config',
      status: 422,
      body: {
        status_code: 422,
        error: 'Unprocessable Entity',
        type_name: 'ValidationError',
        message: 'Validation failed: Source is not allowed',
        detail: { errors: [{ field: 'configuration.leads.source', message: 'Source is not allowed' }] },
      },
    });
    await user.click(within(section).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(source).toHaveAccessibleDescription('Source is not allowed'));
    expect(source).toHaveValue('partner');
    expect(within(section).getByRole('alert')).toHaveTextContent('Validation failed: Source is not allowed');
  });

  it('renders nothing for a connection without configurable resources', async () => {
    mock.setConnection(testConnection('crm', 'acme', 'Acme', { configurable_resources: [] }));
    const { container } = renderWithKit(<ResourceSettingsForm unifiedApi="crm" serviceId="acme" />, { mock });
    await waitFor(() => expect(mock.requests.length).toBeGreaterThan(0));
    await waitFor(() => expect(container).toBeEmptyDOMElement());
  });
});
