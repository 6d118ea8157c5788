import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Connection, FormField } from '@integrations-kit/client';
import { ConnectionSettingsForm } from '../settings-form/ConnectionSettingsForm.js';
import { testConnection } from '../test/connections.js';
import { renderWithKit, setupVaultServer } from '../test/render.js';

const mock = setupVaultServer();

afterEach(() => {
  vi.restoreAllMocks();
});

function field(type: string, id: string, label: string, extra: Record<string, unknown> = {}): FormField {
  return { id, label, type: type as FormField['type'], allow_custom_values: false, ...extra };
}

function renderForm(fields: unknown[], patch: Partial<Connection> = {}) {
  mock.setConnection(testConnection('crm', 'acme', 'Acme', { form_fields: fields as FormField[], ...patch }));
  return renderWithKit(<ConnectionSettingsForm unifiedApi="crm" serviceId="acme" />, { mock });
}

const patches = () => mock.requests.filter((request) => request.method === 'PATCH').map((request) => request.body);

// Generous: jsdom renders slowly on a shared, busy machine; nothing here asserts timing.
describe('field attributes in the settings form', { timeout: 30_000 }, () => {
  it('required: marks, validates and focuses the first invalid field', async () => {
    const { user } = renderForm([
      field('text', 'name', 'Name', { required: true, value: 'Acme' }),
      field('email', 'email', 'Email', { required: true }),
      field('text', 'region', 'Region', { required: true }),
    ]);
    const email = await screen.findByRole('textbox', { name: 'Email' });
    expect(email).toHaveAttribute('aria-required', 'true');
    expect(email.closest('[data-slot="form-field"]')?.querySelector('[data-slot="required-marker"]')).toHaveTextContent(
      '*',
    );
    await user.type(email, 'not-an-email');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(email).toHaveFocus();
    expect(email).toHaveAccessibleDescription('Enter an email address like name@example.com');
    expect(screen.getByRole('textbox', { name: 'Region' })).toHaveAccessibleDescription('This field is required');
    expect(screen.getByRole('alert')).toHaveTextContent('Some settings need your attention.');
    expect(patches()).toEqual([]);
  });

  it('disabled: shows why and never blocks or sends the field', async () => {
    const { user } = renderForm(
      [
        field('select', 'pipeline', 'Pipeline', { disabled: true, required: true, options: [] }),
        field('text', 'client_id', 'Client ID'),
      ],
      { auth_type: 'oauth2', state: 'added', health: 'needs_auth' },
    );
    const pipeline = await screen.findByRole('combobox', { name: 'Pipeline' });
    expect(pipeline).toBeDisabled();
    expect(pipeline).toHaveAccessibleDescription('Available after authorization');
    await user.type(screen.getByRole('textbox', { name: 'Client ID' }), 'abc');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Settings saved');
    expect(patches()).toEqual([{ settings: { client_id: 'abc' } }]);
  });

  it('disabled: a read-only field of a working connection says so', async () => {
    renderForm([field('text', 'account', 'Account', { disabled: true, value: 'acc-1' })]);
    const account = await screen.findByRole('textbox', { name: 'Account' });
    expect(account).toHaveValue('acc-1');
    expect(account).toHaveAccessibleDescription('Read-only');
  });

  it('hidden: not rendered, its value kept and sent with the save', async () => {
    const { user } = renderForm([
      field('text', 'tenant', 'Tenant', { hidden: true, value: 't-1' }),
      field('text', 'name', 'Name'),
    ]);
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'Acme');
    expect(screen.queryByLabelText('Tenant')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Settings saved');
    expect(patches()).toEqual([{ settings: { tenant: 't-1', name: 'Acme' } }]);
  });

  it('deprecated: hidden when empty, flagged while it holds a value', async () => {
    renderForm([
      field('text', 'old_key', 'Old key', { deprecated: true }),
      field('text', 'legacy', 'Legacy', { deprecated: true, value: 'v1' }),
    ]);
    const legacy = await screen.findByRole('textbox', { name: 'Legacy' });
    expect(legacy).toHaveAccessibleDescription('Deprecated');
    expect(screen.queryByLabelText('Old key')).toBeNull();
  });

  it('prefix and suffix: adornments shown, a pasted full URL is not doubled', async () => {
    const { user } = renderForm([
      field('text', 'shop', 'Shop', { prefix: 'https://', suffix: '.myshopify.com', placeholder: 'your-store' }),
    ]);
    const shop = await screen.findByRole('textbox', { name: 'Shop' });
    expect(shop).toHaveAttribute('placeholder', 'your-store');
    expect(shop).toHaveAccessibleDescription('https:// .myshopify.com');
    await user.click(shop);
    await user.paste('https://acme.myshopify.com');
    expect(shop).toHaveValue('acme');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Settings saved');
    expect(patches()).toEqual([{ settings: { shop: 'acme' } }]);
  });

  it('allow_custom_values: a select and a multi-select accept a typed value', async () => {
    const choices = [{ option_type: 'simple', label: 'Gold', value: 'gold' }];
    const { user } = renderForm([
      field('select', 'tier', 'Tier', { allow_custom_values: true, options: choices }),
      field('multi-select', 'tags', 'Tags', { allow_custom_values: true, options: choices }),
    ]);
    await user.type(await screen.findByRole('combobox', { name: 'Tier' }), 'Platinum');
    await user.click(screen.getByRole('option', { name: 'Add “Platinum”' }));
    await user.type(screen.getByRole('combobox', { name: 'Tags' }), 'vip{Enter}');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Settings saved');
    expect(patches()).toEqual([{ settings: { tier: 'Platinum', tags: ['vip'] } }]);
  });

  it('sensitive: a stored value is masked, never shown and not re-sent', async () => {
    const { user } = renderForm(
      [field('text', 'token', 'Token', { sensitive: true, required: true }), field('text', 'name', 'Name')],
      {
        settings: { token: 'tok_stored' },
      },
    );
    const token = await screen.findByLabelText('Token');
    expect(token).toHaveAttribute('type', 'password');
    expect(token).toHaveValue('');
    expect(token).toHaveAttribute('placeholder', 'Saved secret, type to replace');
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Acme');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Settings saved');
    expect(patches()).toEqual([{ settings: { name: 'Acme' } }]);
  });

  it('description: safe markdown as elements, unsafe links and HTML as text', async () => {
    renderForm([
      field('text', 'key', 'Key', {
        description:
          'Copy it from **Settings > API**. [Guide](https://help.example.com/key) [x](javascript:alert(1)) <script>alert(1)</script>',
      }),
    ]);
    const key = await screen.findByRole('textbox', { name: 'Key' });
    const description = within(key.closest('[data-slot="form-field"]') as HTMLElement);
    expect(description.getByText('Settings > API').tagName).toBe('STRONG');
    expect(description.getByRole('link', { name: 'Guide' })).toHaveAttribute('href', 'https://help.example.com/key');
    expect(description.getAllByRole('link')).toHaveLength(1);
    expect(document.querySelector('script')).toBeNull();
  });

  it('custom_field: carries a badge', async () => {
    renderForm([field('text', 'cf_region', 'Region', { custom_field: true })]);
    expect(await screen.findByRole('textbox', { name: 'Region' })).toHaveAccessibleDescription('Custom field');
  });

  it('an unknown type renders as a text field with one warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { user } = renderForm([field('color-picker', 'brand', 'Brand colour')]);
    const brand = await screen.findByRole('textbox', { name: 'Brand colour' });
    await user.type(brand, '#ff0000');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Settings saved');
    expect(patches()).toEqual([{ settings: { brand: '#ff0000' } }]);
    expect(warn.mock.calls.filter(([message]) => String(message).includes('color-picker'))).toHaveLength(1);
  });

  it('a field without an id is skipped and the others still render', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    renderForm([{ label: 'Broken', type: 'text' }, field('text', 'ok', 'Fine')]);
    expect(await screen.findByRole('textbox', { name: 'Fine' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Broken')).toBeNull();
    expect(warn).toHaveBeenCalled();
  });

  it('renders 200 fields', async () => {
    renderForm(Array.from({ length: 200 }, (_, index) => field('text', `f${index}`, `Field ${index}`)));
    // Plain DOM queries: Testing Library's label and role queries are quadratic in jsdom at this size.
    await screen.findByText('Save');
    const inputs = [...document.querySelectorAll('input')];
    expect(inputs).toHaveLength(200);
    for (const index of [0, 199]) {
      expect(document.querySelector(`label[for="${inputs[index]?.id}"]`)).toHaveTextContent(`Field ${index}`);
    }
  });

  it('renders a 5,000-option select as a searchable combobox', async () => {
    const options = Array.from({ length: 5000 }, (_, index) => ({
      option_type: 'simple',
      label: `Owner ${index}`,
      value: `u${index}`,
    }));
    const { user } = renderForm([field('select', 'owner', 'Owner', { options, value: 'u4999' })]);
    const owner = await screen.findByRole('combobox', { name: 'Owner' });
    expect(owner).toHaveValue('Owner 4999');
    await user.clear(owner);
    await user.type(owner, '4321');
    await user.keyboard('{ArrowDown}{Enter}');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Settings saved');
    expect(patches()).toEqual([{ settings: { owner: 'u4321' } }]);
  });
});
