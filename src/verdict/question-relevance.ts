/**
 * Which questions matter, given the answers so far: the interactive self-check asks exactly these,
 * and an answers file that answers others gets a warning. Pure.
 *
 * The rule lives in one place, `questionRelevance`, which also follows answers one at a time and
 * recomputes only what an answer can change; `relevantQuestionIds` is it seeded with all answers.
 */
import type { AnswerValue, Catalogue, Condition } from '../catalogue/catalogue-types.js';
import type { Answers } from '../answers/answers-types.js';
import { evaluateCondition, type ConditionContext } from '../condition/evaluate-condition.js';
import { cataloguePlan, type CataloguePlan } from './catalogue-plan.js';
import { conditionAnswerRefs, conditionLeaves } from '../condition/condition-references.js';
import { answerValues, deriveRiskProfile, levelOrderOf } from '../risk/risk-profile.js';

/**
 * The relevant question ids in flow order (intake, wonen, werk, verplaatsen, informatie; catalogue
 * order within a section). A question is relevant when its `askWhen` holds (or it has none) and
 * it is an intake question, is read by a risk rule, is referenced by the `appliesWhen` or `metWhen`
 * (the latter only while `appliesWhen` is not false) of a requirement that applies by risk, by the
 * `claimableWhen` of an exception of such a requirement, or by the `askWhen` of a relevant question.
 * While a scenario is at a level that is not certifiable (D), only intake questions are relevant:
 * the verdict then refers and judges nothing, so asking about the home would waste the user's time.
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
 * @param meta only `advice` is read: advised levels fix the risk of their scenarios.
 * @param values the answers to start from; the tracker keeps its own copy.
 * @example
 * const relevance = questionRelevance(catalogue);
 * relevance.answer('functie', 'wethouder');
 * relevance.visit('functie');
 * relevance.next() // the next question to ask
 */
export function questionRelevance(catalogue: Catalogue, meta: Pick<Answers, 'advice'> = {}, values: ReadonlyMap<string, AnswerValue> = new Map()): QuestionRelevance {
  return new RelevanceTracker(catalogue, meta, values);
}

/**
 * What the tracker looks up, worked out once per catalogue object: flow positions, and for each
 * question the conditions that read it.
 */
interface RelevanceIndex {
  plan: CataloguePlan;
  /** Flow position by question id. */
  position: ReadonlyMap<string, number>;
  /** Per flow position: the positions of the questions its `askWhen` reads. */
  askRefs: readonly (readonly number[])[];
  /** Per requirement: the positions its `appliesWhen` reads, and all it reads (with `metWhen` and exceptions). */
  appliesRefs: readonly (readonly number[])[];
  allRefs: readonly (readonly number[])[];
  /** Per question id: the requirements whose `appliesWhen` reads it, and the questions whose `askWhen` does. */
  appliesReaders: ReadonlyMap<string, readonly number[]>;
  askReaders: ReadonlyMap<string, readonly number[]>;
  riskRulePositions: readonly number[];
  /** Per question id: the risk rules whose `when` reads it. */
  ruleReaders: ReadonlyMap<string, readonly number[]>;
  allQuestions: readonly number[];
  allRequirements: readonly number[];
  allRules: readonly number[];
  /** Per scenario: the requirements linked to it; and the requirements and questions whose condition reads any risk level. */
  linkedRequirements: ReadonlyMap<string, readonly number[]>;
  riskReadingRequirements: readonly number[];
  riskReadingQuestions: readonly number[];
  /** Baseline level of every scenario: what risk rules are evaluated against (see deriveRiskProfile). */
  baselineLevels: ReadonlyMap<string, number>;
}

const indexes = new WeakMap<Catalogue, RelevanceIndex>();

function relevanceIndex(catalogue: Catalogue): RelevanceIndex {
  const cached = indexes.get(catalogue);
  if (cached) return cached;
  const plan = cataloguePlan(catalogue);
  const questions = plan.questionsInFlowOrder;
  const position = new Map(questions.map((q, i) => [q.id, i]));
  const positions = (ids: readonly string[]) => ids.flatMap((id) => (position.has(id) ? [position.get(id) ?? 0] : []));
  const askReaders = new Map<string, number[]>();
  questions.forEach((q, i) => {
    for (const id of new Set(plan.askRefs.get(q.id) ?? [])) push(askReaders, id, i);
  });
  const appliesReaders = new Map<string, number[]>();
  plan.requirements.forEach((r, i) => {
    for (const id of new Set(r.appliesRefs)) push(appliesReaders, id, i);
  });
  const ruleReaders = new Map<string, number[]>();
  catalogue.riskRules.forEach((rule, i) => {
    for (const id of conditionAnswerRefs(rule.when)) push(ruleReaders, id, i);
  });
  const linkedRequirements = new Map<string, number[]>();
  plan.requirements.forEach((r, i) => {
    for (const scenario of new Set(r.requirement.risks.map((link) => link.scenario))) push(linkedRequirements, scenario, i);
  });
  const readsRisk = (condition: Condition | undefined) => condition !== undefined && conditionLeaves(condition).some(({ condition: leaf }) => 'risk' in leaf || 'anyRisk' in leaf);
  const index: RelevanceIndex = {
    plan,
    position,
    askRefs: questions.map((q) => positions(plan.askRefs.get(q.id) ?? [])),
    appliesRefs: plan.requirements.map((r) => positions(r.appliesRefs)),
    allRefs: plan.requirements.map((r) => positions([...r.appliesRefs, ...r.metRefs, ...r.claimRefs])),
    appliesReaders,
    askReaders,
    riskRulePositions: positions([...plan.riskRuleRefs]),
    ruleReaders,
    allQuestions: questions.map((_, i) => i),
    allRequirements: plan.requirements.map((_, i) => i),
    allRules: catalogue.riskRules.map((_, i) => i),
    linkedRequirements,
    riskReadingRequirements: plan.requirements.flatMap((r, i) => (readsRisk(r.requirement.appliesWhen) ? [i] : [])),
    riskReadingQuestions: questions.flatMap((q, i) => (readsRisk(q.askWhen) ? [i] : [])),
    baselineLevels: new Map(catalogue.scenarios.map((sc) => [sc.id, levelOrderOf(catalogue).get(sc.baseline) ?? 0])),
  };
  indexes.set(catalogue, index);
  return index;
}

