import { createVaultClient } from '@integrations-kit/client';
import { IntegrationsPage, enMessages } from '@integrations-kit/ui';
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { testConnection, textField } from '../test/connections.js';
import { answerList, envelope } from '../test/overrides.js';
import { renderKit, setupVaultServer } from '../test/renderKit.js';

const salesforce = testConnection('crm', 'salesforce', 'Salesforce', {
  form_fields: [textField('instance_url', 'Instance URL')],
  settings: { instance_url: 'https://old.example.com' },
});
const pipedrive = testConnection('crm', 'pipedrive', 'Pipedrive');
const vault = setupVaultServer({ connections: [salesforce, pipedrive] });
const { mock } = vault;

function renderPage() {
  return renderKit(<IntegrationsPage redirectUri="https://host.example/oauth/callback" />, { mock });
}

async function saveInstanceUrl(user: ReturnType<typeof renderPage>['user']) {
  await user.click(await screen.findByRole('button', { name: /^Salesforce CRM / }));
  const dialog = await screen.findByRole('dialog');
  const input = await within(dialog).findByRole('textbox', { name: /Instance URL/ });
  await user.clear(input);
  await user.type(input, 'https://new.example.com');
  await user.click(within(dialog).getByRole('button', { name: enMessages.form.save }));
  return dialog;
}

describe('list entries are checked once, where the client reads them', { tags: ['hostile-data'] }, () => {
  it.each([
    ['null', null],
    ['a string', 'crm+salesforce'],
    ['an array', []],
    ['a number', 7],
  ])('drops %s from the list with a warning: the client hands out only objects', async (_case, entry) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    answerList(vault, envelope([salesforce, entry, pipedrive, entry]));
    const client = createVaultClient({ token: mock.token, baseUrl: mock.baseUrl });
    const list = await client.connections.list();
    expect(list.map((connection) => connection.service_id)).toEqual(['salesforce', 'pipedrive']);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/dropped 2 connection list entries that are not objects/i));
  });

  it('keeps the first of two entries for one connection, with a warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    answerList(vault, envelope([salesforce, pipedrive, { ...salesforce, name: 'Salesforce again' }]));
    const client = createVaultClient({ token: mock.token, baseUrl: mock.baseUrl });
    const list = await client.connections.list();
    expect(list.map((connection) => connection.name)).toEqual(['Salesforce', 'Pipedrive']);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/second entry for crm\/salesforce/));
  });

  it('a null entry before a connection: that connection still opens and saves', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    answerList(vault, envelope([null, salesforce, pipedrive]));
    const { user } = renderPage();
    const dialog = await saveInstanceUrl(user);
    expect(await within(dialog).findByText(enMessages.form.saved)).toBeInTheDocument();
  });

  it('a null last entry: a save the server accepted is reported as saved', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    answerList(vault, envelope([salesforce, pipedrive, null]));
    const { user } = renderPage();
    const dialog = await saveInstanceUrl(user);
    expect(await within(dialog).findByText(enMessages.form.saved)).toBeInTheDocument();
    expect(within(dialog).queryByText(enMessages.form.saveFailed)).toBeNull();
    expect(mock.requests.filter((request) => request.method === 'PATCH')).toHaveLength(1);
  });

  it('a duplicated entry shows one card', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    answerList(vault, envelope([pipedrive, { ...pipedrive }, salesforce]));
    renderPage();
    await screen.findByRole('button', { name: /^Salesforce CRM / });
    expect(screen.getAllByRole('button', { name: /^Pipedrive CRM / })).toHaveLength(1);
  });
});
