/**
 * Where the user is, in the terms the prompt shows: stage, domain k of n, question k, and how many
 * questions are still to come as a range that narrows as the answers come in.
 */
import { DOMAINS, type AnswerValue, type Catalogue, type Question } from '../catalogue/catalogue-types.js';
import { stageOf, type FlowStage } from './assessment-machine.js';
import { exclusiveOption } from '../answers/answer-value.js';
import type { FlowAnswers } from './flow-answers.js';
import { adviceStepOffered, relevantQuestions, type FlowPosition } from './flow-navigation.js';
import { cataloguePlan } from '../verdict/catalogue-plan.js';
import { questionRelevance } from '../verdict/question-relevance.js';

export interface FlowProgress {
  stage: FlowStage;
  /** For the four domains: which one, among those the catalogue asks about. */
  domain?: { index: number; count: number };
  /** 1-based count of the questions asked so far (the advice step counts as one), this one included; 0 outside them. */
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
  const questionsDone = relevant.filter((id) => id !== current && (flow.values[id] !== undefined || flow.skipped.includes(id))).length;
  // The advice step is one step of the count: done once answered (unless it is the step shown), still to come while open.
  const offered = adviceStepOffered(catalogue, flow);
  const adviceDone = offered && flow.adviceAnswered === true && position.kind !== 'advice' ? 1 : 0;
  const adviceToCome = offered && (flow.adviceAnswered !== true || position.kind === 'advice') ? 1 : 0;
  const remaining = remainingQuestions(catalogue, flow, current);
  return {
    stage,
    ...(index >= 0 ? { domain: { index: index + 1, count: domains.length } } : {}),
    question: current === undefined && position.kind !== 'advice' ? 0 : questionsDone + adviceDone + 1,
    remaining: { min: remaining.min + adviceToCome, max: remaining.max + adviceToCome },
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

/**
 * One greedy walk to the end. Relevance follows the trial answers incrementally (the verdict
 * engine's own tracker, answered and taken back), so a walk costs the catalogue's size times the
 * trials, not that times a full relevance pass per trial: this estimate was a quarter of the time
 * to the first question.
 */
function playOut(catalogue: Catalogue, flow: FlowAnswers, aim: Aim): number {
  const questions = cataloguePlan(catalogue).questionsInFlowOrder;
  const byId = new Map(catalogue.questions.map((question) => [question.id, question]));
  // As toAnswers: only answers to questions the catalogue knows count.
  const values = new Map<string, AnswerValue>();
  for (const [id, given] of Object.entries(flow.values)) if (byId.has(id)) values.set(id, given.value);
  const relevance = questionRelevance(catalogue, flow.meta, values);
  const done = new Set([...Object.keys(flow.values), ...flow.skipped]);
  for (const id of done) relevance.visit(id);
  const open = () => {
    let count = 0;
    for (const question of questions) if (!done.has(question.id) && relevance.isRelevant(question.id)) count++;
    return count;
  };
  // Every round answers (or leaves open) one more question, so this ends within the catalogue's size.
  for (let asked = 0; asked <= catalogue.questions.length; asked++) {
    const question = byId.get(relevance.next() ?? '');
    if (question === undefined) return asked;
    let best: { trial: Trial; open: number } | undefined;
    for (const trial of trialsFor(question)) {
      let left: number;
      done.add(question.id);
      if (trial.kind === 'answer') {
        relevance.answer(question.id, trial.value);
        left = open();
        relevance.answer(question.id, undefined);
      } else {
        left = open();
      }
      done.delete(question.id);
      if (best === undefined || (aim === 'fewest' ? left < best.open : left > best.open)) best = { trial, open: left };
    }
    if (best === undefined) return asked + 1;
    if (best.trial.kind === 'answer') relevance.answer(question.id, best.trial.value);
    relevance.visit(question.id);
    done.add(question.id);
  }
  return catalogue.questions.length;
}

type Trial = { kind: 'answer'; value: AnswerValue } | { kind: 'skip' };

/** Each answer worth trying (and "don't know", outside the intake). */
function trialsFor(question: Question): Trial[] {
  const answer = (value: AnswerValue): Trial => ({ kind: 'answer', value });
  const options = (question.options ?? []).map((option) => option.value);
  const none = exclusiveOption(question);
  const trials: Trial[] = [];
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
  if (question.section !== 'intake') trials.push({ kind: 'skip' });
  return trials;
}

function withoutAnswer(flow: FlowAnswers, question: string): FlowAnswers {
  if (flow.values[question] === undefined && !flow.skipped.includes(question)) return flow;
  const values = Object.fromEntries(Object.entries(flow.values).filter(([id]) => id !== question));
  return { ...flow, values, skipped: flow.skipped.filter((id) => id !== question) };
}
