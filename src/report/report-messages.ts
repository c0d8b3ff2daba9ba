import { defineMessages, type CodeOf, type ParamsOf } from '../i18n/message-map.js';

/** Problem messages of src/report, by code. */
export const reportMessages = defineMessages({
  nl: {
    'report-sign-needs-issuer': () => '--sign vraagt --issuer BEDRIJF.p12',
    'report-issuer-without-sign': () => '--issuer zonder --sign: voeg --sign toe om het rapport te ondertekenen, of laat --issuer weg',
  },
  en: {
    'report-sign-needs-issuer': () => '--sign needs --issuer FIRM.p12',
    'report-issuer-without-sign': () => '--issuer without --sign: add --sign to sign the report, or leave out --issuer',
  },
});

export type ReportCode = CodeOf<typeof reportMessages>;

/** What the message of `Code` reads: an emitter that gives less, or other names, fails tsc. */
export type ReportParams<Code extends ReportCode> = ParamsOf<typeof reportMessages, Code>;
