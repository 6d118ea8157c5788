// Server-only entry: the one place an API key is handled. Nothing in `index.ts` may import this file.

/** Creates a Vault session with your API key (`POST /vault/sessions`); run it on your server only. */
export { createSession } from './session/createSession.js';
/** Options and result of `createSession`. */
export type { CreateSessionOptions, CreatedSession, SessionInput } from './session/createSession.js';
