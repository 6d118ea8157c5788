import { OAuthError } from '@integrations-kit/hooks';
import { IntegrationsPage } from '@integrations-kit/ui';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { testConnection } from '../test/connections.js';
import { answerDetail, answerList, envelope } from '../test/overrides.js';
import { renderKit, setupVaultServer } from '../test/renderKit.js';

// Names every plain object inherits: a lookup table indexed by an API string finds these unless
// it checks its own properties (or is a Map).
const PROTOTYPE_KEYS = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
  '__lookupGetter__',
];

// Every string field of a connection whose value the kit maps to a label, status or mode.
const ENUM_FIELDS = [
  'unified_api',
  'state',
  'health',
  'auth_type',
  'integration_state',
  'consent_state',
  'oauth_grant_type',
] as const;

const salesforce = testConnection('crm', 'salesforce', 'Salesforce');
const vault = setupVaultServer({ connections: [salesforce] });

describe('prototype-key strings in every enum-like field', { tags: ['hostile-data'] }, () => {
  it.each(PROTOTYPE_KEYS)('renders the grid and opens the dialog when every enum-like field is "%s"', async (key) => {
    // One entry per field (that field alone hostile), then one with all of them hostile at once.
    const single = ENUM_FIELDS.map((field, index) => ({
      ...testConnection('crm', `probe${index}`, `Probe ${field}`),
      [field]: key,
    }));
    const all = {
      ...testConnection('crm', 'hostile', 'Hostile'),
      ...Object.fromEntries(ENUM_FIELDS.map((field) => [field, key])),
    };
    answerList(vault, envelope([...single, all, salesforce]));
    answerDetail(vault, key, 'hostile', envelope(all));
    const { user } = renderKit(<IntegrationsPage redirectUri="https://host.example/oauth/callback" />, {
      mock: vault.mock,
    });

    const salesforceCard = await screen.findByRole('button', { name: /^Salesforce CRM / });
    expect(salesforceCard).toBeInTheDocument();
    for (const field of ENUM_FIELDS) {
      expect(screen.getByRole('button', { name: (name) => name.startsWith(`Probe ${field} `) })).toBeInTheDocument();
    }
    const hostile = screen.getByRole('button', { name: (name) => name.startsWith('Hostile ') });
    expect(hostile).toHaveTextContent('Hostile');
    expect(document.querySelectorAll('[data-slot="integration-card"][data-status="error"]')).toHaveLength(0);

    await user.click(hostile);
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByRole('heading', { name: /Hostile/ })).toBeInTheDocument();
    expect(await within(dialog).findByText(/About/)).toBeInTheDocument();
    expect(dialog.textContent).not.toMatch(/function |\[object /);
  });

  it.each(PROTOTYPE_KEYS)('reads an OAuth callback error code "%s" as a provider error, not a built-in', (key) => {
    const error = new OAuthError(key);
    expect(error.message).toBe(`The provider reported an error (${key}).`);
    expect(error.denied).toBe(false);
  });
});
