import type { Messages } from '../i18n/message-map.js';

/** Problem messages of src/policy, by code. */
export const policyMessages: Messages = {
  nl: {},
  en: {},
};
