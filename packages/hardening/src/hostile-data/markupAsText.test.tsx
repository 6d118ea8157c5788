import type { Connection } from '@integrations-kit/client';
import { IntegrationsPage, enMessages } from '@integrations-kit/ui';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { testConnection, textField } from '../test/connections.js';
import { renderKit, setupVaultServer } from '../test/renderKit.js';
import { escapeRegExp } from '../test/text.js';

// Each payload would run script or add an element if it reached the DOM as HTML.
const NAME = 'Evil <script>window.__pwned = "name"</script> Corp';
const TAG_LINE = '<img src=x onerror="window.__pwned = \'tag\'">Best CRM';
const LABEL = '<b onmouseover="window.__pwned = 1">API token</b>';
const DESCRIPTION = 'Find it under <a href="javascript:window.__pwned = 1">Settings</a> & paste it';
const OPTION = '<iframe src="javascript:window.__pwned = 1"></iframe>Europe';
const PLACEHOLDER = '"><svg onload="window.__pwned = 1">';

const evil: Connection = testConnection('crm', 'evil', NAME, {
  tag_line: TAG_LINE,
  icon: null as unknown as string,
  has_guide: true,
  form_fields: [
    textField('token', LABEL, { description: DESCRIPTION, placeholder: PLACEHOLDER }),
    {
      id: 'region',
      label: 'Region',
      type: 'select',
      allow_custom_values: false,
      options: [
        { option_type: 'simple', label: OPTION, value: 'eu' },
        { option_type: 'simple', label: 'United States', value: 'us' },
      ],
    },
  ],
});
const vault = setupVaultServer({ connections: [evil, testConnection('crm', 'pipedrive', 'Pipedrive')] });

function expectNothingInjected() {
  expect(document.querySelectorAll('script, iframe, svg[onload], [onerror], [onmouseover], [onload]')).toHaveLength(0);
  expect(document.querySelectorAll('a[href^="javascript:" i]')).toHaveLength(0);
  expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
}

// A card is named by its visible text, which starts with "{name} {unified API} ".
const findCard = () => screen.findByRole('button', { name: (name) => name.startsWith(`${NAME} CRM `) });

describe('markup in API strings', { tags: ['hostile-data'] }, () => {
  it('shows names and tag lines on cards as text', async () => {
    renderKit(<IntegrationsPage redirectUri="https://host.example/oauth/callback" />, { mock: vault.mock });
    const card = await findCard();
    expect(within(card).getByText(NAME)).toBeInTheDocument();
    expect(within(card).getByText(TAG_LINE)).toBeInTheDocument();
    expect(card.querySelectorAll('img')).toHaveLength(0);
    expectNothingInjected();
  });

  it('shows labels, descriptions, placeholders and option labels in the dialog as text', async () => {
    const { user } = renderKit(<IntegrationsPage redirectUri="https://host.example/oauth/callback" />, {
      mock: vault.mock,
    });
    await user.click(await findCard());
    const dialog = await screen.findByRole('dialog');
    const token = await within(dialog).findByRole('textbox', { name: new RegExp(escapeRegExp(LABEL)) });
    expect(token).toHaveAttribute('placeholder', PLACEHOLDER);
    expect(within(dialog).getByText(DESCRIPTION)).toBeInTheDocument();
    expect(within(dialog).getAllByText(NAME).length).toBeGreaterThan(0);
    expect(within(dialog).getAllByText(TAG_LINE).length).toBeGreaterThan(0);
    expect(within(dialog).getByRole('option', { name: OPTION, hidden: true })).toBeInTheDocument();
    expect(
      within(dialog).getByRole('link', { name: new RegExp(escapeRegExp(`How to connect ${NAME}`)) }),
    ).toHaveAttribute('href', expect.stringMatching(/^https:\/\/developers\.apideck\.com\//));
    expectNothingInjected();
  });

  it('keeps markup in names as text in confirmations and toasts', async () => {
    const { user } = renderKit(<IntegrationsPage redirectUri="https://host.example/oauth/callback" />, {
      mock: vault.mock,
    });
    await user.click(await findCard());
    const dialog = await screen.findByRole('dialog');
    await user.click(await within(dialog).findByRole('button', { name: enMessages.dialog.actionsMenu(NAME) }));
    await user.click(await screen.findByRole('menuitem', { name: enMessages.dialog.actions.disable }));
    expect(await screen.findByText(enMessages.dialog.toasts.disabled(NAME))).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: enMessages.dialog.actionsMenu(NAME) }));
    await user.click(await screen.findByRole('menuitem', { name: enMessages.dialog.actions.delete }));
    const confirm = await screen.findByRole('alertdialog');
    expect(within(confirm).getByText(enMessages.dialog.confirmDelete.title(NAME))).toBeInTheDocument();
    expectNothingInjected();
  });
});
