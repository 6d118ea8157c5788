/** Base64url-encodes UTF-8 text (no padding), the JWT segment encoding. Works in Node and browsers. */
export function encodeBase64Url(text: string): string {
  // ASCII is its own UTF-8, so btoa takes it as it is: the byte loop below was a quarter of
  // presenting a list entry (each OAuth link carries an encoded state).
  if (!NON_ASCII.test(text)) return toBase64Url(btoa(text));
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return toBase64Url(btoa(binary));
}

const NON_ASCII = /[\u0080-\uffff]/;

function toBase64Url(base64: string): string {
  return base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Decodes base64url to UTF-8 text; `undefined` when the segment is not valid base64url. */
export function decodeBase64Url(segment: string): string | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(segment)) return undefined;
  const base64 = segment.replace(/-/g, '+').replace(/_/g, '/');
  try {
    const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
  } catch {
    return undefined;
  }
}

/** Encodes a JSON value as base64url (the mock's self-describing tokens and OAuth `state`). */
export function encodeJson(value: unknown): string {
  return encodeBase64Url(JSON.stringify(value));
}

/** Decodes a base64url JSON object; `undefined` when it is not one. */
export function decodeJson(segment: string): Record<string, unknown> | undefined {
  const text = decodeBase64Url(segment);
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
