import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { testConnection } from '../test/connections.js';
import { renderWithKit, setupVaultServer } from '../test/render.js';
import { ConnectionDialog } from './ConnectionDialog.js';

// jsdom cannot lose a chunk on the network, so the health timeline's module fails to load here the
// way a chunk replaced by a deploy does in a browser: its dynamic import rejects.
vi.mock('../health/HealthTimeline.js', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

const pipedrive = testConnection('crm', 'pipedrive', 'Pipedrive');
const mock = setupVaultServer({ connections: [pipedrive] });

describe('ConnectionDialog when a lazy section fails to load', { timeout: 20_000 }, () => {
  it('shows the alert in that section and the rest of the dialog keeps working', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { user } = renderWithKit(
      <ConnectionDialog connection={pipedrive} redirectUri="https://host.example/oauth/callback" defaultOpen />,
      { mock },
    );
    const dialog = await screen.findByRole('dialog');
    const health = await within(dialog).findByRole('region', { name: 'Health' });
    expect(await within(health).findByRole('alert')).toHaveTextContent("Couldn't load this part.");
    expect(within(health).getByRole('button', { name: 'Try again' })).toBeInTheDocument();

    expect(within(dialog).getByRole('heading', { name: 'Settings' })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Actions for Pipedrive' }));
    expect(await screen.findByRole('menuitem', { name: 'Test connection' })).toBeInTheDocument();
  });
});
