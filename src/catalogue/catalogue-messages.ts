import type { Messages } from '../i18n/message-map.js';

/** Problem messages of src/catalogue, by code. */
export const catalogueMessages: Messages = {
  nl: {},
  en: {},
};
