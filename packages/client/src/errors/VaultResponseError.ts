import { VaultError } from './VaultError.js';

/** A 2xx answer whose body is not what the contract promises (not JSON, or no `data` of the right kind). */
export class VaultResponseError extends VaultError {
  readonly kind = 'response' as const;
  override readonly name = 'VaultResponseError';
  /** HTTP status of the answer. */
  readonly status: number;
  /** The parsed body as received, for debugging. */
  readonly body: unknown;

  constructor(description: string, init: { status: number; body: unknown; expected: string; cause?: unknown }) {
    super(
      `Unexpected response from the Vault API for ${description} (${init.status}): expected ${init.expected}.`,
      init.cause === undefined ? undefined : { cause: init.cause },
    );
    this.status = init.status;
    this.body = init.body;
  }
}
