import type { AnswerValue, Catalogue, Question } from '../catalogue/catalogue-types.js';
import type { Answers } from '../answers/answers-types.js';
import { answersFromValues } from '../answers/answers-from-values.js';
import { relevantQuestionIds } from '../verdict/question-relevance.js';
import type { SeededRandom } from './seeded-random.js';

/** The offices the keurmerk is for; a synthetic case holds one of them. */
export const ROLES = ['burgemeester', 'wethouder', 'gedeputeerde', 'dijkgraaf'] as const;

/**
 * How a synthetic self-check answers. Threat indicators in the intake are rare, measures in the
 * domains are mostly in place, and now and then a question is skipped: a population with every
 * outcome in it, not a statistical model of real administrators.
 */
const LIKELIHOOD = { intakeYes: 0.1, measureYes: 0.95, multiOption: 0.2, skip: 0.01 } as const;

export interface SyntheticCase {
  name: string;
  answers: Answers;
}

/**
 * One synthetic self-check: walks the catalogue like the interactive flow does, answering each
 * question that is relevant given the answers so far, until none is left.
 * @example syntheticCase(catalogue, seededRandom(1), 0).name // 'synthetisch-0001'
 */
export function syntheticCase(catalogue: Catalogue, random: SeededRandom, index: number): SyntheticCase {
  const role = random.pick(ROLES);
  const meta = { kind: 'self-check' as const, date: catalogue.metadata.effectiveDate, subject: { role } };
  const values: Record<string, AnswerValue> = {};
  const visited = new Set<string>();
  for (;;) {
    const relevant = relevantQuestionIds(catalogue, answersFromValues(catalogue, meta, values));
    const nextId = relevant.find((id) => !visited.has(id));
    if (nextId === undefined) break;
    visited.add(nextId);
    const question = catalogue.questions.find((q) => q.id === nextId);
    if (!question) break;
    const value = question.section !== 'intake' && random.chance(LIKELIHOOD.skip) ? undefined : answerFor(question, role, random);
    if (value !== undefined) values[question.id] = value;
  }
  return { name: `synthetisch-${String(index + 1).padStart(4, '0')}`, answers: answersFromValues(catalogue, meta, values) };
}

function answerFor(question: Question, role: string, random: SeededRandom): AnswerValue {
  const options = (question.options ?? []).map((o) => o.value);
  switch (question.type) {
    case 'boolean':
      return random.chance(question.section === 'intake' ? LIKELIHOOD.intakeYes : LIKELIHOOD.measureYes);
    case 'choice':
      // The office question answers with the case's role, so roles and rules stay consistent.
      return options.includes(role) ? role : random.pick(options);
    case 'multi':
      return options.filter(() => random.chance(LIKELIHOOD.multiOption));
    case 'number': {
      const min = question.min ?? 0;
      const max = question.max ?? Math.max(min + 10, 10);
      return random.integer(Math.ceil(min), Math.floor(max));
    }
  }
}