/** What a requirement makes needed: nothing (below its risk), the questions of `appliesWhen`, or all it reads. */
const NONE = 0;
const APPLIES = 1;
const ALL = 2;

/**
 * The rule above as counts: `needed[i]` is how many reasons question i has to be needed (risk rules
 * read it, requirements that apply by risk read it, relevant questions' `askWhen` read it). An
 * answer re-evaluates only the conditions that read it; a change of risk level re-evaluates all of
 * them. `askWhen` reads only earlier questions (a catalogue error otherwise), so the reasons form no
 * cycle and the counts give exactly the fixpoint of the rule.
 */
class RelevanceTracker implements QuestionRelevance {
  private readonly index: RelevanceIndex;
  private readonly catalogue: Catalogue;
  private readonly answersMeta: Answers;
  private readonly values = new Map<string, AnswerValue>();
  private readonly ctx: ConditionContext;
  private readonly baselineCtx: ConditionContext;
  private readonly needed: Int32Array;
  private readonly askHolds: Uint8Array;
  private readonly relevant: Uint8Array;
  private readonly visited: Uint8Array;
  private readonly contribution: Uint8Array;
  /** Per risk rule: 1 while its condition holds. Only a rule that starts or stops holding can move a level. */
  private readonly ruleHolds: Uint8Array;
  private readonly scenarioLevels = new Map<string, number>();
  /** Some scenario is at a level that is not certifiable: only intake questions are asked. */
  private referred = false;
  /** Every relevant question before this flow position has been visited. */
  private cursor = 0;

  constructor(catalogue: Catalogue, meta: Pick<Answers, 'advice'>, values: ReadonlyMap<string, AnswerValue>) {
    this.catalogue = catalogue;
    this.index = relevanceIndex(catalogue);
    const count = this.index.plan.questionsInFlowOrder.length;
    for (const [id, value] of values) this.values.set(id, value);
    // deriveRiskProfile reads the advice from here and the answers through `ctx.values`.
    this.answersMeta = { catalogue: { id: '', version: '' }, kind: 'self-check', date: '', subject: { role: '' }, answers: {}, exceptions: [], refusals: [], ...(meta.advice ? { advice: meta.advice } : {}) };
    this.ctx = { values: this.values, scenarioLevels: this.scenarioLevels, levelOrder: levelOrderOf(catalogue) };
    this.baselineCtx = { values: this.values, scenarioLevels: this.index.baselineLevels, levelOrder: this.ctx.levelOrder };
    this.needed = new Int32Array(count);
    this.askHolds = new Uint8Array(count);
    this.relevant = new Uint8Array(count);
    this.visited = new Uint8Array(count);
    this.contribution = new Uint8Array(this.index.plan.requirements.length);
    this.ruleHolds = new Uint8Array(catalogue.riskRules.length);
    this.rulesChanged(this.index.allRules);
    for (const p of this.index.riskRulePositions) this.needed[p] = (this.needed[p] ?? 0) + 1;
    this.updateRisk();
    this.reconsider(this.index.allQuestions, this.index.allRequirements);
  }

  answer(questionId: string, value: AnswerValue | undefined): void {
    if (value === undefined) this.values.delete(questionId);
    else this.values.set(questionId, value);
    const rules = this.index.ruleReaders.get(questionId);
    const changed = rules && this.rulesChanged(rules) ? this.updateRisk() : [];
    const askReaders = this.index.askReaders.get(questionId) ?? [];
    const appliesReaders = this.index.appliesReaders.get(questionId) ?? [];
    if (changed.length === 0) {
      this.reconsider(askReaders, appliesReaders);
      return;
    }
    // A level moved: the requirements linked to its scenario, and every condition that reads a level, may have changed too.
    const requirements = new Set([...appliesReaders, ...this.index.riskReadingRequirements]);
    for (const scenario of changed) for (const i of this.index.linkedRequirements.get(scenario) ?? []) requirements.add(i);
    this.reconsider([...new Set([...askReaders, ...this.index.riskReadingQuestions])], [...requirements]);
  }

