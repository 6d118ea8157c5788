import { describe, expect, it } from 'vitest';
import { expectFocus, expectFocusWithin, tabTo } from '../support/keyboard.js';
import { card, cards, dialogStatus } from '../support/playground.js';
import { setupPlayground } from '../support/setupPlayground.js';

const playground = setupPlayground();

describe('the same journey by keyboard alone', () => {
  it('finds, opens, disables, enables and connects with Tab, Enter, Space, arrows and Escape, with focus where it belongs after each dialog', async () => {
    const { page } = await playground.visit();
    const { keyboard } = page;

    // Search and category.
    const search = page.getByRole('searchbox', { name: 'Search integrations' });
    await tabTo(page, search);
    await keyboard.type('pipe');
    await expect.poll(() => cards(page).count()).toBe(2);
    const crm = page.getByRole('group', { name: 'Category' }).getByRole('button', { name: /^CRM/ });
    await tabTo(page, crm);
    await keyboard.press('Space');
    await expect.poll(() => cards(page).count()).toBe(1);

    // Open the card with Enter: focus moves into the dialog.
    const pipedrive = card(page, 'Pipedrive', 'CRM');
    await tabTo(page, pipedrive);
    await keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Pipedrive' });
    await dialog.waitFor();
    await expectFocusWithin(page, dialog);

    // Actions menu: Enter opens it on its first item, arrows move, Enter picks; focus returns to the trigger.
    const actions = dialog.getByRole('button', { name: 'Actions for Pipedrive' });
    await tabTo(page, actions);
    await keyboard.press('Enter');
    await expectFocus(page, page.getByRole('menuitem', { name: 'Test connection' }));
    await keyboard.press('ArrowDown');
    await expectFocus(page, page.getByRole('menuitem', { name: 'Re-authorize' }));
    await keyboard.press('ArrowDown');
    await expectFocus(page, page.getByRole('menuitem', { name: 'Disable' }));
    await keyboard.press('Enter');
    await expect.poll(() => dialogStatus(dialog).textContent()).toBe('Disabled');
    await expectFocus(page, actions);

    // Space opens the menu too; Escape closes only the menu, not the dialog.
    await keyboard.press('Space');
    await expectFocus(page, page.getByRole('menuitem').first());
    await keyboard.press('Escape');
    await expectFocus(page, actions);
    expect(await dialog.isVisible()).toBe(true);
    await keyboard.press('ArrowDown');
    await expectFocus(page, page.getByRole('menuitem').first());
    await tabToMenuItem('Enable');
    await keyboard.press('Enter');
    await expect.poll(() => dialogStatus(dialog).textContent()).toBe('Connected');

    // The delete confirmation takes focus; Escape closes only it and focus goes back to the menu button.
    await actions.focus();
    await keyboard.press('ArrowUp');
    await expectFocus(page, page.getByRole('menuitem', { name: 'Delete' }));
    await keyboard.press('Enter');
    const confirm = page
      .getByRole('alertdialog', { name: 'Delete Pipedrive?' })
      .or(page.getByRole('dialog', { name: 'Delete Pipedrive?' }));
    await confirm.waitFor();
    await expectFocusWithin(page, confirm);
    await keyboard.press('Escape');
    await confirm.waitFor({ state: 'hidden' });
    expect(await dialog.isVisible()).toBe(true);
    await expectFocus(page, actions);

    // Escape closes the dialog and focus returns to the card that opened it.
    await keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expectFocus(page, pipedrive);

    // Connect Linear through the popup, keyboard only in the popup as well.
    await tabTo(page, page.getByRole('group', { name: 'Category' }).getByRole('button', { name: /^All/ }), {
      backwards: true,
    });
    await keyboard.press('Enter');
    await tabTo(page, search, { backwards: true });
    await keyboard.press('Control+A');
    await keyboard.type('Linear');
    const linear = card(page, 'Linear', 'Issue tracking');
    await tabTo(page, linear);
    await keyboard.press('Enter');
    const linearDialog = page.getByRole('dialog', { name: 'Linear' });
    await linearDialog.waitFor();
    const connect = linearDialog.getByRole('button', { name: 'Connect Linear' });
    await tabTo(page, connect);
    const [popup] = await Promise.all([page.waitForEvent('popup'), keyboard.press('Enter')]);
    const allow = popup.getByRole('button', { name: 'Allow' });
    await allow.waitFor();
    await tabTo(popup, allow);
    await popup.keyboard.press('Enter');
    await popup.waitForEvent('close');
    await expect.poll(() => dialogStatus(linearDialog).textContent(), { timeout: 15_000 }).toBe('Connected');
    // The Connect button is gone; focus stays in the dialog rather than falling to the page.
    await expectFocusWithin(page, linearDialog);
    await keyboard.press('Escape');
    await expectFocus(page, linear);

    async function tabToMenuItem(name: string) {
      for (let presses = 0; presses < 6; presses += 1) {
        if (await page.getByRole('menuitem', { name }).evaluate((element) => element === document.activeElement))
          return;
        await keyboard.press('ArrowDown');
      }
      throw new Error(`menu item ${name} never got focus`);
    }
  });
});
