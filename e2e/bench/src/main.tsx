// The bench page, one figure set per load. `?connections=N` connections in a mock Vault behind
// MSW (no latency); `view=kit` renders IntegrationsPage, `view=floor` a bare React list of the
// same data; `data=cache` renders with the list already in the cache, `data=client` lets the kit
// read it through the client from a response body prepared before the clock starts (fetch, parse,
// normalise, render; the mock's own time is measured apart as `mockListMs`); `&remount` with
// `data=cache` times a second render in the same tab (see below). The bench script
// reads `window.__bench`: when rendering started and the first frame that showed cards.
import { createVaultClient, type Connection } from '@integrations-kit/client';
import { connectionsQueryOptions, VaultProvider } from '@integrations-kit/hooks';
import { manyConnections } from '@integrations-kit/mocks';
import { startVaultWorker } from '@integrations-kit/mocks/browser';
import { IntegrationsPage } from '@integrations-kit/ui';
import '@integrations-kit/ui/styles.css';
import { QueryClient } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import { FloorList } from './FloorList.js';

const search = new URLSearchParams(location.search);
const count = Number(search.get('connections') ?? 1000);
const view = search.get('view') ?? 'kit';
const data = search.get('data') ?? 'client';

const { mock } = await startVaultWorker({ connections: manyConnections(count) });
const container = document.getElementById('root')!;
const bench = { mock, mockListMs: 0, renderStart: 0, firstCards: 0, requestsAtFirstCards: 0, ready: false };
Object.assign(window, { __bench: bench });

// The list once through the worker, keeping its raw body: it times the mock and feeds the runs.
const isList = (input: RequestInfo | URL) =>
  new URL(String(input instanceof Request ? input.url : input)).pathname === '/vault/connections';
// As bytes, as a network answer arrives: making a Response from a string would encode it on the clock.
let listBody: ArrayBuffer | undefined;
const recordingClient = createVaultClient({
  token: mock.token,
  baseUrl: mock.baseUrl,
  fetch: async (input, init) => {
    const started = performance.now();
    const response = await fetch(input, init);
    if (isList(input)) {
      listBody = await response.clone().arrayBuffer();
      bench.mockListMs = performance.now() - started;
    }
    return response;
  },
});
// Only the floor and the cache variant render this copy; the kit reading through the client
// builds its own, so the page lets this one go there and its heap is the kit's (and the mock's).
// (Dropped inside the promise: a value awaited at the top level stays alive in the module's frame.)
const keepCopy = view !== 'kit' || data !== 'client';
const connections: Connection[] = await recordingClient.connections.list().then((list) => (keepCopy ? list : []));
const requestsBefore = mock.requests.length;

// The first frame after cards (or the floor's rows) enter the DOM is when a person sees them.
const observer = new MutationObserver(() => {
  if (!container.querySelector('[data-slot="integration-card"], [data-slot="floor-row"]')) return;
  observer.disconnect();
  bench.requestsAtFirstCards = mock.requests.length - requestsBefore;
  requestAnimationFrame(() => {
    bench.firstCards = performance.now();
  });
});
observer.observe(container, { childList: true, subtree: true });

const redirectUri = `${location.origin}/oauth/callback`;
let ui;
if (view === 'floor') {
  ui = <FloorList connections={connections} />;
} else if (data === 'cache') {
  const client = createVaultClient({ token: mock.token, baseUrl: mock.baseUrl });
  // Fresh in the cache, as a page opened again within the host's staleTime: no read on mount.
  const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: 60_000 } } });
  queryClient.setQueryData(connectionsQueryOptions(client, {}).queryKey, connections);
  ui = (
    <VaultProvider client={client} queryClient={queryClient}>
      <IntegrationsPage redirectUri={redirectUri} />
    </VaultProvider>
  );
} else {
  // The list's first answer is ready before the clock starts, and let go once given (a second read
  // goes to the mock like every other request): the page keeps no copy the kit did not make.
  const ready = (input: RequestInfo | URL, init?: RequestInit) => {
    if (!isList(input) || !listBody) return fetch(input, init);
    const body = listBody;
    listBody = undefined;
    return Promise.resolve(new Response(body, { headers: { 'content-type': 'application/json' } }));
  };
  ui = (
    <VaultProvider token={mock.token} baseUrl={mock.baseUrl} fetch={ready}>
      <IntegrationsPage redirectUri={redirectUri} />
    </VaultProvider>
  );
}

if (view !== 'kit' || data !== 'client') listBody = undefined;
// The clock starts on a settled page: starting the mock, reading the list above and collecting what
// both leave behind are the bench's own work, not the page's (the floor waits the same). Started at
// once, the first cards took about 25 ms longer at 1,000 connections and up to 60 ms at 10,000.
await new Promise((resolve) => setTimeout(resolve, 500));
bench.ready = true;
// `&hold` waits for `window.__go()` before rendering, so a profiler can be started just before.
if (search.has('hold')) await new Promise((resolve) => Object.assign(window, { __go: resolve }));
// `&remount` times the page opened again in the same tab, as an app's route is left and entered
// again within its staleTime: rendered once, unmounted, then timed on its second render, the list
// still in the cache and the page's code already run once.
if (search.has('remount')) {
  const first = createRoot(container);
  first.render(ui);
  while (bench.firstCards === 0) await new Promise((resolve) => setTimeout(resolve, 10));
  first.unmount();
  await new Promise((resolve) => setTimeout(resolve, 500));
  bench.firstCards = 0;
  observer.observe(container, { childList: true, subtree: true });
}
bench.renderStart = performance.now();
createRoot(container).render(ui);
