import { describe, expect, it } from 'vitest';
import { formatEuros } from '../../src/i18n/money.js';

describe('formatEuros, the one money formatter', () => {
  it('writes euros as a Dutch reader does: sign, space, dots for thousands, a comma before cents', () => {
    expect([formatEuros(1250, 'nl'), formatEuros(12.5, 'nl'), formatEuros(0, 'nl')]).toEqual(['€ 1.250', '€ 12,50', '€ 0']);
  });

  it('writes euros as an English reader does: sign against the number, commas for thousands, a point before cents', () => {
    expect([formatEuros(1250, 'en'), formatEuros(12.5, 'en'), formatEuros(1_000_000, 'en')]).toEqual(['€1,250', '€12.50', '€1,000,000']);
  });
});
