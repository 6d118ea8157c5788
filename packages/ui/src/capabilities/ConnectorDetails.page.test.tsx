import { mockSessions } from '@integrations-kit/mocks';
import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { IntegrationsPage } from '../page/IntegrationsPage.js';
import { preloadConnectionDialog } from '../page/LazyConnectionDialog.js';
import { renderWithKit, setupVaultServer } from '../test/render.js';

const mock = setupVaultServer();
const page = <IntegrationsPage redirectUri="https://host.example/oauth/callback" />;
const docRequests = () => mock.requests.filter((request) => request.path.includes('/docs/'));

async function openBambooHrAbout(user: ReturnType<typeof renderWithKit>['user']) {
  await user.click(await screen.findByRole('button', { name: /^BambooHR / }));
  const dialog = await screen.findByRole('dialog');
  return within(dialog).findByRole('region', { name: 'About' });
}

describe('the connection dialog shows the connector capabilities and guide', { timeout: 20_000 }, () => {
  beforeAll(() => preloadConnectionDialog(), 20_000);

  it('in its About section, the guide inline', async () => {
    const { user } = renderWithKit(page, { mock });
    const about = await openBambooHrAbout(user);
    expect(await within(about).findByRole('list', { name: 'What BambooHR offers' })).toHaveTextContent(
      'Webhooks (polled)',
    );
    const guide = await within(about).findByRole('group', { name: 'Connection guide' });
    expect(await within(guide).findByRole('heading', { name: 'Connect BambooHR' })).toBeVisible();
  });

  it("without the guide, and without asking for it, when the session's hide_guides is set", async () => {
    const { user, queryClient } = renderWithKit(page, { mock, session: mockSessions.features });
    const about = await openBambooHrAbout(user);
    await within(about).findByRole('list', { name: 'What BambooHR offers' });
    await waitFor(() =>
      expect(mock.requests.some((request) => request.path === '/connector/connectors/bamboohr')).toBe(true),
    );
    // Every read the open dialog starts has settled (a guide read would have gone out by now).
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
    expect(within(about).queryByRole('group', { name: 'Connection guide' })).not.toBeInTheDocument();
    expect(docRequests()).toEqual([]);
  });
});
