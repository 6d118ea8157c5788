const READABLE: Readonly<Record<string, string>> = {
  access_denied: 'Access was declined at the provider.',
  state_mismatch: 'The sign-in result does not belong to a sign-in started here; start again.',
  invalid_callback: 'The sign-in window returned without a result; start again.',
};

/**
 * The OAuth round trip ended without a connection: the user declined (`access_denied`), the
 * provider reported an error, or the result did not match the sign-in that was started.
 */
export class OAuthError extends Error {
  readonly kind = 'oauth' as const;
  /** OAuth error code, e.g. `access_denied`, or `state_mismatch` / `invalid_callback`. */
  readonly code: string;
  /** The provider's `error_description`, when it sent one. */
  readonly description: string | undefined;

  constructor(code: string, description?: string) {
    // Own properties only: the code comes from the callback URL, so it may be "constructor".
    const head = (Object.hasOwn(READABLE, code) && READABLE[code]) || `The provider reported an error (${code}).`;
    super(description ? `${head} ${description}` : head);
    this.name = 'OAuthError';
    this.code = code;
    this.description = description;
  }

  /** Whether the user declined the consent. */
  get denied(): boolean {
    return this.code === 'access_denied';
  }
}
