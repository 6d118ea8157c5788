import { isVaultError } from '@integrations-kit/client';
import type { DialogMessages } from './dialogMessages.js';

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

/**
 * Turns any error a hook can throw into a message a person can act on.
 *
 * @example describeError(mutation.error, useMessages().dialog.errors).message
 */
export function describeError(error: unknown, messages: ErrorMessages): DescribedError {
  if (!isVaultError(error)) return { reason: 'unknown', message: messages.unknown, retryable: true };
  switch (error.kind) {
    case 'network':
      return { reason: 'network', message: messages.network, retryable: true };
    case 'response':
      return { reason: 'response', message: messages.badResponse, retryable: true };
    case 'unsafe-url':
      return { reason: 'unsafe-url', message: messages.unsafeUrl, retryable: false };
    case 'api': {
      // `kind` is the contract here: a second copy of the client fails `instanceof VaultApiError`.
      const apiError = error as unknown as ApiErrorLike;
      return describeStatus(apiError.status, apiError, messages);
    }
    default:
      return { reason: 'unknown', message: messages.unknown, retryable: true };
  }
}

interface ApiErrorLike {
  status: number;
  body?: { detail?: unknown; message?: unknown } | undefined;
  retryAfter?: number | undefined;
}

function describeStatus(status: number, error: ApiErrorLike, messages: ErrorMessages): DescribedError {
  if (status === 401) return { reason: 'session', message: messages.sessionExpired, retryable: false };
  if (status === 403) return { reason: 'permission', message: messages.forbidden, retryable: false };
  if (status === 404) return { reason: 'not-found', message: messages.notFound, retryable: false };
  if (status === 402) return { reason: 'plan', message: messages.paymentRequired, retryable: false };
  if (status === 429) {
    const seconds = error.retryAfter;
    const message = seconds ? messages.rateLimitedFor(Math.ceil(seconds)) : messages.rateLimited;
    return { reason: 'rate-limit', message, retryable: true };
  }
  if (status === 400 || status === 409 || status === 422) {
    const detail = validationDetail(error.body);
    const message = detail ? messages.validationDetail(detail) : messages.validation;
    return { reason: 'validation', message, retryable: false };
  }
  if (status >= 500) return { reason: 'server', message: messages.serverDown, retryable: true };
  return { reason: 'unknown', message: messages.unknown, retryable: true };
}

// Apideck puts the useful sentence in `detail` (a string, or an object with `message`) and a
// generic title like "Invalid Params" in `message`; only a short readable sentence is worth showing.
function validationDetail(body: ApiErrorLike['body']): string | undefined {
  const detail = body?.detail;
  const text =
    typeof detail === 'string' ? detail : (detail as { message?: unknown } | null | undefined)?.message;
  if (typeof text !== 'string') return undefined;
  const trimmed = text.trim();
  return trimmed && trimmed.length <= 300 && !trimmed.startsWith('<') ? trimmed : undefined;
}
