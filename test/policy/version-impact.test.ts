import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue, RiskLink } from '../../src/catalogue/catalogue-types.js';
import { loadCatalogue } from '../../src/catalogue/read-catalogue.js';
import { readAnswers } from '../../src/verdict/read-answers.js';
import { evaluate } from '../../src/verdict/evaluate.js';
import { bundledSpecDir, fixturesDir } from '../../src/package-paths.js';
import { diffCatalogues, type CatalogueDiff } from '../../src/policy/catalogue-diff.js';
import type { SimulationReport } from '../../src/policy/simulate-population.js';
import { runMain } from '../../cli/main.js';
import { captureIo } from '../support/capture-io.js';
import { addFile, copyOfSpec, editRequirement, setVersion } from './catalogue-variants.js';

const bundled = loadCatalogue();
const casesDir = join(fixturesDir, 'cases');
const caseNames = readdirSync(casesDir).sort();
const clock = new Date('2026-12-01T12:00:00Z');
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function variant(edit: (dir: string) => void): string {
  const dir = copyOfSpec();
  made.push(dir);
  edit(dir);
  return dir;
}

/** The outcome of a fixture case the way `assess` gets it: the file read and validated against that catalogue. */
function outcomeOf(catalogue: Catalogue, name: string): string {
  return evaluate(catalogue, readAnswers(join(casesDir, name, 'answers.yaml'), catalogue), clock).outcome;
}

/** The fixture cases whose outcome differs between two catalogues, found without the simulator. */
function flippedCases(oldCatalogue: Catalogue, newCatalogue: Catalogue): string[] {
  return caseNames.filter((name) => outcomeOf(oldCatalogue, name) !== outcomeOf(newCatalogue, name));
}

async function cli(args: string[]): Promise<{ exit: number; out: string; err: string }> {
  const io = captureIo();
  const exit = await runMain(args, io);
  return { exit, out: io.out, err: io.err };
}

/**
 * A requirement that is the only gap of some fixture case, with each risk link raised one level
 * (to a certifiable level above what that case reaches): raising it must flip that case.
 */
function requirementToRaise(): { id: string; caseName: string; raised: RiskLink[] } {
  const levels = bundled.levels;
  const index = (id: string) => levels.findIndex((l) => l.id === id);
  for (const name of caseNames) {
    const verdict = evaluate(bundled, readAnswers(join(casesDir, name, 'answers.yaml'), bundled), clock);
    const gaps = verdict.requirements.filter((r) => r.status === 'not-met' || r.status === 'unanswered');
    const only = gaps[0];
    if (verdict.outcome !== 'niet-op-orde' || gaps.length !== 1 || !only) continue;
    const requirement = bundled.requirements.find((r) => r.id === only.requirement);
    if (!requirement) continue;
    const raised = requirement.risks.map((link) => {
      const next = levels[index(link.minLevel) + 1];
      return next?.certifiable ? { ...link, minLevel: next.id } : link;
    });
    const caseLevel = (scenario: string) => index(verdict.risk.find((r) => r.scenario === scenario)?.level ?? '');
    const flips = raised.every((link) => caseLevel(link.scenario) < index(link.minLevel));
    if (flips && raised.some((link, i) => link.minLevel !== requirement.risks[i]?.minLevel)) return { id: requirement.id, caseName: name, raised };
  }
  throw new Error('no fixture case has a single gap whose requirement can be raised above the case level');
}

