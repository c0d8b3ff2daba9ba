/**
 * Where the user is, in the terms the prompt shows: stage, domain k of n, question k, and how many
 * questions are still to come as a range that narrows as the answers come in.
 */
import { DOMAINS, type AnswerValue, type Catalogue, type Question } from '../catalogue/catalogue-types.js';
import { stageOf, type FlowStage } from './assessment-machine.js';
import { exclusiveOption } from './answer-validation.js';
import type { FlowAnswers } from './flow-answers.js';
import { relevantQuestions, type FlowPosition } from './flow-navigation.js';

export interface FlowProgress {
  stage: FlowStage;
  /** For the four domains: which one, among those the catalogue asks about. */
  domain?: { index: number; count: number };
  /** 1-based count of the questions asked so far, this one included; 0 outside the questions. */
  question: number;
  /** Questions still to come, this one included: the fewest and the most the answers so far allow. */
  remaining: { min: number; max: number };
}

export function flowProgress(catalogue: Catalogue, flow: FlowAnswers, position: FlowPosition): FlowProgress {
  const stage = stageOf(catalogue, position);
  const relevant = relevantQuestions(catalogue, flow);
  const domains = DOMAINS.filter((domain) => catalogue.questions.some((question) => question.section === domain));
  const index = domains.findIndex((domain) => domain === stage);
  const current = position.kind === 'question' ? position.question : undefined;
  const answered = relevant.filter((id) => id !== current && (flow.values[id] !== undefined || flow.skipped.includes(id))).length;
  return {
    stage,
    ...(index >= 0 ? { domain: { index: index + 1, count: domains.length } } : {}),
    question: current === undefined ? 0 : answered + 1,
    remaining: remainingQuestions(catalogue, flow, current),
  };
}

/**
 * How many questions are still to come (`current` included, when given): the flow played to the end
 * twice, each time giving every open question the answer that leaves the fewest (or the most) open
 * questions after it. Both ends are counts of a real way through the check, so the range is never
 * wider than the catalogue allows; one step of look-ahead means it is an estimate, not a proof.
 */
export function remainingQuestions(catalogue: Catalogue, flow: FlowAnswers, current?: string): { min: number; max: number } {
  const start = current === undefined ? flow : withoutAnswer(flow, current);
  const min = playOut(catalogue, start, 'fewest');
  const max = playOut(catalogue, start, 'most');
  return { min, max: Math.max(min, max) };
}

type Aim = 'fewest' | 'most';

function playOut(catalogue: Catalogue, flow: FlowAnswers, aim: Aim): number {
  const byId = new Map(catalogue.questions.map((question) => [question.id, question]));
  let state = flow;
  // Every round answers (or leaves open) one more question, so this ends within the catalogue's size.
  for (let asked = 0; asked <= catalogue.questions.length; asked++) {
    const open = openQuestions(catalogue, state);
    const question = byId.get(open[0] ?? '');
    if (question === undefined) return asked;
    let best: { flow: FlowAnswers; open: number } | undefined;
    for (const trial of trialsFor(question, state)) {
      const left = openQuestions(catalogue, trial).length;
      if (best === undefined || (aim === 'fewest' ? left < best.open : left > best.open)) best = { flow: trial, open: left };
    }
    if (best === undefined) return asked + 1;
    state = best.flow;
  }
  return catalogue.questions.length;
}

function openQuestions(catalogue: Catalogue, flow: FlowAnswers): string[] {
  return relevantQuestions(catalogue, flow).filter((id) => flow.values[id] === undefined && !flow.skipped.includes(id));
}

/** The flow after each answer worth trying (and after "don't know", outside the intake). */
function trialsFor(question: Question, flow: FlowAnswers): FlowAnswers[] {
  const answer = (value: AnswerValue): FlowAnswers => ({ ...flow, values: { ...flow.values, [question.id]: { value, evidence: 'self-declared' } } });
  const options = (question.options ?? []).map((option) => option.value);
  const none = exclusiveOption(question);
  const trials: FlowAnswers[] = [];
  switch (question.type) {
    case 'boolean':
      trials.push(answer(true), answer(false));
      break;
    case 'choice':
      trials.push(...options.map((option) => answer(option)));
      break;
    case 'multi': {
      const others = options.filter((option) => option !== none);
      trials.push(...options.map((option) => answer([option])), answer(others));
      if (none === undefined) trials.push(answer([]));
      break;
    }
    case 'number':
      trials.push(answer(question.min ?? 0), answer(question.max ?? (question.min ?? 0) + 10));
      break;
  }
  if (question.section !== 'intake') trials.push({ ...flow, skipped: [...flow.skipped, question.id] });
  return trials;
}

function withoutAnswer(flow: FlowAnswers, question: string): FlowAnswers {
  if (flow.values[question] === undefined && !flow.skipped.includes(question)) return flow;
  const values = Object.fromEntries(Object.entries(flow.values).filter(([id]) => id !== question));
  return { ...flow, values, skipped: flow.skipped.filter((id) => id !== question) };
}
