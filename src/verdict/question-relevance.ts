/**
 * Which questions matter, given the answers so far: the interactive self-check asks exactly these,
 * and an answers file that answers others gets a warning. Pure.
 *
 * The rule lives in one place, `questionRelevance`, which also follows answers one at a time and
 * recomputes only what an answer can change; `relevantQuestionIds` is it seeded with all answers.
 */
import type { AnswerValue, Catalogue } from '../catalogue/catalogue-types.js';
import type { Answers } from '../answers/answers-types.js';
import { evaluateCondition, type ConditionContext } from '../condition/evaluate-condition.js';
import { cataloguePlan, type CataloguePlan, type RequirementPlan } from './catalogue-plan.js';
import { answerValues, deriveRiskProfile, levelOrderOf } from '../risk/risk-profile.js';

/**
 * The relevant question ids in flow order (intake, wonen, werk, verplaatsen, informatie; catalogue
 * order within a section). A question is relevant when its `askWhen` holds (or it has none) and
 * it is an intake question, is read by a risk rule, is referenced by the `appliesWhen` or `metWhen`
 * (the latter only while `appliesWhen` is not false) of a requirement that applies by risk, by the
 * `claimableWhen` of an exception of such a requirement, or by the `askWhen` of a relevant question.
 * @example
 * relevantQuestionIds(catalogue, answers) // ['functie', 'dreiging-gemeld', 'woning-type', ...]
 */
export function relevantQuestionIds(catalogue: Catalogue, answers: Answers): string[] {
  const values = answerValues(answers);
  const given = new Map<string, AnswerValue>();
  for (const id of Object.keys(answers.answers)) {
    const value = values.get(id);
    if (value !== undefined) given.set(id, value);
  }
  return questionRelevance(catalogue, answers, given).relevantIds();
}

/** Relevance that follows answers as they are given, changed or taken back. */
export interface QuestionRelevance {
  /** Sets (or with `undefined` removes) one answer and updates what it can change. */
  answer(questionId: string, value: AnswerValue | undefined): void;
  isRelevant(questionId: string): boolean;
  /** As `relevantQuestionIds`: in flow order. */
  relevantIds(): string[];
  /**
   * The first relevant question in flow order not yet visited, or undefined: what a self-check
   * that never goes back asks next. A walk costs time in proportion to the catalogue, not its square.
   */
  next(): string | undefined;
  /** Marks a question as asked (answered or left open), so `next` moves past it. */
  visit(questionId: string): void;
}

/**
 * @param meta only `adviceRisk` is read: advised levels fix the risk of their scenarios.
 * @param values the answers to start from; the tracker keeps its own copy.
 * @example
 * const relevance = questionRelevance(catalogue);
 * relevance.answer('functie', 'wethouder');
 * relevance.visit('functie');
 * relevance.next() // the next question to ask
 */
export function questionRelevance(catalogue: Catalogue, meta: Pick<Answers, 'adviceRisk'> = {}, values: ReadonlyMap<string, AnswerValue> = new Map()): QuestionRelevance {
  return new RelevanceTracker(catalogue, meta, values);
}

/** What a requirement makes needed: nothing (below its risk), the questions of `appliesWhen`, or all it reads. */
const enum Contribution {
  None = 0,
  Applies = 1,
  All = 2,
}

/**
 * The rule above as counts: `needed[i]` is how many reasons question i has to be needed (risk rules
 * read it, requirements that apply by risk read it, relevant questions' `askWhen` read it). An
 * answer re-evaluates only the conditions that read it; a change of risk level re-evaluates all of
 * them. `askWhen` reads only earlier questions (a catalogue error otherwise), so the reasons form no
 * cycle and the counts give exactly the fixpoint of the rule.
 */
