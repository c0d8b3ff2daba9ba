/**
 * The cases under fixtures/cases/: answers and expectations written by the catalogue authors, and
 * the golden verdict the engine gives for each, with the fields that change between runs fixed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Catalogue } from '../../src/catalogue/catalogue-types.js';
import type { Verdict } from '../../src/verdict/verdict-types.js';
import { readAnswers } from '../../src/verdict/read-answers.js';
import { evaluate } from '../../src/verdict/evaluate.js';
import { canonicalVerdictJson } from '../../src/verdict/verdict-json.js';
import { fixturesDir } from '../../src/package-paths.js';

export const casesDir = join(fixturesDir, 'cases');
/** The clock every case is evaluated at. */
export const CASE_CLOCK = new Date('2026-11-28T12:00:00Z');

export interface CaseExpectation {
  about?: string;
  outcome: string;
  requirements?: Record<string, string>;
  /** The funding decision per measure the case is about: `fundable` or `blocked`. */
  funding?: Record<string, string>;
}

export function caseNames(): string[] {
  return readdirSync(casesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

export function caseExpectation(name: string): CaseExpectation {
  return parse(readFileSync(join(casesDir, name, 'expected.yaml'), 'utf8')) as CaseExpectation;
}

export function caseVerdict(name: string, catalogue: Catalogue): Verdict {
  return evaluate(catalogue, readAnswers(join(casesDir, name, 'answers.yaml'), catalogue), CASE_CLOCK);
}

/**
 * The golden form: canonical JSON (sorted keys), indented for review, with the engine version and
 * the catalogue hash fixed, since both change with every release or catalogue edit; the catalogue
 * version and everything the engine decided stay.
 */
export function goldenVerdictJson(verdict: Verdict): string {
  const fixed: Verdict = { ...verdict, engine: { ...verdict.engine, version: 'golden' }, catalogue: { ...verdict.catalogue, hash: '0'.repeat(64) } };
  return JSON.stringify(JSON.parse(canonicalVerdictJson(fixed)), null, 2) + '\n';
}

export const goldenPath = (name: string) => join(casesDir, name, 'verdict.json');
