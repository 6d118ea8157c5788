import { http, HttpResponse, type JsonBodyType } from 'msw';
import type { VaultServerHandle } from './renderKit.js';

/** A 200 body with the contract's envelope around `data` (which may be anything). */
export function envelope(data: unknown): Record<string, unknown> {
  return { status_code: 200, status: 'OK', data };
}

/** Answers the connections list with `body` (a whole body, not just `data`) until the case ends. */
export function answerList({ server, mock }: VaultServerHandle, body: unknown): void {
  server.use(http.get(`${mock.baseUrl}/vault/connections`, () => HttpResponse.json(body as JsonBodyType)));
}

/** Answers one connection's detail read with `body` until the case ends; other methods reach the mock. */
export function answerDetail(
  { server, mock }: VaultServerHandle,
  unifiedApi: string,
  serviceId: string,
  body: unknown,
): void {
  server.use(
    http.get(`${mock.baseUrl}/vault/connections/${unifiedApi}/${serviceId}`, () =>
      HttpResponse.json(body as JsonBodyType),
    ),
  );
}
