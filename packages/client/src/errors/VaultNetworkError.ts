import { VaultError } from './VaultError.js';

/** The request never got an HTTP answer: offline, DNS failure, CORS refusal, connection reset. */
export class VaultNetworkError extends VaultError {
  readonly kind = 'network' as const;
  override readonly name = 'VaultNetworkError';

  constructor(description: string, options: { cause: unknown }) {
    const reason = options.cause instanceof Error ? ` (${options.cause.message})` : '';
    super(`Could not reach the Vault API for ${description}${reason}. Check the network connection.`, options);
  }
}
