import { describe, expect, it } from 'vitest';
import { card, dialogStatus, openConnection } from '../support/playground.js';
import { setupPlayground } from '../support/setupPlayground.js';

const playground = setupPlayground();

describe('data-scope consent granted, revoked and granted again, in the built playground', () => {
  it('Zendesk, waiting for consent, opens on Data access; Connect waits until it is granted; revoke and re-grant keep the history', async () => {
    const { page } = await playground.visit();
    const dialog = await openConnection(page, 'Zendesk');
    await expect.poll(() => dialogStatus(dialog).textContent()).toBe('Consent required');

    // Opens on Data access: the first section, listing what the app reads and writes.
    const access = dialog.getByRole('region', { name: 'Data access' });
    await access.getByText('crm.contacts').waitFor();
    expect(await dialog.getByRole('region').first().getAttribute('aria-labelledby')).toBe(
      await access.getAttribute('aria-labelledby'),
    );
    const connect = dialog.getByRole('button', { name: 'Connect Zendesk' });
    expect(await connect.isDisabled()).toBe(true);
    await dialog.getByText('Grant data access for Zendesk first.').waitFor();

    // Grant: Authorize may start, and the card's badge agrees with the dialog's.
    await access.getByRole('button', { name: 'Grant access' }).click();
    await access.getByRole('button', { name: 'Revoke access' }).waitFor();
    await expect.poll(() => dialogStatus(dialog).textContent()).toBe('Not authorized');
    expect(await connect.isEnabled()).toBe(true);
    await access.getByText('acme-user-1 granted access').waitFor();

    // Revoke: consent is required again, and the history keeps both decisions, newest first.
    await access.getByRole('button', { name: 'Revoke access' }).click();
    await access.getByText(/You revoked access to data in Zendesk/).waitFor();
    await expect.poll(() => dialogStatus(dialog).textContent()).toBe('Consent required');
    expect(await connect.isDisabled()).toBe(true);

    // Grant again.
    await access.getByRole('button', { name: 'Grant access' }).click();
    await access.getByRole('button', { name: 'Revoke access' }).waitFor();
    const history = access.locator('[data-slot="consent-history"] li');
    await expect.poll(() => history.count()).toBe(3);
    expect(await history.evaluateAll((items) => items.map((item) => item.getAttribute('data-granted')))).toEqual([
      'true',
      'false',
      'true',
    ]);

    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect
      .poll(() => card(page, 'Zendesk').first().locator('[data-slot="connection-status-badge"]').textContent())
      .toBe('Not authorized');
  });
});