class RelevanceTracker implements QuestionRelevance {
  private readonly plan: CataloguePlan;
  private readonly catalogue: Catalogue;
  private readonly answersMeta: Answers;
  private readonly values = new Map<string, AnswerValue>();
  private readonly ctx: ConditionContext;
  /** Flow position by question id. */
  private readonly position = new Map<string, number>();
  private readonly needed: Int32Array;
  private readonly askHolds: Uint8Array;
  private readonly relevant: Uint8Array;
  private readonly contribution: Uint8Array;
  /** Flow positions of the questions each question's `askWhen` reads. */
  private readonly askRefPositions: number[][];
  /** Per question id: the requirements whose `appliesWhen` reads it, and the questions whose `askWhen` does. */
  private readonly appliesReaders = new Map<string, number[]>();
  private readonly askReaders = new Map<string, number[]>();
  private scenarioLevels = new Map<string, number>();
  private readonly visited: Uint8Array;
  /** Every relevant question before this flow position has been visited. */
  private cursor = 0;

  constructor(catalogue: Catalogue, meta: Pick<Answers, 'adviceRisk'>, values: ReadonlyMap<string, AnswerValue>) {
    this.catalogue = catalogue;
    this.plan = cataloguePlan(catalogue);
    const questions = this.plan.questionsInFlowOrder;
    questions.forEach((q, i) => this.position.set(q.id, i));
    for (const [id, value] of values) this.values.set(id, value);
    // deriveRiskProfile reads the advice from here and the answers through `ctx.values`.
    this.answersMeta = { catalogue: { id: '', version: '' }, kind: 'self-check', date: '', subject: { role: '' }, answers: {}, exceptions: [], ...(meta.adviceRisk ? { adviceRisk: meta.adviceRisk } : {}) };
    this.ctx = { values: this.values, scenarioLevels: this.scenarioLevels, levelOrder: levelOrderOf(catalogue) };
    this.needed = new Int32Array(questions.length);
    this.askHolds = new Uint8Array(questions.length);
    this.relevant = new Uint8Array(questions.length);
    this.visited = new Uint8Array(questions.length);
    this.contribution = new Uint8Array(this.plan.requirements.length);
    this.askRefPositions = questions.map((q) => (this.plan.askRefs.get(q.id) ?? []).flatMap((id) => this.positionsOf(id)));
    questions.forEach((q, i) => {
      for (const id of new Set(this.plan.askRefs.get(q.id) ?? [])) push(this.askReaders, id, i);
    });
    this.plan.requirements.forEach((r, i) => {
      for (const id of new Set(r.appliesRefs)) push(this.appliesReaders, id, i);
    });
    for (const id of this.plan.riskRuleRefs) for (const p of this.positionsOf(id)) this.needed[p] = (this.needed[p] ?? 0) + 1;
    this.updateRisk();
    this.reconsider(questions.map((_, i) => i), this.plan.requirements.map((_, i) => i));
  }

  answer(questionId: string, value: AnswerValue | undefined): void {
    if (value === undefined) this.values.delete(questionId);
    else this.values.set(questionId, value);
    if (this.plan.riskRuleRefs.has(questionId) && this.updateRisk()) {
      // Conditions may read risk levels: with the levels changed, every one of them may have too.
      this.reconsider(this.plan.questionsInFlowOrder.map((_, i) => i), this.plan.requirements.map((_, i) => i));
      return;
    }
    this.reconsider(this.askReaders.get(questionId) ?? [], this.appliesReaders.get(questionId) ?? []);
  }

  isRelevant(questionId: string): boolean {
    const p = this.position.get(questionId);
    return p !== undefined && this.relevant[p] === 1;
  }

  relevantIds(): string[] {
    return this.plan.questionsInFlowOrder.filter((_, i) => this.relevant[i] === 1).map((q) => q.id);
  }

  next(): string | undefined {
    const questions = this.plan.questionsInFlowOrder;
    while (this.cursor < questions.length && (this.relevant[this.cursor] !== 1 || this.visited[this.cursor] === 1)) this.cursor++;
    return questions[this.cursor]?.id;
  }

