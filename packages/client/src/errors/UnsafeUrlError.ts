import { VaultError } from './VaultError.js';

/** A URL the kit refuses to open or link: missing, not `https:`, or `http:` off localhost. */
export class UnsafeUrlError extends VaultError {
  readonly kind = 'unsafe-url' as const;
  override readonly name = 'UnsafeUrlError';
  /** The refused URL as received (`undefined`/`null` when it was missing). */
  readonly url: string | null | undefined;

  constructor(what: string, url: string | null | undefined) {
    super(
      url
        ? `Refusing to open the ${what} "${url}": only https URLs (or http on localhost) are allowed.`
        : `The ${what} is missing.`,
    );
    this.url = url;
  }
}
