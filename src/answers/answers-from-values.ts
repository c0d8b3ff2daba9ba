import type { AnswerValue, Catalogue } from '../catalogue/catalogue-types.js';
import type { Answers, GivenAnswer } from './answers-types.js';
import { questionIdsOf, sealAnswers } from './sealed-answers.js';

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
  const answers: Record<string, GivenAnswer> = {};
  const byPosition: (GivenAnswer | undefined)[] = [];
  for (const id of ids.ids) {
    const value = Object.hasOwn(values, id) ? values[id] : undefined;
    const given = value === undefined ? undefined : isGiven(value) ? { value: value.value, evidence: value.evidence } : { value, evidence: 'self-declared' as const };
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
