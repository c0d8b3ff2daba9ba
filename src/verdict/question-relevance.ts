/**
 * Which questions matter, given the answers so far: the interactive self-check asks exactly these,
 * and an answers file that answers others gets a warning. Pure.
 *
 * The rule lives in one place, `questionRelevance`, which also follows answers one at a time and
 * recomputes only what an answer can change; `relevantQuestionIds` is it seeded with all answers.
 */
import type { AnswerValue, Catalogue, Condition } from '../catalogue/catalogue-types.js';
import type { Answers } from '../answers/answers-types.js';
import { compileCondition, someLevelAtLeast, type AnswerLookup, type CompiledCondition, type ConditionInputs } from '../condition/evaluate-condition.js';
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
  /**
   * Takes back every answer and visit: the tracker is then as a new one with no answers (and the
   * same advice). A population walks one case after another, and one tracker serves them all.
   */
  restart(): void;
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
  /** The three above by flow position, for the questions the catalogue asks (the maps serve any other id). */
  readersAt: readonly Readers[];
  allQuestions: readonly number[];
  allRequirements: readonly number[];
  allRules: readonly number[];
  /** Per scenario position: the requirements linked to it; and the requirements and questions whose condition reads any risk level. */
  linkedRequirements: readonly (readonly number[])[];
  /**
   * The risk links of requirement i are links[linkStart[i]] up to links[linkStart[i + 1]]: the
   * scenario's position in `scenarioIds` and the order of the link's minimum level (-1 for a level
   * the catalogue does not know, which no scenario reaches).
   */
  linkStart: Int32Array;
  linkScenario: Int32Array;
  linkMinOrder: Int32Array;
  scenarioIds: readonly string[];
  scenarioPosition: ReadonlyMap<string, number>;
  riskReadingRequirements: readonly number[];
  riskReadingQuestions: readonly number[];
  /** Baseline level of every scenario: what risk rules are evaluated against (see deriveRiskProfile). */
  baselineLevels: ReadonlyMap<string, number>;
  levelOrder: ReadonlyMap<string, number>;
  /**
   * The conditions the tracker re-evaluates, compiled once per catalogue to read answers by flow
   * position: by flow position (`askWhen`), by requirement (`appliesWhen`) and by risk rule
   * (`when`). Looked up by condition in a WeakMap and read by id in a Map, as `evaluateCondition`
   * does, a condition cost about twice as much at 10× the catalogue as at 5× (session 11).
   */
  askWhen: readonly (CompiledCondition<WalkInput> | undefined)[];
  appliesWhen: readonly (CompiledCondition<WalkInput> | undefined)[];
  ruleWhen: readonly CompiledCondition<WalkInput>[];
  /** The state before any answer, without advice: the same for every walk, so worked out once. */
  blank?: TrackerState;
}

/** What the tracker's conditions read: answers by flow position (other ids by id) and each scenario's level. */
interface WalkInput {
  valueAt: readonly (AnswerValue | undefined)[];
  otherValues: ReadonlyMap<string, AnswerValue>;
  scenarioLevels: ReadonlyMap<string, number>;
}

/** Condition inputs for a walk: an answer is read at the position its question has, found once when compiling. */
function walkInputs(position: ReadonlyMap<string, number>, levelOrder: ReadonlyMap<string, number>): ConditionInputs<WalkInput> {
  return {
    answer(questionId) {
      const p = position.get(questionId);
      return p === undefined ? (input) => input.otherValues.get(questionId) : (input) => input.valueAt[p];
    },
    level: (scenarioId) => (input) => input.scenarioLevels.get(scenarioId),
    levelOrder(levelId) {
      const order = levelOrder.get(levelId);
      return () => order;
    },
    anyLevelAtLeast: (input, threshold) => someLevelAtLeast(input.scenarioLevels, threshold),
  };
}

/** Who reads one question: risk rules, `askWhen` of questions, `appliesWhen` of requirements (positions). */
interface Readers {
  rules: readonly number[] | undefined;
  ask: readonly number[];
  applies: readonly number[];
}

/** What a tracker knows between answers. */
interface TrackerState {
  needed: Int32Array;
  askHolds: Uint8Array;
  relevant: Uint8Array;
  contribution: Uint8Array;
  ruleHolds: Uint8Array;
  /** Level order per scenario position, -1 while unknown. */
  levels: Int32Array;
  referred: boolean;
}

