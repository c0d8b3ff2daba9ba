import { LOCALE, type Language } from './language.js';

const WITH_SIGN: Record<Language, (number: string) => string> = { nl: (n) => `€ ${n}`, en: (n) => `€${n}` };

/** The marks of LOCALE's number format: what `toLocaleString` writes between thousands and before cents. */
const MARKS: Record<Language, { thousands: string; decimal: string }> = { nl: { thousands: '.', decimal: ',' }, en: { thousands: ',', decimal: '.' } };

/**
 * Euros as a Dutch or an English reader writes them, cents only when there are any: `€ 1.250`,
 * `€ 12,50` / `€1,250`, `€12.50`. The one money formatter: verdict text, PDFs, catalogue documents
 * and simulations all print amounts through it, so the same amount reads the same everywhere.
 */
export function formatEuros(amount: number, lang: Language): string {
  const digits = Number.isInteger(amount) ? 0 : 2;
  return WITH_SIGN[lang](formatAmount(amount, digits, lang));
}

/**
 * `amount.toLocaleString(LOCALE[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits })`,
 * written out for the amounts money has (0, or from 10^-6 up to below 10^15): the first use of Intl in
 * a process loads ICU's locale data, 12–28 ms, which was on the path of every report. Like Intl it
 * rounds the shortest decimal form of the number half up (1.005 is 1,01); test/i18n/money.test.ts
 * holds the two equal. Anything else goes to Intl.
 */
export function formatAmount(amount: number, digits: 0 | 2, lang: Language): string {
  if (!(amount === 0 || (amount >= 1e-6 && amount < 1e15)) || Object.is(amount, -0)) {
    return amount.toLocaleString(LOCALE[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits });
  }
  const [whole = '0', fraction = ''] = String(amount).split('.');
  const kept = fraction.slice(0, digits).padEnd(digits, '0');
  let rounded = `${whole}${kept}`;
  if ((fraction[digits] ?? '0') >= '5') rounded = (BigInt(rounded) + 1n).toString().padStart(digits + 1, '0');
  const units = rounded.slice(0, rounded.length - digits);
  const cents = rounded.slice(rounded.length - digits);
  const marks = MARKS[lang];
  const grouped = units.replace(/\B(?=(\d{3})+$)/g, marks.thousands);
  return digits === 0 ? grouped : `${grouped}${marks.decimal}${cents}`;
}
