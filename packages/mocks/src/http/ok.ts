import { HttpResponse } from 'msw';

const encoder = new TextEncoder();

/**
 * `text` as UTF-8. `encodeInto` a buffer of the text's length is exact for ASCII, which nearly
 * every answer is, and several times faster in Chromium than `encode` (a 20 MB list: about 150
 * against 700 ms); text with other characters does not fit and takes `encode`.
 */
function utf8(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  const { read } = encoder.encodeInto(text, bytes);
  return read === text.length ? bytes : encoder.encode(text);
}

/**
 * A 200 response with Apideck's envelope: `{ status_code, status, data, ...extra }`. The JSON is
 * encoded once here: `HttpResponse.json` encodes it a second time only to count its bytes, which
 * was a third of the time a 10,000-connection list took.
 */
export function ok(data: unknown, extra: Record<string, unknown> = {}): Response {
  const body = utf8(JSON.stringify({ status_code: 200, status: 'OK', data, ...extra }));
  return new HttpResponse(body, {
    status: 200,
    headers: { 'Content-Type': 'application/json', 'Content-Length': String(body.byteLength) },
  });
}
