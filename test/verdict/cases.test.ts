import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { loadCatalogue } from '../../src/catalogue/read-catalogue.js';
import { caseExpectation, caseNames, caseVerdict, goldenPath, goldenVerdictJson } from '../support/case-verdicts.js';
import { verdictSchemaValidator } from '../support/verdict-schema.js';

const catalogue = loadCatalogue();
const validate = verdictSchemaValidator();

describe.each(caseNames())('case %s', (name) => {
  const expected = caseExpectation(name);
  const verdict = caseVerdict(name, catalogue);

  it(`comes out ${expected.outcome}`, () => {
    expect(verdict.outcome).toBe(expected.outcome);
  });

  it('gives each requirement the case is about the expected status', () => {
    const statuses = Object.fromEntries(verdict.requirements.map((r) => [r.requirement, r.status]));
    const about = Object.keys(expected.requirements ?? {});
    expect(Object.fromEntries(about.map((id) => [id, statuses[id]]))).toEqual(expected.requirements ?? {});
  });

  it('gives each measure the case is about the expected funding decision', () => {
    const decisions = Object.fromEntries(verdict.funding.map((f) => [f.measure, f.decision]));
    const about = Object.keys(expected.funding ?? {});
    expect(Object.fromEntries(about.map((id) => [id, decisions[id]]))).toEqual(expected.funding ?? {});
  });

  it('gives exactly the committed verdict JSON (regenerate with scripts/update-case-verdicts.ts)', () => {
    expect(existsSync(goldenPath(name)), `${goldenPath(name)} is missing`).toBe(true);
    expect(goldenVerdictJson(verdict)).toBe(readFileSync(goldenPath(name), 'utf8'));
  });

  it('gives a verdict that the published verdict schema accepts', () => {
    expect(validate(verdict) ? [] : validate.errors).toEqual([]);
  });
});

it('has cases to check', () => {
  expect(caseNames().length).toBeGreaterThan(0);
});
