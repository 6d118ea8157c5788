import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IncomingMessage, ServerResponse } from 'node:http';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defaultServerConditions, defineConfig, loadEnv, type Plugin } from 'vite';

// Workspace packages resolve to their TypeScript sources, so `pnpm dev` works on a fresh clone
// without building anything first.
const SOURCE_CONDITION = '@integrations-kit/source';
const root = fileURLToPath(new URL('.', import.meta.url));
// The ui package exports its stylesheet from `dist` only; in the workspace we compile the source
// (Tailwind, via @tailwindcss/vite) like every other package import.
const uiStylesSource = join(
  dirname(createRequire(import.meta.url).resolve('@integrations-kit/ui/package.json')),
  'src/styles.css',
);

type SessionHandler = (req: IncomingMessage, res: ServerResponse, next: () => void) => Promise<void>;

/**
 * Mounts the session server as dev middleware (`pnpm dev:real`). The module is loaded through Vite's
 * SSR loader, on the server only, so the key stays in this Node process and `@integrations-kit/client/server`
 * resolves to source like everything else.
 */
function sessionServer(env: Record<string, string>): Plugin {
  return {
    name: 'playground:session-server',
    apply: 'serve',
    configureServer(server) {
      if (!env.APIDECK_API_KEY || !env.APIDECK_APP_ID || !env.APIDECK_CONSUMER_ID) {
        server.config.logger.warn(
          'dev:real: APIDECK_API_KEY, APIDECK_APP_ID and APIDECK_CONSUMER_ID are not all set ' +
            '(environment or apps/playground/.env.real.local); the app falls back to the mock.',
        );
      }
      let handler: Promise<SessionHandler> | undefined;
      server.middlewares.use((req, res, next) => {
        if (!req.url?.startsWith('/api/')) return next();
        handler ??= server
          .ssrLoadModule('/server/session-server.mjs')
          .then((mod) => (mod.createSessionHandler as (o: object) => SessionHandler)({ env }));
        handler.then((handle) => handle(req, res, next)).catch(next);
      });
    },
  };
}

export default defineConfig(({ mode }) => {
  const real = mode === 'real';
  // Only APIDECK_* variables, read in Node; Vite exposes to the page nothing but VITE_* ones.
  const env = real ? loadEnv(mode, root, 'APIDECK_') : {};
  return {
    root,
    plugins: [react(), tailwindcss(), real && sessionServer(env)],
    resolve: {
      conditions: [SOURCE_CONDITION, ...defaultClientConditions],
      alias: { '@integrations-kit/ui/styles.css': uiStylesSource },
    },
    ssr: { resolve: { conditions: [SOURCE_CONDITION, ...defaultServerConditions] } },
    server: { port: 5173 },
    // A demo app: React, the kit and (lazily) the mock with its fixtures; no budget to keep here.
    build: { chunkSizeWarningLimit: 1024 },
  };
});
