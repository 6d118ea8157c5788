import { IntegrationsPage } from '@integrations-kit/ui';
import { fixtures } from '@integrations-kit/mocks';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { testConnection, textField } from '../test/connections.js';
import { answerDetail, envelope } from '../test/overrides.js';
import { renderKit, setupVaultServer } from '../test/renderKit.js';

const acme = testConnection('crm', 'acme', 'Acme CRM');
const vault = setupVaultServer({
  connections: [acme],
  connectors: [...fixtures.connectors, { id: 'acme', name: 'Acme CRM', status: 'live', settings: [] }],
});

// 200,000 characters: a quadratic link pattern spent 9 to 40 s on each of the first three (40,000 `[`
// took 0.7 s per parse), a linear one a few milliseconds. The others render one element per
// marker, so they are smaller: jsdom's cost there is the DOM, not the parser.
const SIZE = 200_000;
const DESCRIPTIONS: [string, string][] = [
  ['unclosed link brackets', '['.repeat(SIZE)],
  ['link texts that never close', '[a'.repeat(SIZE / 2)],
  ['link targets that never close', '[a](b'.repeat(SIZE / 5)],
  ['unclosed bold markers', '**a'.repeat(SIZE / 30)],
  ['unclosed code spans', '`a'.repeat(SIZE / 20)],
  ['unclosed emphasis', '*a'.repeat(SIZE / 20)],
  ['unclosed underscores', ' _a'.repeat(SIZE / 3)],
];
// Generous for jsdom on a busy machine, yet below what a single quadratic parse took.
const BOUND_MS = 6_000;

describe('pathological markdown in a field description', { tags: ['hostile-data'] }, () => {
  it.each(DESCRIPTIONS)('renders a description of %s in linear time', async (_case, description) => {
    answerDetail(
      vault,
      'crm',
      'acme',
      envelope({ ...acme, form_fields: [textField('region', 'Region', { description: `${description} END` })] }),
    );
    const { user } = renderKit(<IntegrationsPage redirectUri="https://host.example/oauth/callback" />, {
      mock: vault.mock,
    });
    const card = await screen.findByRole('button', { name: /^Acme CRM CRM / });
    const started = performance.now();
    await user.click(card);
    const dialog = await screen.findByRole('dialog');
    const field = await within(dialog).findByRole('textbox', { name: /Region/ }, { timeout: 60_000 });
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
    expect(dialog.textContent).toContain('END');
    expect(field).toBeInTheDocument();
  });
});