  visit(questionId: string): void {
    const p = this.position.get(questionId);
    if (p !== undefined) this.visited[p] = 1;
  }

  /** Re-derives the risk profile; true when a scenario's level changed. */
  private updateRisk(): boolean {
    const levels = new Map<string, number>();
    for (const r of deriveRiskProfile(this.catalogue, this.answersMeta, this.values)) levels.set(r.scenario, this.ctx.levelOrder.get(r.level) ?? 0);
    let changed = levels.size !== this.scenarioLevels.size;
    for (const [scenario, level] of levels) if (this.scenarioLevels.get(scenario) !== level) changed = true;
    if (changed) {
      this.scenarioLevels.clear();
      for (const [scenario, level] of levels) this.scenarioLevels.set(scenario, level);
    }
    return changed;
  }

  /** Re-evaluates the given questions' `askWhen` and requirements' contributions, then settles relevance. */
  private reconsider(questions: readonly number[], requirements: readonly number[]): void {
    const pending: number[] = [];
    for (const i of requirements) {
      const plan = this.plan.requirements[i];
      if (!plan) continue;
      const now = this.contributionOf(plan);
      const before = this.contribution[i] ?? Contribution.None;
      if (now === before) continue;
      this.contribution[i] = now;
      this.count(this.refsOf(plan, before), -1, pending);
      this.count(this.refsOf(plan, now), +1, pending);
    }
    for (const i of questions) {
      const askWhen = this.plan.questionsInFlowOrder[i]?.askWhen;
      const holds = !askWhen || evaluateCondition(askWhen, this.ctx) === true ? 1 : 0;
      if (holds !== this.askHolds[i]) {
        this.askHolds[i] = holds;
        pending.push(i);
      }
    }
    // A question that turns relevant or not changes what its askWhen makes needed: earlier questions only.
    while (pending.length > 0) {
      const i = pending.pop() ?? 0;
      const question = this.plan.questionsInFlowOrder[i];
      if (!question) continue;
      const relevant = this.askHolds[i] === 1 && (question.section === 'intake' || (this.needed[i] ?? 0) > 0) ? 1 : 0;
      if (relevant === this.relevant[i]) continue;
      this.relevant[i] = relevant;
      // An earlier question that becomes relevant is asked next, before the walk goes on.
      if (relevant && i < this.cursor) this.cursor = i;
      for (const p of this.askRefPositions[i] ?? []) {
        this.needed[p] = (this.needed[p] ?? 0) + (relevant ? 1 : -1);
        pending.push(p);
      }
    }
  }

  private contributionOf(plan: RequirementPlan): Contribution {
    const { requirement } = plan;
    const levels = this.scenarioLevels;
    const order = this.ctx.levelOrder;
    const byRisk = requirement.risks.some((link) => (levels.get(link.scenario) ?? -1) >= (order.get(link.minLevel) ?? Infinity));
    if (!byRisk) return Contribution.None;
    if (requirement.appliesWhen && evaluateCondition(requirement.appliesWhen, this.ctx) === false) return Contribution.Applies;
    return Contribution.All;
  }

  private refsOf(plan: RequirementPlan, contribution: Contribution): readonly string[][] {
    if (contribution === Contribution.None) return [];
    if (contribution === Contribution.Applies) return [plan.appliesRefs];
    return [plan.appliesRefs, plan.metRefs, plan.claimRefs];
  }

  private count(lists: readonly string[][], delta: number, pending: number[]): void {
    for (const list of lists) {
      for (const id of list) {
        for (const p of this.positionsOf(id)) {
          this.needed[p] = (this.needed[p] ?? 0) + delta;
          pending.push(p);
        }
      }
    }
  }

  private positionsOf(id: string): number[] {
    const p = this.position.get(id);
    return p === undefined ? [] : [p];
  }
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
