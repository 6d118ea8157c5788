import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Package name -> absolute path of its packed .tgz. */
    tarballs: Record<string, string>;
  }
}

export const packages = ['client', 'hooks', 'mocks', 'ui'] as const;

/**
 * Packs every package once, the way it would be published (`pnpm pack` applies `publishConfig`
 * and turns `workspace:*` into versions), into a temp folder outside the workspace.
 */
export default function setup(project: TestProject) {
  const root = join(import.meta.dirname, '../..');
  const out = mkdtempSync(join(tmpdir(), 'ik-tarballs-'));
  const tarballs: Record<string, string> = {};
  for (const name of packages) {
    const before = new Set(readdirSync(out));
    execFileSync('pnpm', ['pack', '--pack-destination', out], { cwd: join(root, 'packages', name), stdio: 'pipe' });
    const file = readdirSync(out).find((f) => !before.has(f));
    if (!file) throw new Error(`pnpm pack wrote no tarball for ${name}`);
    tarballs[`@integrations-kit/${name}`] = join(out, file);
  }
  project.provide('tarballs', tarballs);
  return () => rmSync(out, { recursive: true, force: true });
}
