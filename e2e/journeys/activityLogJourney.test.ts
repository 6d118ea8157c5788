import { describe, expect, it } from 'vitest';
import { chooseAction, openConnection } from '../support/playground.js';
import { setupPlayground } from '../support/setupPlayground.js';

const playground = setupPlayground();
const TESTS = 11;

describe('a connection activity log, in the built playground', () => {
  it('Salesforce: each Test connection shows in its log, which pages on with Show more and opens an entry', async () => {
    const { page } = await playground.visit();
    let dialog = await openConnection(page, 'Salesforce');

    // Real activity on the playground's mock: every request it answers goes on the consumer's log.
    for (let run = 0; run < TESTS; run += 1) {
      await chooseAction(page, dialog, 'Test connection');
      await dialog.getByRole('status').filter({ hasText: 'Salesforce passed the test.' }).waitFor();
    }
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // Reopened, the log reads what happened: none failed, so it shows all requests, ten a page.
    dialog = await openConnection(page, 'Salesforce');
    const activity = dialog.getByRole('region', { name: 'Activity' });
    const entries = activity.locator('[data-slot="activity-log-entry"]');
    await expect.poll(() => entries.count(), { timeout: 15_000 }).toBe(10);
    expect(await activity.getByRole('checkbox', { name: 'Errors only' }).isChecked()).toBe(false);
    const validations = activity.locator('[data-slot="activity-log-entry"]', {
      hasText: 'POST/vault/connections/crm/salesforce/validate',
    });
    expect(await validations.count()).toBeGreaterThan(0);

    await activity.getByRole('button', { name: 'Show more' }).click();
    await expect.poll(() => entries.count(), { timeout: 15_000 }).toBeGreaterThan(10);
    while (await activity.getByRole('button', { name: 'Show more' }).isVisible()) {
      const before = await entries.count();
      await activity.getByRole('button', { name: 'Show more' }).click();
      await expect.poll(() => entries.count(), { timeout: 15_000 }).toBeGreaterThan(before);
    }
    expect(await validations.count()).toBe(TESTS);

    // An entry opens to its details.
    const first = validations.first();
    await first.locator('summary').click();
    await first.getByText('Latency').waitFor();
    expect(
      await first.locator('dt', { hasText: 'Status' }).locator('xpath=following-sibling::dd[1]').textContent(),
    ).toBe('200');
  });
});
