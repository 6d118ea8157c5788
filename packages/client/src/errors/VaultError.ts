/** Which of the kit's error classes an error is, for a `switch` without `instanceof`. */
export type VaultErrorKind = 'api' | 'network' | 'response' | 'unsafe-url';

/**
 * Base class of every error the client throws on purpose.
 *
 * `kind` survives where `instanceof` does not (two copies of the package in one bundle,
 * errors crossing a worker boundary), so callers can branch on it. Each subclass spells its
 * `name` out, because a minifier renames classes (`new.target.name` would read `b`).
 */
export abstract class VaultError extends Error {
  abstract readonly kind: VaultErrorKind;
}
