import { IntegrationsPage } from '@integrations-kit/ui';
import { screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { testConnection } from '../test/connections.js';
import { answerList, envelope } from '../test/overrides.js';
import { renderKit, setupVaultServer } from '../test/renderKit.js';

const salesforce = testConnection('crm', 'salesforce', 'Salesforce');
const vault = setupVaultServer({ connections: [salesforce] });

it('drops an array entry like any other non-object entry', { tags: ['hostile-data'] }, async () => {
  answerList(vault, envelope([salesforce, []]));
  renderKit(<IntegrationsPage redirectUri="https://host.example/cb" />, { mock: vault.mock });
  await screen.findByRole('button', { name: /^Salesforce CRM / });
  expect(document.querySelectorAll('[data-slot="integration-card"]')).toHaveLength(1);
});
