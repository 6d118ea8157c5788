import { isRecord } from '../client/data.js';
import { VaultError } from './VaultError.js';

/**
 * Apideck's error body (`BadRequestResponse`, `UnauthorizedResponse`, …).
 *
 * Hand-written because the contract declares one near-identical schema per status; this is their
 * common shape. `status_code` is always set (from the HTTP status when the body lacks it).
 */
export interface VaultApiErrorBody {
  status_code: number;
  /** Short reason phrase, e.g. `Unauthorized`. */
  error?: string;
  /** Machine-readable type, e.g. `UnauthorizedError`. */
  type_name?: string;
  /** What went wrong, for a person. */
  message?: string;
  /** More context: a sentence or a structured object. */
  detail?: string | Record<string, unknown>;
  /** Link to the error's documentation. */
  ref?: string;
}

const REASONS: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** The Vault API answered with a non-2xx status. */
export class VaultApiError extends VaultError {
  readonly kind = 'api' as const;
  override readonly name = 'VaultApiError';
  /** HTTP status. */
  readonly status: number;
  /** Apideck's error body (normalised: always an object). */
  readonly body: VaultApiErrorBody;
  readonly #retryAfter: string | null;

  constructor(init: { status: number; body: unknown; retryAfter?: string | null; statusText?: string }) {
    const body = toErrorBody(init.status, init.body, init.statusText);
    super(describe(init.status, body, parseRetryAfter(init.retryAfter ?? null)));
    this.status = init.status;
    this.body = body;
    this.#retryAfter = init.retryAfter ?? null;
  }

  /** Seconds to wait before retrying, from a 429/503 `Retry-After` header; `undefined` without one. */
  get retryAfter(): number | undefined {
    return parseRetryAfter(this.#retryAfter);
  }
}

function toErrorBody(status: number, raw: unknown, statusText?: string): VaultApiErrorBody {
  const r = isRecord(raw) ? raw : {};
  const body: VaultApiErrorBody = {
    status_code: typeof r.status_code === 'number' ? r.status_code : status,
    error: (typeof r.error === 'string' && r.error) || REASONS[status] || statusText || `HTTP ${status}`,
  };
  for (const key of ['type_name', 'message', 'ref'] as const) {
    if (typeof r[key] === 'string') body[key] = r[key];
  }
  // Proxies answer 502/503 with HTML or plain text; keep it as detail, never as the headline.
  const detail = isRecord(raw) ? r.detail : typeof raw === 'string' ? raw.trim() || undefined : undefined;
  if (typeof detail === 'string' || isRecord(detail)) body.detail = detail;
  return body;
}

function describe(status: number, body: VaultApiErrorBody, retryAfter: number | undefined): string {
  const parts = [...new Set([body.message, readableDetail(body.detail)])]
    .filter((part): part is string => Boolean(part) && part !== body.error)
    .map(sentence);
  if (retryAfter !== undefined) parts.push(`Retry in ${retryAfter} second${retryAfter === 1 ? '' : 's'}.`);
  const head = `${body.error} (${status})`;
  return parts.length ? `${head}: ${parts.join(' ')}` : head;
}

function readableDetail(detail: VaultApiErrorBody['detail']): string | undefined {
  if (typeof detail === 'object' && typeof detail.message === 'string') return detail.message;
  // Long or markup-looking details (an HTML error page) would swamp the message; they stay on `body`.
  if (typeof detail === 'string' && detail.length <= 200 && !detail.startsWith('<')) return detail;
  return undefined;
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function parseRetryAfter(value: string | null): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - Date.now()) / 1000));
}
