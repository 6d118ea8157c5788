import type { Connection } from '@integrations-kit/client';
import { IntegrationsPage, enMessages } from '@integrations-kit/ui';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { oauthConnection, testConnection, textField } from '../test/connections.js';
import { answerDetail, envelope } from '../test/overrides.js';
import { renderKit, setupVaultServer } from '../test/renderKit.js';

const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

// What the API might send in a URL field that must never be opened, linked or loaded.
const UNSAFE: Array<[string, string]> = [
  ['javascript', 'javascript:window.__pwned=1'],
  ['javascript, mixed case and padded', '  JaVaScRiPt:window.__pwned=1'],
  ['data html', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
  ['plain http', 'http://evil.example/x.png'],
  ['credentials in the host', 'https://unify.apideck.com@evil.example/x.png'],
  ['protocol-relative', '//evil.example/x.png'],
  ['malformed', 'https//broken url'],
  ['vbscript', 'vbscript:msgbox(1)'],
];
const SAFE_ICONS: Array<[string, string]> = [
  ['https', 'https://cdn.example.com/good.png'],
  ['localhost', 'http://localhost:5173/icon.png'],
  ['image data', PNG],
];

const iconCards = [...UNSAFE, ...SAFE_ICONS].map(([label, url], index) =>
  testConnection('crm', `icon-${index}`, `Icon ${index} ${label}`, { icon: url }),
);
const vault = setupVaultServer({ connections: iconCards });
const { mock } = vault;
const redirectUri = `${window.location.origin}/oauth/callback`;

function expectNoUnsafeUrlInDom() {
  for (const element of document.querySelectorAll('[href], [src], [action], [formaction]')) {
    for (const attribute of ['href', 'src', 'action', 'formaction']) {
      const value = element.getAttribute(attribute);
      if (value === null) continue;
      expect(value, `${element.tagName} ${attribute}`).toMatch(
        /^(https:\/\/[^/@]+\/|http:\/\/localhost[:/]|data:image\/)/,
      );
    }
  }
}

async function openDialogFor(connection: Connection) {
  answerDetail(vault, 'crm', connection.service_id ?? '', envelope(connection));
  mock.setConnection(connection);
  const view = renderKit(
    <IntegrationsPage redirectUri={redirectUri} unifiedApis={['crm']} serviceId={connection.service_id} />,
    { mock },
  );
  await view.user.click(
    await screen.findByRole('button', { name: (name) => name.startsWith(`${connection.name} CRM `) }),
  );
  return { ...view, dialog: await screen.findByRole('dialog') };
}

describe('URLs from the API', { tags: ['urls'] }, () => {
  it('loads only https, localhost and image-data icons; every other icon shows initials', async () => {
    renderKit(<IntegrationsPage redirectUri={redirectUri} />, { mock });
    await screen.findByRole('button', { name: /^Icon 0/ });
    UNSAFE.forEach(([label], index) => {
      const card = screen.getByRole('button', { name: new RegExp(`^Icon ${index} `) });
      expect(card.querySelector('img'), label).toBeNull();
      expect(card.querySelector('[data-slot="integration-icon"]')).toHaveAttribute('data-fallback');
    });
    SAFE_ICONS.forEach(([label, url], index) => {
      const card = screen.getByRole('button', { name: new RegExp(`^Icon ${UNSAFE.length + index} `) });
      expect(card.querySelector('img'), label).toHaveAttribute('src', url);
    });
    expectNoUnsafeUrlInDom();
  });

  it.each(UNSAFE)('refuses a %s logo and website in the dialog', async (_label, url) => {
    const connection = testConnection('crm', 'shady', 'Shady', { icon: undefined, logo: url, website: url });
    const { dialog } = await openDialogFor(connection);
    await within(dialog).findByText(enMessages.dialog.sections.about);
    expect(within(dialog).queryByText(enMessages.dialog.about.website)).toBeNull();
    expect(dialog.querySelector('img')).toBeNull();
    expectNoUnsafeUrlInDom();
  });

  it('links a safe website by its host only', async () => {
    const connection = testConnection('crm', 'fine', 'Fine', { website: 'https://www.fine.example/path?x=1' });
    const { dialog } = await openDialogFor(connection);
    const link = await within(dialog).findByRole('link', { name: /www\.fine\.example/ });
    expect(link).toHaveAttribute('href', 'https://www.fine.example/path?x=1');
    expect(link).toHaveAttribute('rel', expect.stringContaining('noopener'));
  });

  it.each([...UNSAFE, ['missing', null] as [string, null]])(
    'refuses a %s authorize_url with a message and opens no window',
    async (_label, url) => {
      const open = vi.spyOn(window, 'open').mockReturnValue(null);
      const connection = oauthConnection('crm', 'shady', 'Shady', { authorize_url: url, revoke_url: null });
      const { user, dialog } = await openDialogFor(connection);
      await user.click(await within(dialog).findByRole('button', { name: enMessages.oauth.connect('Shady') }));
      expect(await within(dialog).findByText(enMessages.dialog.errors.unsafeUrl)).toBeInTheDocument();
      expect(open).not.toHaveBeenCalled();
      expect(mock.requests.filter((request) => request.path.includes('/authorize'))).toHaveLength(0);
    },
  );

  it.each(UNSAFE)('refuses a %s revoke_url with a message and opens no window', async (_label, url) => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const connection = oauthConnection('crm', 'shady', 'Shady', {
      state: 'callable',
      health: 'ok',
      authorize_url: 'https://unify.apideck.com/vault/authorize/shady/ik-demo-app',
      revoke_url: url,
    });
    const { user, dialog } = await openDialogFor(connection);
    await user.click(await within(dialog).findByRole('button', { name: enMessages.dialog.actionsMenu('Shady') }));
    await user.click(await screen.findByRole('menuitem', { name: enMessages.dialog.actions.disconnect }));
    await user.click(await screen.findByRole('button', { name: enMessages.oauth.revoke.confirm('Shady') }));
    const alert = await within(dialog).findByText(
      new RegExp(enMessages.dialog.errors.unsafeUrl.replace(/[.]/g, '\\.')),
    );
    expect(alert).toHaveTextContent(enMessages.oauth.revoke.failed('Shady'));
    expect(open).not.toHaveBeenCalled();
  });

  it('keeps an unsafe markdown link in a field description as plain text', async () => {
    const connection = testConnection('crm', 'docs', 'Docs', {
      form_fields: [
        textField('token', 'Token', {
          description: 'See [the guide](javascript:window.__pwned=1) or [the docs](https://docs.example.com/token)',
        }),
      ],
    });
    const { dialog } = await openDialogFor(connection);
    await within(dialog).findByRole('textbox', { name: /Token/ });
    expect(within(dialog).getByText('the guide').closest('a')).toBeNull();
    expect(within(dialog).getByRole('link', { name: /the docs/ })).toHaveAttribute(
      'href',
      'https://docs.example.com/token',
    );
    await waitFor(expectNoUnsafeUrlInDom);
  });
});
