import type { Messages } from '../i18n/message-map.js';

/** Problem messages of src/answers, by code. */
export const answersMessages: Messages = {
  nl: {},
  en: {},
};
