import type { ConnectionRef } from '@integrations-kit/client';
import { useConnection } from '@integrations-kit/hooks';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithKit, setupVaultServer } from '../test/render.js';
import { retryKeepsFocus } from '../test/retryKeepsFocus.js';
import { ConsentView } from './ConsentView.js';

// Every answer waits, so a decision in flight stays on screen long enough to see.
const mock = setupVaultServer({ latency: 300 });
const ZENDESK = { unifiedApi: 'issue-tracking', serviceId: 'zendesk' };

function Connected({ connectionRef }: { connectionRef: ConnectionRef }) {
  const { data } = useConnection(connectionRef);
  return data ? <ConsentView connection={data} /> : null;
}

const patches = () =>
  mock.requests.filter((request) => request.method === 'PATCH' && request.path.endsWith('/consent'));

describe('ConsentView while a decision is sent', { timeout: 20_000 }, () => {
  it('keeps the failure and the focused Try again on screen while it runs; a press meanwhile sends nothing', async () => {
    mock.fail({ method: 'PATCH', path: /consent$/, status: 503 });
    const { user } = renderWithKit(<Connected connectionRef={ZENDESK} />, { mock });
    const grant = await screen.findByRole('button', { name: 'Grant access' });
    await user.click(grant);
    // The pressed choice keeps focus while its request runs (aria-disabled, not disabled).
    expect(await screen.findByRole('button', { name: 'Saving…' })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Deny' })).toHaveAttribute('aria-disabled', 'true');
    await user.click(screen.getByRole('button', { name: 'Deny' }));

    const alert = await screen.findByRole('alert');
    const retry = await retryKeepsFocus(user, alert);
    // While it runs, the button says what is happening.
    expect(retry).toHaveAccessibleName('Saving…');
    expect(alert).toHaveTextContent(/"Grant access" was not saved/);

    const revoke = await screen.findByRole('button', { name: 'Revoke access' });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    // The alert and its Try again are gone: focus lands on what replaced them, not on the page.
    await expect.poll(() => document.activeElement).toBe(revoke);
    expect(patches().map((request) => (request.body as { granted: boolean }).granted)).toEqual([true, true]);
  });

  it('leaves focus where the person moved it while a retried decision ran', async () => {
    mock.fail({ method: 'PATCH', path: /consent$/, status: 503 });
    const { user } = renderWithKit(
      <>
        <Connected connectionRef={ZENDESK} />
        <button type="button">Elsewhere</button>
      </>,
      { mock },
    );
    await user.click(await screen.findByRole('button', { name: 'Grant access' }));
    await user.click(within(await screen.findByRole('alert')).getByRole('button', { name: 'Try again' }));
    const elsewhere = screen.getByRole('button', { name: 'Elsewhere' });
    await user.click(elsewhere);

    await screen.findByRole('button', { name: 'Revoke access' });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(elsewhere).toHaveFocus();
  });
});
