/**
 * The principle behind the version rules, as a property: whatever the edit, if any fixture case
 * gets another outcome or requirement status under the edited catalogue, the diff must not call
 * the change a patch (or no change at all).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Catalogue, Condition } from '../../src/catalogue/catalogue-types.js';
import type { Answers } from '../../src/answers/answers-types.js';
import { loadCatalogue } from '../../src/catalogue/read-catalogue.js';
import { readAnswers } from '../../src/verdict/read-answers.js';
import { answersFromValues } from '../../src/answers/answers-from-values.js';
import { evaluate } from '../../src/verdict/evaluate.js';
import { fixturesDir } from '../../src/package-paths.js';
import { diffCatalogues } from '../../src/policy/catalogue-diff.js';
import { conditionLeaves } from '../../src/condition/condition-references.js';

const bundled = loadCatalogue();
const casesDir = join(fixturesDir, 'cases');
const answerSets: Answers[] = readdirSync(casesDir)
  .sort()
  .map((name) => readAnswers(join(casesDir, name, 'answers.yaml'), bundled));
const clock = new Date('2026-12-01T12:00:00Z');

/** What a holder sees of a verdict: the outcome and every requirement's status. */
function verdicts(catalogue: Catalogue): string[] {
  return answerSets.map((answers) => {
    const carried = answersFromValues(catalogue, { kind: answers.kind, date: answers.date, subject: answers.subject, ...(answers.advice ? { advice: answers.advice } : {}), exceptions: answers.exceptions }, answers.answers);
    const verdict = evaluate(catalogue, carried, clock);
    return `${verdict.outcome} ${verdict.requirements.map((r) => `${r.requirement}:${r.status}`).join(' ')}`;
  });
}

/** One edit of the catalogue, by kind; indexes pick the item modulo the list length. */
type Edit = { kind: 'reword' | 'cost' | 'level' | 'evidence' | 'flip-leaf' | 'baseline' | 'rule-level'; item: number; value: number };

function apply(catalogue: Catalogue, edit: Edit): void {
  const pick = <T>(items: readonly T[]): T | undefined => items[edit.item % Math.max(items.length, 1)];
  const levels = catalogue.levels.map((l) => l.id);
  const level = levels[edit.value % levels.length] ?? 'A';
  const requirement = pick(catalogue.requirements);
  if (!requirement) return;
  switch (edit.kind) {
    case 'reword':
      requirement.title.nl = `${requirement.title.nl} (${edit.value})`;
      requirement.rationale.en = `${requirement.rationale.en} ${edit.value}`;
      return;
    case 'cost':
      requirement.cost = { min: edit.value, max: edit.value + 100, basis: { nl: 'schatting', en: 'estimate' }, sources: [] };
      return;
    case 'level': {
      const link = requirement.risks[edit.value % Math.max(requirement.risks.length, 1)];
      if (link) link.minLevel = level;
      return;
    }
    case 'evidence':
      requirement.evidence = (['self-declared', 'document', 'inspected'] as const)[edit.value % 3] ?? 'document';
      return;
    case 'flip-leaf': {
      const condition: Condition | undefined = requirement.metWhen ?? requirement.appliesWhen;
      const leaf = condition ? conditionLeaves(condition)[edit.value % Math.max(conditionLeaves(condition).length, 1)]?.condition : undefined;
      if (leaf && 'is' in leaf && typeof leaf.is === 'boolean') leaf.is = !leaf.is;
      return;
    }
    case 'baseline': {
      const scenario = pick(catalogue.scenarios);
      if (scenario) scenario.baseline = level;
      return;
    }
    case 'rule-level': {
      const rule = pick(catalogue.riskRules);
      if (rule) rule.level = level;
      return;
    }
  }
}

const edit: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom('reword', 'cost', 'level', 'evidence', 'flip-leaf', 'baseline', 'rule-level'),
  item: fc.nat(1000),
  value: fc.nat(1000),
});

describe('the version-step principle', () => {
  const before = verdicts(bundled);

  it('never calls a change that turns a fixture verdict a patch', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        const edited = structuredClone(bundled);
        edits.forEach((e) => apply(edited, e));
        const bump = diffCatalogues(bundled, edited).requiredBump;
        if (verdicts(edited).some((v, i) => v !== before[i])) expect(['minor', 'major']).toContain(bump);
      }),
      { numRuns: 60 },
    );
  });

  it('calls a rewording a patch, and it changes no verdict', () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.nat(1000), (item, value) => {
        const edited = structuredClone(bundled);
        apply(edited, { kind: 'reword', item, value });
        expect(diffCatalogues(bundled, edited).requiredBump).toBe('patch');
        expect(verdicts(edited)).toEqual(before);
      }),
      { numRuns: 20 },
    );
  });
});
