/**
 * Meta-test over the bundled catalogue: the properties policy experts rely on when they review
 * PKVW-light (every owner basic risk-linked, sourced and decidable; the overview in spec/README.md
 * in step with the YAML; every example answers file readable against the catalogue).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOMAINS, type Requirement } from '../../src/catalogue/catalogue-types.js';
import { loadCatalogue, readCatalogue } from '../../src/catalogue/read-catalogue.js';
import { readAnswers } from '../../src/verdict/read-answers.js';
import { evaluate } from '../../src/verdict/evaluate.js';
import type { Problem } from '../../src/problems/problem.js';
import { parseYamlDocument } from '../../src/yaml/yaml-document.js';
import { bundledSpecDir, fixturesDir } from '../../src/package-paths.js';

const catalogue = loadCatalogue();
const owner = catalogue.requirements.filter((r) => r.responsibility === 'bestuurder');
const casesDir = join(fixturesDir, 'cases');
const caseNames = readdirSync(casesDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
const specYamlFiles = readdirSync(bundledSpecDir).filter((f) => f.endsWith('.yaml')).sort();

describe('the bundled catalogue', () => {
  it('validates with no errors and no warnings', () => {
    const { catalogue: read, problems } = readCatalogue(bundledSpecDir);
    expect(read).toBeDefined();
    expect(problems.map((p) => `${p.file}:${p.line} ${p.code}`)).toEqual([]);
  });

  it('holds at least 40 requirements, with owner basics in each of the four domains', () => {
    expect(catalogue.requirements.length).toBeGreaterThanOrEqual(40);
    for (const domain of DOMAINS) expect(owner.filter((r) => r.domain === domain).length, domain).toBeGreaterThanOrEqual(5);
  });

  it('gives every owner basic a risk link, a met-condition, a source and a remedy in both languages', () => {
    const incomplete = owner.filter((r) => r.risks.length === 0 || !r.metWhen || r.sources.length === 0 || !r.remedy.nl.trim() || !r.remedy.en.trim());
    expect(incomplete.map((r) => r.id)).toEqual([]);
  });

  it('gives every requirement and measure a cost class and who pays, with a source for every amount', () => {
    expect(catalogue.requirements.filter((r) => !r.costClass).map((r) => r.id)).toEqual([]);
    const unsourced = catalogue.requirements.filter((r) => r.costClass?.kind === 'known-amount' && (r.costClass.sources ?? []).length === 0);
    expect(unsourced.map((r) => r.id)).toEqual([]);
    expect(catalogue.requirements.filter((r) => r.responsibility === 'werkgever' && r.costClass?.paidBy !== 'werkgever').map((r) => r.id)).toEqual([]);
  });

  it('links every concrete employer measure to the scenarios it protects against, and names the rest as context', () => {
    const context = ['WRK-12', 'WRK-13', 'WRK-16', 'WRK-18', 'WRK-19', 'VPL-11'];
    const employer = catalogue.requirements.filter((r) => r.responsibility === 'werkgever');
    expect(employer.filter((r) => !r.measure).map((r) => r.id).sort()).toEqual(context.sort());
    for (const r of employer.filter((e) => e.measure)) {
      expect(r.measure?.scenarios.length, r.id).toBeGreaterThan(0);
      for (const s of r.measure?.scenarios ?? []) expect(r.risks.map((l) => l.scenario), `${r.id} ${s}`).toContain(s);
    }
  });

  it('never lets an employer measure decide the verdict', () => {
    const deciding = catalogue.requirements.filter((r) => r.responsibility === 'werkgever' && (r.metWhen !== undefined || (r.exceptions ?? []).length > 0));
    expect(deciding.map((r) => r.id)).toEqual([]);
  });

  it('demands inspection for certified hardware and self-declaration for nothing physical', () => {
    const hardware = owner.filter((r) => (r.norms ?? []).some((n) => n.includes('WK2') || n.startsWith('SKG')));
    expect(hardware.length).toBeGreaterThan(0);
    expect(hardware.filter((r) => r.evidence !== 'inspected').map((r) => r.id)).toEqual([]);
  });

  it('mitigates every scenario with at least one owner basic', () => {
    const served = new Set(owner.flatMap((r) => r.risks.map((l) => l.scenario)));
    expect(catalogue.scenarios.map((s) => s.id).filter((id) => !served.has(id))).toEqual([]);
  });

  it('has baseline basics at level A for burglary on the ground floor, and upper storeys only at higher levels', () => {
    const byId = new Map(catalogue.requirements.map((r) => [r.id, r]));
    const minLevels = (id: string) => byId.get(id)?.risks.map((l) => l.minLevel) ?? [];
    expect(minLevels('WON-01')).toContain('A');
    expect(minLevels('WON-02')).toContain('A');
    expect(minLevels('WON-03')).not.toContain('A');
  });

  it('refers level D to the police and OM instead of certifying it', () => {
    expect(catalogue.levels.map((l) => [l.id, l.certifiable])).toEqual([['A', true], ['B', true], ['C', true], ['D', false]]);
  });

  it('namespaces the sources of the two briefs and marks their proposals as proposals', () => {
    for (const source of catalogue.sources) {
      expect(source.id, source.id).toMatch(/^(SEED|WON-[SP]\d+|WVI-[SP]\d+)$/);
      expect(source.kind === 'proposal', source.id).toBe(/-P\d+$/.test(source.id));
    }
  });

  it('starts every catalogue file with the schema modeline and a comment saying what it holds', () => {
    for (const file of specYamlFiles) {
      const [modeline, comment] = readFileSync(join(bundledSpecDir, file), 'utf8').split('\n');
      expect(modeline, file).toBe('# yaml-language-server: $schema=./schema/catalogue-file.schema.json');
      expect(comment, file).toMatch(/^# \S/);
    }
  });
});

describe('the overview in spec/README.md', () => {
  const readme = readFileSync(join(bundledSpecDir, 'README.md'), 'utf8');
  const tableIds = [...readme.matchAll(/^\| ([A-Z]{3}-\d{2}) \|/gm)].map((m) => m[1]);

  it('lists every requirement of the catalogue exactly once', () => {
    expect([...tableIds].sort()).toEqual(catalogue.requirements.map((r) => r.id).sort());
  });

  it('names only requirements that exist', () => {
    const known = new Set(catalogue.requirements.map((r) => r.id));
    const mentioned = new Set(readme.match(/\b(?:WON|WRK|VPL|INF)-\d{2}\b/g) ?? []);
    expect([...mentioned].filter((id) => !known.has(id))).toEqual([]);
  });

  it('shows each requirement with the scenarios and minimum levels it serves', () => {
    for (const requirement of catalogue.requirements) {
      const row = readme.split('\n').find((line) => line.startsWith(`| ${requirement.id} |`)) ?? '';
      for (const link of requirement.risks) expect(row, requirement.id).toContain(`${link.scenario} ≥ ${link.minLevel}`);
    }
  });
});

describe('the example answers files', () => {
  const outcomes = ['basis-op-orde', 'niet-op-orde', 'onvolledig', 'doorverwijzen'];
  const statuses = ['met', 'not-met', 'not-applicable', 'exempt', 'unanswered', 'claimed', 'refused', 'waived', 'context'];
  const requirementIds = new Set(catalogue.requirements.map((r: Requirement) => r.id));

  it('include the six cases of the issue and more', () => {
    expect(caseNames.length).toBeGreaterThanOrEqual(6);
    for (const prefix of ['01-', '02-', '03-', '04-', '05-', '06-']) expect(caseNames.some((n) => n.startsWith(prefix)), prefix).toBe(true);
  });

  it.each(caseNames)('case %s reads against the catalogue without warnings', (name) => {
    const warnings: Problem[] = [];
    const answers = readAnswers(join(casesDir, name, 'answers.yaml'), catalogue, { onWarnings: (w) => warnings.push(...w) });
    expect(answers.catalogue).toEqual({ id: catalogue.metadata.id, version: catalogue.metadata.version });
    expect(warnings.map((w) => w.code)).toEqual([]);
  });

  it.each(caseNames)('case %s says what it is about and which outcome and statuses to expect', (name) => {
    const path = join(casesDir, name, 'expected.yaml');
    const { document, problems } = parseYamlDocument(readFileSync(path), path);
    expect(problems).toEqual([]);
    const expected: unknown = document?.data;
    expect(expected).toMatchObject({ about: expect.any(String), outcome: expect.any(String), requirements: expect.any(Object) });
    if (!isExpectedVerdict(expected)) throw new Error(`${path} does not have the expected shape`);
    expect(expected.about.trim()).not.toBe('');
    expect(outcomes).toContain(expected.outcome);
    for (const [id, status] of Object.entries(expected.requirements)) {
      expect(requirementIds.has(id), id).toBe(true);
      expect(statuses, id).toContain(status);
    }
  });

  it('has a self-check example and an inspection example with dwelling, firm and inspector', () => {
    const selfCheck = readAnswers(join(fixturesDir, 'answers', 'zelfcheck-voorbeeld.yaml'), catalogue);
    expect(selfCheck.kind).toBe('self-check');
    const inspection = readAnswers(join(fixturesDir, 'answers', 'inspectie-voorbeeld.yaml'), catalogue);
    expect(inspection.kind).toBe('inspection');
    expect(inspection.subject.dwelling).toEqual({ postcode: expect.any(String), houseNumber: expect.any(String) });
    expect(inspection.inspection).toEqual({ firm: expect.any(String), inspector: expect.any(String) });
  });

  it('shows a self-check with a few gaps and an inspection that can lead to a certificate', () => {
    const now = new Date('2026-11-28T12:00:00Z');
    const selfCheck = evaluate(catalogue, readAnswers(join(fixturesDir, 'answers', 'zelfcheck-voorbeeld.yaml'), catalogue), now);
    expect(selfCheck.outcome).toBe('niet-op-orde');
    expect(selfCheck.gapPlan.items.length).toBeGreaterThan(1);
    const inspection = evaluate(catalogue, readAnswers(join(fixturesDir, 'answers', 'inspectie-voorbeeld.yaml'), catalogue), now);
    expect({ outcome: inspection.outcome, certifiable: inspection.certifiable }).toEqual({ outcome: 'basis-op-orde', certifiable: true });
  });
});

interface ExpectedVerdict {
  about: string;
  outcome: string;
  requirements: Record<string, unknown>;
}

function isExpectedVerdict(value: unknown): value is ExpectedVerdict {
  if (typeof value !== 'object' || value === null) return false;
  if (!('about' in value && 'outcome' in value && 'requirements' in value)) return false;
  return typeof value.about === 'string' && typeof value.outcome === 'string' && typeof value.requirements === 'object' && value.requirements !== null;
}
