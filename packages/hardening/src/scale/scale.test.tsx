import type { Connection, FormField } from '@integrations-kit/client';
import { IntegrationsPage, enMessages } from '@integrations-kit/ui';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { testConnection, textField } from '../test/connections.js';
import { renderKit, setupVaultServer } from '../test/renderKit.js';

const APIS = ['crm', 'accounting', 'hris', 'ats', 'ecommerce', 'file-storage', 'issue-tracking', 'lead', 'pos', 'sms'];
const COUNT = 1200;
const many: Connection[] = Array.from({ length: COUNT }, (_, index) =>
  testConnection(APIS[index % APIS.length] ?? 'crm', `service-${index}`, `Service ${String(index).padStart(4, '0')}`),
);

const LONG_NAME = `Very ${'long '.repeat(400)}name`;
const LONG_TAG = `${'An integration that does a great many things. '.repeat(400)}needle-at-the-end`;
const long = testConnection('crm', 'long', LONG_NAME, {
  tag_line: LONG_TAG,
  form_fields: [textField('notes', 'Notes', { description: 'Words and more words. '.repeat(2500) })],
});

const twoHundred: FormField[] = Array.from({ length: 200 }, (_, index) =>
  textField(`field_${index}`, `Field ${index}`),
);
const wide = testConnection('crm', 'wide', 'Wide', { form_fields: twoHundred });

const options = Array.from({ length: 5000 }, (_, index) => ({
  option_type: 'simple' as const,
  label: `Owner ${index}`,
  value: `u${index}`,
}));
const choices = testConnection('crm', 'choices', 'Choices', {
  form_fields: [
    { id: 'owner', label: 'Owner', type: 'select', allow_custom_values: false, options },
    { id: 'watchers', label: 'Watchers', type: 'multi-select', allow_custom_values: false, options },
  ],
});

const vault = setupVaultServer({ connections: [...many, long, wide, choices] });
const { mock } = vault;
const patches = () => mock.requests.filter((request) => request.method === 'PATCH').map((request) => request.body);
const TOTAL = COUNT + 3;
const searchBox = () => screen.getByPlaceholderText(enMessages.grid.searchPlaceholder);
// Counted as numbers: a failed match on a thousand-element NodeList would format them all on every retry.
const cards = () => document.querySelectorAll('[data-slot="integration-card"]');

function renderPage(serviceId?: string) {
  return renderKit(<IntegrationsPage redirectUri="https://host.example/oauth/callback" serviceId={serviceId} />, {
    mock,
  });
}

/** Opens one connection's dialog from a page scoped to it (the big grid has its own case). */
async function openCard(serviceId: string) {
  const view = renderPage(serviceId);
  await waitFor(() => expect(cards().length).toBe(1));
  const card = document.querySelector(`[data-connection-id="crm+${serviceId}"]`) as HTMLElement;
  await view.user.click(card);
  return { ...view, dialog: await screen.findByRole('dialog') };
}

describe('large and long data stays usable', { tags: ['scale'] }, () => {
  it(`renders ${TOTAL} connections as a window of cards, and search and category filters narrow them`, async () => {
    const { user } = renderPage();
    await screen.findByText(enMessages.grid.resultCount(TOTAL, TOTAL), undefined, { timeout: 20_000 });
    // Only the rows on screen render; each card states its place in the whole list.
    expect(cards().length).toBeGreaterThan(0);
    expect(cards().length).toBeLessThan(100);
    expect(document.querySelector('[data-slot="connection-list"] > li')).toHaveAttribute('aria-setsize', String(TOTAL));

    // Role and label queries resolve every card's aria-labelledby (minutes for a thousand cards in
    // jsdom); placeholder and slot lookups find the same controls directly.
    const search = searchBox();
    // Typing 1,200 cards' worth of filtering key by key is slow in jsdom; one change event is the same code path.
    fireEvent.change(search, { target: { value: 'Service 1199' } });
    await waitFor(() => expect(cards().length).toBe(1));
    expect(cards()[0]).toHaveAttribute('data-connection-id', `${APIS[1199 % APIS.length]}+service-1199`);

    fireEvent.change(search, { target: { value: '' } });
    const categories = document.querySelector(
      `[role="group"][aria-label="${enMessages.grid.categoryLabel}"]`,
    ) as HTMLElement;
    await user.click(within(categories).getByRole('button', { name: /^HRIS \d+$/ }));
    await screen.findByText(enMessages.grid.resultCount(COUNT / APIS.length, TOTAL));
    expect(document.querySelector('[data-slot="connection-list"] > li')).toHaveAttribute(
      'aria-setsize',
      String(COUNT / APIS.length),
    );
  }, 180_000);

  it('shows a very long name and tag line on one card and finds it by the tag line’s last word', async () => {
    renderKit(<IntegrationsPage redirectUri="https://host.example/oauth/callback" unifiedApis={['crm']} />, { mock });
    const crm = COUNT / APIS.length + 3;
    await screen.findByText(enMessages.grid.resultCount(crm, crm), undefined, { timeout: 20_000 });
    fireEvent.change(searchBox(), { target: { value: 'needle-at-the-end' } });
    await waitFor(() => expect(cards().length).toBe(1));
    expect(document.querySelector('[data-connection-id="crm+long"]')).toHaveTextContent(LONG_NAME.trim());
  }, 60_000);

  it('opens a dialog with a very long name and field description', async () => {
    const { dialog } = await openCard('long');
    expect(await within(dialog).findByRole('textbox', { name: /Notes/ })).toBeInTheDocument();
    expect(within(dialog).getAllByText(LONG_NAME.trim()).length).toBeGreaterThan(0);
  }, 60_000);

  it('shows all 200 fields of a connection and saves the two that changed', async () => {
    const { user, dialog } = await openCard('wide');
    await waitFor(() => expect(within(dialog).getAllByRole('textbox')).toHaveLength(200));
    const inputs = within(dialog).getAllByRole('textbox');
    await user.type(inputs[0] as HTMLElement, 'first');
    await user.type(inputs[199] as HTMLElement, 'last');
    await user.click(within(dialog).getByRole('button', { name: enMessages.form.save }));
    expect(await within(dialog).findByText(enMessages.form.saved)).toBeInTheDocument();
    expect(patches()).toEqual([{ settings: { field_0: 'first', field_199: 'last' } }]);
  }, 60_000);

  it('finds and picks options in 5,000-option single and multi selects', async () => {
    const { user, dialog } = await openCard('choices');
    const owner = await within(dialog).findByRole('combobox', { name: /Owner/ });
    await user.type(owner, '4999');
    await user.keyboard('{ArrowDown}{Enter}');
    expect(owner).toHaveValue('Owner 4999');

    const watchers = within(dialog).getByRole('combobox', { name: /Watchers/ });
    await user.type(watchers, '1234');
    await user.keyboard('{ArrowDown}{Enter}');
    await user.type(watchers, '4321');
    await user.keyboard('{ArrowDown}{Enter}');

    await user.click(within(dialog).getByRole('button', { name: enMessages.form.save }));
    expect(await within(dialog).findByText(enMessages.form.saved)).toBeInTheDocument();
    expect(patches()).toEqual([{ settings: { owner: 'u4999', watchers: ['u1234', 'u4321'] } }]);
  }, 60_000);
});
