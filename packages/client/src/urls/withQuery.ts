import { UnsafeUrlError } from '../errors/UnsafeUrlError.js';
import { isSafeUrl } from './isSafeUrl.js';

/**
 * Returns `url` with `params` set in its query (replacing same-named ones, keeping the rest and the
 * hash). Values are percent-encoded with `encodeURIComponent`, so spaces become `%20` as the
 * contract's `spaceDelimited` scope expects (URLSearchParams would write `+`).
 */
export function withQuery(
  what: string,
  url: string | null | undefined,
  params: Record<string, string | undefined>,
): string {
  if (!url || !isSafeUrl(url)) throw new UnsafeUrlError(what, url);
  const target = new URL(url);
  const entries = [...target.searchParams].filter(([key]) => params[key] === undefined);
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined) entries.push([key, value]);
  }
  const search = entries.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`).join('&');
  target.search = search ? `?${search}` : '';
  return target.toString();
}