describe('a reworded requirement title', () => {
  const id = bundled.requirements[0]?.id ?? '';
  let dir = '';
  let reworded: Catalogue;
  let diff: CatalogueDiff;
  beforeAll(() => {
    dir = variant((d) => editRequirement(d, bundled, id, (r) => r.setIn(['title', 'nl'], `${String(r.getIn(['title', 'nl']))} (herzien)`)));
    reworded = loadCatalogue(dir);
    diff = diffCatalogues(bundled, reworded);
  });

  it('is exactly one rewording, a patch, with earlier answers still valid', () => {
    expect(diff.changes).toEqual([{ subject: 'requirement', id, change: 'reworded', bump: 'patch', fields: [{ field: 'title', bump: 'patch' }] }]);
    expect(diff.requiredBump).toBe('patch');
    expect(diff.answers).toEqual({ stayValid: true, invalidated: [], added: [] });
  });

  it('is flagged in text when the version number did not move, and accepted once it did', async () => {
    const same = await cli(['spec', 'diff', bundledSpecDir, dir]);
    expect(same.exit).toBe(1);
    expect(same.out).toContain(`  ~ ${id}  anders verwoord: titel  [patch]`);
    expect(same.out).toContain('Vereiste versiestap: patch.');
    expect(same.out).toContain(`TE LAAG; minimaal ${diff.version.minimum}`);
    setVersion(dir, diff.version.minimum);
    const bumped = await cli(['spec', 'diff', bundledSpecDir, dir, '--lang', 'en']);
    expect(bumped.exit).toBe(0);
    expect(bumped.out).toContain(`  ~ ${id}  reworded: title  [patch]`);
    expect(bumped.out).toContain(`Version ${bundled.metadata.version} → ${diff.version.minimum}: fine.`);
  });

  it('gives the same changes as JSON with a format version', async () => {
    const { out } = await cli(['spec', 'diff', bundledSpecDir, dir, '--json']);
    const json = JSON.parse(out) as CatalogueDiff;
    expect(json.format).toBe('pkvw-light/catalogue-diff@1');
    expect(json.changes).toEqual(diff.changes);
    expect(json.requiredBump).toBe('patch');
  });

  it('flips no fixture case in spec simulate --against', async () => {
    const { out } = await cli(['spec', 'simulate', '--spec', dir, '--against', bundledSpecDir, '--population', '0', '--json']);
    expect((JSON.parse(out) as SimulationReport).changes).toEqual([]);
    expect(flippedCases(bundled, reworded)).toEqual([]);
  });
});

describe('a raised risk level', () => {
  const { id, caseName, raised } = requirementToRaise();
  let dir = '';
  let raisedCatalogue: Catalogue;
  beforeAll(() => {
    dir = variant((d) => editRequirement(d, bundled, id, (r) => raised.forEach((link, i) => r.setIn(['risks', i, 'minLevel'], link.minLevel))));
    raisedCatalogue = loadCatalogue(dir);
  });

  it('is exactly one changed risk link, a minor change', async () => {
    const diff = diffCatalogues(bundled, raisedCatalogue);
    const before = bundled.requirements.find((r) => r.id === id)?.risks;
    expect(diff.changes).toEqual([{ subject: 'requirement', id, change: 'changed', bump: 'minor', fields: [{ field: 'risks', bump: 'minor', before, after: raised }] }]);
    expect(diff.requiredBump).toBe('minor');
    const { out } = await cli(['spec', 'diff', bundledSpecDir, dir]);
    expect(out).toContain(`  * ${id}  gewijzigd  [minor]`);
    expect(out).toContain('      risicokoppeling [minor]: ');
    expect(out).toContain('Vereiste versiestap: minor.');
    const json = JSON.parse((await cli(['spec', 'diff', bundledSpecDir, dir, '--json'])).out) as CatalogueDiff;
    expect(json.changes).toEqual(diff.changes);
  });

  it('lists exactly the fixture cases whose outcome flips, with the requirement that changed', async () => {
    const { out } = await cli(['spec', 'simulate', '--spec', dir, '--against', bundledSpecDir, '--population', '0', '--json']);
    const report = JSON.parse(out) as SimulationReport;
    const expected = flippedCases(bundled, raisedCatalogue);
    expect(expected).toContain(caseName);
    expect(report.changes?.map((c) => c.case)).toEqual(expected);
    const change = report.changes?.find((c) => c.case === caseName);
    expect(change).toMatchObject({ before: 'niet-op-orde', after: 'basis-op-orde' });
    expect(change?.requirements).toContainEqual({ requirement: id, before: 'not-met', after: 'not-applicable' });
  });

  it('says which case flipped and why in the text report', async () => {
    const { out } = await cli(['spec', 'simulate', '--spec', dir, '--against', bundledSpecDir, '--population', '0']);
    expect(out).toContain(`  ${caseName}: niet-op-orde → basis-op-orde`);
    expect(out).toMatch(new RegExp(`omdat: .*${id} niet voldaan → niet van toepassing`));
  });
});

