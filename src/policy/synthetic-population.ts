import type { AnswerValue, Catalogue, Question } from '../catalogue/catalogue-types.js';
import type { Answers } from '../answers/answers-types.js';
import { answersFromPositions } from '../answers/answers-from-values.js';
import { questionIdsOf } from '../answers/sealed-answers.js';
import { questionRelevance, type QuestionRelevance } from '../verdict/question-relevance.js';
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
 * Makes case number `index` of a population from the seeded random source. `spec simulate` streams
 * the cases of one of these through evaluation; another population model is another generator.
 */
export type CaseGenerator = (catalogue: Catalogue, random: SeededRandom, index: number) => SyntheticCase;

/**
 * One synthetic self-check: walks the catalogue like the interactive flow does, answering each
 * question that is relevant given the answers so far, until none is left. Relevance follows each
 * answer (only what it can change is recomputed), so a walk grows with the catalogue, not its square.
 * @example syntheticCase(catalogue, seededRandom(1), 0).name // 'synthetisch-0001'
 */
export const syntheticCase: CaseGenerator = (catalogue, random, index) => {
  const role = random.pick(ROLES);
  const meta = { kind: 'self-check' as const, date: catalogue.metadata.effectiveDate, subject: { role } };
  const questions = questionsById(catalogue);
  // By the question's position among the catalogue's distinct ids (`AskedQuestion.at`; one entry each in `questions`), as the answers are built.
  const valueAt = new Array<AnswerValue | undefined>(questions.size).fill(undefined);
  const relevance = walkTracker(catalogue);
  for (let id = relevance.next(); id !== undefined; id = relevance.next()) {
    relevance.visit(id);
    const asked = questions.get(id);
    if (!asked) break;
    const value = asked.question.section !== 'intake' && random.chance(LIKELIHOOD.skip) ? undefined : answerFor(asked, role, random);
    if (value === undefined) continue;
    valueAt[asked.at] = value;
    relevance.answer(id, value);
  }
  return { name: `synthetisch-${String(index + 1).padStart(4, '0')}`, answers: answersFromPositions(catalogue, meta, valueAt) };
};

const trackers = new WeakMap<Catalogue, QuestionRelevance>();

/**
 * The relevance tracker for a walk, from no answers: one per catalogue, taken back to the start
 * for each case. A case is walked to its end before the next begins (generation is synchronous),
 * and a new tracker per case allocated its state again, which at 10× the catalogue was ~35 KB of a
 * case's ~295 KB (sampled, collected objects included): mostly a Map of every scenario's level and
 * the work lists growing back to size.
 */
function walkTracker(catalogue: Catalogue): QuestionRelevance {
  let tracker = trackers.get(catalogue);
  if (tracker) tracker.restart();
  else trackers.set(catalogue, (tracker = questionRelevance(catalogue)));
  return tracker;
}

/** A question with the values of its options, listed once per catalogue rather than for every answer. */
interface AskedQuestion {
  question: Question;
  options: string[];
  /** Its id's position in `questionIdsOf(catalogue.questions).ids`. */
  at: number;
}

const byId = new WeakMap<Catalogue, ReadonlyMap<string, AskedQuestion>>();

function questionsById(catalogue: Catalogue): ReadonlyMap<string, AskedQuestion> {
  let map = byId.get(catalogue);
  if (!map) {
    const { at } = questionIdsOf(catalogue.questions);
    map = new Map(
      catalogue.questions.map((question) => {
        // Pushed one by one, so every list of options is an array of one kind to V8 (as ROLES is).
        const options: string[] = [];
        for (const option of question.options ?? []) options.push(option.value);
        return [question.id, { question, options, at: at.get(question.id) ?? 0 }];
      }),
    );
    byId.set(catalogue, map);
  }
  return map;
}

function answerFor({ question, options }: AskedQuestion, role: string, random: SeededRandom): AnswerValue {
  switch (question.type) {
    case 'boolean':
      return random.chance(question.section === 'intake' ? LIKELIHOOD.intakeYes : LIKELIHOOD.measureYes);
    case 'choice':
      // The office question answers with the case's role, so roles and rules stay consistent.
      return options.includes(role) ? role : random.pick(options);
    case 'multi': {
      const chosen: string[] = [];
      for (const option of options) if (random.chance(LIKELIHOOD.multiOption)) chosen.push(option);
      return chosen;
    }
    case 'number': {
      const min = question.min ?? 0;
      const max = question.max ?? Math.max(min + 10, 10);
      return random.integer(Math.ceil(min), Math.floor(max));
    }
  }
}