  isRelevant(questionId: string): boolean {
    const p = this.index.position.get(questionId);
    return p !== undefined && this.asked(p);
  }

  relevantIds(): string[] {
    return this.index.plan.questionsInFlowOrder.filter((_, i) => this.asked(i)).map((q) => q.id);
  }

  next(): string | undefined {
    const questions = this.index.plan.questionsInFlowOrder;
    while (this.cursor < questions.length && (!this.asked(this.cursor) || this.visited[this.cursor] === 1)) this.cursor++;
    return questions[this.cursor]?.id;
  }

  /** Relevant by the rule, and not a question about the home while the check refers (level D). */
  private asked(p: number): boolean {
    return this.relevant[p] === 1 && (!this.referred || this.index.plan.questionsInFlowOrder[p]?.section === 'intake');
  }

  visit(questionId: string): void {
    const p = this.index.position.get(questionId);
    if (p !== undefined) this.visited[p] = 1;
  }

  /** Re-evaluates the given risk rules; true when one of them started or stopped holding. */
  private rulesChanged(rules: readonly number[]): boolean {
    let changed = false;
    for (const i of rules) {
      const rule = this.catalogue.riskRules[i];
      const holds = rule && evaluateCondition(rule.when, this.baselineCtx) === true ? 1 : 0;
      if (holds === this.ruleHolds[i]) continue;
      this.ruleHolds[i] = holds;
      changed = true;
    }
    return changed;
  }

  /** Re-derives the risk profile; returns the scenarios whose level changed. */
  private updateRisk(): string[] {
    const levels = this.scenarioLevels;
    const changed: string[] = [];
    const profile = deriveRiskProfile(this.catalogue, this.answersMeta, this.values);
    const referred = profile.some((r) => !this.index.plan.certifiableLevels.has(r.level));
    // Leaving or entering D moves the cursor's ground: questions about the home come and go at once.
    if (referred !== this.referred) this.cursor = 0;
    this.referred = referred;
    for (const r of profile) {
      const level = this.ctx.levelOrder.get(r.level) ?? 0;
      if (levels.get(r.scenario) === level) continue;
      levels.set(r.scenario, level);
      changed.push(r.scenario);
    }
    return changed;
  }

  /** Re-evaluates the given questions' `askWhen` and requirements' contributions, then settles relevance. */
  private reconsider(questions: readonly number[], requirements: readonly number[]): void {
    const pending: number[] = [];
    for (const i of requirements) {
      const now = this.contributionOf(i);
      const before = this.contribution[i] ?? NONE;
      if (now === before) continue;
      this.contribution[i] = now;
      this.count(this.refsOf(i, before), -1, pending);
      this.count(this.refsOf(i, now), +1, pending);
    }
    const flow = this.index.plan.questionsInFlowOrder;
    for (const i of questions) {
      const askWhen = flow[i]?.askWhen;
      const holds = !askWhen || evaluateCondition(askWhen, this.ctx) === true ? 1 : 0;
      if (holds !== this.askHolds[i]) {
        this.askHolds[i] = holds;
        pending.push(i);
      }
    }
    // A question that turns relevant or not changes what its askWhen makes needed: earlier questions only.
    while (pending.length > 0) {
      const i = pending.pop() ?? 0;
      const relevant = this.askHolds[i] === 1 && (flow[i]?.section === 'intake' || (this.needed[i] ?? 0) > 0) ? 1 : 0;
      if (relevant === this.relevant[i]) continue;
      this.relevant[i] = relevant;
      // An earlier question that becomes relevant is asked next, before the walk goes on.
      if (relevant && i < this.cursor) this.cursor = i;
      this.count(this.index.askRefs[i] ?? [], relevant ? 1 : -1, pending);
    }
  }

  private contributionOf(i: number): number {
    const requirement = this.index.plan.requirements[i]?.requirement;
    if (!requirement) return NONE;
    const levels = this.scenarioLevels;
    const order = this.ctx.levelOrder;
    const byRisk = requirement.risks.some((link) => (levels.get(link.scenario) ?? -1) >= (order.get(link.minLevel) ?? Infinity));
    if (!byRisk) return NONE;
    if (requirement.appliesWhen && evaluateCondition(requirement.appliesWhen, this.ctx) === false) return APPLIES;
    return ALL;
  }

  private refsOf(i: number, contribution: number): readonly number[] {
    if (contribution === NONE) return [];
    return (contribution === APPLIES ? this.index.appliesRefs[i] : this.index.allRefs[i]) ?? [];
  }

  private count(positions: readonly number[], delta: number, pending: number[]): void {
    for (const p of positions) {
      this.needed[p] = (this.needed[p] ?? 0) + delta;
      pending.push(p);
    }
  }
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