const indexes = new WeakMap<Catalogue, RelevanceIndex>();
const NO_POSITIONS: readonly number[] = [];
const NO_VALUES: ReadonlyMap<string, AnswerValue> = new Map();

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
  const scenarioIds = catalogue.scenarios.map((sc) => sc.id);
  const scenarioPosition = new Map(scenarioIds.map((id, i) => [id, i]));
  const levelOrder = levelOrderOf(catalogue);
  const linkStart = new Int32Array(plan.requirements.length + 1);
  const linkScenario: number[] = [];
  const linkMinOrder: number[] = [];
  plan.requirements.forEach((r, i) => {
    linkStart[i] = linkScenario.length;
    for (const link of r.requirement.risks) {
      const scenario = scenarioPosition.get(link.scenario);
      const minOrder = levelOrder.get(link.minLevel);
      // A link to an unknown scenario or level never applies (as with the look-ups it replaces).
      if (scenario === undefined || minOrder === undefined) continue;
      linkScenario.push(scenario);
      linkMinOrder.push(minOrder);
    }
  });
  linkStart[plan.requirements.length] = linkScenario.length;
  const linkedRequirements: number[][] = scenarioIds.map(() => []);
  plan.requirements.forEach((_, i) => {
    for (let k = linkStart[i] ?? 0; k < (linkStart[i + 1] ?? 0); k++) {
      const linked = linkedRequirements[linkScenario[k] ?? 0];
      if (linked && linked[linked.length - 1] !== i) linked.push(i);
    }
  });
  const inputs = walkInputs(position, levelOrder);
  const compiled = (condition: Condition | undefined) => (condition === undefined ? undefined : compileCondition(condition, inputs));
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
    readersAt: questions.map((q) => ({ rules: ruleReaders.get(q.id), ask: askReaders.get(q.id) ?? NO_POSITIONS, applies: appliesReaders.get(q.id) ?? NO_POSITIONS })),
    allQuestions: questions.map((_, i) => i),
    allRequirements: plan.requirements.map((_, i) => i),
    allRules: catalogue.riskRules.map((_, i) => i),
    linkedRequirements,
    linkStart,
    linkScenario: Int32Array.from(linkScenario),
    linkMinOrder: Int32Array.from(linkMinOrder),
    scenarioIds,
    scenarioPosition,
    riskReadingRequirements: plan.requirements.flatMap((r, i) => (readsRisk(r.requirement.appliesWhen) ? [i] : [])),
    riskReadingQuestions: questions.flatMap((q, i) => (readsRisk(q.askWhen) ? [i] : [])),
    baselineLevels: new Map(catalogue.scenarios.map((sc) => [sc.id, levelOrder.get(sc.baseline) ?? 0])),
    levelOrder,
    askWhen: questions.map((q) => compiled(q.askWhen)),
    appliesWhen: plan.requirements.map((r) => compiled(r.requirement.appliesWhen)),
    ruleWhen: catalogue.riskRules.map((rule) => compileCondition(rule.when, inputs)),
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
 *
 * An answer allocates nothing here: state is in typed arrays by position and the work lists are
 * kept between answers. A synthetic walk gives hundreds of answers per case (390 at 10× the
 * catalogue), and what each allocated (Sets, spread arrays, a closure per requirement looked at)
 * was most of the walk's garbage.
 */
