/**
 * A catalogue `factor` times the size of the bundled one, for measuring growth. Not independent
 * copies: as in a larger real catalogue, the copies share what they can. Facts about the home
 * (questions read by an `appliesWhen` or `askWhen`, and the intake) are asked once and read by every
 * copy; each copy's requirements share the original `appliesWhen` condition object and the risk
 * links, and read their own copy of the measure questions (those read only by `metWhen` or
 * `claimableWhen`). Scenarios, risk rules, levels and exceptions are shared.
 */
import type { Catalogue, Condition, Question, Requirement } from '../src/catalogue/catalogue-types.js';
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
  for (let copy = 2; copy <= factor; copy++) {
    const rename = (id: string) => (facts.has(id) ? id : `${id}-x${copy}`);
    // A measure question's askWhen reads only facts, so the copy shares that condition object too.
    for (const q of measures) questions.push({ ...q, id: rename(q.id) });
    for (const r of catalogue.requirements) {
      requirements.push({ ...r, id: `${r.id}-X${copy}`, ...(r.metWhen ? { metWhen: renamed(r.metWhen, rename) } : {}) });
    }
  }
  return { ...catalogue, questions, requirements, hash: `${catalogue.hash}-x${factor}` };
}

function renamed(condition: Condition, rename: (id: string) => string): Condition {
  if ('all' in condition) return { all: condition.all.map((c) => renamed(c, rename)) };
  if ('any' in condition) return { any: condition.any.map((c) => renamed(c, rename)) };
  if ('not' in condition) return { not: renamed(condition.not, rename) };
  if ('answer' in condition) return { ...condition, answer: rename(condition.answer) };
  return condition;
}
