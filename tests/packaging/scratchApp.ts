import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A throwaway host app outside the workspace, installed from the packed tarballs and npm. */
export interface ScratchApp {
  dir: string;
  /** Runs `vite build` (the site is in `${dir}/dist`), or `next build` for a Next.js template. */
  build(): void;
  remove(): void;
}

/** Which bundler the template is built with. */
export type Builder = 'vite' | 'next';

const npmEnv = {
  ...process.env,
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
};

/**
 * Copies the template `apps/<template>` to a temp folder, writes its package.json with the given
 * dependencies (kit packages as `file:` tarballs) and runs `npm install`.
 */
export function createScratchApp(
  template: string,
  dependencies: Record<string, string>,
  builder: Builder = 'vite',
): ScratchApp {
  const dir = mkdtempSync(join(tmpdir(), `ik-scratch-${template}-`));
  cpSync(join(import.meta.dirname, 'apps', template), dir, { recursive: true });
  const manifest = { name: `scratch-${template}`, private: true, type: 'module', dependencies };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], {
    cwd: dir,
    env: npmEnv,
    stdio: 'pipe',
  });
  // MSW's worker script, served from the site root as `startVaultWorker` expects (the Next.js app
  // serves its mock from a route handler instead).
  if (builder === 'vite') {
    mkdirSync(join(dir, 'public'), { recursive: true });
    cpSync(join(dir, 'node_modules/msw/lib/mockServiceWorker.js'), join(dir, 'public/mockServiceWorker.js'));
  }
  return {
    dir,
    build: () =>
      builder === 'vite'
        ? viteBuild(dir)
        : execFileSync(process.execPath, [nextBin(dir), 'build'], { cwd: dir, env: nextEnv, stdio: 'pipe' }),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * Runs the app's `vite build` with extra CLI arguments (`--outDir`, `--mode`). `env` replaces the
 * inherited environment, e.g. one without Vitest's `NODE_ENV=test` for a real production build.
 */
export function viteBuild(dir: string, args: string[] = [], env: NodeJS.ProcessEnv = process.env) {
  const vite = join(dir, 'node_modules/vite/bin/vite.js');
  return execFileSync(process.execPath, [vite, 'build', '--logLevel', 'warn', ...args], {
    cwd: dir,
    env,
    stdio: 'pipe',
  });
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

const nextEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const nextBin = (dir: string) => join(dir, 'node_modules/next/dist/bin/next');

/** Starts `next start` on a free port for a built Next.js scratch app; resolves once it answers. */
export async function startNext(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = spawn(process.execPath, [nextBin(dir), 'start', '--port', '0', '--hostname', '127.0.0.1'], {
    cwd: dir,
    env: nextEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const fail = (message: string) => {
      server.kill();
      reject(new Error(`${message}:\n${output}`));
    };
    const timer = setTimeout(() => fail('next start did not come up in 60 s'), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const address = /https?:\/\/(?:127\.0\.0\.1|localhost):\d+/.exec(output)?.[0];
      if (address && output.includes('Ready')) {
        clearTimeout(timer);
        resolve(address);
      }
    };
    server.stdout.on('data', read);
    server.stderr.on('data', read);
    server.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`next start exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        if (server.exitCode !== null || server.signalCode !== null) return resolve();
        server.once('exit', () => resolve());
        server.kill();
      }),
  };
}
