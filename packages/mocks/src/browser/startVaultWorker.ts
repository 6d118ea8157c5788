import { setupWorker, type SetupWorker, type StartOptions } from 'msw/browser';
import { createVaultMock } from '../createVaultMock.js';
import type { VaultMock, VaultMockOptions } from '../types.js';
import { listenForConsent } from './consentChannel.js';

/** Options of `startVaultWorker`: the mock's, plus MSW's `worker.start` options. */
export interface VaultWorkerOptions extends VaultMockOptions {
  /** Passed to `worker.start()`; defaults to `{ onUnhandledRequest: 'bypass', quiet: true }`. */
  start?: StartOptions;
}

/** What `startVaultWorker` resolves to. */
export interface VaultWorker {
  worker: SetupWorker;
  mock: VaultMock;
}

/**
 * Starts a mock Vault in the browser behind MSW's service worker (serve `mockServiceWorker.js`
 * from the site root: `npx msw init public/`). It also applies the decisions the mock consent
 * page (`renderMockConsentPage`, in the OAuth popup) sends without a confirm token: revokes, and
 * consents given without a nonce.
 *
 * @example
 * const { mock } = await startVaultWorker({ consentUrl: consentPageUrl(`${location.origin}/mock-consent`) });
 * createRoot(root).render(<VaultProvider token={mock.token}>…</VaultProvider>);
 */
export async function startVaultWorker(options: VaultWorkerOptions = {}): Promise<VaultWorker> {
  const { start, ...mockOptions } = options;
  const mock = createVaultMock(mockOptions);
  const worker = setupWorker(...mock.handlers);
  listenForConsent(mock);
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true, ...start });
  return { worker, mock };
}
