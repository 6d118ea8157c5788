// `pnpm bench` (after `pnpm build`): IntegrationsPage with 1,000 connections in Chromium, on the
// built packages. Prints time to first render, time per search keystroke (medians over several
// runs) and how many requests it takes to paint the page and to open a connection, with the change
// against bench/baseline.json (`--update` rewrites it). Numbers to compare, not a pass/fail test.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { launchChromium, offlineContext } from './lib/chromium.mjs';
import { serveStatic } from './lib/static-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const site = join(root, 'e2e/bench');
const outDir = join(site, 'dist');
const baselineFile = join(root, 'bench/baseline.json');
const RUNS = 5;
const CONNECTIONS = 1000;
const QUERY = 'sales';

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (n) => Math.round(n * 10) / 10;

/** Builds the bench page for production from the packages' `dist` (no source condition). */
async function buildSite() {
  await build({ root: site, configFile: false, logLevel: 'warn', plugins: [react()], build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 4000 } });
  const msw = dirname(createRequire(join(root, 'package.json')).resolve('msw/package.json'));
  copyFileSync(join(msw, 'lib/mockServiceWorker.js'), join(outDir, 'mockServiceWorker.js'));
}

/** Loads the page fresh and waits for its cards: render time, load time and requests to paint. */
async function loadOnce(browser, server) {
  const { context, blocked } = await offlineContext(browser);
  const page = await context.newPage();
  const assetsBefore = server.requests.length;
  await page.goto(`${server.url}/?connections=${CONNECTIONS}`);
  await page.waitForFunction(() => window.__bench?.firstCards > 0, undefined, { timeout: 60_000 });
  const marks = await page.evaluate(() => {
    const { renderStart, firstCards, requestsAtFirstCards, mock } = window.__bench;
    return { renderStart, firstCards, requestsAtFirstCards, cards: document.querySelectorAll('[data-slot="integration-card"]').length, paths: mock.requests.map((r) => `${r.method} ${r.path}`) };
  });
  if (blocked.length > 0) throw new Error(`the bench page tried to reach the network: ${blocked.join(', ')}`);
  return { page, context, marks, assets: server.requests.length - assetsBefore };
}

/** Types QUERY into the search field RUNS times; per keystroke, ms until the grid's DOM settles. */
function typeQuery(page) {
  return page.evaluate(
    async ({ text, runs }) => {
      const input = document.querySelector('[data-slot="integrations-grid"] input[type="search"]');
      const grid = document.querySelector('[data-slot="integrations-grid"]');
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      // Resolves with the time of the last DOM change once the grid has been quiet for 150 ms.
      const settled = (start) =>
        new Promise((resolve) => {
          let last = start;
          let quiet = setTimeout(finish, 300);
          const observer = new MutationObserver(() => {
            last = performance.now();
            clearTimeout(quiet);
            quiet = setTimeout(finish, 150);
          });
          function finish() {
            observer.disconnect();
            resolve(last);
          }
          observer.observe(grid, { childList: true, subtree: true, characterData: true, attributes: true });
        });
      const type = async (value) => {
        const start = performance.now();
        const done = settled(start);
        setValue.call(input, value);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        return (await done) - start;
      };
      const perRun = [];
      for (let run = 0; run < runs; run += 1) {
        await type('');
        const times = [];
        for (let i = 1; i <= text.length; i += 1) times.push(await type(text.slice(0, i)));
        perRun.push(times);
      }
      return { perRun, results: document.querySelectorAll('[data-slot="integration-card"]').length };
    },
    { text: QUERY, runs: RUNS },
  );
}

/** Opens Salesforce's dialog and counts the Vault requests until the page is quiet for 500 ms. */
async function openConnection(page) {
  await page.evaluate(() => {
    const input = document.querySelector('[data-slot="integrations-grid"] input[type="search"]');
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, '');
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  const before = await page.evaluate(() => window.__bench.mock.requests.length);
  const start = Date.now();
  await page.locator('[data-slot="integration-card"]').filter({ hasText: /^Salesforce/ }).first().click();
  await page.getByRole('dialog').waitFor();
  const dialogMs = Date.now() - start;
  let count = -1;
  for (let now = before; now !== count; await page.waitForTimeout(500)) {
    count = now;
    now = await page.evaluate(() => window.__bench.mock.requests.length);
  }
  const paths = await page.evaluate((from) => window.__bench.mock.requests.slice(from).map((r) => `${r.method} ${r.path}`), before);
  return { dialogMs, paths };
}

async function measure() {
  await buildSite();
  const server = await serveStatic(outDir);
  const browser = await launchChromium();
  try {
    const loads = [];
    let last;
    for (let run = 0; run < RUNS; run += 1) {
      if (last) await last.context.close();
      last = await loadOnce(browser, server);
      loads.push(last);
    }
    const typing = await typeQuery(last.page);
    const open = await openConnection(last.page);
    const perKeystroke = QUERY.split('').map((_, i) => round(median(typing.perRun.map((times) => times[i]))));
    return {
      details: {
        cardsRendered: last.marks.cards,
        requestsToPaint: last.marks.paths.slice(0, last.marks.requestsAtFirstCards),
        perKeystrokeMs: Object.fromEntries(QUERY.split('').map((_, i) => [QUERY.slice(0, i + 1), perKeystroke[i]])),
        resultsFor: { [QUERY]: typing.results },
        requestsToOpen: open.paths,
      },
      metrics: {
        firstRenderMs: round(median(loads.map((l) => l.marks.firstCards - l.marks.renderStart))),
        navigationToCardsMs: round(median(loads.map((l) => l.marks.firstCards))),
        keystrokeMedianMs: round(median(typing.perRun.flat())),
        keystrokeWorstMs: round(Math.max(...perKeystroke)),
        vaultRequestsToPaint: last.marks.requestsAtFirstCards,
        httpRequestsToPaint: last.assets,
        vaultRequestsToOpen: open.paths.length,
        openToDialogMs: open.dialogMs,
      },
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

const { metrics, details } = await measure();
const baseline = existsSync(baselineFile) ? JSON.parse(readFileSync(baselineFile, 'utf8')).metrics : undefined;

console.log(`\nIntegrationsPage with ${CONNECTIONS} connections (Chromium, built packages, median of ${RUNS} runs)`);
console.table(
  Object.fromEntries(
    Object.entries(metrics).map(([name, value]) => {
      const before = baseline?.[name];
      const delta = before === undefined ? 'n/a' : `${value - before >= 0 ? '+' : ''}${round(value - before)}${before ? ` (${Math.round(((value - before) / before) * 100)}%)` : ''}`;
      return [name, { value, baseline: before ?? 'n/a', delta }];
    }),
  ),
);
console.log(JSON.stringify(details, null, 2));

mkdirSync(join(root, '.ci/artifacts'), { recursive: true });
writeFileSync(join(root, '.ci/artifacts/bench.json'), `${JSON.stringify({ metrics, details }, null, 2)}\n`);
if (process.argv.includes('--update') || !baseline) {
  mkdirSync(dirname(baselineFile), { recursive: true });
  const note = 'pnpm bench --update rewrites this; times depend on the machine (2-core CI box)';
  writeFileSync(baselineFile, `${JSON.stringify({ note, date: new Date().toISOString().slice(0, 10), metrics }, null, 2)}\n`);
  console.log(`bench: wrote ${baselineFile}`);
}
