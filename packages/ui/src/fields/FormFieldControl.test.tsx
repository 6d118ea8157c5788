import { screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { SettingValue } from '@integrations-kit/client';
import { renderWithKit } from '../test/render.js';
import { FormFieldControl, type FormFieldControlProps } from './FormFieldControl.js';
import { toFieldDefinitions } from './toFieldDefinitions.js';

function definition(raw: Record<string, unknown>) {
  const [field] = toFieldDefinitions([{ id: 'field', label: 'Field', ...raw }]);
  if (!field) throw new Error('no field');
  return field;
}

function Harness(props: Omit<FormFieldControlProps, 'value' | 'onChange'> & { initial?: SettingValue }) {
  const { initial, ...rest } = props;
  const [value, setValue] = useState<SettingValue | undefined>(initial);
  return (
    <>
      <FormFieldControl {...rest} value={value} onChange={setValue} />
      <output data-testid="value">{JSON.stringify(value ?? null)}</output>
    </>
  );
}

const valueOf = () => JSON.parse(screen.getByTestId('value').textContent ?? 'null') as unknown;

function manyOptions(count: number) {
  return Array.from({ length: count }, (_, index) => ({
    option_type: 'simple',
    label: `Option ${index}`,
    value: `o${index}`,
  }));
}

describe('FormFieldControl', () => {
  it('ties label, description and error to the control', () => {
    renderWithKit(
      <Harness
        field={definition({ type: 'email', label: 'Email', description: 'Where we write', required: true })}
        error="Enter an email address"
      />,
    );
    const input = screen.getByRole('textbox', { name: 'Email' });
    expect(input).toHaveAttribute('type', 'email');
    expect(input).toHaveAttribute('aria-required', 'true');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Enter an email address Where we write');
  });

  it('renders safe markdown and drops unsafe links', () => {
    renderWithKit(
      <Harness
        field={definition({
          description:
            'Find it in **Settings**, see [the guide](https://docs.example.com) or [this](javascript:alert(1)) <img src=x>',
        })}
      />,
    );
    expect(screen.getByText('Settings').tagName).toBe('STRONG');
    expect(screen.getByRole('link', { name: 'the guide' })).toHaveAttribute('href', 'https://docs.example.com');
    expect(screen.queryByRole('link', { name: 'this' })).toBeNull();
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByText(/<img src=x>/)).toBeInTheDocument();
  });

  it('masks a secret, reveals it with a toggle and never shows the stored one', async () => {
    const { user } = renderWithKit(
      <Harness
        field={definition({ type: 'text', sensitive: true, label: 'API key', value: 'sk_live_1' })}
        initial=""
        secretStored
      />,
    );
    const input = screen.getByLabelText('API key');
    expect(input).toHaveAttribute('type', 'password');
    expect(input).toHaveValue('');
    expect(input).toHaveAttribute('placeholder', 'Saved secret, type to replace');
    const toggle = screen.getByRole('button', { name: 'Show API key' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(input).toHaveAttribute('type', 'text');
    expect(input).toHaveValue('');
  });

  it('does not double a pasted prefix or suffix', async () => {
    const { user } = renderWithKit(
      <Harness
        field={definition({ type: 'url', label: 'Shop', prefix: 'https://', suffix: '.myshopify.com' })}
        initial=""
      />,
    );
    const input = screen.getByRole('textbox', { name: 'Shop' });
    expect(screen.getByText('https://')).toBeInTheDocument();
    await user.click(input);
    await user.paste('https://acme.myshopify.com');
    expect(input).toHaveValue('acme');
    expect(valueOf()).toBe('acme');
  });

  it('shows why a field is disabled', () => {
    renderWithKit(
      <Harness
        field={definition({ disabled: true, label: 'Pipeline' })}
        disabledReason="Available after authorization"
      />,
    );
    const input = screen.getByRole('textbox', { name: 'Pipeline' });
    expect(input).toBeDisabled();
    expect(input).toHaveAccessibleDescription('Available after authorization');
  });

  it('flags deprecated and custom fields', () => {
    renderWithKit(<Harness field={definition({ deprecated: true, custom_field: true, label: 'Old' })} initial="x" />);
    expect(screen.getByRole('textbox', { name: 'Old' })).toHaveAccessibleDescription('Deprecated Custom field');
  });

  it('renders option groups of a select as optgroups', () => {
    renderWithKit(
      <Harness
        field={definition({
          type: 'select',
          label: 'Channel',
          options: [
            {
              option_type: 'group',
              label: 'Public',
              options: [{ option_type: 'simple', label: 'General', value: 'general' }],
            },
            { option_type: 'simple', label: 'Direct', value: 'dm' },
          ],
        })}
        initial=""
      />,
    );
    const select = screen.getByRole('combobox', { name: 'Channel' });
    expect(within(select).getByRole('group', { name: 'Public' })).toContainElement(
      screen.getByRole('option', { name: 'General' }),
    );
  });

  it('searches a long list with the keyboard', async () => {
    const { user } = renderWithKit(
      <Harness field={definition({ type: 'select', label: 'Owner', options: manyOptions(30) })} initial="" />,
    );
    const input = screen.getByRole('combobox', { name: 'Owner' });
    expect(input.tagName).toBe('INPUT');
    await user.type(input, 'option 2');
    const listbox = screen.getByRole('listbox', { name: 'Owner' });
    expect(within(listbox).getAllByRole('option')).toHaveLength(11);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(input).toHaveAttribute(
      'aria-activedescendant',
      within(listbox).getByRole('option', { name: 'Option 20' }).id,
    );
    await user.keyboard('{Enter}');
    expect(valueOf()).toBe('o20');
    expect(input).toHaveValue('Option 20');
    expect(screen.queryByRole('listbox')).toBeNull();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('listbox')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('keeps at most 50 options of a 5,000-option list in the DOM', async () => {
    const { user } = renderWithKit(
      <Harness field={definition({ type: 'select', label: 'Item', options: manyOptions(5000) })} initial="o4321" />,
    );
    const input = screen.getByRole('combobox', { name: 'Item' });
    expect(input).toHaveValue('Option 4321');
    await user.click(input);
    expect(screen.getAllByRole('option')).toHaveLength(50);
    expect(screen.getByText('4,950 more, type to narrow down')).toBeInTheDocument();
  });

  it('lets a select accept a custom value when allowed', async () => {
    const { user } = renderWithKit(
      <Harness
        field={definition({ type: 'select', label: 'Tag', allow_custom_values: true, options: manyOptions(3) })}
        initial=""
      />,
    );
    await user.type(screen.getByRole('combobox', { name: 'Tag' }), 'vip');
    await user.click(screen.getByRole('option', { name: 'Add “vip”' }));
    expect(valueOf()).toBe('vip');
  });

  it('adds and removes multi-select chips with the keyboard', async () => {
    const { user } = renderWithKit(
      <Harness
        field={definition({
          type: 'multi-select',
          label: 'Labels',
          allow_custom_values: true,
          options: manyOptions(3),
        })}
        initial={['o0']}
      />,
    );
    const input = screen.getByRole('combobox', { name: 'Labels' });
    await user.click(input);
    await user.click(screen.getByRole('option', { name: 'Option 2' }));
    await user.type(input, 'custom{Enter}');
    expect(valueOf()).toEqual(['o0', 'o2', 'custom']);
    const chips = screen.getByRole('list', { name: 'Selected Labels' });
    expect(
      within(chips)
        .getAllByRole('listitem')
        .map((chip) => chip.textContent),
    ).toEqual(['Option 0×', 'Option 2×', 'custom×']);
    await user.keyboard('{Backspace}');
    expect(valueOf()).toEqual(['o0', 'o2']);
    screen.getByRole('button', { name: 'Remove Option 0' }).focus();
    await user.keyboard('{Delete}');
    expect(valueOf()).toEqual(['o2']);
    expect(screen.getByRole('button', { name: 'Remove Option 2' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Remove Option 2' }));
    expect(valueOf()).toEqual([]);
  });

  it('asks for the parent first when a filtered-select has no group yet', () => {
    renderWithKit(
      <Harness
        field={definition({
          type: 'filtered-select',
          label: 'Stage',
          filter: 'pipeline',
          options: [
            {
              option_type: 'group',
              id: 'p1',
              label: 'P1',
              options: [{ option_type: 'simple', label: 'Won', value: 'won' }],
            },
          ],
        })}
        filterLabel="Pipeline"
      />,
    );
    const select = screen.getByRole('combobox', { name: 'Stage' });
    expect(select).toBeDisabled();
    expect(select).toHaveAccessibleDescription('Choose Pipeline first');
  });
});
