// Server-only entry: the one place an API key is handled. Nothing in `index.ts` may import this file.

/** Creates a Vault session with your API key (`POST /vault/sessions`); run it on your server only. */
export { createSession } from './session/createSession.js';
/** Options and result of `createSession`. */
export type { CreateSessionOptions, CreatedSession, SessionInput } from './session/createSession.js';
/** A server-side handler forwarding the kit's Connector API reads to Apideck with your API key. */
export { createConnectorProxy } from './proxy/createConnectorProxy.js';
/** Options of `createConnectorProxy`, and the Fetch API handler it returns. */
export type { ConnectorProxyOptions, FetchHandler } from './proxy/createConnectorProxy.js';
/** Runs a Fetch API handler as a Node `(req, res)` listener (`node:http`, Express). */
export { toNodeHandler } from './proxy/toNodeHandler.js';
/** The parts of Node's request and response that `toNodeHandler` uses. */
export type { NodeRequestLike, NodeResponseLike } from './proxy/toNodeHandler.js';
