/**
 * What the answers of a saved check (a state file, the browser's store) meant when they were saved,
 * and which of them still hold against the catalogue they are read with. Every saved answer, every
 * question left open and every claim is kept with a hash of its definition; against a changed
 * catalogue exactly those whose definition changed (or that are gone, or no longer a valid answer)
 * are dropped and asked again, and the questions named. Both ways of saving use this one rule.
 */
import type { Catalogue, Language, Question } from '../catalogue/catalogue-types.js';
import type { GivenAnswer } from '../answers/answers-types.js';
import { canonicalHash } from '../canonical/canonical-json.js';
import { isValidAnswer } from '../answers/answer-value.js';
import type { ExceptionDecision, FlowAnswers } from './flow-answers.js';

/** By `question:<id>` and `exception:<id>`: the hash of what each saved answer and claim rests on. */
export type SavedDefinitions = Record<string, string>;

/** The definitions to save with `flow`: its answers, the questions it left open and the exceptions it claims. */
export function savedDefinitions(catalogue: Catalogue, flow: Pick<FlowAnswers, 'values' | 'skipped' | 'decisions' | 'earlierClaims'>): SavedDefinitions {
  const definitions: SavedDefinitions = {};
  for (const id of [...Object.keys(flow.values), ...flow.skipped]) {
    const question = catalogue.questions.find((candidate) => candidate.id === id);
    if (question) definitions[`question:${id}`] = answerMeaningHash(question);
  }
  for (const decision of [...Object.values(flow.decisions), ...Object.values(flow.earlierClaims ?? {})]) {
    const exception = decision.kind === 'claim' ? catalogue.exceptions.find((candidate) => candidate.id === decision.exception) : undefined;
    if (exception) definitions[`exception:${exception.id}`] = canonicalHash(exception);
  }
  return definitions;
}

/**
 * What an answer means: the kind of question, its unit and the option values. Rewording a question,
 * its help or option labels, or moving its range, keeps earlier answers (each is still checked
 * against the new question); only a change of meaning asks it again.
 */
function answerMeaningHash(question: Question): string {
  return canonicalHash({ id: question.id, type: question.type, unit: question.unit ?? null, options: (question.options ?? []).map((option) => option.value) });
}

/** Whether the question with this id still means what the saved definition says: the meaning hash, or the whole-question hash that state files of 0.1.0 carry. */
export function questionUnchanged(catalogue: Catalogue, definitions: SavedDefinitions, id: string): Question | undefined {
  const question = catalogue.questions.find((candidate) => candidate.id === id);
  const saved = definitions[`question:${id}`];
  return question !== undefined && saved !== undefined && (saved === answerMeaningHash(question) || saved === canonicalHash(question)) ? question : undefined;
}

/** Whether a saved claim's exception is still the one claimed (a decision to claim none always is). */
export function decisionUnchanged(catalogue: Catalogue, definitions: SavedDefinitions, decision: ExceptionDecision): boolean {
  if (decision.kind === 'declined') return true;
  const exception = catalogue.exceptions.find((candidate) => candidate.id === decision.exception);
  return exception !== undefined && definitions[`exception:${exception.id}`] === canonicalHash(exception);
}

/** A saved check's answers against a changed catalogue: what still holds, and the questions (ids) to ask again. */
export interface KeptAnswers {
  values: Record<string, GivenAnswer>;
  skipped: string[];
  changedQuestions: string[];
}

/** The saved answers and open questions that still mean what they meant and (answers) are still valid; the others named, answers first. */
export function keptAnswers(catalogue: Catalogue, definitions: SavedDefinitions, saved: Pick<FlowAnswers, 'values' | 'skipped'>): KeptAnswers {
  const values: Record<string, GivenAnswer> = {};
  const changedQuestions: string[] = [];
  for (const [id, given] of Object.entries(saved.values)) {
    const question = questionUnchanged(catalogue, definitions, id);
    if (question !== undefined && isValidAnswer(question, given.value)) values[id] = given;
    else changedQuestions.push(id);
  }
  const skipped: string[] = [];
  for (const id of saved.skipped) (questionUnchanged(catalogue, definitions, id) ? skipped : changedQuestions).push(id);
  return { values, skipped, changedQuestions };
}

/** The saved decisions whose exception is unchanged and whose requirement is still in the catalogue. */
export function keptDecisions<T extends ExceptionDecision>(catalogue: Catalogue, definitions: SavedDefinitions, saved: Record<string, T>): Record<string, T> {
  const kept: Record<string, T> = {};
  for (const [requirement, decision] of Object.entries(saved)) {
    if (catalogue.requirements.some((candidate) => candidate.id === requirement) && decisionUnchanged(catalogue, definitions, decision)) kept[requirement] = decision;
  }
  return kept;
}

/** The questions to ask again as the user reads them: each one's text, or its id when the catalogue no longer has it. */
export function changedQuestionTexts(catalogue: Catalogue, ids: readonly string[], lang: Language): string[] {
  return ids.map((id) => catalogue.questions.find((question) => question.id === id)?.text[lang] ?? id);
}
