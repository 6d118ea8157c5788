import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { testConnection } from '../test/connections.js';
import { fr } from '../locales/fr.js';
import { ja } from '../locales/ja.js';
import { renderWithKit, setupVaultServer } from '../test/render.js';
import { IntegrationsPage } from './IntegrationsPage.js';

const mock = setupVaultServer({
  connections: [
    testConnection('crm', 'salesforce', 'Salesforce'),
    testConnection('accounting', 'quickbooks', 'QuickBooks'),
  ],
});
const redirectUri = 'https://host.example/oauth/callback';

describe('IntegrationsPage in the shipped locales', () => {
  it('speaks French in the grid, counting with French plurals', async () => {
    const { user } = renderWithKit(<IntegrationsPage redirectUri={redirectUri} messages={fr} />, { mock });
    const search = await screen.findByRole('searchbox', { name: 'Rechercher des intégrations' });
    expect(await screen.findByText('2 intégrations')).toBeInTheDocument();

    await user.type(search, 'sales');
    expect(await screen.findByText('1 sur 2 intégrations')).toBeInTheDocument();
    await user.clear(search);
    await user.type(search, 'nothing like it');
    expect(await screen.findByText('0 sur 2 intégrations')).toBeInTheDocument();
    expect(screen.getByText('Aucune intégration ne correspond')).toBeInTheDocument();
  });

  it('speaks French in the connection dialog', async () => {
    const { user } = renderWithKit(<IntegrationsPage redirectUri={redirectUri} messages={fr} />, { mock });
    await user.click(await screen.findByRole('button', { name: /^Salesforce CRM / }));
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByRole('button', { name: 'Fermer' })).toBeInTheDocument();
    // The language is named on the page and carried to the dialog portaled out of it.
    expect(document.querySelector('[data-slot="integrations-page"]')).toHaveAttribute('lang', 'fr');
    expect(dialog.closest('[lang]')).toHaveAttribute('lang', 'fr');
  });

  it('speaks Japanese, with one form for every count', async () => {
    renderWithKit(<IntegrationsPage redirectUri={redirectUri} messages={ja} />, { mock });
    expect(await screen.findByRole('searchbox', { name: '連携を検索' })).toBeInTheDocument();
    expect(await screen.findByText('2件の連携')).toBeInTheDocument();
    expect(document.querySelector('[data-slot="integrations-page"]')).toHaveAttribute('lang', 'ja');
  });
});