class RelevanceTracker implements QuestionRelevance {
  private readonly index: RelevanceIndex;
  private readonly catalogue: Catalogue;
  private readonly answersMeta: Answers;
  /** The answers by flow position (ids the catalogue does not ask in `otherValues`), read by conditions at their position (see `walkInputs`) and by deriveRiskProfile through `values`. */
  private readonly valueAt: (AnswerValue | undefined)[];
  private readonly otherValues = new Map<string, AnswerValue>();
  private readonly values: AnswerLookup;
  /** What conditions read: the levels now, and the baseline levels (risk rules). */
  private readonly walk: WalkInput;
  private readonly baselineWalk: WalkInput;
  private readonly needed: Int32Array;
  private readonly askHolds: Uint8Array;
  private readonly relevant: Uint8Array;
  private readonly visited: Uint8Array;
  private readonly contribution: Uint8Array;
  /** Per risk rule: 1 while its condition holds. Only a rule that starts or stops holding can move a level. */
  private readonly ruleHolds: Uint8Array;
  /** Level order by scenario position, -1 before the first profile; `scenarioLevels` holds the same by id, for conditions. */
  private readonly levels: Int32Array;
  private readonly scenarioLevels = new Map<string, number>();
  /** Some scenario is at a level that is not certifiable: only intake questions are asked. */
  private referred = false;
  /** Every relevant question before this flow position has been visited. */
  private cursor = 0;
  /**
   * Work lists, refilled by each answer up to their count. (Emptied with `length = 0`, an array
   * gives up its storage and allocates it again at the next push.)
   */
  private readonly pending: number[] = [];
  private pendingCount = 0;
  private readonly changedScenarios: number[] = [];
  private changedCount = 0;
  private readonly questionList: number[] = [];
  private questionCount = 0;
  private readonly requirementList: number[] = [];
  private requirementCount = 0;
  /** Per question and per requirement: the round in which it last went into a work list, so it goes in once. */
  private readonly questionRound: Uint32Array;
  private readonly requirementRound: Uint32Array;
  private round = 0;
  /** What `next` last gave, and its position. */
  private nextId: string | undefined;
  private nextPosition = 0;

  constructor(catalogue: Catalogue, meta: Pick<Answers, 'advice'>, values: ReadonlyMap<string, AnswerValue>) {
    this.catalogue = catalogue;
    this.index = relevanceIndex(catalogue);
    const count = this.index.plan.questionsInFlowOrder.length;
    // By position, not in a Map of their own: a walk gives hundreds of answers, and a Map grew
    // (and allocated) with every one of them.
    this.valueAt = new Array<AnswerValue | undefined>(count).fill(undefined);
    const { position } = this.index;
    this.values = { get: (id) => { const p = position.get(id); return p === undefined ? this.otherValues.get(id) : this.valueAt[p]; } };
    // deriveRiskProfile reads the advice from here and the answers through `values`.
    this.answersMeta = { catalogue: { id: '', version: '' }, kind: 'self-check', date: '', subject: { role: '' }, answers: {}, exceptions: [], refusals: [], ...(meta.advice ? { advice: meta.advice } : {}) };
    this.walk = { valueAt: this.valueAt, otherValues: this.otherValues, scenarioLevels: this.scenarioLevels };
    this.baselineWalk = { valueAt: this.valueAt, otherValues: this.otherValues, scenarioLevels: this.index.baselineLevels };
    this.visited = new Uint8Array(count);
    this.questionRound = new Uint32Array(count);
    this.requirementRound = new Uint32Array(this.index.plan.requirements.length);
    this.needed = new Int32Array(count);
    this.askHolds = new Uint8Array(count);
    this.relevant = new Uint8Array(count);
    this.contribution = new Uint8Array(this.index.plan.requirements.length);
    this.ruleHolds = new Uint8Array(catalogue.riskRules.length);
    this.levels = new Int32Array(this.index.scenarioIds.length);
    this.start(values);
  }

  restart(): void {
    this.start(NO_VALUES);
  }

  /** The state for `values` and nothing visited, in the arrays the tracker has. */
  private start(values: ReadonlyMap<string, AnswerValue>): void {
    this.valueAt.fill(undefined);
    this.otherValues.clear();
    this.nextId = undefined;
    for (const [id, value] of values) this.setValue(id, value);
    this.visited.fill(0);
    this.cursor = 0;
    // Before any answer and without advice every walk starts alike: copied from the first one.
    const startsBlank = values.size === 0 && !this.answersMeta.advice;
    const blank = startsBlank ? this.index.blank : undefined;
    if (blank) {
      this.needed.set(blank.needed);
      this.askHolds.set(blank.askHolds);
      this.relevant.set(blank.relevant);
      this.contribution.set(blank.contribution);
      this.ruleHolds.set(blank.ruleHolds);
      this.levels.set(blank.levels);
      this.referred = blank.referred;
      // Every scenario has its entry from the first walk on: this sets them, adding none.
      this.index.scenarioIds.forEach((id, at) => this.scenarioLevels.set(id, this.levels[at] ?? 0));
      return;
    }
    this.needed.fill(0);
    this.askHolds.fill(0);
    this.relevant.fill(0);
    this.contribution.fill(0);
    this.ruleHolds.fill(0);
    this.levels.fill(-1);
    this.scenarioLevels.clear();
    this.referred = false;
    this.rulesChanged(this.index.allRules);
    for (const p of this.index.riskRulePositions) this.needed[p] = (this.needed[p] ?? 0) + 1;
    this.updateRisk();
    this.reconsider(this.index.allQuestions, this.index.allQuestions.length, this.index.allRequirements, this.index.allRequirements.length);
    if (startsBlank) {
      const { needed, askHolds, relevant, contribution, ruleHolds, levels, referred } = this;
      this.index.blank = { needed: needed.slice(), askHolds: askHolds.slice(), relevant: relevant.slice(), contribution: contribution.slice(), ruleHolds: ruleHolds.slice(), levels: levels.slice(), referred };
    }
  }

