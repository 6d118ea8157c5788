import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FormField, FormFieldOptionGroup } from '@integrations-kit/client';
import { ConnectionSettingsForm } from '../settings-form/ConnectionSettingsForm.js';
import { testConnection } from '../test/connections.js';
import { renderWithKit, setupVaultServer } from '../test/render.js';

const mock = setupVaultServer();

const simple = (value: string, label = value.toUpperCase()) => ({ option_type: 'simple' as const, label, value });
const group = (id: string, ...values: string[]): FormFieldOptionGroup => ({
  option_type: 'group',
  id,
  label: id,
  options: values.map((value) => simple(value)),
});

function field(type: string, id: string, label: string, extra: Record<string, unknown> = {}): FormField {
  return { id, label, type: type as FormField['type'], allow_custom_values: false, ...extra };
}

// region -> pipeline -> stage: each filtered by the one before.
const chain = [
  field('select', 'region', 'Region', { options: [simple('eu'), simple('us')], value: 'eu' }),
  field('filtered-select', 'pipeline', 'Pipeline', {
    filter: 'region',
    options: [group('eu', 'p1', 'p2'), group('us', 'p2', 'p3')],
    value: 'p1',
  }),
  field('filtered-select', 'stage', 'Stage', {
    filter: 'pipeline',
    options: [group('p1', 's1'), group('p2', 's2'), group('p3', 's3', 's4')],
    value: 's1',
  }),
];

const patches = () => mock.requests.filter((request) => request.method === 'PATCH').map((request) => request.body);

function renderChain(fields = chain) {
  mock.setConnection(testConnection('crm', 'acme', 'Acme', { form_fields: fields }));
  return renderWithKit(<ConnectionSettingsForm unifiedApi="crm" serviceId="acme" />, { mock });
}

describe('filtered-select', { timeout: 30_000 }, () => {
  it('offers the option group of the parent value and clears children that no longer fit', async () => {
    const { user } = renderChain();
    const pipeline = await screen.findByRole('combobox', { name: 'Pipeline' });
    const stage = screen.getByRole('combobox', { name: 'Stage' });
    expect(
      within(pipeline)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Select…', 'P1', 'P2']);
    expect(stage).toHaveDisplayValue('S1');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Region' }), 'US');
    expect(pipeline).toHaveDisplayValue('Select…');
    expect(stage).toHaveDisplayValue('Select…');
    expect(stage).toBeDisabled();
    expect(stage).toHaveAccessibleDescription('Choose Pipeline first');

    await user.selectOptions(pipeline, 'P3');
    expect(
      within(stage)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Select…', 'S3', 'S4']);
    await user.selectOptions(stage, 'S4');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Settings saved');
    expect(patches()).toEqual([{ settings: { region: 'us', pipeline: 'p3', stage: 's4' } }]);
  });

  it('keeps a child value the new group still offers', async () => {
    const { user } = renderChain([chain[0], { ...chain[1], value: 'p2' }, { ...chain[2], value: 's2' }] as FormField[]);
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Region' }), 'US');
    expect(screen.getByRole('combobox', { name: 'Pipeline' })).toHaveDisplayValue('P2');
    expect(screen.getByRole('combobox', { name: 'Stage' })).toHaveDisplayValue('S2');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Settings saved');
    expect(patches()).toEqual([{ settings: { region: 'us' } }]);
  });

  it('becomes a searchable combobox when its group is long', async () => {
    const many = Array.from({ length: 40 }, (_, index) => `deal-${index}`);
    const { user } = renderChain([
      field('select', 'pipeline', 'Pipeline', { options: [simple('sales')], value: 'sales' }),
      field('filtered-select', 'stage', 'Stage', { filter: 'pipeline', options: [group('sales', ...many)] }),
    ]);
    const stage = await screen.findByRole('combobox', { name: 'Stage' });
    expect(stage.tagName).toBe('INPUT');
    await user.type(stage, 'DEAL-3');
    const listbox = screen.getByRole('listbox', { name: 'Stage' });
    expect(within(listbox).getAllByRole('option')).toHaveLength(11);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(stage).toHaveValue('DEAL-3');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Settings saved');
    expect(patches()).toEqual([{ settings: { stage: 'deal-3' } }]);
  });
});
