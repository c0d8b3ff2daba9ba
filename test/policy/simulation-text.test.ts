/**
 * The gap-cost lines of `spec simulate`: when no gap item carries a price, the text says there is
 * no amount instead of "€ 0 tot € 0", which reads as free (review finding on the plan's totals).
 */
import { describe, expect, it } from 'vitest';
import { runMain } from '../../cli/main.js';
import type { SimulationReport } from '../../src/policy/simulate-population.js';
import { renderSimulationText } from '../../src/policy/simulation-text.js';
import { captureIo } from '../support/capture-io.js';

async function report(): Promise<SimulationReport> {
  const io = captureIo();
  expect(await runMain(['spec', 'simulate', '--population', '200', '--seed', '3', '--json'], io), io.err).toBe(0);
  return JSON.parse(io.out) as SimulationReport;
}

describe('the gap-cost lines of spec simulate', () => {
  it('give no euro amount when no gap item has a cost indication, in both languages', async () => {
    const unpriced = await report();
    const gap = { ...unpriced.gapPlan, averageWhenGap: { min: 0, max: 0 }, averageOverAll: { min: 0, max: 0 }, itemsWithoutCost: Math.max(1, unpriced.gapPlan.itemsWithoutCost) };
    const text = { nl: renderSimulationText({ ...unpriced, gapPlan: gap }, 'nl'), en: renderSimulationText({ ...unpriced, gapPlan: gap }, 'en') };
    expect(text.nl).toContain('geen bedrag: geen van hun');
    expect(text.en).toContain('no amount: none of their');
    expect(text.nl).not.toMatch(/€\s?0\b/);
    expect(text.en).not.toMatch(/€\s?0\b/);
  });

  it('give the averages when some item is priced', async () => {
    const base = await report();
    const priced = { ...base, gapPlan: { ...base.gapPlan, averageWhenGap: { min: 100, max: 250 }, averageOverAll: { min: 50, max: 125 }, itemsWithoutCost: 3 } };
    const text = renderSimulationText(priced, 'nl');
    expect(text).toMatch(/gemiddeld € 100 tot € 250 per geval/);
    expect(text).toContain('3 verbeterpunten zonder kostenindicatie');
  });
});
