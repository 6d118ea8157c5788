import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, offlineContext } from '../../scripts/lib/chromium.mjs';
import { serveStatic } from '../../scripts/lib/static-server.mjs';
import { blocksOf, writeBlocks } from './readmeBlocks.js';
import { createScratchApp, kitSources, startNext, type ScratchApp } from './scratchApp.js';

const tarballs = inject('tarballs');
const kit = (...names: string[]) =>
  Object.fromEntries(
    names.map((name) => [`@integrations-kit/${name}`, `file:${tarballs[`@integrations-kit/${name}`]}`]),
  );

/** What any host app brings itself: React at `react`, TanStack Query, MSW for the mock. */
const host = (react: string) => ({ react, 'react-dom': react, '@tanstack/react-query': '^5.90.0', msw: '^2.9.0' });
/** A Vite host app. */
const viteHost = (react: string) => ({ ...host(react), vite: '^8.3.0' });

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

/** Builds the app, serves `dist` and opens it offline; returns the page and what left the machine. */
async function openBuilt(app: ScratchApp) {
  app.build();
  const server = await serveStatic(join(app.dir, 'dist'));
  const { context, blocked } = await offlineContext(browser);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(server.url);
  return { page, blocked, errors, close: async () => (await context.close(), await server.close()) };
}

describe('hooks alone (no ui package) in a React 18 app', () => {
  let app: ScratchApp;
  beforeAll(() => {
    app = createScratchApp('hooks-only', { ...kit('client', 'hooks', 'mocks'), ...viteHost('^18.3.1') });
  });
  afterAll(() => app?.remove());

  it('installs the kit from the tarballs only, without @integrations-kit/ui', () => {
    const sources = kitSources(app.dir);
    expect(Object.keys(sources).length).toBeGreaterThanOrEqual(3);
    for (const resolved of Object.values(sources)) expect(resolved).toMatch(/^file:/);
    expect(existsSync(join(app.dir, 'node_modules/@integrations-kit/ui'))).toBe(false);
  });

  it('builds with Vite and lists the connections from the mock in Chromium, and a toggle goes through', async () => {
    const { page, blocked, errors, close } = await openBuilt(app);
    try {
      await page.getByRole('heading', { name: 'Hooks only' }).waitFor();
      const list = page.getByRole('list', { name: 'Connections' });
      await list.getByText('Salesforce', { exact: true }).first().waitFor();
      expect(await list.getByRole('listitem').count()).toBeGreaterThan(10);
      await page.getByRole('button', { name: 'Disable Salesforce' }).first().click();
      await page.getByRole('button', { name: 'Enable Salesforce' }).first().waitFor();
      expect(errors).toEqual([]);
      expect(blocked).toEqual([]);
    } finally {
      await close();
    }
  });
});

// The jsdom suites run on both Reacts from source; this builds the published ui on each.
describe.each([
  ['19', '^19.2.0'],
  ['18', '^18.3.1'],
])('the full UI in a React %s Vite app with no Tailwind of its own', (major, react) => {
  let app: ScratchApp;
  beforeAll(() => {
    app = createScratchApp('full-ui', { ...kit('client', 'hooks', 'mocks', 'ui'), ...viteHost(react) });
  });

  afterAll(() => app?.remove());

  it(`runs React ${major}`, () => {
    const installed = JSON.parse(readFileSync(join(app.dir, 'node_modules/react/package.json'), 'utf8')) as {
      version: string;
    };
    expect(installed.version.split('.')[0]).toBe(major);
  });

  it('installs the kit from the tarballs only, with no Tailwind anywhere', () => {
    for (const resolved of Object.values(kitSources(app.dir))) expect(resolved).toMatch(/^file:/);
    expect(existsSync(join(app.dir, 'node_modules/tailwindcss'))).toBe(false);
  });

  it('builds with Vite and renders the styled integrations page in Chromium; a card opens its dialog, themed from an ancestor', async () => {
    const { page, blocked, errors, close } = await openBuilt(app);
    try {
      await page.getByRole('heading', { name: 'Full UI' }).waitFor();
      const card = page.locator('[data-slot="integration-card"]').filter({ hasText: 'Salesforce' }).first();
      await card.waitFor();
      // The kit's stylesheet applies: the card is laid out by it, in the accent set on a wrapper.
      const style = await card.evaluate((element) => {
        const computed = getComputedStyle(element);
        return { radius: computed.borderTopLeftRadius, display: computed.display };
      });
      expect(style.radius).not.toBe('0px');
      await card.click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      expect(await dialog.getByText('Salesforce').first().isVisible()).toBe(true);
      // The dialog sits under <body>, outside the wrapper, and still wears its accent (#0a7d55).
      expect(await dialog.evaluate((element) => element.closest('[data-testid="themed"]'))).toBeNull();
      const backgrounds = await dialog
        .locator('button')
        .evaluateAll((buttons) => buttons.map((button) => getComputedStyle(button).backgroundColor));
      expect(backgrounds).toContain('rgb(10, 125, 85)');
      expect(errors).toEqual([]);
      expect(blocked).toEqual([]);
    } finally {
      await close();
    }
  });
});

