import { describe, expect, it } from 'vitest';
import { allMessages } from '../../src/messages/render-problem.js';

describe('problem messages', () => {
  it('has the same codes in Dutch and English for every concept', () => {
    for (const messages of allMessages) {
      expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.nl).sort());
    }
  });

  it('never defines one code in two concepts', () => {
    const seen = new Map<string, number>();
    for (const messages of allMessages) for (const code of Object.keys(messages.nl)) seen.set(code, (seen.get(code) ?? 0) + 1);
    expect([...seen].filter(([, count]) => count > 1).map(([code]) => code)).toEqual([]);
  });

  it('renders every message without leaving a placeholder unfilled', () => {
    const params = new Proxy({}, { get: (_t, key) => `«${String(key)}»` }) as Record<string, string>;
    for (const messages of allMessages) {
      for (const lang of ['nl', 'en'] as const) {
        for (const [code, template] of Object.entries(messages[lang])) {
          const text = template(params);
          expect(text, `${lang} ${code}`).not.toMatch(/undefined|\$\{/);
          expect(text.trim().length, `${lang} ${code}`).toBeGreaterThan(0);
        }
      }
    }
  });
});
