import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { loadCatalogue } from '../../src/catalogue/read-catalogue.js';
import type { Catalogue } from '../../src/catalogue/catalogue-types.js';
import { bundledSpecDir, fixturesDir } from '../../src/package-paths.js';
import { UserError } from '../../src/problems/errors.js';
import type { Problem } from '../../src/problems/problem.js';
import { bundledPopulationModel, readPopulationModel } from '../../src/policy/read-population-model.js';
import { assumptionsOf } from '../../src/policy/population-model.js';
import { formatProblemLine } from '../../src/messages/render-problem.js';

const catalogue = loadCatalogue();
const text = readFileSync(bundledPopulationModel, 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'pkvw-population-'));

/** The problems of the bundled model after one textual edit, read as a user's file (against the bundled catalogue unless said). */
function problemsAfter(edit: (text: string) => string, against: Catalogue = catalogue): Problem[] {
  const file = join(dir, 'model.yaml');
  writeFileSync(file, edit(text));
  try {
    const warnings: Problem[] = [];
    readPopulationModel(file, against, { label: 'model.yaml', onWarnings: (w) => warnings.push(...w) });
    return warnings;
  } catch (error) {
    if (error instanceof UserError) return error.problems;
    throw error;
  }
}

/** 1-based line of the first occurrence of `marker` in the edited text. */
function lineOf(edited: string, marker: string): number {
  const index = edited.indexOf(marker);
  if (index < 0) throw new Error(`marker not found: ${marker}`);
  return edited.slice(0, index).split('\n').length;
}

