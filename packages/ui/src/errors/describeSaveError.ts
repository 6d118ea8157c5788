import { isVaultError, type VaultApiError } from '@integrations-kit/client';
import { describeError } from './describeError.js';
import type { Messages } from '../i18n/messages.js';

/**
 * What to say under a form whose save failed: for a refused value (400/422) the API's own
 * message, which names the setting and the rule; for anything else the kit's wording of it.
 */
export function describeSaveError(error: unknown, messages: Messages): string {
  if (isVaultError(error) && error.kind === 'api') {
    const { status, body } = error as VaultApiError;
    const text = body.message?.trim();
    if ((status === 400 || status === 422) && text && text.length <= 300 && !text.startsWith('<')) return text;
  }
  return describeError(error, messages.dialog.errors).message;
}
