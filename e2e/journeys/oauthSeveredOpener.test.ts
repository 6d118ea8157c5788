import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { tabTo } from '../support/keyboard.js';
import { card, dialogStatus } from '../support/playground.js';
import { setupPlayground } from '../support/setupPlayground.js';

const playground = setupPlayground();

/**
 * Serves the consent page the way many identity providers do, with
 * `Cross-Origin-Opener-Policy: same-origin`: the popup loses its opener (`window.opener` is null
 * there, and the app sees `popup.closed` as true while the user is still deciding).
 */
async function serveConsentBehindCoop(context: BrowserContext): Promise<void> {
  await context.route(/\/mock-consent(\?|$)/, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'cross-origin-opener-policy': 'same-origin' } });
  });
}

// Popups blocked, same tab: oauthJourney's "Continue in this tab" case; with an opener present,
// the hardening suite's callback cases (oauth-security) run the real callback and confirm.
describe('OAuth completes whatever the browser does to the opener', () => {
  it('a consent page behind COOP severs the popup, and Connect still ends Connected, by keyboard alone', async () => {
    const { page, context } = await playground.visit();
    await serveConsentBehindCoop(context);
    await page.getByRole('searchbox', { name: 'Search integrations' }).fill('Linear');
    const linear = card(page, 'Linear', 'Issue tracking');
    await tabTo(page, linear);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Linear' });
    await dialog.waitFor();
    await expect.poll(() => dialogStatus(dialog).textContent()).toBe('Not authorized');

    const connect = dialog.getByRole('button', { name: 'Connect Linear' });
    await tabTo(page, connect);
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('Enter')]);
    const allow = popup.getByRole('button', { name: 'Allow' });
    await allow.waitFor();
    // The header took effect: the consent page has no way back to the app.
    expect(await popup.evaluate(() => window.opener === null)).toBe(true);
    await tabTo(popup, allow);
    await popup.keyboard.press('Enter');

    await expect.poll(() => dialogStatus(dialog).textContent(), { timeout: 20_000 }).toBe('Connected');
    await page.getByText('Linear connected').first().waitFor();
  });
});
