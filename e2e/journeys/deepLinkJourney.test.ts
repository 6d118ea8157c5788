import { describe, expect, it } from 'vitest';
import { cards, openConnection } from '../support/playground.js';
import { setupPlayground } from '../support/setupPlayground.js';

const playground = setupPlayground();

describe('deep links into one integration, in the built playground', () => {
  it('a URL naming Salesforce and its Resources opens that view, and closing clears it from the URL', async () => {
    const { page } = await playground.visit({
      path: '/settings/integrations?api=crm&service=salesforce&view=resources',
    });
    const dialog = page.getByRole('dialog', { name: 'Salesforce' });
    await dialog.waitFor({ timeout: 30_000 });
    const resources = dialog.getByRole('heading', { name: 'Resources' });
    await expect.poll(() => resources.evaluate((heading) => heading === document.activeElement)).toBe(true);

    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(new URL(page.url()).search).toBe('');
    await cards(page).first().waitFor();
  });

  it('opening a card writes it into the URL, so a reload opens it again', async () => {
    const { page } = await playground.visit();
    await openConnection(page, 'QuickBooks');
    await expect.poll(() => new URL(page.url()).searchParams.get('service')).toBe('quickbooks');

    await page.reload();
    await page.getByRole('dialog', { name: 'QuickBooks' }).waitFor({ timeout: 30_000 });
  });
});
