/** Where the Apideck Unify APIs live. */
export const DEFAULT_BASE_URL = 'https://unify.apideck.com';

/** `baseUrl` without trailing slashes, so paths join without `//`. */
export function trimBaseUrl(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, '');
}
