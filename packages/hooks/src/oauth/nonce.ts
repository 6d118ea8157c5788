// Nonces already acted on in this page; a replayed callback message must not confirm twice.
const consumed = new Set<string>();

/** A fresh unguessable nonce (128 random bits, hex). */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Marks `nonce` used; `false` when it already was. */
export function consumeNonce(nonce: string): boolean {
  if (consumed.has(nonce)) return false;
  consumed.add(nonce);
  return true;
}
