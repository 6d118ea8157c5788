import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// Every public entry of every package, with one runtime export each must provide.
const entries = [
  ['@integrations-kit/client', 'createVaultClient'],
  ['@integrations-kit/client/server', 'createSession'],
  ['@integrations-kit/hooks', 'VaultProvider'],
  ['@integrations-kit/ui', 'IntegrationsPage'],
  ['@integrations-kit/mocks', 'createVaultMock'],
  ['@integrations-kit/mocks/node', 'createVaultServer'],
  ['@integrations-kit/mocks/browser', 'startVaultWorker'],
] as const;

const require = createRequire(import.meta.url);
/** The first statement of a built entry file, as a bundler sees it. */
const firstStatement = (specifier: string) =>
  readFileSync(require.resolve(specifier), 'utf8')
    .replace(/^(\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/, '')
    .split(/;|\n/, 1)[0];

describe('public entries in Node without a DOM', () => {
  it('runs in a Node environment with no window or document', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it.each(entries)('imports %s without throwing and exposes %s', async (specifier, name) => {
    const mod: Record<string, unknown> = await import(/* @vite-ignore */ specifier);
    expect(mod[name]).toBeTypeOf('function');
  });

  it('resolves every entry to the built dist, not the TypeScript sources', () => {
    for (const [specifier] of entries) expect(require.resolve(specifier)).toMatch(/\/dist\/[\w/]+\.js$/);
  });
});

describe('"use client" markers for React Server Components', () => {
  it.each(['@integrations-kit/hooks', '@integrations-kit/ui'])(
    '%s starts its built entry with "use client"',
    (specifier) => {
      expect(firstStatement(specifier)).toMatch(/^['"]use client['"]$/);
    },
  );

  it.each(['@integrations-kit/client', '@integrations-kit/client/server'])(
    '%s has no "use client" marker, so servers may import it',
    (specifier) => {
      expect(firstStatement(specifier)).not.toMatch(/use client/);
    },
  );
});
