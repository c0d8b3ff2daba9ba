/** Where the user is, in the terms the prompt shows: stage, domain k of n, question k of about n. */
import { DOMAINS, type Catalogue } from '../catalogue/catalogue-types.js';
import { stageOf, type FlowStage } from './assessment-machine.js';
import type { FlowAnswers } from './flow-answers.js';
import { relevantQuestions, type FlowPosition } from './flow-navigation.js';

export interface FlowProgress {
  stage: FlowStage;
  /** For the four domains: which one, among those the catalogue asks about. */
  domain?: { index: number; count: number };
  /** 1-based position among the questions relevant now; 0 outside the questions. */
  question: number;
  /** The number of questions relevant now: it changes as answers make follow-up questions relevant. */
  total: number;
}

export function flowProgress(catalogue: Catalogue, flow: FlowAnswers, position: FlowPosition): FlowProgress {
  const stage = stageOf(catalogue, position);
  const relevant = relevantQuestions(catalogue, flow);
  const domains = DOMAINS.filter((domain) => catalogue.questions.some((question) => question.section === domain));
  const index = domains.findIndex((domain) => domain === stage);
  return {
    stage,
    ...(index >= 0 ? { domain: { index: index + 1, count: domains.length } } : {}),
    question: position.kind === 'question' ? relevant.indexOf(position.question) + 1 : 0,
    total: relevant.length,
  };
}
