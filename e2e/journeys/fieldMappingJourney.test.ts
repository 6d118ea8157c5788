import { describe, expect, it } from 'vitest';
import { openConnection } from '../support/playground.js';
import { setupPlayground } from '../support/setupPlayground.js';

const playground = setupPlayground();

describe('field mapping, in the built playground', () => {
  it('BambooHR: maps Cost center with the keyboard, and after a reload it is still mapped; the stale mapping stays flagged', async () => {
    const { page } = await playground.visit();
    let dialog = await openConnection(page, 'BambooHR');
    let mapping = dialog.getByRole('region', { name: 'Field mapping' });
    const row = () => mapping.locator('[data-slot="mapping-row"]', { hasText: 'Cost center' });
    await row().getByRole('button', { name: 'Map Cost center', exact: true }).waitFor();

    // A mapping whose field the downstream renamed is flagged, not dropped.
    const shirt = mapping.locator('[data-slot="mapping-row"]', { hasText: 'Shirt size' });
    await shirt.getByText('No longer found in the example record').waitFor();
    expect(await shirt.locator('code').textContent()).toBe('$.customFields.shirtSize');

    await row().getByRole('button', { name: 'Map Cost center', exact: true }).click();
    await row().getByRole('searchbox', { name: 'Search fields' }).fill('depart');
    await row().getByRole('status').filter({ hasText: '1 field matches' }).waitFor();
    // Keyboard only from here: Tab reaches the tree's one stop, Enter picks the leaf.
    await page.keyboard.press('Tab');
    const focused = row().getByRole('treeitem', { name: /^department/ });
    await expect.poll(() => focused.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await row().getByRole('status').filter({ hasText: 'Cost center is mapped.' }).waitFor();
    expect(await row().locator('code').textContent()).toBe('$.department');
    // Focus is back on the row's button, which now offers Change.
    const change = row().getByRole('button', { name: 'Change Cost center', exact: true });
    expect(await change.evaluate((element) => element === document.activeElement)).toBe(true);

    // The playground mirrors the open integration to the URL, so the reload opens BambooHR again.
    await page.reload();
    dialog = page.getByRole('dialog', { name: 'BambooHR' });
    mapping = dialog.getByRole('region', { name: 'Field mapping' });
    await row().getByRole('button', { name: 'Change Cost center', exact: true }).waitFor();
    expect(await row().locator('code').textContent()).toBe('$.department');
    await row().getByText('Example: Engineering').waitFor();
  });
});
