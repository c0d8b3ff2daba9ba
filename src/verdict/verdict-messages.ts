import { defineMessages } from '../i18n/message-map.js';

/** Problem messages of src/verdict, by code. */
export const verdictMessages = defineMessages({
  nl: {},
  en: {},
});
