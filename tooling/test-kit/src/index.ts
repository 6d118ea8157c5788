// What the packages' tests share, so each stand-in exists once.

/** Stubs `window.open` with one fake popup (or a blocked one). */
export { stubPopup } from './stubPopup.js';
/** Delivers a `message` event to the opener as the browser would. */
export { postToOpener } from './stubPopup.js';
/** The fake popup and what `stubPopup` returns. */
export type { FakePopup, StubbedPopup } from './stubPopup.js';
/** A fresh QueryClient for one test (no retries unless `kitRetry`, no garbage collection). */
export { createTestQueryClient } from './createTestQueryClient.js';
/** Broadcasts a callback result as a severed popup's callback page does; resolves once delivered. */
export { broadcastCallback } from './broadcastCallback.js';
