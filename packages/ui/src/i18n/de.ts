import { deDialogMessages } from '../dialog/dialogMessages.js';
import { deOAuthMessages } from '../oauth/oauthMessages.js';
import { deFormMessages } from '../settings-form/formMessages.js';
import { deCoreMessages } from './coreMessages.js';
import type { Messages } from './messages.js';

/** Every visible string of the kit in German. */
export const deMessages: Messages = {
  ...deCoreMessages,
  dialog: deDialogMessages,
  oauth: deOAuthMessages,
  form: deFormMessages,
};
