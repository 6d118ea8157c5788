// A tiny static file server on 127.0.0.1 for the browser gates (e2e, a11y, bench, packaging):
// built sites only, no Vite in the loop, so what is tested is what ships.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** The file to answer `pathname` with, or null: SPA routes (no extension) fall back to index.html. */
async function pick(root, pathname, spa) {
  const file = resolve(root, normalize(`.${decodeURIComponent(pathname)}`));
  if (file !== root && !file.startsWith(root + sep)) return null;
  const info = await stat(file).catch(() => null);
  if (info?.isFile()) return file;
  if (info?.isDirectory()) return pick(root, join(pathname, 'index.html'), false);
  return spa && !extname(pathname) ? join(root, 'index.html') : null;
}

/**
 * Serves `dir` on 127.0.0.1 (a free port unless given).
 * @param {string} dir
 * @param {{ port?: number, spa?: boolean }} [options]
 * @returns {Promise<{ url: string, requests: string[], close: () => Promise<void> }>}
 */
export async function serveStatic(dir, { port = 0, spa = true } = {}) {
  const root = resolve(dir);
  const requests = [];
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(pathname);
    const file = await pick(root, pathname, spa);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(res);
  });
  await new Promise((done) => server.listen(port, '127.0.0.1', done));
  const address = server.address();
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`,
    requests,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
