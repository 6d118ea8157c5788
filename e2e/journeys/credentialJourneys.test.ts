import { describe, expect, it } from 'vitest';
import { dialogStatus, openConnection } from '../support/playground.js';
import { setupPlayground } from '../support/setupPlayground.js';

const playground = setupPlayground();

describe('connectors without an OAuth consent page', () => {
  it('connects an API-key connector (Close) through its settings form', async () => {
    const { page } = await playground.visit();
    const dialog = await openConnection(page, 'Close', 'CRM');
    await expect.poll(() => dialogStatus(dialog).textContent()).toBe('Input required');

    const settings = dialog.getByRole('region', { name: 'Settings' });
    const apiKey = settings.getByRole('textbox', { name: 'API key' });
    await apiKey.fill('api_e2e_0123456789');
    // Typed secrets are masked until asked for.
    expect(await apiKey.getAttribute('type')).toBe('password');
    await settings.getByRole('button', { name: 'Save' }).click();
    await settings.getByText('Settings saved').waitFor();
    await expect.poll(() => dialogStatus(dialog).textContent(), { timeout: 15_000 }).toBe('Connected');
  });

  it('connects a client_credentials connector (Personio) through the token flow, with no popup', async () => {
    const { page, context } = await playground.visit();
    const popups: string[] = [];
    context.on('page', (opened) => popups.push(opened.url()));
    const dialog = await openConnection(page, 'Personio');
    await expect.poll(() => dialogStatus(dialog).textContent()).toBe('Not authorized');

    const settings = dialog.getByRole('region', { name: 'Settings' });
    await settings.getByRole('textbox', { name: 'Client secret' }).fill('e2e-client-secret');
    await settings.getByRole('button', { name: 'Save' }).click();
    await settings.getByText('Settings saved').waitFor();

    await dialog.getByRole('button', { name: 'Connect Personio' }).click();
    await expect.poll(() => dialogStatus(dialog).textContent(), { timeout: 15_000 }).toBe('Connected');
    await page.getByText('Personio connected').first().waitFor();
    expect(popups).toEqual([]);
  });
});
