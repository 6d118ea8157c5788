import { IntegrationsPage, enMessages } from '@integrations-kit/ui';
import { screen, waitFor } from '@testing-library/react';
import { Component, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderKit, setupVaultServer } from '../test/renderKit.js';
import { contractResponder, hashSeed } from './contractResponder.js';
import { createRandom } from './prng.js';

/** Fixed seeds: the same 25 worlds every run; a failure names its seed to replay. */
const SEEDS = Array.from({ length: 25 }, (_, index) => 1000 + index);
const LIST = 'GET /vault/connections';

const vault = setupVaultServer({ connections: [] });

/** Stands in for the host app's own boundary: reaching it means the kit crashed the page. */
class PageBoundary extends Component<{ onCrash: (error: unknown) => void; children: ReactNode }, { crashed: boolean }> {
  override state = { crashed: false };
  static getDerivedStateFromError() {
    return { crashed: true };
  }
  override componentDidCatch(error: unknown) {
    this.props.onCrash(error);
  }
  override render() {
    return this.state.crashed ? <p>page crashed</p> : this.props.children;
  }
}

const grid = () => document.querySelector('[data-slot="integrations-grid"]');

describe('random contract-valid answers never crash the page', { tags: ['fuzz'] }, () => {
  it.each(SEEDS)('seed %i: the grid renders and the first connection’s dialog opens', async (seed) => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const size = createRandom(hashSeed(seed, 'size')).int(0, 10);
    const answers: Array<[string, unknown]> = [];
    vault.server.use(
      contractResponder({
        baseUrl: vault.mock.baseUrl,
        seed,
        arrayLength: (operation, path) => (operation === LIST && path === 'data' ? size : undefined),
        onAnswer: (operation, body) => void answers.push([operation, body]),
      }),
    );
    const crashes: unknown[] = [];
    const replay = () => `seed ${seed}: ${JSON.stringify(answers).slice(0, 4000)}`;

    const { user } = renderKit(
      <PageBoundary onCrash={(error) => crashes.push(error)}>
        <IntegrationsPage redirectUri="https://host.example/oauth/callback" />
      </PageBoundary>,
      { mock: vault.mock },
    );
    await waitFor(() => expect(grid()?.getAttribute('data-state'), replay()).toBe(size === 0 ? 'empty' : 'ready'));
    expect(document.querySelectorAll('[data-slot="integration-card"][data-status="error"]'), replay()).toHaveLength(0);
    // The client keeps the first of two entries for one connection (random ids can repeat).
    const listed = answers.findLast(([operation]) => operation === LIST)?.[1] as
      { data?: Array<Record<string, unknown>> } | undefined;
    const entries = listed?.data ?? [];
    const identified = entries.filter(
      (entry) => typeof entry.unified_api === 'string' && typeof entry.service_id === 'string',
    );
    const distinct = new Set(identified.map((entry) => `${String(entry.unified_api)}/${String(entry.service_id)}`));
    expect(document.querySelectorAll('[data-slot="integration-card"]')).toHaveLength(
      entries.length - identified.length + distinct.size,
    );

    const first = document.querySelector<HTMLElement>('button[data-slot="integration-card"]');
    if (first) {
      await user.click(first);
      expect(await screen.findByRole('dialog')).toBeInTheDocument();
      await waitFor(() => expect(screen.queryByText(enMessages.dialog.loading)).toBeNull(), { timeout: 5000 });
      await waitFor(() => expect(screen.queryByText(enMessages.form.loading)).toBeNull(), { timeout: 5000 });
      expect(screen.getByRole('dialog')).toBeInTheDocument();
    }
    expect(crashes.map(String), replay()).toEqual([]);
    expect(grid(), replay()).not.toBeNull();
  });
});
