import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { FormField, SettingValue } from '@integrations-kit/client';
import { ConnectionSettingsForm } from '../settings-form/ConnectionSettingsForm.js';
import { testConnection } from '../test/connections.js';
import { renderWithKit, setupVaultServer } from '../test/render.js';

const mock = setupVaultServer();

function field(type: string, extra: Partial<FormField> = {}): FormField {
  return {
    id: 'setting',
    label: 'Setting',
    type: type as FormField['type'],
    allow_custom_values: false,
    required: true,
    ...extra,
  };
}

// Waiting for its required settings, so no secret counts as stored yet.
const waitingConnection = (fields: FormField[]) =>
  testConnection('crm', 'acme', 'Acme', { state: 'added', health: 'missing_settings', form_fields: fields });

const options = (...values: string[]) =>
  values.map((value) => ({ option_type: 'simple' as const, label: value.toUpperCase(), value }));

interface TypeCase {
  type: string;
  extra?: Partial<FormField>;
  /** Other fields of the form (a filtered-select's parent). */
  siblings?: FormField[];
  /** Finds the control the user sees. */
  control: () => HTMLElement;
  /** An invalid entry and the message it must show (empty means: left empty). */
  invalid?: { input: string; message: string };
  fill: (user: UserEvent, control: HTMLElement) => Promise<void>;
  sent: SettingValue;
}

const byRole = (role: string) => () => screen.getByRole(role, { name: 'Setting' });
const byLabel = () => screen.getByLabelText('Setting');
const typeInto = (text: string) => async (user: UserEvent, control: HTMLElement) => user.type(control, text);

const cases: TypeCase[] = [
  { type: 'text', control: byRole('textbox'), fill: typeInto('Acme'), sent: 'Acme' },
  { type: 'password', control: byLabel, fill: typeInto('s3cret'), sent: 's3cret' },
  {
    type: 'tel',
    control: byRole('textbox'),
    invalid: { input: '12ab', message: 'Enter a phone number, digits only, optionally starting with +' },
    fill: typeInto('+31 20 123 4567'),
    sent: '+31 20 123 4567',
  },
  {
    type: 'email',
    control: byRole('textbox'),
    invalid: { input: 'ops@', message: 'Enter an email address like name@example.com' },
    fill: typeInto('ops@acme.io'),
    sent: 'ops@acme.io',
  },
  {
    type: 'url',
    control: byRole('textbox'),
    invalid: { input: 'http://acme.example.com', message: 'Enter a URL that starts with https://' },
    fill: typeInto('https://acme.example.com'),
    sent: 'https://acme.example.com',
  },
  {
    type: 'number',
    control: byRole('textbox'),
    invalid: { input: '4,5', message: 'Enter a number' },
    fill: typeInto('42.5'),
    sent: 42.5,
  },
  { type: 'textarea', control: byRole('textbox'), fill: typeInto('line 1{Enter}line 2'), sent: 'line 1\nline 2' },
  { type: 'checkbox', control: byRole('checkbox'), fill: (user, control) => user.click(control), sent: true },
  {
    type: 'select',
    extra: { options: options('a', 'b') },
    control: byRole('combobox'),
    fill: (user, control) => user.selectOptions(control, 'B'),
    sent: 'b',
  },
  {
    type: 'filtered-select',
    extra: {
      filter: 'pipeline',
      options: [
        { option_type: 'group', id: 'sales', label: 'Sales', options: options('x', 'y') },
        { option_type: 'group', id: 'support', label: 'Support', options: options('z') },
      ],
    } as Partial<FormField>,
    siblings: [
      field('select', {
        id: 'pipeline',
        label: 'Pipeline',
        required: false,
        options: options('sales', 'support'),
        value: 'sales',
      } as Partial<FormField>),
    ],
    control: byRole('combobox'),
    fill: (user, control) => user.selectOptions(control, 'Y'),
    sent: 'y',
  },
  {
    type: 'multi-select',
    extra: { options: options('a', 'b', 'c') },
    control: byRole('combobox'),
    fill: async (user, control) => {
      await user.click(control);
      await user.click(screen.getByRole('option', { name: 'C' }));
      await user.click(screen.getByRole('option', { name: 'A' }));
    },
    sent: ['c', 'a'],
  },
  { type: 'datetime', control: byLabel, fill: typeInto('2024-05-01T10:30'), sent: '2024-05-01T10:30' },
  { type: 'date', control: byLabel, fill: typeInto('2024-05-01'), sent: '2024-05-01' },
  { type: 'time', control: byLabel, fill: typeInto('10:30'), sent: '10:30' },
];

const patches = () => mock.requests.filter((request) => request.method === 'PATCH').map((request) => request.body);

describe('every field type through the settings form', { timeout: 30_000 }, () => {
  it.each(cases)('$type: renders its control, validates and sends the exact value', async (testCase) => {
    mock.setConnection(waitingConnection([...(testCase.siblings ?? []), field(testCase.type, testCase.extra)]));
    const { user } = renderWithKit(<ConnectionSettingsForm unifiedApi="crm" serviceId="acme" />, { mock });
    const control = await screen.findByLabelText('Setting');
    expect(testCase.control()).toBe(control);
    expect(control).toHaveAttribute('aria-required', 'true');

    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('This field is required')).toBeInTheDocument();
    expect(control).toHaveAttribute('aria-invalid', 'true');
    expect(control).toHaveFocus();

    if (testCase.invalid) {
      await user.type(control, testCase.invalid.input);
      expect(await screen.findByText(testCase.invalid.message)).toBeInTheDocument();
      await user.clear(control);
    }
    expect(patches()).toEqual([]);

    await testCase.fill(user, control);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Settings saved')).toBeInTheDocument();
    expect(patches()).toEqual([{ settings: { setting: testCase.sent } }]);
    expect(control).not.toHaveAttribute('aria-invalid');
  });

  it.each([
    ['date', '2024-02-30', 'Enter a date as YYYY-MM-DD'],
    ['time', '25:61', 'Enter a time as HH:MM'],
    ['datetime', 'next tuesday', 'Enter a date and time as YYYY-MM-DD HH:MM'],
  ])('%s: a stored value in the wrong format is caught before any request', async (type, value, message) => {
    mock.setConnection(
      waitingConnection([
        field(type, { value } as Partial<FormField>),
        field('text', { id: 'other', label: 'Other', required: false }),
      ]),
    );
    const { user } = renderWithKit(<ConnectionSettingsForm unifiedApi="crm" serviceId="acme" />, { mock });
    await user.type(await screen.findByRole('textbox', { name: 'Other' }), 'x');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(screen.getByLabelText('Setting')).toHaveAccessibleDescription(message);
    expect(patches()).toEqual([]);
  });
});
