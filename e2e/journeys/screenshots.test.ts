import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chooseAction, openConnection } from '../support/playground.js';
import { setupPlayground } from '../support/setupPlayground.js';

// Screenshots of the main screens in light and dark, kept by CI under .ci/artifacts/screenshots/.
const folder = join(import.meta.dirname, '../../.ci/artifacts/screenshots');
mkdirSync(folder, { recursive: true });
const playground = setupPlayground();

async function shoot(page: Page, name: string): Promise<void> {
  const path = join(folder, `${name}.png`);
  await page.screenshot({ path, animations: 'disabled' });
  expect(statSync(path).size).toBeGreaterThan(10_000);
}

/** The kit's surface colour, to prove the theme really changed. */
const kitSurface = (page: Page) =>
  page.locator('[data-slot="integrations-grid"]').evaluate((element) =>
    getComputedStyle(element.closest('.ik-root') ?? element)
      .getPropertyValue('--ik-surface')
      .trim(),
  );

describe.each(['light', 'dark'] as const)('main screens, %s', (theme) => {
  it(`captures the grid, the connection dialog, the delete confirmation and the consent page (${theme})`, async () => {
    const { page } = await playground.visit();
    await page
      .getByRole('combobox', { name: 'Appearance' })
      .selectOption({ label: theme === 'dark' ? 'Dark' : 'Light' });
    const surface = await kitSurface(page);
    expect(surface).not.toBe('');
    await page.evaluate(() => document.fonts.ready);
    await shoot(page, `grid-${theme}`);

    const dialog = await openConnection(page, 'Salesforce', 'CRM');
    await dialog.getByRole('region', { name: 'Resources' }).waitFor();
    await expect.poll(() => dialog.getByText(/Loading/).count()).toBe(0);
    await shoot(page, `dialog-${theme}`);

    await chooseAction(page, dialog, 'Delete');
    await page
      .getByRole('alertdialog', { name: 'Delete Salesforce?' })
      .or(page.getByRole('dialog', { name: 'Delete Salesforce?' }))
      .waitFor();
    await shoot(page, `confirm-delete-${theme}`);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    const linear = await openConnection(page, 'Linear');
    const [popup] = await Promise.all([
      page.waitForEvent('popup'),
      linear.getByRole('button', { name: 'Connect Linear' }).click(),
    ]);
    await popup.getByRole('button', { name: 'Allow' }).waitFor();
    await popup.setViewportSize({ width: 600, height: 700 });
    await shoot(popup, `consent-${theme}`);
    await popup.close();
    await shoot(page, `waiting-for-consent-${theme}`);
  });
});

it('dark mode really changes the kit colours', async () => {
  const { page } = await playground.visit();
  const appearance = page.getByRole('combobox', { name: 'Appearance' });
  await appearance.selectOption({ label: 'Light' });
  const light = await kitSurface(page);
  await appearance.selectOption({ label: 'Dark' });
  await expect.poll(() => kitSurface(page)).not.toBe(light);
});
