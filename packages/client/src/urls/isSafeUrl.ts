const LOCAL_HOSTS: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Whether plain-http loopback URLs count as safe here: only for development, that is when the page
 * itself is on a loopback host. A page served from a real host never opens or links one (a hostile
 * answer could aim at a service on the user's machine, any port). Outside a page (a server, Node
 * tests against the mock) there is no page to protect and the development rule applies.
 */
function allowsLoopback(): boolean {
  const page = (globalThis as { location?: { hostname?: unknown } }).location;
  return typeof page?.hostname !== 'string' || LOCAL_HOSTS.has(page.hostname);
}

/**
 * The one URL gate of the kit: whether a URL from the API may be opened, linked or shown.
 *
 * Allows `https:` URLs, `http:` only on localhost and only while the page itself is on localhost
 * (development), and `data:image/…` only with
 * `allowImageData` (connector icons). Everything else (`javascript:`, `data:text/html`, relative
 * or malformed URLs, URLs with embedded credentials) is refused.
 *
 * @example isSafeUrl(connection.authorize_url) // true for https://unify.apideck.com/vault/authorize/…
 */
export function isSafeUrl(url: string | null | undefined, options: { allowImageData?: boolean } = {}): boolean {
  if (typeof url !== 'string' || url.trim() === '') return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'data:') {
    return options.allowImageData === true && /^data:image\/[a-z0-9.+-]+[;,]/i.test(url.trim());
  }
  // user:pass@host URLs are a phishing trick (https://trusted.com@evil.example); nothing legit sends them.
  if (parsed.username || parsed.password) return false;
  if (parsed.protocol === 'https:') return parsed.hostname !== '';
  return parsed.protocol === 'http:' && LOCAL_HOSTS.has(parsed.hostname) && allowsLoopback();
}
