import { isVaultError } from '@integrations-kit/client';
import { isSessionRefreshTimeoutError } from '@integrations-kit/hooks';
import type { DialogMessages } from '../i18n/dialogMessages.js';

/** The kind of failure a person has to act on differently. */
export type ErrorReason =
  | 'session'
  | 'permission'
  | 'not-found'
  | 'validation'
  | 'plan'
  | 'rate-limit'
  | 'server'
  | 'network'
  | 'response'
  | 'unsafe-url'
  | 'unknown';

/** A failure told in the user's words: what happened and what to do. */
export interface DescribedError {
  reason: ErrorReason;
  /** One or two sentences for a toast or an inline alert. */
  message: string;
  /** Whether trying the same action again can help (offer "Try again" only then). */
  retryable: boolean;
}

type ErrorMessages = DialogMessages['errors'];

const said = (reason: ErrorReason, message: string, retryable: boolean): DescribedError => ({
  reason,
  message,
  retryable,
});

// Statuses that only a person elsewhere can fix (sign in, access, a vanished item, the plan): no retry.
const FINAL: Partial<Record<number, [ErrorReason, 'sessionExpired' | 'forbidden' | 'notFound' | 'paymentRequired']>> = {
  401: ['session', 'sessionExpired'],
  402: ['plan', 'paymentRequired'],
  403: ['permission', 'forbidden'],
  404: ['not-found', 'notFound'],
};

/**
 * Turns any error a hook can throw into a message a person can act on.
 *
 * @example describeError(mutation.error, useMessages().dialog.errors).message
 */
export function describeError(error: unknown, messages: ErrorMessages): DescribedError {
  if (isSessionRefreshTimeoutError(error)) return said('session', messages.sessionTimeout, true);
  const kind = isVaultError(error) ? error.kind : undefined;
  if (kind === 'network') return said('network', messages.network, true);
  if (kind === 'response') return said('response', messages.badResponse, true);
  if (kind === 'unsafe-url') return said('unsafe-url', messages.unsafeUrl, false);
  // `kind` is the contract here: a second copy of the client fails `instanceof VaultApiError`.
  if (kind === 'api') return describeStatus(error as unknown as ApiErrorLike, messages);
  return said('unknown', messages.unknown, true);
}

interface ApiErrorLike {
  status: number;
  body?: { detail?: unknown; message?: unknown } | undefined;
  retryAfter?: number | undefined;
}

function describeStatus({ status, body, retryAfter }: ApiErrorLike, messages: ErrorMessages): DescribedError {
  const final = FINAL[status];
  if (final) return said(final[0], messages[final[1]], false);
  if (status === 429) {
    return said('rate-limit', retryAfter ? messages.rateLimitedFor(Math.ceil(retryAfter)) : messages.rateLimited, true);
  }
  if (status === 400 || status === 409 || status === 422) {
    const detail = validationDetail(body);
    return said('validation', detail ? messages.validationDetail(detail) : messages.validation, false);
  }
  return status >= 500 ? said('server', messages.serverDown, true) : said('unknown', messages.unknown, true);
}

// Apideck puts the useful sentence in `detail` (a string, or an object with `message`) and a
// generic title like "Invalid Params" in `message`; only a short readable sentence is worth showing.
function validationDetail(body: ApiErrorLike['body']): string | undefined {
  const detail = body?.detail;
  const text = typeof detail === 'string' ? detail : (detail as { message?: unknown } | null | undefined)?.message;
  if (typeof text !== 'string') return undefined;
  const trimmed = text.trim();
  return trimmed && trimmed.length <= 300 && !trimmed.startsWith('<') ? trimmed : undefined;
}
