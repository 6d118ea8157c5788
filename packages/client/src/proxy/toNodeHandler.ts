import type { FetchHandler } from './createConnectorProxy.js';

/** What the adapter reads of a Node request (`node:http`'s `IncomingMessage`, Express's `req`). */
export interface NodeRequestLike {
  method?: string;
  url?: string;
  /** Express's full URL when the handler is mounted under a path (`app.use('/api/apideck', …)`). */
  originalUrl?: string;
  headers: Record<string, string | string[] | undefined>;
}

/** What the adapter writes of a Node response (`node:http`'s `ServerResponse`, Express's `res`). */
export interface NodeResponseLike {
  statusCode: number;
  setHeader(name: string, value: string): unknown;
  end(body?: Uint8Array): unknown;
}

/**
 * Runs a Fetch API handler (such as `createConnectorProxy`) as a Node `(req, res)` listener, for
 * `node:http` and Express. Only GET-style requests are meant: the request body is not read.
 *
 * @example
 * app.use('/api/apideck', toNodeHandler(createConnectorProxy({ …, basePath: '/api/apideck' })));
 */
export function toNodeHandler(handler: FetchHandler): (req: NodeRequestLike, res: NodeResponseLike) => Promise<void> {
  return async (req, res) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    // Only the path and query matter to the handler; a fixed origin keeps a forged Host header out of the URL.
    const path = req.originalUrl ?? req.url ?? '/';
    const url = `http://localhost${path.startsWith('/') ? '' : '/'}${path}`;
    let request: Request;
    try {
      request = new Request(url, { method: req.method ?? 'GET', headers });
    } catch {
      // A method `Request` cannot carry (CONNECT, TRACE) or a URL it cannot parse.
      res.statusCode = 400;
      res.end();
      return;
    }
    const response = await handler(request);
    res.statusCode = response.status;
    response.headers.forEach((value, name) => res.setHeader(name, value));
    res.end(new Uint8Array(await response.arrayBuffer()));
  };
}