describe('the population model spec/populations/dsp-2026.yaml', () => {
  it('validates against the bundled catalogue without any finding', () => {
    expect(problemsAfter((t) => t)).toEqual([]);
  });

  it('cites a table and section, or states an assumption with a range, for every number in it', () => {
    const data: unknown = parseDocument(text).toJS();
    const uncited: string[] = [];
    const walk = (node: unknown, path: string[], covered: boolean) => {
      if (typeof node === 'number') {
        if (!covered) uncited.push(path.join('.'));
        return;
      }
      if (typeof node !== 'object' || node === null) return;
      const here = !Array.isArray(node) && ('cite' in node || ('range' in node && 'why' in node));
      for (const [key, value] of Object.entries(node)) walk(value, [...path, key], covered || here);
    };
    walk(data, [], false);
    expect(uncited).toEqual([]);
  });

  it('puts every assumption inside its own range and keeps the ranges within 0..1', () => {
    const model = readPopulationModel(bundledPopulationModel, catalogue);
    for (const { path, assumption } of assumptionsOf(model)) {
      expect(assumption.range[0], path.join('.')).toBeLessThanOrEqual(assumption.value);
      expect(assumption.value, path.join('.')).toBeLessThanOrEqual(assumption.range[1]);
    }
  });

  it('holds the report’s numbers: 1,922 bestuurders, 433 registrations, 369 reports, 48 urgent, n = 85', () => {
    const model = readPopulationModel(bundledPopulationModel, catalogue);
    expect(model.total.holders.count).toBe(1922);
    expect(model.total.registrations.count).toBe(433);
    expect(model.total.reports.count).toBe(369);
    expect(model.urgent).toMatchObject({ count: 48, of: 433 });
    expect(model.survey.respondents.total).toBe(85);
    // Tabel 3.3 adds up to more than 100%: several reasons per respondent.
    expect(model.reasons.items.reduce((sum, r) => sum + r.tally.total, 0)).toBe(118);
  });

  /** The bundled catalogue with one textual edit in one of its files. */
  const catalogueAfter = (file: string, from: string, to: string) => (): Catalogue => {
    const spec = join(dir, `spec-${file}`);
    cpSync(bundledSpecDir, spec, { recursive: true });
    const original = readFileSync(join(spec, file), 'utf8');
    expect(original).toContain(from);
    writeFileSync(join(spec, file), original.replace(from, to));
    return loadCatalogue(spec);
  };

  // One defect each, with the finding and the line it must be reported at.
  const defects: { name: string; edit: (t: string) => string; code: string; at: string; against?: () => Catalogue }[] = [
    { name: 'an office count that no longer adds up to Tabel 3.1', edit: (t) => t.replace('count: 1392', 'count: 1393'), code: 'population-total-mismatch', at: 'count: 1922' },
    { name: 'more reports than registrations', edit: (t) => t.replace('reports: { count: 207', 'reports: { count: 240'), code: 'population-count-exceeds', at: 'reports: { count: 240' },
    { name: 'an office in a group that does not exist', edit: (t) => t.replace('group: provincie-waterschap\n    holders: { count: 85', 'group: waterschap\n    holders: { count: 85'), code: 'population-unknown-group', at: 'group: waterschap' },
    { name: 'a role the catalogue does not know', edit: (t) => t.replace('role: dijkgraaf', 'role: watergraaf'), code: 'population-unknown-option', at: 'role: watergraaf' },
    { name: 'an assumption outside its own range', edit: (t) => t.replace('value: 0.03\n    range: [0.01, 0.06]', 'value: 0.03\n    range: [0.05, 0.06]'), code: 'population-range-excludes-value', at: 'range: [0.05, 0.06]' },
    { name: 'a question the catalogue does not have', edit: (t) => t.replace('wonen.rookmelders: {', 'wonen.rookmelder: {'), code: 'population-unknown-question', at: 'wonen.rookmelder: {' },
    { name: 'a probability for a question that is not yes/no', edit: (t) => t.replace('wonen.rookmelders: {', 'wonen.monument: {'), code: 'population-question-not-yes-no', at: 'wonen.monument: {' },
    { name: 'a tally above its respondents', edit: (t) => t.replace('total: 45, byGroup: { burgemeester: 30', 'total: 45, byGroup: { burgemeester: 37'), code: 'population-count-exceeds', at: 'burgemeester: 37' },
    { name: 'a number without its citation', edit: (t) => t.replace('urgent: { count: 48, of: 433, cite: { section: "3.1.3" } }', 'urgent: { count: 48, of: 433 }'), code: 'schema-required', at: 'urgent: {' },
    { name: 'an assumption without a range', edit: (t) => t.replace('value: 0.15\n    range: [0.05, 0.3]\n', 'value: 0.15\n'), code: 'schema-required', at: 'onlineHostility:' },
    { name: 'a section that is not a section number', edit: (t) => t.replace('cite: { section: "3.1.3" } }', 'cite: { section: "hoofdstuk 3" } }'), code: 'schema-pattern', at: 'section: "hoofdstuk 3"' },
    { name: 'a fact about the home put under basics', edit: (t) => t.replace('    wonen.gebruik.afsluiten: {', '    wonen.voordeur.groen-eigen: {'), code: 'population-not-a-basic', at: '    wonen.voordeur.groen-eigen: { value: 0.9' },
    { name: 'a basic put under facts', edit: (t) => t.replace('    verplaatsen.auto: {', '    wonen.rookmelders: {'), code: 'population-not-a-fact', at: '    wonen.rookmelders: { value: 0.8' },
    { name: 'a question of the catalogue the model does not answer', edit: (t) => t.replace(/\n {4}verplaatsen\.auto: [^\n]*/, ''), code: 'population-question-unmodelled', at: '  facts:' },
    { name: 'a choice option the question does not have', edit: (t) => t.replace('      huur: {', '      erfpacht: {'), code: 'population-unknown-option', at: 'erfpacht: {' },
    { name: 'an unknown source', edit: (t) => t.replace('source: SEED', 'source: DSP'), code: 'population-unknown-source', at: 'source: DSP' },
    { name: 'a group named twice', edit: (t) => t.replace('  - id: wethouder\n    label: { nl: Wethouders', '  - id: burgemeester\n    label: { nl: Wethouders'), code: 'population-duplicate', at: '  - id: burgemeester\n    label: { nl: Wethouders' },
    { name: 'a reason named twice', edit: (t) => t.replace('    - id: collega\n', '    - id: preventief\n'), code: 'population-duplicate', at: '    - id: preventief\n      text:\n        nl: Omdat een collega-bestuurder' },
    {
      name: 'a group without any office',
      edit: (t) => t.replace('  - id: provincie-waterschap\n', '  - id: gemeenteraad\n    label: { nl: Raadsleden, en: Councillors }\n  - id: provincie-waterschap\n'),
      code: 'population-empty-group',
      at: 'id: gemeenteraad',
    },
    {
      name: 'a tally for a group the survey has no respondents of',
      edit: (t) => t.replace('tally: { total: 51, byGroup: { burgemeester: 21, wethouder: 30 } }', 'tally: { total: 51, byGroup: { burgemeester: 21, wethouder: 30, provincie-waterschap: 0 } }'),
      code: 'population-group-without-respondents',
      at: 'provincie-waterschap: 0',
    },
    { name: 'weights for a question that is no choice', edit: (t) => t.replace('  choices:\n    wonen.eigendom:', '  choices:\n    wonen.rookmelders:'), code: 'population-question-not-choice', at: '    wonen.rookmelders:\n      koop' },
    {
      name: 'a catalogue without a question the model draws',
      edit: (t) => t,
      against: () => loadCatalogue(join(fixturesDir, 'catalogues', 'minimal')),
      code: 'population-catalogue-lacks-question',
      at: 'format: ',
    },
    {
      name: 'a catalogue whose new-build exception has no permit-year cut-off',
      edit: (t) => t,
      against: catalogueAfter('uitzonderingen.yaml', '{ answer: wonen.vergunningsjaar, atLeast: 2000 }', '{ answer: wonen.vergunningsjaar, atMost: 2100 }'),
      code: 'population-no-new-build-cut-off',
      at: 'format: ',
    },
  ];
  it.each(defects)('reports $name at its line', ({ edit, code, at, against }) => {
    const edited = edit(text);
    if (against === undefined) expect(edited).not.toBe(text);
    const problems = problemsAfter(edit, against?.());
    expect(problems.map((p) => p.code)).toContain(code);
    const problem = problems.find((p) => p.code === code)!;
    expect(problem).toMatchObject({ severity: 'error', file: 'model.yaml' });
    // A missing key is reported where its object starts; the marker's line or the one after it.
    expect([lineOf(edited, at), lineOf(edited, at) + 1]).toContain(problem.line);
    expect(formatProblemLine(problem, 'nl')).toMatch(/^model\.yaml:\d+:\d+: fout /);
    for (const lang of ['nl', 'en'] as const) expect(formatProblemLine(problem, lang)).not.toMatch(/undefined|NaN|\[object /);
  });

  it('warns when the modeline is missing, so editors would not check the file', () => {
    expect(problemsAfter((t) => t.split('\n').slice(1).join('\n'))).toEqual([expect.objectContaining({ code: 'population-modeline-missing', severity: 'warning', line: 1 })]);
  });

  it('says a missing file is a usage error, not a stack trace', () => {
    expect(() => readPopulationModel(join(dir, 'absent.yaml'), catalogue, { label: 'absent.yaml' })).toThrow(expect.objectContaining({ exitCode: 2, problems: [expect.objectContaining({ code: 'file-not-found' })] }));
  });
});
