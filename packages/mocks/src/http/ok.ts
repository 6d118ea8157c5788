import { HttpResponse } from 'msw';

/**
 * A 200 response with Apideck's envelope: `{ status_code, status, data, ...extra }`. The JSON is
 * encoded once here: `HttpResponse.json` encodes it a second time only to count its bytes, which
 * was a third of the time a 10,000-connection list took.
 */
export function ok(data: unknown, extra: Record<string, unknown> = {}): Response {
  const body = new TextEncoder().encode(JSON.stringify({ status_code: 200, status: 'OK', data, ...extra }));
  return new HttpResponse(body, {
    status: 200,
    headers: { 'Content-Type': 'application/json', 'Content-Length': String(body.byteLength) },
  });
}
