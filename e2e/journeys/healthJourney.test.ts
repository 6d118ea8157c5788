import { describe, expect, it } from 'vitest';
import { card, decideInPopup, dialogStatus, openConnection } from '../support/playground.js';
import { setupPlayground } from '../support/setupPlayground.js';

const playground = setupPlayground();

describe('an expired connection reconnected in place, in the built playground', () => {
  it('QuickBooks, whose credentials Vault deleted after failed refreshes, reconnects from its health timeline and keeps its settings', async () => {
    const { page } = await playground.visit();
    const dialog = await openConnection(page, 'QuickBooks');
    await expect.poll(() => dialogStatus(dialog).textContent()).toBe('Invalid');

    const health = dialog.getByRole('region', { name: 'Health' });
    await health.getByText('Access to QuickBooks has ended. Reconnect to use it again.').waitFor();
    await health.getByText(/^Token refresh failed /).waitFor();
    await health.getByText(/^Credentials were deleted /).waitFor();
    const defaultClass = dialog
      .getByRole('region', { name: 'Settings' })
      .getByRole('textbox', { name: 'Default class' });
    await expect.poll(() => defaultClass.inputValue()).toBe('Retail');
    // Reconnect is the one sign-in action on offer, not a second Connect.
    expect(await dialog.getByRole('button', { name: 'Connect QuickBooks' }).count()).toBe(0);

    await decideInPopup(page, () => health.getByRole('button', { name: 'Reconnect' }).click(), 'Allow');

    await expect.poll(() => dialogStatus(dialog).textContent(), { timeout: 15_000 }).toBe('Connected');
    await health.getByText('QuickBooks is working normally.').waitFor();
    expect(await health.getByText(/^Credentials were deleted/).count()).toBe(0);
    expect(await defaultClass.inputValue()).toBe('Retail');

    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect
      .poll(() => card(page, 'QuickBooks').first().locator('[data-slot="connection-status-badge"]').textContent())
      .toBe('Connected');
  });
});
