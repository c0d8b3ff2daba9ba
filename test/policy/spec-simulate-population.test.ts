/**
 * `spec simulate --population N` draws its synthetic bestuurders from the bundled population model
 * (spec/populations/dsp-2026.yaml), not from four offices drawn evenly: every office of Tabel 3.1
 * in its own number, heemraden and the commissarissen van de Koning included.
 */
import { describe, expect, it } from 'vitest';
import { runMain } from '../../cli/main.js';
import { loadCatalogue } from '../../src/catalogue/read-catalogue.js';
import { bundledPopulationModel, readPopulationModel } from '../../src/policy/read-population-model.js';
import type { SimulationReport } from '../../src/policy/simulate-population.js';
import { captureIo } from '../support/capture-io.js';

const model = readPopulationModel(bundledPopulationModel, loadCatalogue());

async function simulate(argv: string[]): Promise<{ exit: number; out: string; err: string }> {
  const io = captureIo();
  const exit = await runMain(['spec', 'simulate', ...argv], io);
  return { exit, out: io.out, err: io.err };
}

describe('spec simulate --population', () => {
  it('draws 1,922 bestuurders in the numbers of Tabel 3.1 and says which model they come from', async () => {
    const { exit, out, err } = await simulate(['--population', '1922', '--seed', '1', '--json']);
    expect(exit, err).toBe(0);
    const report = JSON.parse(out) as SimulationReport;
    expect(report.population).toEqual({ model: 'dsp-2026', file: 'spec/populations/dsp-2026.yaml', roles: Object.fromEntries(model.offices.map((o) => [o.role, o.holders.count])) });
    expect(report.cases.synthetic).toBe(1922);
    expect(Object.keys(report.population?.roles ?? {})).toEqual(expect.arrayContaining(['heemraad', 'commissaris-van-de-koning']));
  });

  it('names the model and the offices in its text, in Dutch and English', async () => {
    const nl = await simulate(['--population', '40', '--seed', '3']);
    expect(nl.out).toMatch(/getrokken uit populatiemodel dsp-2026 \(spec\/populations\/dsp-2026\.yaml\): \d+ wethouder, \d+ burgemeester/);
    const en = await simulate(['--population', '40', '--seed', '3', '--lang', 'en']);
    expect(en.out).toMatch(/drawn from population model dsp-2026 \(spec\/populations\/dsp-2026\.yaml\): \d+ wethouder, \d+ burgemeester/);
  });

  it('reads no model when it draws nobody', async () => {
    const { exit, out } = await simulate(['--population', '0', '--json']);
    expect(exit).toBe(0);
    expect((JSON.parse(out) as SimulationReport).population).toBeUndefined();
  });
});
