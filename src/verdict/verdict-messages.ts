import type { Messages } from '../i18n/message-map.js';

/** Problem messages of src/verdict, by code. */
export const verdictMessages: Messages = {
  nl: {},
  en: {},
};
