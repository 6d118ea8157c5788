import type { CoreMessages } from '../i18n/coreMessages.js';
import type { ConnectionStatus } from './getConnectionStatus.js';

/** The colour family a status is shown in. */
export type StatusTone = 'success' | 'warning' | 'danger' | 'neutral';

/** The grid's status filter groups. */
export type StatusGroup = 'connected' | 'attention' | 'available' | 'disabled';

interface StatusVariant {
  message: keyof CoreMessages['status'];
  tone: StatusTone;
  group: StatusGroup;
}

/** How each status is labelled, coloured and grouped. */
export const statusVariants: Record<ConnectionStatus, StatusVariant> = {
  connected: { message: 'connected', tone: 'success', group: 'connected' },
  'needs-configuration': { message: 'needsConfiguration', tone: 'warning', group: 'attention' },
  'input-required': { message: 'inputRequired', tone: 'warning', group: 'attention' },
  'not-authorized': { message: 'notAuthorized', tone: 'warning', group: 'attention' },
  revoked: { message: 'revoked', tone: 'danger', group: 'attention' },
  invalid: { message: 'invalid', tone: 'danger', group: 'attention' },
  'pending-confirmation': { message: 'pendingConfirmation', tone: 'warning', group: 'attention' },
  'consent-required': { message: 'consentRequired', tone: 'warning', group: 'attention' },
  degraded: { message: 'degraded', tone: 'warning', group: 'attention' },
  disabled: { message: 'disabled', tone: 'neutral', group: 'disabled' },
  'not-connected': { message: 'notConnected', tone: 'neutral', group: 'available' },
  unknown: { message: 'unknown', tone: 'neutral', group: 'available' },
};
