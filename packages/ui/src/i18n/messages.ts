import { enDialogMessages } from './dialogMessages.js';
import { enOAuthMessages } from './oauthMessages.js';
import { enFormMessages } from './formMessages.js';
import { enCoreMessages } from './coreMessages.js';
import { enConsentMessages } from './consentMessages.js';
import { enHealthMessages } from './healthMessages.js';
import { enSessionMessages } from './sessionMessages.js';
import { enCapabilityMessages } from './capabilityMessages.js';
import { enLogsMessages } from './logsMessages.js';
import { enMappingMessages } from './mappingMessages.js';

/** Every visible string of the kit in English: core parts at the top, features under their key. */
export const enMessages = {
  /** The BCP 47 tag of the language these strings are in (its numbers and plural rules). */
  locale: 'en',
  ...enCoreMessages,
  dialog: enDialogMessages,
  oauth: enOAuthMessages,
  form: enFormMessages,
  consent: enConsentMessages,
  health: enHealthMessages,
  session: enSessionMessages,
  capabilities: enCapabilityMessages,
  logs: enLogsMessages,
  mapping: enMappingMessages,
};

/** The shape of all the kit's strings; a locale or an override follows it. */
export type Messages = typeof enMessages;
