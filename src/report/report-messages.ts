import type { Messages } from '../i18n/message-map.js';

/** Problem messages of src/report, by code. */
export const reportMessages: Messages = {
  nl: {},
  en: {},
};