describe('a removed question', () => {
  const question = 'wonen.vervallen-vraag';
  let oldDir = '';
  let withQuestion: Catalogue;
  beforeAll(() => {
    // The old version had one more question; the new one (the bundled catalogue) dropped it.
    oldDir = variant((d) =>
      addFile(
        d,
        'zz-vervallen.yaml',
        [
          '# yaml-language-server: $schema=./schema/catalogue-file.schema.json',
          'questions:',
          `  - id: ${question}`,
          '    section: wonen',
          '    text: { nl: "Is de schutting hoger dan twee meter?", en: "Is the fence higher than two metres?" }',
          '    type: boolean',
          '',
        ].join('\n'),
      ),
    );
    withQuestion = loadCatalogue(oldDir);
  });

  it('is exactly one removal, a major change that invalidates earlier answers to it', async () => {
    const diff = diffCatalogues(withQuestion, bundled);
    expect(diff.changes).toEqual([{ subject: 'question', id: question, change: 'removed', bump: 'major', fields: [] }]);
    expect(diff.requiredBump).toBe('major');
    expect(diff.answers).toEqual({ stayValid: false, invalidated: [question], added: [] });
    const { exit, out } = await cli(['spec', 'diff', oldDir, bundledSpecDir]);
    expect(exit).toBe(1);
    expect(out).toContain(`  - ${question}  verwijderd  [major]`);
    expect(out).toContain(`Eerdere antwoorden: niet meer geldig voor ${question}`);
    expect(out).toContain('Vereiste versiestap: major; onder 0.x is een brekende wijziging een minor-stap.');
    const json = JSON.parse((await cli(['spec', 'diff', oldDir, bundledSpecDir, '--json'])).out) as CatalogueDiff;
    expect(json.changes).toEqual(diff.changes);
    expect(json.version).toMatchObject({ step: 'same', sufficient: false });
  });

  it('flips exactly the fixture cases the engine says it flips', async () => {
    const { out } = await cli(['spec', 'simulate', '--against', oldDir, '--population', '0', '--json']);
    expect((JSON.parse(out) as SimulationReport).changes?.map((c) => c.case)).toEqual(flippedCases(withQuestion, bundled));
  });
});

describe('pkvw-light spec simulate', () => {
  it('gives the same report for the same seed and another for another seed', async () => {
    const first = await cli(['spec', 'simulate', '--population', '25', '--seed', '42', '--json']);
    const again = await cli(['spec', 'simulate', '--population', '25', '--seed', '42', '--json']);
    const other = await cli(['spec', 'simulate', '--population', '25', '--seed', '43', '--json']);
    expect(first.exit).toBe(0);
    expect(again.out).toBe(first.out);
    expect(other.out).not.toBe(first.out);
    const report = JSON.parse(first.out) as SimulationReport;
    expect(report.cases).toEqual({ fixtures: caseNames.length, synthetic: 25 });
    expect(Object.values(report.outcomes).reduce((a, b) => a + b, 0)).toBe(caseNames.length + 25);
  });

  it('reports outcomes, the requirements failing most and the gap-plan cost in text', async () => {
    const { out } = await cli(['spec', 'simulate', '--population', '10', '--lang', 'en']);
    for (const line of ['Outcomes', 'basis-op-orde', 'niet-op-orde', 'Requirements most often not in order', 'Cost of the gap plan']) expect(out).toContain(line);
  });

  it('refuses a population that is not a number, with exit 2', async () => {
    const { exit, err } = await cli(['spec', 'simulate', '--population', 'veel']);
    expect(exit).toBe(2);
    expect(err).toContain('--population');
  });
});
