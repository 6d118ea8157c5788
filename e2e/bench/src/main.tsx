// The bench page: IntegrationsPage over a mock Vault holding 1,000 connections (no latency), with
// marks the bench script reads: when React was asked to render and when the first cards appeared.
import { VaultProvider } from '@integrations-kit/hooks';
import { startVaultWorker } from '@integrations-kit/mocks/browser';
import { IntegrationsPage } from '@integrations-kit/ui';
import '@integrations-kit/ui/styles.css';
import { createRoot } from 'react-dom/client';
import { bigFixture } from './bigFixture.js';

const count = Number(new URLSearchParams(location.search).get('connections') ?? 1000);
const { mock } = await startVaultWorker({ connections: bigFixture(count) });
const container = document.getElementById('root')!;

const bench = { mock, renderStart: 0, firstCards: 0, requestsAtFirstCards: 0 };
Object.assign(window, { __bench: bench });

// The first frame after the cards enter the DOM is when a person sees them.
const observer = new MutationObserver(() => {
  if (!container.querySelector('[data-slot="integration-card"]')) return;
  observer.disconnect();
  bench.requestsAtFirstCards = mock.requests.length;
  requestAnimationFrame(() => {
    bench.firstCards = performance.now();
  });
});
observer.observe(container, { childList: true, subtree: true });

bench.renderStart = performance.now();
createRoot(container).render(
  <VaultProvider token={mock.token} baseUrl={mock.baseUrl}>
    <IntegrationsPage redirectUri={`${location.origin}/oauth/callback`} />
  </VaultProvider>,
);
