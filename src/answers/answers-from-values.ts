import type { AnswerValue, Catalogue } from '../catalogue/catalogue-types.js';
import type { Answers, GivenAnswer } from './answers-types.js';
import { questionIdsOf, sealAnswers, sealedAnswer, type QuestionIds } from './sealed-answers.js';

/** Everything of `Answers` except the answers themselves and the catalogue they belong to. */
export type AnswersMeta = Omit<Answers, 'catalogue' | 'answers' | 'exceptions' | 'refusals'> & { exceptions?: Answers['exceptions']; refusals?: Answers['refusals'] };

/**
 * Builds `Answers` in code (the interactive self-check) for this catalogue. Values the caller has
 * already checked against their questions; a bare value counts as self-declared. Keys follow
 * catalogue order, so the same answers always give the same object; ids the catalogue does not
 * know are left out. The answers come back sealed (frozen: see `sealAnswers`).
 * @example
 * answersFromValues(catalogue, { kind: 'self-check', date: '2026-11-28', subject: { role: 'wethouder' } }, { functie: 'wethouder' })
 */
export function answersFromValues(catalogue: Catalogue, meta: AnswersMeta, values: Readonly<Record<string, AnswerValue | GivenAnswer>>): Answers {
  const ids = questionIdsOf(catalogue.questions);
  return answersAt(catalogue, ids, meta, ids.ids.map((id) => (Object.hasOwn(values, id) ? values[id] : undefined)));
}

/**
 * As `answersFromValues`, with the values by position in `questionIdsOf(catalogue.questions).ids`
 * (undefined where none is given). A walk that keeps its answers by position looks no id up: the
 * synthetic walk, which answered into a record of ids for `answersFromValues` to read back,
 * took 21.5 instead of 30.6 µs a case at 1× and 146 instead of 198 at 10× (session 11).
 */
export function answersFromPositions(catalogue: Catalogue, meta: AnswersMeta, valueAt: readonly (AnswerValue | GivenAnswer | undefined)[]): Answers {
  return answersAt(catalogue, questionIdsOf(catalogue.questions), meta, valueAt);
}

function answersAt(catalogue: Catalogue, ids: QuestionIds, meta: AnswersMeta, valueAt: readonly (AnswerValue | GivenAnswer | undefined)[]): Answers {
  const answers: Record<string, GivenAnswer> = {};
  const byPosition: (GivenAnswer | undefined)[] = [];
  for (let i = 0; i < ids.ids.length; i++) {
    const id = ids.ids[i] as string;
    const value = valueAt[i];
    const given = value === undefined ? undefined : isGiven(value) ? sealedAnswer(value.value, value.evidence) : sealedAnswer(value, 'self-declared');
    if (given !== undefined) answers[id] = given;
    byPosition.push(given);
  }
  return {
    catalogue: { id: catalogue.metadata.id, version: catalogue.metadata.version },
    kind: meta.kind,
    date: meta.date,
    subject: meta.subject,
    ...(meta.inspection ? { inspection: meta.inspection } : {}),
    ...(meta.advice ? { advice: meta.advice } : {}),
    answers: sealAnswers(ids, answers, byPosition),
    exceptions: meta.exceptions ?? [],
    refusals: meta.refusals ?? [],
  };
}

function isGiven(value: AnswerValue | GivenAnswer): value is GivenAnswer {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
