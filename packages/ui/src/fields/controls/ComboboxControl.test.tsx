import { fireEvent, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SettingValue } from '@integrations-kit/client';
import { renderWithKit } from '../../test/render.js';
import { FormFieldControl } from '../FormFieldControl.js';
import { toFieldDefinitions } from '../toFieldDefinitions.js';

// More options than SEARCHABLE_OPTION_THRESHOLD, so the select is a combobox.
const OPTION_COUNT = 25;
const options = Array.from({ length: OPTION_COUNT }, (_, index) => ({
  option_type: 'simple',
  label: `Option ${index}`,
  value: `o${index}`,
}));
const [owner] = toFieldDefinitions([{ id: 'owner', label: 'Owner', type: 'select', options }]);

function Owner({ onChange }: { onChange?: (value: SettingValue) => void }) {
  const [value, setValue] = useState<SettingValue | undefined>('');
  if (!owner) throw new Error('no field');
  return (
    <FormFieldControl
      field={owner}
      value={value}
      onChange={(next) => {
        setValue(next);
        onChange?.(next);
      }}
    />
  );
}

/** The option the input's aria-activedescendant points at, by its text. */
function activeOption() {
  const id = screen.getByRole('combobox', { name: 'Owner' }).getAttribute('aria-activedescendant');
  return id === null ? null : document.getElementById(id)?.textContent;
}

afterEach(() => {
  Reflect.deleteProperty(Element.prototype, 'scrollIntoView');
});

describe('ComboboxControl keyboard', () => {
  it('wraps ArrowDown past the last option and ArrowUp past the first', async () => {
    const { user } = renderWithKit(<Owner />);
    screen.getByRole('combobox', { name: 'Owner' }).focus();
    await user.keyboard('{ArrowDown}');
    expect(activeOption()).toBe('Option 0');
    await user.keyboard('{ArrowUp}');
    expect(activeOption()).toBe('Option 24');
    await user.keyboard('{ArrowDown}');
    expect(activeOption()).toBe('Option 0');
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(activeOption()).toBe('Option 23');
  });

  it('opens on ArrowUp at the last option', async () => {
    const { user } = renderWithKit(<Owner />);
    screen.getByRole('combobox', { name: 'Owner' }).focus();
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('listbox', { name: 'Owner' })).toBeInTheDocument();
    expect(activeOption()).toBe('Option 24');
  });

  it('moves to the first and last option with Home and End while the list is open', async () => {
    const { user } = renderWithKit(<Owner />);
    const input = screen.getByRole('combobox', { name: 'Owner' });
    input.focus();
    await user.keyboard('{Home}');
    expect(screen.queryByRole('listbox')).toBeNull();

    await user.keyboard('{ArrowDown}{ArrowDown}{End}');
    expect(activeOption()).toBe('Option 24');
    await user.keyboard('{Home}');
    expect(activeOption()).toBe('Option 0');
  });

  it('does not pick with the Enter that ends an IME composition', async () => {
    const onChange = vi.fn();
    const { user } = renderWithKit(<Owner onChange={onChange} />);
    const input = screen.getByRole('combobox', { name: 'Owner' });
    input.focus();
    await user.keyboard('{ArrowDown}');

    fireEvent.compositionStart(input);
    fireEvent.keyDown(input, { key: 'Enter', isComposing: true });
    // Some browsers send the Enter without isComposing while the composition is still open.
    fireEvent.keyDown(input, { key: 'Enter' });
    fireEvent.compositionEnd(input);
    // Safari ends the composition first, then sends its Enter as keyCode 229.
    fireEvent.keyDown(input, { key: 'Enter', keyCode: 229 });
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByRole('listbox')).toBeInTheDocument();

    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onChange).toHaveBeenCalledWith('o0');
  });

  it('scrolls the active option into view', async () => {
    const scrolled: Array<{ option: string | null; options: unknown }> = [];
    Element.prototype.scrollIntoView = function (this: Element, scrollOptions?: boolean | ScrollIntoViewOptions) {
      scrolled.push({ option: this.textContent, options: scrollOptions });
    };
    const { user } = renderWithKit(<Owner />);
    screen.getByRole('combobox', { name: 'Owner' }).focus();
    await user.keyboard('{ArrowDown}{ArrowDown}{End}');
    expect(scrolled).toEqual([
      { option: 'Option 0', options: { block: 'nearest' } },
      { option: 'Option 1', options: { block: 'nearest' } },
      { option: 'Option 24', options: { block: 'nearest' } },
    ]);
  });
});

describe('ComboboxControl announcements', () => {
  /** The combobox's polite live region (it has no role, so it is found by its slot). */
  const liveRegion = () => document.querySelector('[data-slot="combobox-status"]');

  it('announces how many options match the typed text in a region that exists before typing', async () => {
    const { user } = renderWithKit(<Owner />);
    const region = liveRegion();
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toBeEmptyDOMElement();

    await user.type(screen.getByRole('combobox', { name: 'Owner' }), 'option 1');
    expect(region).toHaveTextContent('11 results');
    await user.type(screen.getByRole('combobox', { name: 'Owner' }), '2');
    expect(region).toHaveTextContent('1 result');
    await user.keyboard('x');
    expect(region).toHaveTextContent('0 results');
    expect(within(region as HTMLElement).queryByText(/Option/)).toBeNull();
  });

  it('counts in German', async () => {
    const { user } = renderWithKit(<Owner />, { locale: 'de' });
    await user.type(screen.getByRole('combobox', { name: 'Owner' }), 'option 2');
    expect(liveRegion()).toHaveTextContent('6 Ergebnisse');
    await user.type(screen.getByRole('combobox', { name: 'Owner' }), '4');
    expect(liveRegion()).toHaveTextContent('1 Ergebnis');
  });

  it('leaves the active option to aria-activedescendant, which points at a rendered option', async () => {
    const { user } = renderWithKit(<Owner />);
    await user.type(screen.getByRole('combobox', { name: 'Owner' }), 'option 2{ArrowDown}{ArrowDown}');
    expect(screen.getByRole('combobox', { name: 'Owner' })).toHaveAttribute(
      'aria-activedescendant',
      screen.getByRole('option', { name: 'Option 20' }).id,
    );
  });
});