const readmeNextFiles = blocksOf('README.md').blocks.filter((block) => block.file.startsWith('blocks/root/app/'));

describe('the full UI in a Next.js App Router app (React 19, server components)', () => {
  let app: ScratchApp;
  beforeAll(() => {
    app = createScratchApp(
      'nextjs',
      {
        ...kit('client', 'hooks', 'mocks', 'ui'),
        ...host('^19.2.0'),
        next: '^16.0.0',
        typescript: '^5.9.0',
        '@types/react': '^19.2.0',
        '@types/node': '^20.0.0',
      },
      'next',
    );
    // The README's Next.js files (`// app/…` blocks), pasted as they are: `next build` compiles
    // and type-checks them with the rest of the app.
    writeBlocks(app.dir, readmeNextFiles, (file) => file.replace('blocks/root/', ''));
  });
  afterAll(() => app?.remove());

  it("pastes the README's Next.js blocks: the server action, the page and the route handlers", () => {
    expect(readmeNextFiles.map((block) => block.file.replace('blocks/root/', '')).sort()).toEqual([
      'app/api/apideck/[...path]/route.ts',
      'app/api/session/route.ts',
      'app/settings/integrations/actions.ts',
      'app/settings/integrations/page.tsx',
    ]);
  });

  // The page and the callback route are server components that import the hooks and ui entries
  // directly: without their "use client" markers `next build` fails (createContext on the server).
  // `next build` also type-checks the app against the types in the tarballs. The mock answers from
  // a route handler of the app (`mock.fetch`), so the kit is server-rendered, then hydrated. The
  // page starts with an expired session and `getToken` is a server action: the grid only loads if
  // the refresh crosses the server/client boundary.
  it('builds with next build (the README blocks included), server-renders the kit, hydrates without errors, refreshes the session through a server action; a card opens its dialog', async () => {
    app.build();
    const server = await startNext(app.dir);
    const { context, blocked } = await offlineContext(browser);
    try {
      const html = await (await fetch(server.url)).text();
      expect(html).toContain('<h1>Next.js</h1>');
      expect(html).toContain('class="ik-root');

      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      // A hydration mismatch is reported on the console, not thrown. The expired session's 401s
      // are logged by the browser too, and expected.
      page.on('console', (message) => {
        if (message.type() === 'error' && !message.text().includes('status of 401')) errors.push(message.text());
      });
      const refused: string[] = [];
      page.on('response', (response) => {
        if (response.status() === 401) refused.push(new URL(response.url()).pathname);
      });
      await page.goto(server.url);
      const card = page.locator('[data-slot="integration-card"]').filter({ hasText: 'Salesforce' }).first();
      await card.waitFor();
      expect(refused).toContain('/mock/vault/connections');
      await card.click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      expect(await dialog.getByRole('heading', { name: 'Salesforce' }).isVisible()).toBe(true);
      expect(errors).toEqual([]);
      expect(blocked).toEqual([]);

      // The callback route, in its own tab (the page above may still be reading): opened without a
      // popup opener, once hydrated it says there is nothing to finish.
      const callback = await context.newPage();
      callback.on('pageerror', (error) => errors.push(error.message));
      await callback.goto(`${server.url}/oauth/callback`);
      await callback.locator('[data-slot="oauth-callback"][data-status="noOpener"]').waitFor();
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await server.close();
    }
  });
});
