/**
 * The gap-cost lines of `spec simulate`: when no gap item carries a price, the text says there is
 * no amount instead of "€ 0 tot € 0", which reads as free (review finding on the plan's totals);
 * and how it tells about a case it cannot use.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMain } from '../../cli/main.js';
import { fixturesDir } from '../../src/package-paths.js';
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

describe('spec simulate --cases', () => {
  it('skips a case whose answers fit no catalogue with a warning that names its codes, never its answers, and simulates the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pkvw-cases-'));
    mkdirSync(join(dir, 'gevallen'));
    cpSync(join(fixturesDir, 'cases', '06-alleen-tweestaps-email', 'answers.yaml'), join(dir, 'gevallen', 'goed.yaml'));
    const example = readFileSync(join(fixturesDir, 'answers', 'zelfcheck-voorbeeld.yaml'), 'utf8');
    // An unknown kind (schema-enum), and an answer whose value must not show in any line.
    writeFileSync(join(dir, 'gevallen', 'kapot.yaml'), example.replace(/^kind: .*/m, 'kind: inbraak').replace(/^answers:\n/m, 'answers:\n  wonen.geheim-antwoord: vertrouwelijk-detail\n'));
    for (const lang of ['nl', 'en'] as const) {
      const io = captureIo({ cwd: dir });
      expect(await runMain(['spec', 'simulate', '--cases', 'gevallen', '--population', '0', '--json', '--lang', lang], io)).toBe(0);
      const warning = io.err.split('\n').find((line) => line.includes('simulate-case-invalid'));
      // With one catalogue (no --against) the English said 'fits neither catalogue version'.
      expect(warning).toBe(
        lang === 'nl'
          ? 'gevallen/kapot.yaml: waarschuwing simulate-case-invalid geval kapot overgeslagen: het antwoordbestand past bij geen van de catalogusversies (schema-enum)'
          : 'gevallen/kapot.yaml: warning simulate-case-invalid case kapot skipped: its answers file fits no catalogue version (schema-enum)',
      );
      expect(io.err).not.toContain('vertrouwelijk-detail');
      expect(io.err).not.toMatch(/undefined|\n\s+at /);
      expect((JSON.parse(io.out) as SimulationReport).cases).toEqual({ fixtures: 1, synthetic: 0 });
    }
  });
});
