/** Starts the mock Vault in the browser behind MSW's service worker. */
export { startVaultWorker } from './browser/startVaultWorker.js';
/** Renders the simulated provider consent page (Allow / Deny) of the mock OAuth flow. */
export { renderMockConsentPage } from './browser/renderMockConsentPage.js';
/** Builds a `consentUrl` option that sends OAuth links to a consent page of the host app. */
export { consentPageUrl } from './oauth/consentPageUrl.js';

/** Options of `startVaultWorker`. */
export type { VaultWorkerOptions } from './browser/startVaultWorker.js';
/** Options of `renderMockConsentPage`. */
export type { MockConsentPageOptions } from './browser/renderMockConsentPage.js';
/** What `startVaultWorker` resolves to. */
export type { VaultWorker } from './browser/startVaultWorker.js';
