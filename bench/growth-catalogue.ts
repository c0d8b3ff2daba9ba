/**
 * A catalogue `factor` times the size of the bundled one, for measuring growth. Not independent
 * copies: as in a larger real catalogue, the copies share what they can. Facts about the home
 * (questions read by an `appliesWhen` or `askWhen`, and the intake) are asked once and read by every
 * copy; each copy's requirements apply under the original `appliesWhen` condition (the same
 * questions) and read their own copy of the measure questions (those read only by `metWhen` or
 * `claimableWhen`). Each copy covers its own copy of every threat scenario, raised by the same risk
 * rules (their `when` conditions shared): a larger catalogue covers more threats, so that a measure
 * is still blocked only by the basics of its own threats. (With 10× the basics on the same 13
 * scenarios, every measure's list of blockers, part of the verdict, would itself grow 10×.) Levels
 * and exceptions are shared. The result is read from JSON, as the bundled catalogue is.
 */
import type { Catalogue, Condition, Question, Requirement, RiskRule, Scenario } from '../src/catalogue/catalogue-types.js';
import { conditionAnswerRefs } from '../src/condition/condition-references.js';

export function growthCatalogue(catalogue: Catalogue, factor: number): Catalogue {
  if (factor === 1) return catalogue;
  const facts = new Set<string>();
  for (const q of catalogue.questions) {
    if (q.section === 'intake') facts.add(q.id);
    if (q.askWhen) conditionAnswerRefs(q.askWhen).forEach((id) => facts.add(id));
  }
  for (const r of catalogue.requirements) if (r.appliesWhen) conditionAnswerRefs(r.appliesWhen).forEach((id) => facts.add(id));
  for (const rule of catalogue.riskRules) conditionAnswerRefs(rule.when).forEach((id) => facts.add(id));
  const measures = catalogue.questions.filter((q) => !facts.has(q.id));

  const questions: Question[] = [...catalogue.questions];
  const requirements: Requirement[] = [...catalogue.requirements];
  const scenarios: Scenario[] = [...catalogue.scenarios];
  const copies = Array.from({ length: factor - 1 }, (_, i) => i + 2);
  const scenarioCopy = (id: string, copy: number) => `${id}-x${copy}`;
  for (const copy of copies) {
    const rename = (id: string) => (facts.has(id) ? id : `${id}-x${copy}`);
    for (const s of catalogue.scenarios) scenarios.push({ ...s, id: scenarioCopy(s.id, copy) });
    // A measure question's askWhen reads only facts, so the copy shares that condition object too.
    for (const q of measures) questions.push({ ...q, id: rename(q.id) });
    for (const r of catalogue.requirements) {
      requirements.push({
        ...r,
        id: `${r.id}-X${copy}`,
        risks: r.risks.map((link) => ({ ...link, scenario: scenarioCopy(link.scenario, copy) })),
        ...(r.metWhen ? { metWhen: renamed(r.metWhen, rename) } : {}),
        ...(r.measure ? { measure: { ...r.measure, scenarios: r.measure.scenarios.map((s) => scenarioCopy(s, copy)) } } : {}),
      });
    }
  }
  const riskRules: RiskRule[] = catalogue.riskRules.map((rule) => ({ ...rule, scenarios: [...rule.scenarios, ...copies.flatMap((copy) => rule.scenarios.map((s) => scenarioCopy(s, copy)))] }));
  // Parsed from JSON as the bundled catalogue is (precompiled-catalogue.ts): every copy then has the
  // hidden classes a catalogue that size would have when loaded. Copied with spreads, the copies
  // were objects of other shapes than the originals (2×: 32 shapes of requirement against 14), so
  // code reading them met more shapes at 2× than at 1× or at a real catalogue of that size.
  return JSON.parse(JSON.stringify({ ...catalogue, scenarios, riskRules, questions, requirements, hash: `${catalogue.hash}-x${factor}` })) as Catalogue;
}

function renamed(condition: Condition, rename: (id: string) => string): Condition {
  if ('all' in condition) return { all: condition.all.map((c) => renamed(c, rename)) };
  if ('any' in condition) return { any: condition.any.map((c) => renamed(c, rename)) };
  if ('not' in condition) return { not: renamed(condition.not, rename) };
  if ('answer' in condition) return { ...condition, answer: rename(condition.answer) };
  return condition;
}
