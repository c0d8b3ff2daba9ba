import { LOCALE, type Language } from './language.js';

const WITH_SIGN: Record<Language, (number: string) => string> = { nl: (n) => `€ ${n}`, en: (n) => `€${n}` };

/**
 * Euros as a Dutch or an English reader writes them, cents only when there are any: `€ 1.250`,
 * `€ 12,50` / `€1,250`, `€12.50`. The one money formatter: verdict text, PDFs, catalogue documents
 * and simulations all print amounts through it, so the same amount reads the same everywhere.
 */
export function formatEuros(amount: number, lang: Language): string {
  const digits = Number.isInteger(amount) ? 0 : 2;
  return WITH_SIGN[lang](amount.toLocaleString(LOCALE[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits }));
}
