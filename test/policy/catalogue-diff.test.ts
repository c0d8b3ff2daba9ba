import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Catalogue, CostIndication, Question, QuestionOption, Requirement } from '../../src/catalogue/catalogue-types.js';
import { loadCatalogue } from '../../src/catalogue/read-catalogue.js';
import { fixturesDir } from '../../src/package-paths.js';
import { diffCatalogues } from '../../src/policy/catalogue-diff.js';
import { compareVersions } from '../../src/policy/semantic-version.js';

const minimal = loadCatalogue(join(fixturesDir, 'catalogues', 'minimal'));

function changed(edit: (c: Catalogue) => void): Catalogue {
  const copy = structuredClone(minimal);
  edit(copy);
  return copy;
}

function question(c: Catalogue, id: string) {
  const q = c.questions.find((x) => x.id === id);
  if (!q) throw new Error(`no question ${id}`);
  return q;
}

function requirement(c: Catalogue, id: string) {
  const r = c.requirements.find((x) => x.id === id);
  if (!r) throw new Error(`no requirement ${id}`);
  return r;
}

function first<T>(items: readonly T[]): T {
  const item = items[0];
  if (item === undefined) throw new Error('empty list');
  return item;
}

function optionsOf(q: Question): QuestionOption[] {
  if (!q.options) throw new Error(`${q.id} has no options`);
  return q.options;
}

function costOf(r: Requirement): CostIndication {
  if (!r.cost) throw new Error(`${r.id} has no cost`);
  return r.cost;
}

describe('the version step a catalogue change needs', () => {
  it.each([
    ['a question text reworded', 'patch', (c: Catalogue): void => void (question(c, 'wonen.achterdeur').text.nl = 'Is er een achterdeur?')],
    ['an option label reworded', 'patch', (c: Catalogue): void => void (first(optionsOf(question(c, 'wonen.slot'))).label.en = 'SKG 2 stars')],
    ['a cost indication changed', 'patch', (c: Catalogue): void => void (costOf(requirement(c, 'WON-01')).max = 500)],
    ['a source retitled', 'patch', (c: Catalogue): void => void (first(c.sources).title = 'PKVW')],
    ['an option added', 'minor', (c: Catalogue): void => void optionsOf(question(c, 'wonen.slot')).push({ value: 'skg1', label: { nl: 'SKG één ster', en: 'SKG one star' } })],
    ['a number range widened', 'minor', (c: Catalogue): void => void (question(c, 'wonen.lampen').max = 50)],
    ['an askWhen dropped', 'minor', (c: Catalogue): void => void delete question(c, 'wonen.slot').askWhen],
    ['a requirement level lowered', 'minor', (c: Catalogue): void => void (first(requirement(c, 'WON-02').risks).minLevel = 'A')],
    ['a metWhen changed', 'minor', (c: Catalogue): void => void (requirement(c, 'WON-01').metWhen = { answer: 'wonen.slot', is: 'skg3' })],
    ['the evidence demanded raised', 'minor', (c: Catalogue): void => void (requirement(c, 'WON-02').evidence = 'document')],
    ['a risk rule level changed', 'minor', (c: Catalogue): void => void (first(c.riskRules).level = 'C')],
    ['a scenario baseline raised', 'minor', (c: Catalogue): void => void (first(c.scenarios).baseline = 'B')],
    ['a requirement added', 'minor', (c: Catalogue): void => void c.requirements.push({ ...structuredClone(requirement(c, 'WON-02')), id: 'WON-09' })],
    ['the certificate validity shortened', 'minor', (c: Catalogue): void => void (c.metadata.certificate.validityMonths = 24)],
    ['a question type changed', 'major', (c: Catalogue): void => void (question(c, 'wonen.lampen').type = 'boolean')],
    ['an option value removed', 'major', (c: Catalogue): void => void optionsOf(question(c, 'wonen.slot')).pop()],
    ['a number range narrowed', 'major', (c: Catalogue): void => void (question(c, 'wonen.lampen').max = 10)],
    ['a requirement removed', 'major', (c: Catalogue): void => void c.requirements.pop()],
    ['an exception removed', 'major', (c: Catalogue): void => void c.exceptions.pop()],
    ['a level removed', 'major', (c: Catalogue): void => void c.levels.pop()],
    ['the keurmerk id changed', 'major', (c: Catalogue): void => void (c.metadata.id = 'pkvw-anders')],
  ] as const)('%s needs a %s step', (_name, bump, edit) => {
    expect(diffCatalogues(minimal, changed(edit)).requiredBump).toBe(bump);
  });

  it('needs no step and accepts the same version when nothing changed', () => {
    const diff = diffCatalogues(minimal, structuredClone(minimal));
    expect(diff.changes).toEqual([]);
    expect(diff.requiredBump).toBe('none');
    expect(diff.version).toEqual({ required: 'none', step: 'same', sufficient: true, minimum: minimal.metadata.version });
  });

  it('calls an added option no rewording of the labels that stayed', () => {
    const diff = diffCatalogues(minimal, changed((c) => void optionsOf(question(c, 'wonen.slot')).push({ value: 'skg1', label: { nl: 'x', en: 'x' } })));
    expect(diff.changes.map((c) => c.change)).toEqual(['changed']);
  });

  it('flags a new version number that is lower, or a smaller step than needed', () => {
    const minor = (version: string) => diffCatalogues(minimal, changed((c) => { c.metadata.version = version; first(c.riskRules).level = 'C'; })).version;
    expect(minor('1.0.1')).toEqual({ required: 'minor', step: 'patch', sufficient: false, minimum: '1.1.0' });
    expect(minor('0.9.0')).toMatchObject({ step: 'lower', sufficient: false });
    expect(minor('1.1.0')).toMatchObject({ step: 'minor', sufficient: true });
    expect(minor('2.0.0')).toMatchObject({ step: 'major', sufficient: true });
    expect(minor('1.1')).toMatchObject({ step: 'invalid', sufficient: false });
  });

  it('asks a minor step for a breaking change under 0.x, and still a minor step for a verdict change', () => {
    const from0 = (edit: (c: Catalogue) => void, version: string) => {
      const old = changed((c) => void (c.metadata.version = '0.1.0'));
      return diffCatalogues(old, changed((c) => { edit(c); c.metadata.version = version; }));
    };
    const removed = from0((c) => void c.requirements.pop(), '0.2.0');
    expect({ requiredBump: removed.requiredBump, version: removed.version }).toEqual({ requiredBump: 'major', version: { required: 'minor', step: 'minor', sufficient: true, minimum: '0.2.0' } });
    expect(from0((c) => void c.requirements.pop(), '0.1.1').version).toEqual({ required: 'minor', step: 'patch', sufficient: false, minimum: '0.2.0' });
    expect(from0((c) => void (first(c.riskRules).level = 'C'), '0.1.1').version).toMatchObject({ required: 'minor', sufficient: false, minimum: '0.2.0' });
    expect(from0((c) => void (first(c.sources).title = 'PKVW'), '0.1.1').version).toMatchObject({ required: 'patch', sufficient: true });
  });

  it('keeps a breaking change a major step from 1.0.0 on', () => {
    const diff = diffCatalogues(minimal, changed((c) => { c.requirements.pop(); c.metadata.version = '1.1.0'; }));
    expect(diff.version).toMatchObject({ required: 'major', sufficient: false, minimum: '2.0.0' });
  });

  it('compares versions number by number, not as text', () => {
    expect(compareVersions('1.9.0', '1.10.0')).toBe('minor');
    expect(compareVersions('1.10.0', '1.9.9')).toBe('lower');
  });
});
