// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../test/tallyFiles.js';

const script = join(repoRoot, 'scripts/scan-bundles.mjs');
const work = mkdtempSync(join(tmpdir(), 'ik-scan-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function scan(...paths: string[]) {
  const run = spawnSync('node', [script, ...paths], { encoding: 'utf8' });
  return { code: run.status, output: `${run.stdout}${run.stderr}` };
}

// Every entry a browser loads, bundled from source the way an app's bundler would.
const BROWSER_ENTRIES = [
  'client/src/index.ts',
  'hooks/src/index.ts',
  'ui/src/index.ts',
  'mocks/src/index.ts',
  'mocks/src/browser.ts',
];

/** Bundles `entries` (paths under packages/) into `outdir` with the workspace source condition. */
async function bundle(entries: string[], outdir: string) {
  await build({
    entryPoints: entries.map((entry) => join(repoRoot, 'packages', entry)),
    outdir,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    jsx: 'automatic',
    conditions: ['@integrations-kit/source'],
    // Third-party code is not ours to scan; our own packages are inlined through the workspace links.
    external: ['react', 'react-dom', 'react/*', '@tanstack/*', '@radix-ui/*', 'msw', 'msw/*'],
    logLevel: 'silent',
  });
  return outdir;
}

describe('no API key and no session call in browser bundles', { tags: ['secrets'] }, () => {
  let browserBundle = '';
  beforeAll(async () => {
    browserBundle = await bundle(BROWSER_ENTRIES, join(work, 'browser'));
  });

  it('passes the browser entries bundled from source', () => {
    const { code, output } = scan(browserBundle);
    expect(output).toContain(`${BROWSER_ENTRIES.length} browser file(s) scanned, 0 finding(s)`);
    expect(code).toBe(0);
  });

  it('catches the session call in the server entry, so the check can fail', async () => {
    const { code, output } = scan(await bundle(['client/src/server.ts'], join(work, 'server')));
    expect(code).toBe(1);
    expect(output).toMatch(/session-endpoint/);
  });

  it('catches the key variable, a literal key and an env key, and lets labels pass', () => {
    const planted = join(work, 'planted');
    mkdirSync(planted, { recursive: true });
    writeFileSync(join(planted, 'variable.js'), 'const key = globalThis.APIDECK_API_KEY;');
    writeFileSync(join(planted, 'literal.js'), 'createSession({ apiKey: "sk_live_0123456789abcdef", appId });');
    writeFileSync(join(planted, 'env.mjs'), 'createSession({ apiKey: import.meta.env.VITE_KEY });');
    writeFileSync(join(planted, 'page.html'), '<script>fetch("https://unify.apideck.com/vault/sessions")</script>');
    const { code, output } = scan(planted);
    expect(code).toBe(1);
    for (const rule of ['api-key-variable', 'api-key-value', 'session-endpoint']) expect(output).toContain(rule);
    expect(output).toContain('4 browser file(s) scanned, 4 finding(s)');

    const labels = join(work, 'labels');
    mkdirSync(labels, { recursive: true });
    writeFileSync(
      join(labels, 'messages.js'),
      "export const m = { apiKey: 'API key', de: { apiKey: 'API-Schlüssel' } };",
    );
    expect(scan(labels).code).toBe(0);
  });

  it('passes every built browser bundle (packages, playground, storybook), or the source bundle before a build', () => {
    const built = [
      'packages/client/dist',
      'packages/hooks/dist',
      'packages/ui/dist',
      'packages/mocks/dist',
      'apps/playground/dist',
      'storybook-static',
    ];
    const { code, output } = built.some((path) => existsSync(join(repoRoot, path))) ? scan() : scan(browserBundle);
    expect(output).toMatch(/[1-9]\d* browser file\(s\) scanned, 0 finding\(s\)/);
    expect(code).toBe(0);
  });
});

describe('the scan catches planted leaks it used to miss', { tags: ['secrets'] }, () => {
  // Leaks the first rules missed: the header set from a constant, the key under a renamed
  // variable (what a minifier does), a bearer credential, each in a minified and a readable form.
  it.each([
    [
      'the key header set from a constant',
      'const KEY = "sk_live_0123456789abcdef"; fetch(u, { headers: { "x-apideck-api-key": KEY } });',
      'api-key-header',
    ],
    ['the key header set on Headers', 'const h = new Headers(); h.set("X-Apideck-Api-Key", k);', 'api-key-header'],
    ['the key header, minified', 'fetch(u,{headers:{"x-apideck-api-key":a}})', 'api-key-header'],
    [
      'apiKey from a renamed constant',
      'const s = "0123456789abcdefABCDEF"; createSession({ apiKey: s, appId });',
      'api-key-indirect',
    ],
    [
      'apiKey from a renamed constant, minified',
      'var t="0123456789abcdefABCDEF";n({apiKey:t,appId:r});',
      'api-key-indirect',
    ],
    [
      'apiKey from a renamed env read',
      'const s = import.meta.env.VITE_SECRET; createSession({ apiKey: s });',
      'api-key-indirect',
    ],
    [
      'a literal bearer credential',
      'fetch(u, { headers: { Authorization: "Bearer sk_live_0123456789abcdef" } });',
      'bearer-literal',
    ],
    [
      'a bearer credential joined on',
      'fetch(u, { headers: { Authorization: "Bearer " + "sk_live_0123456789abcdef" } });',
      'bearer-literal',
    ],
    [
      'a bearer credential from a constant',
      'const K = "sk_live_0123456789abcdef"; fetch(u, { headers: { Authorization: `Bearer ${K}` } });',
      'api-key-indirect',
    ],
  ])('catches %s', (name, code, rule) => {
    const dir = join(work, `planted-${name.replace(/\W+/g, '-')}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'leak.js'), code);
    const { code: exit, output } = scan(dir);
    expect(output).toContain(rule);
    expect(exit).toBe(1);
  });

  it("lets the kit's own patterns pass: a session token, an option read, a destructured key, an unassigned name", () => {
    const dir = join(work, 'benign');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'kit.js'),
      [
        'const headers = { Authorization: `Bearer ${identity.token}` };',
        'var e={Authorization:`Bearer ${t.token}`};',
        'createSession({ apiKey: options.apiKey });',
        'const key = readKey(); n({ apiKey: key });',
        'const label = { apiKey: "API key" };',
        'const t = "integrations-kit:oauth-redirect"; const x = { token: t };',
        // A minifier reuses names: `n` read from options here, a default elsewhere.
        'function Y(e,t,n=`InvalidStateError`){}function K(e,t){let{apiKey:n,sessionToken:r}=t.auth;return`Bearer ${n}`}',
      ].join('\n'),
    );
    const { code, output } = scan(dir);
    expect(output).toContain('1 browser file(s) scanned, 0 finding(s)');
    expect(code).toBe(0);
  });
});
