import type { Messages } from '../i18n/message-map.js';

/** Problem messages of src/flow, by code. */
export const flowMessages: Messages = {
  nl: {},
  en: {},
};
