import { IntegrationsPage, enMessages } from '@integrations-kit/ui';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { testConnection } from '../test/connections.js';
import { renderKit, setupVaultServer } from '../test/renderKit.js';

// One unbroken word (nothing to wrap at) and one of many words, each 10,000 characters long.
const WORD = `Acme${'x'.repeat(9_996)}`;
const WORDS = `Acme ${'long name '.repeat(999)}tail.`;
const vault = setupVaultServer({
  connections: [
    testConnection('crm', 'word', WORD, { tag_line: 'y'.repeat(10_000) }),
    testConnection('crm', 'words', WORDS),
  ],
});
const m = enMessages.dialog;

const classesOf = (element: Element | null) => (element?.getAttribute('class') ?? '').split(/\s+/);

// jsdom has no layout, so these check the classes that bound each box (the styles are Tailwind's):
// `truncate` clips one line with an ellipsis, `min-w-0`/`max-w-full` let a flex or grid child
// shrink below its text, `shrink-0` keeps the buttons beside it, `wrap-anywhere` breaks a long word.
describe(
  '10,000-character names stay inside their boxes, the full text still available',
  { tags: ['hostile-data'] },
  () => {
    it.each([
      ['an unbroken word', WORD],
      ['many words', WORDS],
    ])('the card truncates a name of %s and shows it whole as a tooltip', async (_case, name) => {
      renderKit(<IntegrationsPage redirectUri="https://host.example/oauth/callback" />, { mock: vault.mock });
      const card = await screen.findByRole('button', { name: (accessible) => accessible.startsWith(`${name} CRM`) });
      const label = card.querySelector('[data-slot="integration-card-name"]');
      expect(label).toHaveAttribute('title', name);
      expect(classesOf(label)).toContain('ik:truncate');
      expect(classesOf(card)).toContain('ik:min-w-0');
      for (let box = label?.parentElement; box && box !== card; box = box.parentElement)
        expect(classesOf(box)).toContain('ik:min-w-0');
    });

    it('the card breaks a 10,000-character tag line anywhere and clamps it to two lines', async () => {
      renderKit(<IntegrationsPage redirectUri="https://host.example/oauth/callback" />, { mock: vault.mock });
      const card = await screen.findByRole('button', { name: (accessible) => accessible.startsWith(`${WORD} CRM`) });
      const tagLine = within(card).getByText('y'.repeat(10_000));
      expect(classesOf(tagLine)).toEqual(expect.arrayContaining(['ik:line-clamp-2', 'ik:wrap-anywhere']));
    });

    it.each([
      ['an unbroken word', WORD],
      ['many words', WORDS],
    ])(
      'the dialog header truncates a name of %s beside its menu and close buttons, full text as a tooltip',
      async (_case, name) => {
        const { user } = renderKit(<IntegrationsPage redirectUri="https://host.example/oauth/callback" />, {
          mock: vault.mock,
        });
        await user.click(
          await screen.findByRole('button', { name: (accessible) => accessible.startsWith(`${name} CRM`) }),
        );
        const dialog = await screen.findByRole('dialog');
        const title = within(dialog).getByRole('heading', { name });
        expect(title).toHaveAttribute('title', name);
        expect(classesOf(title)).toEqual(expect.arrayContaining(['ik:truncate', 'ik:max-w-full']));
        expect(classesOf(title.parentElement)).toContain('ik:min-w-0');
        const menu = within(dialog).getByRole('button', { name: m.actionsMenu(name) });
        const close = within(dialog).getByRole('button', { name: m.close });
        expect(classesOf(menu.parentElement)).toContain('ik:shrink-0');
        expect(classesOf(close)).toContain('ik:shrink-0');
      },
    );

    it('the delete confirmation wraps a name of an unbroken word anywhere', async () => {
      const { user } = renderKit(<IntegrationsPage redirectUri="https://host.example/oauth/callback" />, {
        mock: vault.mock,
      });
      await user.click(
        await screen.findByRole('button', { name: (accessible) => accessible.startsWith(`${WORD} CRM`) }),
      );
      const dialog = await screen.findByRole('dialog');
      await user.click(within(dialog).getByRole('button', { name: m.actionsMenu(WORD) }));
      await user.click(await screen.findByRole('menuitem', { name: m.actions.delete }));
      const confirm = await screen.findByRole('alertdialog');
      const title = within(confirm).getByRole('heading', { name: m.confirmDelete.title(WORD) });
      expect(classesOf(title)).toContain('ik:wrap-anywhere');
      expect(classesOf(within(confirm).getByText(m.confirmDelete.body(WORD)))).toContain('ik:wrap-anywhere');
    });
  },
);
