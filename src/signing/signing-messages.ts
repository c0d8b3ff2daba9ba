import type { Messages } from '../i18n/message-map.js';

/** Problem messages of src/signing, by code. */
export const signingMessages: Messages = {
  nl: {},
  en: {},
};
