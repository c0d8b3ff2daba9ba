import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatAmount, formatEuros } from '../../src/i18n/money.js';
import { LOCALE, type Language } from '../../src/i18n/language.js';

describe('formatEuros, the one money formatter', () => {
  it('writes euros as a Dutch reader does: sign, space, dots for thousands, a comma before cents', () => {
    expect([formatEuros(1250, 'nl'), formatEuros(12.5, 'nl'), formatEuros(0, 'nl')]).toEqual(['€ 1.250', '€ 12,50', '€ 0']);
  });

  it('writes euros as an English reader does: sign against the number, commas for thousands, a point before cents', () => {
    expect([formatEuros(1250, 'en'), formatEuros(12.5, 'en'), formatEuros(1_000_000, 'en')]).toEqual(['€1,250', '€12.50', '€1,000,000']);
  });
});

describe('formatAmount, Intl without loading ICU', () => {
  const intl = (amount: number, digits: 0 | 2, lang: Language) =>
    amount.toLocaleString(LOCALE[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits });

  it('writes what toLocaleString writes, for whole euros, cents and any double, in both languages', () => {
    const amounts = fc.oneof(fc.nat(), fc.integer({ min: 0, max: 10 ** 15 }), fc.nat(10 ** 9).map((cents) => cents / 100), fc.double({ min: 0, max: 1e16, noNaN: true }), fc.constantFrom(0.005, 1.005, 2.675, 999.995, 1e15 - 1, -0, -5, -0.001, Infinity, NaN));
    fc.assert(
      fc.property(amounts, fc.constantFrom<0 | 2>(0, 2), fc.constantFrom<Language>('nl', 'en'), (amount, digits, lang) => {
        expect(formatAmount(amount, digits, lang)).toBe(intl(amount, digits, lang));
      }),
      { numRuns: 5000 },
    );
  });
});