  answer(questionId: string, value: AnswerValue | undefined): void {
    this.setValue(questionId, value);
    const { index } = this;
    const at = this.positionOf(questionId);
    const readers = at === undefined ? undefined : index.readersAt[at];
    const rules = readers ? readers.rules : index.ruleReaders.get(questionId);
    const askReaders = readers ? readers.ask : (index.askReaders.get(questionId) ?? NO_POSITIONS);
    const appliesReaders = readers ? readers.applies : (index.appliesReaders.get(questionId) ?? NO_POSITIONS);
    if (!rules || !this.rulesChanged(rules) || this.updateRisk() === 0) {
      this.reconsider(askReaders, askReaders.length, appliesReaders, appliesReaders.length);
      return;
    }
    // A level moved: the requirements linked to its scenario, and every condition that reads a level, may have changed too.
    const round = this.nextRound();
    this.requirementCount = 0;
    this.questionCount = 0;
    for (const i of appliesReaders) this.enlistRequirement(i, round);
    for (const i of index.riskReadingRequirements) this.enlistRequirement(i, round);
    for (let c = 0; c < this.changedCount; c++) for (const i of index.linkedRequirements[this.changedScenarios[c] ?? 0] ?? NO_POSITIONS) this.enlistRequirement(i, round);
    for (const i of askReaders) this.enlistQuestion(i, round);
    for (const i of index.riskReadingQuestions) this.enlistQuestion(i, round);
    this.reconsider(this.questionList, this.questionCount, this.requirementList, this.requirementCount);
  }

  /**
   * The flow position of a question id. A walk visits and answers the id `next` just gave: that
   * one is known without a look-up (two or three per answer, in a Map of every question).
   */
  private positionOf(questionId: string): number | undefined {
    if (questionId === this.nextId) return this.nextPosition;
    return this.index.position.get(questionId);
  }

  private setValue(questionId: string, value: AnswerValue | undefined): void {
    const p = this.positionOf(questionId);
    if (p !== undefined) this.valueAt[p] = value;
    else if (value !== undefined) this.otherValues.set(questionId, value);
    else this.otherValues.delete(questionId);
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
    const id = questions[this.cursor]?.id;
    this.nextId = id;
    this.nextPosition = this.cursor;
    return id;
  }

  /** Relevant by the rule, and not a question about the home while the check refers (level D). */
  private asked(p: number): boolean {
    return this.relevant[p] === 1 && (!this.referred || this.index.plan.questionsInFlowOrder[p]?.section === 'intake');
  }

  visit(questionId: string): void {
    const p = this.positionOf(questionId);
    if (p !== undefined) this.visited[p] = 1;
  }

  /** A new round number for the work lists (rounds are counted in 32 bits: on wrapping, every mark is cleared). */
  private nextRound(): number {
    this.round = (this.round + 1) >>> 0;
    if (this.round === 0) {
      this.questionRound.fill(0);
      this.requirementRound.fill(0);
      this.round = 1;
    }
    return this.round;
  }

  /** Puts requirement i in the work list unless it went in already this round. */
  private enlistRequirement(i: number, round: number): void {
    if (this.requirementRound[i] === round) return;
    this.requirementRound[i] = round;
    this.requirementList[this.requirementCount++] = i;
  }

  private enlistQuestion(i: number, round: number): void {
    if (this.questionRound[i] === round) return;
    this.questionRound[i] = round;
    this.questionList[this.questionCount++] = i;
  }

