import type { Connection } from '@integrations-kit/client';

/**
 * "Test connection" was answered 200, but with a state other than `callable` (the check
 * found it `invalid`, or it is not yet usable): the test failed although no request did.
 */
export class ConnectionValidationError extends Error {
  /** Lets callers recognise it without `instanceof` (two copies of the package in one bundle). */
  readonly kind = 'connection-validation' as const;
  override readonly name = 'ConnectionValidationError';
  /** The state the check answered. */
  readonly state: Connection['state'];
  /** The connection as read after the check (also written into the caches). */
  readonly connection: Connection;

  constructor(state: Connection['state'], connection: Connection) {
    super(`The connection check answered ${connection.id} ${String(state)}, not callable.`);
    this.state = state;
    this.connection = connection;
  }
}
