/** What the review step shows: every question asked with its answer, by section, the claimed exceptions and the reasoned refusals. */
import type { AnswerValue, Catalogue, Question, QuestionSection } from '../catalogue/catalogue-types.js';
import type { Advice } from '../answers/answers-types.js';
import { refusalsOf, type FlowAnswers } from './flow-answers.js';
import { adviceStepOffered, relevantQuestions } from './flow-navigation.js';

export interface FlowReview {
  sections: { section: QuestionSection; items: { question: Question; value: AnswerValue | undefined }[] }[];
  /** One line per claimed exception, with the basics it was claimed for (requirement order). */
  claims: { exception: string; requirements: string[] }[];
  /** The basics refused with a reason at the refusal step (requirement order); they can be chosen anew (`EDIT { step: 'refusals' }`). */
  refusals: { requirement: string; reason: string }[];
  /** The answer to the advice step (null: no advice), when the step was offered; it can be edited like a question. */
  advice?: Advice | null;
}

export function reviewOf(catalogue: Catalogue, flow: FlowAnswers): FlowReview {
  const sections: FlowReview['sections'] = [];
  for (const id of relevantQuestions(catalogue, flow)) {
    const question = catalogue.questions.find((candidate) => candidate.id === id);
    if (question === undefined) continue;
    let section = sections.at(-1);
    if (section?.section !== question.section) {
      section = { section: question.section, items: [] };
      sections.push(section);
    }
    section.items.push({ question, value: flow.values[id]?.value });
  }
  const claims = new Map<string, string[]>();
  for (const requirement of catalogue.requirements) {
    const decision = flow.decisions[requirement.id];
    if (decision?.kind === 'claim') claims.set(decision.exception, [...(claims.get(decision.exception) ?? []), requirement.id]);
  }
  const advice = adviceStepOffered(catalogue, flow) ? { advice: flow.meta.advice ?? null } : {};
  return { sections, claims: [...claims].map(([exception, requirements]) => ({ exception, requirements })), refusals: refusalsOf(catalogue, flow), ...advice };
}
