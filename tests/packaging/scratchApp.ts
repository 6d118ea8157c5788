import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A throwaway host app outside the workspace, installed from the packed tarballs and npm. */
export interface ScratchApp {
  dir: string;
  /** Runs `vite build`; the site is in `${dir}/dist`. */
  build(): void;
  remove(): void;
}

const npmEnv = { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };

/**
 * Copies the template `apps/<template>` to a temp folder, writes its package.json with the given
 * dependencies (kit packages as `file:` tarballs) and runs `npm install`.
 */
export function createScratchApp(template: string, dependencies: Record<string, string>): ScratchApp {
  const dir = mkdtempSync(join(tmpdir(), `ik-scratch-${template}-`));
  cpSync(join(import.meta.dirname, 'apps', template), dir, { recursive: true });
  const manifest = { name: `scratch-${template}`, private: true, type: 'module', dependencies };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], {
    cwd: dir,
    env: npmEnv,
    stdio: 'pipe',
  });
  // MSW's worker script, served from the site root as `startVaultWorker` expects.
  mkdirSync(join(dir, 'public'), { recursive: true });
  cpSync(join(dir, 'node_modules/msw/lib/mockServiceWorker.js'), join(dir, 'public/mockServiceWorker.js'));
  return {
    dir,
    build: () => execFileSync(process.execPath, [join(dir, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: dir, stdio: 'pipe' }),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Where npm took each installed `@integrations-kit/*` package from (must be the tarballs, never the registry). */
export function kitSources(dir: string): Record<string, string> {
  const lock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { resolved?: string }>;
  };
  return Object.fromEntries(
    Object.entries(lock.packages)
      .filter(([path]) => path.includes('node_modules/@integrations-kit/'))
      .map(([path, entry]) => [path, entry.resolved ?? '(none)']),
  );
}
