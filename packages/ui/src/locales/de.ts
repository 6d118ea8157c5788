// Entry of `@integrations-kit/ui/locales/de`: German lives off the main entry, so hosts that
// speak only English never ship it. Pass it on: `<IntegrationsPage messages={de} />`.
import { deDialogMessages } from '../i18n/dialogMessages.js';
import { deCoreMessages } from '../i18n/coreMessages.js';
import type { Messages } from '../i18n/messages.js';
import { deOAuthMessages } from '../i18n/oauthMessages.js';
import { deFormMessages } from '../i18n/formMessages.js';
import { deConsentMessages } from '../i18n/consentMessages.js';
import { deHealthMessages } from '../i18n/healthMessages.js';
import { deSessionMessages } from '../i18n/sessionMessages.js';
import { deCapabilityMessages } from '../i18n/capabilityMessages.js';
import { deLogsMessages } from '../i18n/logsMessages.js';
import { deMappingMessages } from '../i18n/mappingMessages.js';

/**
 * Every visible string of the kit in German, for `messages` of `IntegrationsPage` or `MessagesProvider`.
 *
 * @example <IntegrationsPage redirectUri={redirectUri} messages={mergeMessages(de, { grid: { retry: 'Neu laden' } })} />
 */
export const de: Messages = {
  locale: 'de',
  ...deCoreMessages,
  dialog: deDialogMessages,
  oauth: deOAuthMessages,
  form: deFormMessages,
  consent: deConsentMessages,
  health: deHealthMessages,
  session: deSessionMessages,
  capabilities: deCapabilityMessages,
  logs: deLogsMessages,
  mapping: deMappingMessages,
};

/** German strings of the connection dialog. */
export { deDialogMessages };
/** German strings of the OAuth parts. */
export { deOAuthMessages };
/** German strings of the settings forms. */
export { deFormMessages };
/** German strings of the consent view. */
export { deConsentMessages };
/** German strings of the health timeline. */
export { deHealthMessages };
/** German strings of the activity log. */
export { deLogsMessages };
/** German strings of the field-mapping view. */
export { deMappingMessages };
/** German strings of the session's page parts (sandbox banner, consumer card, footer). */
export { deSessionMessages };
/** German strings of the connector's capabilities and guide. */
export { deCapabilityMessages };
