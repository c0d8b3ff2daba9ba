import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/read-catalogue.js';
import { bundledPopulationModel, readPopulationModel } from '../../src/policy/read-population-model.js';
import { FIRST_STEPS, simulateImpact, type ImpactReport } from '../../src/policy/population-impact.js';
import { pkvwBaselineRequirements } from '../../src/policy/pkvw-baseline.js';
import { runMain } from '../../cli/main.js';
import { captureIo } from '../support/capture-io.js';
import { copyOfSpec, editRequirement } from './catalogue-variants.js';

const catalogue = loadCatalogue();
const model = readPopulationModel(bundledPopulationModel, catalogue);
const small = (seed: string): ImpactReport => simulateImpact({ catalogue, model, population: 500, seed, sensitivityRuns: 3, baseline: true });

async function cli(args: string[]) {
  const io = captureIo();
  const exit = await runMain(args, io);
  return { exit, out: io.out, err: io.err };
}

describe('policy impact: PKVW-light against today’s PKVW requirement', () => {
  const report = small('1');

  it('gives the same report for the same seed, and another for another seed', () => {
    expect(small('1')).toEqual(report);
    expect(small('2')).not.toEqual(report);
  });

  it('judges the same advised bestuurders under both rules', () => {
    const { cases } = report;
    expect(cases.drawn).toBe(500);
    expect(cases.noRegistration + cases.registeredWithoutReport + cases.advised).toBe(500);
    const light = report.rules['pkvw-light']!;
    const today = report.rules['pkvw-baseline']!;
    const advisedPerMeasure = (r: typeof light) => Object.fromEntries(r.perMeasure.map((m) => [m.measure, m.advised]));
    expect(advisedPerMeasure(light)).toEqual(advisedPerMeasure(today));
    expect(report.groups.reduce((sum, g) => sum + g.advised, 0)).toBe(cases.advised);
  });

  it('puts every central share inside 0..1 and every band in order', () => {
    const bands = [
      ...Object.values(report.rules).flatMap((r) => [r.basicsInOrder, r.canFundAll, r.measuresFundable, ...r.perMeasure.map((m) => m.share), ...r.blockers.map((b) => b.share), ...Object.values(r.firstSteps)]),
      ...report.groups.flatMap((g) => Object.values(g.rules).flatMap((r) => [r.basicsInOrder, r.canFundAll])),
    ];
    for (const band of bands) {
      expect(band.low).toBeLessThanOrEqual(band.high);
      for (const x of [band.value, band.low, band.high]) expect(x >= 0 && x <= 1).toBe(true);
    }
    for (const rule of Object.values(report.rules)) {
      const total = FIRST_STEPS.reduce((sum, step) => sum + rule.firstSteps[step].value, 0);
      expect(total).toBeCloseTo(1, 3);
    }
  });

  it('blocks today only by the PKVW dwelling requirements (or the police/OM route)', () => {
    const allowed = new Set([...pkvwBaselineRequirements(catalogue), 'doorverwijzen']);
    for (const b of report.rules['pkvw-baseline']!.blockers) expect(allowed.has(b.requirement), b.requirement).toBe(true);
  });

  it('compares today’s blocked share with the 21% of §3.2.4, read both ways the report allows', () => {
    const c = report.calibration!;
    expect(c.named.low).toBeCloseTo((0.21 * 44) / 85, 4);
    expect(c.named.high).toBe(0.21);
    expect(c.baselineBlocked.value).toBeCloseTo(1 - report.rules['pkvw-baseline']!.basicsInOrder.value, 4);
    expect(c.verdict).toBe(c.baselineBlocked.high < c.named.low ? 'below' : 'consistent');
  });

  it('lists every assumption of the model with its value and range', () => {
    expect(report.assumptions.length).toBeGreaterThan(30);
    expect(report.assumptions).toContainEqual({ path: 'monument', value: 0.03, range: [0.01, 0.06] });
  });
});

describe('spec simulate --model', () => {
  it('prints both rules side by side, per group, with the calibration, and writes the chart', async () => {
    const chart = join(mkdtempSync(join(tmpdir(), 'pkvw-chart-')), 'impact.svg');
    const { exit, out, err } = await cli(['spec', 'simulate', '--model', 'spec/populations/dsp-2026.yaml', '--baseline', 'pkvw', '--population', '300', '--runs', '2', '--chart', chart, '--lang', 'en']);
    expect(err).toBe('');
    expect(exit).toBe(0);
    expect(out).toMatch(/basics in order: PKVW-light [\d.]+%.* · today's PKVW requirement [\d.]+%/);
    expect(out).toContain('Mayors (');
    expect(out).toContain('Province and water board (');
    expect(out).toContain('Calibration:');
    const svg = readFileSync(chart, 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain("today's PKVW requirement");
  });

  it('gives JSON with a format version, the same for the same seed', async () => {
    const args = ['spec', 'simulate', '--model', 'spec/populations/dsp-2026.yaml', '--baseline', 'pkvw', '--population', '200', '--runs', '1', '--json'];
    const first = await cli(args);
    const second = await cli(args);
    expect(first.exit).toBe(0);
    expect(first.out).toBe(second.out);
    expect(JSON.parse(first.out)).toMatchObject({ format: 'pkvw-light/policy-impact@1', population: 200, sensitivityRuns: 1 });
  });

  it('with --against names the measures whose funding flips between the versions, and only those', async () => {
    // The older version also tied the letterbox to burglary: then the hardware of the whole home could block it.
    const older = copyOfSpec();
    editRequirement(older, catalogue, 'WON-16', (requirement) => requirement.setIn(['measure', 'scenarios'], ['SC-02', 'SC-07', 'SC-13']));
    try {
      const { exit, out } = await cli(['spec', 'simulate', '--model', 'spec/populations/dsp-2026.yaml', '--population', '600', '--runs', '0', '--against', older, '--json']);
      expect(exit).toBe(0);
      const flips = (JSON.parse(out) as ImpactReport).flips!;
      const changed = flips.measures.filter((m) => m.gained + m.lost > 0);
      expect(changed.map((m) => m.measure)).toEqual(['WON-16']);
      expect(changed[0]).toMatchObject({ lost: 0 });
      expect(changed[0]!.gained).toBeGreaterThan(0);
    } finally {
      rmSync(older, { recursive: true, force: true });
    }
  });

  it('refuses an unknown baseline, --cases beside --model and --runs without --model as usage errors', async () => {
    const base = ['spec', 'simulate', '--model', 'spec/populations/dsp-2026.yaml'];
    expect(await cli([...base, '--baseline', 'pkvw2'])).toMatchObject({ exit: 2, err: expect.stringContaining('--baseline') });
    expect(await cli([...base, '--cases', 'fixtures/cases'])).toMatchObject({ exit: 2, err: expect.stringContaining('simulate-options-exclude') });
    expect(await cli(['spec', 'simulate', '--runs', '3'])).toMatchObject({ exit: 2, err: expect.stringContaining('simulate-option-needs-model') });
    expect(await cli([...base, '--runs', 'many'])).toMatchObject({ exit: 2, err: expect.stringContaining('--runs') });
  });

  it('reports a broken model with its file:line:column and exit 1', async () => {
    const { exit, err } = await cli(['spec', 'simulate', '--model', 'fixtures/answers/zelfcheck-voorbeeld.yaml']);
    expect(exit).toBe(1);
    expect(err).toMatch(/^fixtures\/answers\/zelfcheck-voorbeeld\.yaml:\d+:\d+: fout /m);
    expect(err).not.toMatch(/at .*\.ts:\d+/);
  });
});