  /** Re-evaluates the given risk rules; true when one of them started or stopped holding. */
  private rulesChanged(rules: readonly number[]): boolean {
    let changed = false;
    for (const i of rules) {
      const when = this.index.ruleWhen[i];
      const holds = when && when(this.baselineWalk) === true ? 1 : 0;
      if (holds === this.ruleHolds[i]) continue;
      this.ruleHolds[i] = holds;
      changed = true;
    }
    return changed;
  }

  /** Re-derives the risk profile; puts the positions of the scenarios whose level changed in `changedScenarios` and returns how many. */
  private updateRisk(): number {
    this.changedCount = 0;
    const profile = deriveRiskProfile(this.catalogue, this.answersMeta, this.values);
    const certifiable = this.index.plan.certifiableLevels;
    const order = this.index.levelOrder;
    let referred = false;
    // The profile has one entry per scenario, in catalogue order.
    for (let at = 0; at < profile.length; at++) {
      const risk = profile[at];
      if (!risk) continue;
      if (!certifiable.has(risk.level)) referred = true;
      const level = order.get(risk.level) ?? 0;
      if (this.levels[at] === level) continue;
      this.levels[at] = level;
      this.scenarioLevels.set(risk.scenario, level);
      this.changedScenarios[this.changedCount++] = at;
    }
    // Leaving or entering D moves the cursor's ground: questions about the home come and go at once.
    if (referred !== this.referred) this.cursor = 0;
    this.referred = referred;
    return this.changedCount;
  }

  /** Re-evaluates the first `questionCount` questions' `askWhen` and `requirementCount` requirements' contributions, then settles relevance. */
  private reconsider(questions: readonly number[], questionCount: number, requirements: readonly number[], requirementCount: number): void {
    const pending = this.pending;
    for (let r = 0; r < requirementCount; r++) {
      const i = requirements[r] ?? 0;
      const now = this.contributionOf(i);
      const before = this.contribution[i] ?? NONE;
      if (now === before) continue;
      this.contribution[i] = now;
      this.count(this.refsOf(i, before), -1);
      this.count(this.refsOf(i, now), +1);
    }
    const flow = this.index.plan.questionsInFlowOrder;
    for (let q = 0; q < questionCount; q++) {
      const i = questions[q] ?? 0;
      const askWhen = this.index.askWhen[i];
      const holds = !askWhen || askWhen(this.walk) === true ? 1 : 0;
      if (holds !== this.askHolds[i]) {
        this.askHolds[i] = holds;
        pending[this.pendingCount++] = i;
      }
    }
    // A question that turns relevant or not changes what its askWhen makes needed: earlier questions only.
    while (this.pendingCount > 0) {
      const i = pending[--this.pendingCount] ?? 0;
      const relevant = this.askHolds[i] === 1 && (flow[i]?.section === 'intake' || (this.needed[i] ?? 0) > 0) ? 1 : 0;
      if (relevant === this.relevant[i]) continue;
      this.relevant[i] = relevant;
      // An earlier question that becomes relevant is asked next, before the walk goes on.
      if (relevant && i < this.cursor) this.cursor = i;
      this.count(this.index.askRefs[i] ?? NO_POSITIONS, relevant ? 1 : -1);
    }
  }

  private contributionOf(i: number): number {
    const { linkStart, linkScenario, linkMinOrder } = this.index;
    const end = linkStart[i + 1] ?? 0;
    let byRisk = false;
    for (let k = linkStart[i] ?? 0; k < end && !byRisk; k++) byRisk = (this.levels[linkScenario[k] ?? 0] ?? -1) >= (linkMinOrder[k] ?? 0);
    if (!byRisk) return NONE;
    const appliesWhen = this.index.appliesWhen[i];
    if (appliesWhen && appliesWhen(this.walk) === false) return APPLIES;
    return ALL;
  }

  private refsOf(i: number, contribution: number): readonly number[] {
    if (contribution === NONE) return NO_POSITIONS;
    return (contribution === APPLIES ? this.index.appliesRefs[i] : this.index.allRefs[i]) ?? NO_POSITIONS;
  }

  /** Adds delta to the reasons of each position and queues it to be settled. */
  private count(positions: readonly number[], delta: number): void {
    const pending = this.pending;
    for (const p of positions) {
      this.needed[p] = (this.needed[p] ?? 0) + delta;
      pending[this.pendingCount++] = p;
    }
  }
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
