import { IntegrationsPage, enMessages } from '@integrations-kit/ui';
import { screen, waitFor, within } from '@testing-library/react';
import { fixtures } from '@integrations-kit/mocks';
import { describe, expect, it, vi } from 'vitest';
import { testConnection, textField } from '../test/connections.js';
import { answerDetail, envelope } from '../test/overrides.js';
import { renderKit, setupVaultServer } from '../test/renderKit.js';

const acme = testConnection('crm', 'acme', 'Acme CRM', {
  form_fields: [textField('instance_url', 'Instance URL'), textField('region', 'Region')],
  settings: { instance_url: 'https://acme.example.com' },
});
const pipedrive = testConnection('crm', 'pipedrive', 'Pipedrive');
// Acme is in the catalog with no settings, so a connection without fields has nothing to set.
const vault = setupVaultServer({
  connections: [acme, pipedrive],
  connectors: [...fixtures.connectors, { id: 'acme', name: 'Acme CRM', status: 'live', settings: [] }],
});
const { mock } = vault;
const redirectUri = `${window.location.origin}/oauth/callback`;

/** Acme's detail read answers with these (off-contract) form fields; saves still reach the mock. */
function answerFields(formFields: unknown[]) {
  answerDetail(vault, 'crm', 'acme', envelope({ ...acme, form_fields: formFields }));
}

async function openDialog(cardName: string) {
  const view = renderKit(<IntegrationsPage redirectUri={redirectUri} />, { mock });
  await view.user.click(await screen.findByRole('button', { name: (name) => name.startsWith(`${cardName} `) }));
  return { ...view, dialog: await screen.findByRole('dialog') };
}

describe('off-contract connection details', { tags: ['hostile-data'] }, () => {
  it('explains a detail answer whose data is null, and the grid keeps working after closing', async () => {
    answerDetail(vault, 'crm', 'acme', envelope(null));
    const { user, dialog } = await openDialog('Acme CRM CRM');
    expect(await within(dialog).findByText(enMessages.dialog.loadFailed)).toBeInTheDocument();
    expect(within(dialog).getByText(enMessages.dialog.errors.badResponse)).toBeInTheDocument();

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await user.click(screen.getByRole('button', { name: /^Pipedrive CRM / }));
    const next = await screen.findByRole('dialog');
    expect(await within(next).findByText(enMessages.dialog.sections.about)).toBeInTheDocument();
  });

  it('skips broken settings fields, renders an unknown type as text, and still saves the good ones', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    answerFields([
      null,
      'instance_url',
      42,
      { label: 'No id at all', type: 'text' },
      { id: 'instance_url', label: 'Instance URL', type: 'text', value: 'https://acme.example.com' },
      { id: 'region', label: 'Region', type: 'hologram', options: 'eu,us', required: 'yes' },
      { id: 'instance_url', label: 'Duplicate', type: 'text' },
    ]);
    const { user, dialog } = await openDialog('Acme CRM CRM');
    const region = await within(dialog).findByRole('textbox', { name: /Region/ });
    expect(within(dialog).getByRole('textbox', { name: /Instance URL/ })).toHaveValue('https://acme.example.com');
    expect(within(dialog).queryByText('No id at all')).toBeNull();
    expect(within(dialog).queryByText('Duplicate')).toBeNull();
    expect(warn).toHaveBeenCalled();

    await user.type(region, 'eu-west');
    await user.click(within(dialog).getByRole('button', { name: enMessages.form.save }));
    expect(await within(dialog).findByText(enMessages.form.saved)).toBeInTheDocument();
    const patch = mock.requests.find((request) => request.method === 'PATCH');
    expect(patch?.body).toEqual({ settings: { region: 'eu-west' } });
  });

  it('renders select options that are not objects as nothing and keeps the valid ones choosable', async () => {
    answerFields([
      {
        id: 'region',
        label: 'Region',
        type: 'select',
        options: [null, 'eu', { label: 'Europe', value: 'eu' }, 7, { label: 'United States', value: 'us' }],
      },
    ]);
    const { dialog } = await openDialog('Acme CRM CRM');
    const region = await within(dialog).findByRole('combobox', { name: /Region/ });
    expect(region).toBeInTheDocument();
    const names = within(dialog)
      .getAllByRole('option', { hidden: true })
      .map((option) => option.textContent);
    expect(names).toEqual(expect.arrayContaining(['Europe', 'United States']));
    expect(names).not.toContain('null');
  });

  it('treats null and wrongly typed collections on a connection as empty, and says there is nothing to set', async () => {
    answerDetail(
      vault,
      'crm',
      'acme',
      envelope({
        ...acme,
        form_fields: null,
        settings: null,
        configuration: 'leads',
        configurable_resources: { leads: true },
        settings_required_for_authorization: 'client_id',
        metadata: [],
      }),
    );
    const { dialog } = await openDialog('Acme CRM CRM');
    expect(await within(dialog).findByText(enMessages.form.noSettings)).toBeInTheDocument();
    expect(within(dialog).getByText(enMessages.dialog.sections.about)).toBeInTheDocument();
  });

  it('says there is nothing to set for an empty field list', async () => {
    answerFields([]);
    const { dialog } = await openDialog('Acme CRM CRM');
    expect(await within(dialog).findByText(enMessages.form.noSettings)).toBeInTheDocument();
  });
});
