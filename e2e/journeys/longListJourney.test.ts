import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectFocus, tabTo } from '../support/keyboard.js';
import { card, cards } from '../support/playground.js';
import { setupPlayground } from '../support/setupPlayground.js';

const playground = setupPlayground();
const COUNT = 10_000;

/** The card at a position (1-based) of the whole filtered list, rendered or not. */
const cardAt = (page: Page, position: number) =>
  page.locator(`[aria-posinset="${position}"] [data-slot="integration-card"]`);
const focusedPosition = (page: Page) =>
  page.evaluate(() => Number(document.activeElement?.closest('[aria-posinset]')?.getAttribute('aria-posinset') ?? 0));
const renderedPosition = (page: Page, nth: number) =>
  page.locator('[data-slot="connection-list"] > li').nth(nth).getAttribute('aria-posinset');

describe('the integrations page with 10,000 connections', () => {
  it('renders a window of cards, moves through all of them by keyboard, and searches and opens one', async () => {
    const { page } = await playground.visit({ path: `/settings/integrations?connections=${COUNT}` });
    await cards(page).first().waitFor({ timeout: 60_000 });
    await page.getByRole('status').filter({ hasText: '10,000 integrations' }).waitFor();
    expect(await cards(page).count()).toBeLessThan(200);
    expect(await page.locator('[data-slot="connection-list"] > li').first().getAttribute('aria-setsize')).toBe(
      String(COUNT),
    );

    // Keyboard through the grid: Tab reaches the first card; arrows, Page Down, End and Home move on.
    const { keyboard } = page;
    await page.getByRole('searchbox', { name: 'Search integrations' }).focus();
    await tabTo(page, cardAt(page, 1), { max: 100 });
    await keyboard.press('ArrowRight');
    await expectFocus(page, cardAt(page, 2));
    await keyboard.press('ArrowDown');
    const columns = (await focusedPosition(page)) - 2;
    expect(columns).toBeGreaterThan(0);
    await keyboard.press('PageDown');
    await expect.poll(() => focusedPosition(page)).toBeGreaterThan(2 + columns * 2);
    await keyboard.press('End');
    await expectFocus(page, cardAt(page, COUNT));
    // The window followed focus to the end of the list; the start is no longer rendered.
    await expect.poll(async () => Number(await renderedPosition(page, 0))).toBeGreaterThan(COUNT - 200);
    await keyboard.press('Home');
    await expectFocus(page, cardAt(page, 1));

    // Scrolled away with the wheel and back, the focused card keeps focus: it stays rendered, first,
    // ahead of the rows now on screen.
    await page.mouse.wheel(0, 20_000);
    await expect.poll(async () => Number(await renderedPosition(page, 1))).toBeGreaterThan(100);
    await expectFocus(page, cardAt(page, 1));
    await page.evaluate(() => window.scrollTo(0, 0));
    await keyboard.press('ArrowRight');
    await expectFocus(page, cardAt(page, 2));

    // Search finds a card however far down; Enter opens it and Escape returns focus to it.
    const search = page.getByRole('searchbox', { name: 'Search integrations' });
    await search.fill('pipedrive');
    await page
      .getByRole('status')
      .filter({ hasText: /^\d+ of 10,000 integrations$/ })
      .waitFor();
    const pipedrive = card(page, 'Pipedrive', 'CRM');
    await tabTo(page, pipedrive);
    await keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Pipedrive' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Actions for Pipedrive' }).waitFor();
    await keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expectFocus(page, pipedrive);
  });
});
