import { HttpResponse } from 'msw';

/** A 200 response with Apideck's envelope: `{ status_code, status, data, ...extra }`. */
export function ok(data: unknown, extra: Record<string, unknown> = {}): Response {
  return HttpResponse.json({ status_code: 200, status: 'OK', data, ...extra }, { status: 200 });
}
