import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { card, cards, chooseAction, decideInPopup, dialogStatus, openConnection } from '../support/playground.js';
import { setupPlayground } from '../support/setupPlayground.js';

const playground = setupPlayground();

/** "Continue in this tab" → Allow on the consent page → back on the page, where Linear reads Connected. */
async function continueInThisTabToConnected(page: Page, dialog: Locator): Promise<void> {
  await dialog.getByRole('button', { name: 'Continue in this tab' }).click();
  await page.waitForURL(/\/mock-consent/);
  await page.getByRole('button', { name: 'Allow' }).click();
  await page.waitForURL(/\/settings\/integrations/, { timeout: 20_000 });
  // The page comes back where the person left it: Linear's dialog is in the URL, so it opens again.
  const back = page.getByRole('dialog', { name: 'Linear' });
  await back.waitFor();
  await expect.poll(() => dialogStatus(back).textContent(), { timeout: 15_000 }).toBe('Connected');
  await page.keyboard.press('Escape');
  await back.waitFor({ state: 'hidden' });
  await page.getByRole('searchbox', { name: 'Search integrations' }).fill('Linear');
  await expect
    .poll(() => card(page, 'Linear', 'Issue tracking').locator('[data-slot="connection-status-badge"]').textContent(), {
      timeout: 15_000,
    })
    .toBe('Connected');
}

describe('an OAuth integration from search to delete, in the built playground', () => {
  it('finds Pipedrive by search and category, then configures, disables, enables, disconnects, reconnects (popup Allow) and deletes it', async () => {
    const { page } = await playground.visit();

    await page.getByRole('searchbox', { name: 'Search integrations' }).fill('pipe');
    await expect.poll(() => cards(page).count()).toBe(2);
    await page.getByRole('group', { name: 'Category' }).getByRole('button', { name: /^CRM/ }).click();
    await expect.poll(() => cards(page).count()).toBe(1);
    await card(page, 'Pipedrive', 'CRM').click();

    const dialog = page.getByRole('dialog', { name: 'Pipedrive' });
    await dialog.waitFor();
    await expect.poll(() => dialogStatus(dialog).textContent()).toBe('Connected');

    // Connection settings: change one, save, and see it kept after closing and reopening.
    const settings = dialog.getByRole('region', { name: 'Settings' });
    await settings.getByRole('combobox', { name: 'Stage' }).selectOption({ label: 'Demo scheduled' });
    await settings.getByRole('button', { name: 'Save' }).click();
    await settings.getByText('Settings saved').waitFor();

    // Resource settings of the leads resource.
    const leads = dialog.getByRole('region', { name: 'leads' });
    await leads.getByRole('combobox', { name: 'Lead owner' }).selectOption({ label: 'Mei Chen' });
    await leads.getByRole('button', { name: 'Save' }).click();
    await leads.getByText(/saved/i).waitFor();

    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await card(page, 'Pipedrive', 'CRM').click();
    await dialog.waitFor();
    await expect.poll(() => settings.getByRole('combobox', { name: 'Stage' }).inputValue()).not.toBe('');
    expect(await settings.getByRole('combobox', { name: 'Stage' }).locator('option:checked').textContent()).toBe(
      'Demo scheduled',
    );
    expect(await leads.getByRole('combobox', { name: 'Lead owner' }).locator('option:checked').textContent()).toBe(
      'Mei Chen',
    );

    // Disable, then enable again, from the actions menu.
    await chooseAction(page, dialog, 'Disable');
    await expect.poll(() => dialogStatus(dialog).textContent()).toBe('Disabled');
    await page.getByText('Pipedrive disabled').first().waitFor();
    await chooseAction(page, dialog, 'Enable');
    await expect.poll(() => dialogStatus(dialog).textContent()).toBe('Connected');

    // Disconnect: confirm, then the provider's revoke page in the popup.
    await chooseAction(page, dialog, 'Disconnect');
    const confirm = page
      .getByRole('alertdialog', { name: 'Disconnect Pipedrive?' })
      .or(page.getByRole('dialog', { name: 'Disconnect Pipedrive?' }));
    await confirm.waitFor();
    await decideInPopup(
      page,
      () => confirm.getByRole('button', { name: 'Disconnect Pipedrive' }).click(),
      'Disconnect',
    );
    await expect.poll(() => dialogStatus(dialog).textContent()).toBe('Not authorized');

    // Connect again through the OAuth popup: Allow.
    await decideInPopup(page, () => dialog.getByRole('button', { name: 'Connect Pipedrive' }).click(), 'Allow');
    await expect.poll(() => dialogStatus(dialog).textContent(), { timeout: 15_000 }).toBe('Connected');
    await page.getByText('Pipedrive connected').first().waitFor();

    // Delete, after a confirmation naming it; the card goes back to "Not connected".
    await chooseAction(page, dialog, 'Delete');
    const confirmDelete = page
      .getByRole('alertdialog', { name: 'Delete Pipedrive?' })
      .or(page.getByRole('dialog', { name: 'Delete Pipedrive?' }));
    await confirmDelete.getByRole('button', { name: 'Delete Pipedrive' }).click();
    await page.getByText('Pipedrive deleted').first().waitFor();
    await dialog.waitFor({ state: 'hidden' });
    await expect
      .poll(() => card(page, 'Pipedrive', 'CRM').locator('[data-slot="connection-status-badge"]').textContent())
      .toBe('Not connected');
  });
});

describe('OAuth consent outcomes', () => {
  it('Deny in the consent page leaves the connection unchanged and says so', async () => {
    const { page } = await playground.visit();
    const dialog = await openConnection(page, 'Linear');
    await expect.poll(() => dialogStatus(dialog).textContent()).toBe('Not authorized');

    await decideInPopup(page, () => dialog.getByRole('button', { name: 'Connect Linear' }).click(), 'Deny');
    await dialog.getByText('Access to Linear was declined. Connect again when you are ready.').waitFor();
    expect(await dialogStatus(dialog).textContent()).toBe('Not authorized');
    expect(await dialog.getByRole('button', { name: 'Connect Linear' }).isEnabled()).toBe(true);
  });

  it('in a tab that has an opener, the same-tab flow still resumes to Connected (the tab neither posts to the opener nor closes)', async () => {
    const { page } = await playground.visit({ blockPopups: true, withOpener: true });
    expect(await page.evaluate(() => window.opener !== null)).toBe(true);
    const dialog = await openConnection(page, 'Linear');
    await dialog.getByRole('button', { name: 'Connect Linear' }).click();
    await continueInThisTabToConnected(page, dialog);
    expect(page.isClosed()).toBe(false);
    expect(await page.evaluate(() => sessionStorage.getItem('ik-e2e-opener-posts'))).toBeNull();
  });

  it('a blocked popup offers "Continue in this tab"; the redirect comes back and the flow resumes to Connected', async () => {
    const { page } = await playground.visit({ blockPopups: true });
    const dialog = await openConnection(page, 'Linear');
    await dialog.getByRole('button', { name: 'Connect Linear' }).click();
    await dialog.getByText('Your browser blocked the Linear sign-in window.').waitFor();

    await continueInThisTabToConnected(page, dialog);
  });
});
