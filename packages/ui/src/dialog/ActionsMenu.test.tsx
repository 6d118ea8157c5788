import * as Dialog from '@radix-ui/react-dialog';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { renderWithKit } from '../test/render.js';
import { ActionsMenu, type ActionsMenuItem } from './ActionsMenu.js';

function renderMenu(overrides: Partial<ActionsMenuItem>[] = []) {
  const selected = vi.fn<(id: string) => void>();
  const items: ActionsMenuItem[] = ['Re-authorize', 'Disable', 'Disconnect', 'Delete'].map((label, index) => ({
    id: label.toLowerCase(),
    label,
    onSelect: () => selected(label),
    ...overrides[index],
  }));
  // Inside a modal dialog, as in the connection dialog: Escape must close the menu, not the dialog.
  const result = renderWithKit(
    <Dialog.Root defaultOpen>
      <Dialog.Content aria-describedby={undefined}>
        <Dialog.Title>Salesforce</Dialog.Title>
        <ActionsMenu label="Actions for Salesforce" items={items} />
        <button type="button">After the menu</button>
      </Dialog.Content>
    </Dialog.Root>,
  );
  const trigger = screen.getByRole('button', { name: 'Actions for Salesforce' });
  return { ...result, selected, trigger };
}

const focused = () => document.activeElement?.textContent;

describe('ActionsMenu', () => {
  it('is a menu button: opens a labelled menu under it and focuses the first item', async () => {
    const { user, trigger } = renderMenu();
    expect(trigger).toHaveAttribute('aria-haspopup', 'menu');
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('menu')).toBeNull();

    await user.click(trigger);

    const menu = screen.getByRole('menu', { name: 'Actions for Salesforce' });
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
    expect(trigger).toHaveAttribute('aria-controls', menu.id);
    expect(screen.getAllByRole('menuitem').map((item) => item.textContent)).toEqual([
      'Re-authorize',
      'Disable',
      'Disconnect',
      'Delete',
    ]);
    expect(focused()).toBe('Re-authorize');
  });

  it('moves focus with the arrows (wrapping), Home and End, skipping disabled items', async () => {
    const { user, trigger } = renderMenu([{}, { disabled: true }]);
    await user.click(trigger);

    await user.keyboard('{ArrowDown}');
    expect(focused()).toBe('Disconnect');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(focused()).toBe('Re-authorize');
    await user.keyboard('{ArrowUp}');
    expect(focused()).toBe('Delete');
    await user.keyboard('{Home}');
    expect(focused()).toBe('Re-authorize');
    await user.keyboard('{End}');
    expect(focused()).toBe('Delete');
  });

  it('opens from the keyboard: ArrowDown on the first item, ArrowUp on the last', async () => {
    const { user, trigger } = renderMenu();
    trigger.focus();
    await user.keyboard('{ArrowDown}');
    expect(focused()).toBe('Re-authorize');

    await user.keyboard('{Escape}');
    await user.keyboard('{ArrowUp}');
    expect(focused()).toBe('Delete');
  });

  it('chooses with Enter or Space, closes and returns focus to the trigger', async () => {
    const { user, trigger, selected } = renderMenu();
    await user.click(trigger);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(selected.mock.calls).toEqual([['Disable']]);
    expect(screen.queryByRole('menu')).toBeNull();
    expect(trigger).toHaveFocus();

    await user.keyboard('{Enter}');
    await user.keyboard('{End} ');
    expect(selected.mock.calls).toEqual([['Disable'], ['Delete']]);
    expect(trigger).toHaveFocus();
  });

  it('closes on Escape without closing the dialog around it, and focus returns to the trigger', async () => {
    const { user, trigger, selected } = renderMenu();
    // A host's own Escape handler (not just Radix's) must not see the menu's Escape either.
    const hostSawEscape = vi.fn();
    const onKeyDown = (event: KeyboardEvent) => event.key === 'Escape' && hostSawEscape();
    document.addEventListener('keydown', onKeyDown);
    onTestFinished(() => document.removeEventListener('keydown', onKeyDown));
    await user.click(trigger);
    await user.keyboard('{ArrowDown}{Escape}');

    expect(hostSawEscape).not.toHaveBeenCalled();
    expect(screen.queryByRole('menu')).toBeNull();
    expect(screen.getByRole('dialog', { name: 'Salesforce' })).toBeInTheDocument();
    expect(trigger).toHaveFocus();
    expect(trigger).toHaveAttribute('aria-expanded', 'false');

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(selected).not.toHaveBeenCalled();
  });

  it('closes on Tab, focus moving on past the trigger', async () => {
    const { user, trigger } = renderMenu();
    await user.click(trigger);
    await user.keyboard('{ArrowDown}');
    await user.tab();

    expect(screen.queryByRole('menu')).toBeNull();
    expect(screen.getByRole('button', { name: 'After the menu' })).toHaveFocus();
  });

  it('closes on a click outside without choosing anything', async () => {
    const { user, trigger, selected } = renderMenu();
    await user.click(trigger);
    await user.click(screen.getByRole('heading', { name: 'Salesforce' }));

    expect(screen.queryByRole('menu')).toBeNull();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(selected).not.toHaveBeenCalled();

    await user.click(trigger);
    await user.click(trigger);
    expect(screen.queryByRole('menu')).toBeNull();
  });
});
