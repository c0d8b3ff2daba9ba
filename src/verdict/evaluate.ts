/**
 * evaluate(catalogue, answers, now) → Verdict. Pure and deterministic: the same inputs give the
 * same verdict, whose canonical JSON is byte-identical. The clock is passed in.
 *
 * The verdict is proportional (seed §4.2 rec. 3: "een objectiveerbare relatie tussen de gestelde
 * eisen en het risico waarop beveiligingsmaatregelen worden getroffen"): a measure is blocked only
 * by the owner basics that apply through one of its own scenarios.
 */
import { DOMAINS, EVIDENCE_LEVELS } from '../catalogue/catalogue-types.js';
import type { AnswerValue, Catalogue, CatalogueException, Condition, EvidenceLevel, Requirement } from '../catalogue/catalogue-types.js';
import type { Answers, GivenAnswer } from '../answers/answers-types.js';
import { VERDICT_FORMAT } from './verdict-types.js';
import type {
  AnswerUse,
  Blocker,
  LinkLevel,
  CoverageStatus,
  DomainSummary,
  GapItem,
  GapPlan,
  MeasureDecision,
  Outcome,
  RequirementResult,
  RequirementStatus,
  ScenarioCoverage,
  ScenarioRisk,
  Verdict,
} from './verdict-types.js';
import { compileCondition, type CompiledCondition, type ConditionInputs } from '../condition/evaluate-condition.js';
import { cataloguePlan, type CataloguePlan, type RequirementPlan } from './catalogue-plan.js';
import { judgeRisk, levelOrderOf, riskReading, type RiskReading } from '../risk/risk-profile.js';
import { conditionAnswerRefs, conditionLeaves } from '../condition/condition-references.js';
import { answersHashAt, hashOrder, type HashOrder } from '../answers/answers-hash.js';
import { sealedGiven, yesNoSlot } from '../answers/sealed-answers.js';
import { packageVersion } from '../package-version.js';
import { claimGaps } from './claim-proof.js';

/**
 * @example
 * // `now` comes from the caller (the CLI's clock, a test's fixed date): evaluate reads no clock.
 * const verdict = evaluate(loadCatalogue(), readAnswers('antwoorden.yaml', catalogue), now);
 * verdict.outcome; // 'niet-op-orde'
 * verdict.funding; // [{ measure: 'WON-16', decision: 'fundable', blockedBy: [], ... }]
 */
export function evaluate(catalogue: Catalogue, answers: Answers, now: Date): Verdict {
  const steps = evaluationSteps(catalogue);
  const { plan } = steps;
  const given = givenByPosition(steps, answers);
  const judgedRisk = judgeRisk(catalogue, steps.riskReading, given, answers.advice);
  const { risk } = judgedRisk;

  // Level D is beyond the keurmerk: refer, and judge nothing (no requirement list, plan or cost).
  const referred: string[] = [];
  for (const r of risk) if (!plan.certifiableLevels.has(r.level)) referred.push(r.scenario);
  if (referred.length > 0) {
    const nothing: GapPlan = { items: [], total: { min: 0, max: 0 }, totalExclVat: 0, withoutCost: 0, noPurchase: 0 };
    return verdictOf(steps, answers, given, now, { outcome: 'doorverwijzen', certifiable: false, risk, referral: { scenarios: referred }, funding: [], coverage: [], requirements: [], domains: [], gapPlan: nothing });
  }

  let profile = steps.profileByRisk.get(risk);
  if (profile === undefined) {
    profile = profileAt(steps, risk);
    // A profile without an advice is shared (frozen) by the verdicts with the same rules holding.
    if (Object.isFrozen(risk)) steps.profileByRisk.set(risk, profile);
  }
  const { levels } = profile;
  const input: Input = { given, levels: profile.inputLevels };
  const hardConditions = answers.advice && answers.advice.hardConditions.length > 0 ? new Set(answers.advice.hardConditions) : undefined;

  // Allocating a typed array costs more than clearing one: evaluation is synchronous, so one per catalogue serves every call.
  const applying = steps.applying;
  applying.set(profile.applying);
  const requirements: RequirementResult[] = new Array<RequirementResult>(steps.requirements.length);
  const open = steps.open.fill(0);
  const { status, sufficient, owner, hard, shared } = steps;
  if (steps.hardSet) {
    hard.fill(0);
    steps.hardSet = false;
  }
  // Without an advice, claims or refusals, a requirement's result follows from its scenarios' levels
  // and the answers it reads alone: the same for every verdict with those, so built once and shared.
  const states = profile.id >= 0 && !answers.advice && answers.exceptions.length === 0 && answers.refusals.length === 0 ? answerStates(steps, given) : undefined;
  for (let i = 0; i < steps.requirements.length; i++) {
    const key = states ? sharedKey(steps.refs, i, states, profile.linkClass[i] ?? -1) : -1;
    // What the rest of the verdict reads of each result, by position in flat arrays: at ten times
    // the catalogue, reading it from the result objects cost 15–36 times as much (cache misses).
    // A shared result's is kept beside it, so the loop does not read the result at all.
    let r: RequirementResult;
    let facts: number;
    if (key >= 0 && shared.find(i, key)) {
      r = shared.result;
      facts = shared.facts;
    } else {
      r = evaluateRequirement(steps, steps.requirements[i] as RequirementSteps, answers, input, levels, hardConditions);
      facts = factsOf(r);
      if (key >= 0) shared.add(i, key, frozenResult(r), facts);
      if (hardConditions && r.hardCondition === true) {
        hard[i] = 1;
        steps.hardSet = true;
      }
    }
    requirements[i] = r;
    const code = facts & STATUS_MASK;
    status[i] = code;
    open[i] = owner[i] === 1 ? (OPEN_CODES[code] as number) : 0;
    sufficient[i] = facts >> SUFFICIENT_SHIFT;
  }
  const outcome = outcomeOf(steps);
  const through = basicsByScenario(steps, applying);
  const { adviceFirst } = judgedRisk;
  const awaiting: ReadonlySet<string> = adviceFirst ? new Set(adviceFirst.scenarios) : NO_SCENARIOS;
  const coverage: ScenarioCoverage[] = [];
  for (let k = 0; k < risk.length; k++) {
    const r = risk[k] as ScenarioRisk;
    coverage.push(scenarioCoverage(steps, r.scenario, r.level, through, scenarioPosition(steps, r.scenario, k), answers.kind, awaiting.has(r.scenario)));
  }
  const { funding, blocks } = decideFunding(steps, requirements, profile.slotApplies, open, answers, coverage, awaiting);
  let certifiable = answers.kind === 'inspection' && outcome === 'basis-op-orde';
  for (const c of coverage) if (!c.certifiable) certifiable = false;

  const verdict = verdictOf(steps, answers, given, now, {
    outcome,
    certifiable,
    risk,
    adviceFirst,
    funding,
    coverage,
    requirements,
    domains: summariseDomains(steps),
    gapPlan: planGaps(steps, blocks, input),
  });
  steps.lastVerdict = verdict;
  return verdict;
}

/**
 * The status of each of `verdict.requirements`, by position, as its place in `REQUIREMENT_STATUSES`,
 * for counting many verdicts. For the last verdict `evaluate` made under the catalogue they are the
 * numbers it kept (read them before the next evaluation under it: they are reused); for any other
 * they are worked out from the results. Reading the status of each of 700 results kept across
 * verdicts (far apart in memory) cost a simulation at ten times the catalogue about 5 µs a case.
 */
export function statusCodesOf(catalogue: Catalogue, verdict: Verdict): ArrayLike<number> {
  const steps = evaluationSteps(catalogue);
  if (steps.lastVerdict === verdict) return steps.status;
  return Uint8Array.from(verdict.requirements, (r) => statusCode(r.status));
}

/** The engine version every verdict records (generated from package.json: the core reads no files). */
const ENGINE: Verdict['engine'] = Object.freeze({ name: 'pkvw-light', version: packageVersion() });

/** What a verdict judges: everything but its head (format, engine, catalogue, answers hash, time, kind and advice). */
type Judgement = Omit<Verdict, 'format' | 'engine' | 'catalogue' | 'answersHash' | 'evaluatedAt' | 'kind' | 'advice'>;

/**
 * The verdict, written once for the referral and the full judgement. Every member stands in its
 * place, an absent one as undefined (JSON and canonical JSON leave it out): one object shape for
 * V8 and no spread, which measured 15–20% fewer evaluations/s.
 */
function verdictOf(steps: EvaluationSteps, answers: Answers, given: readonly (GivenAnswer | undefined)[], now: Date, judged: Judgement): Verdict {
  const { advice } = answers;
  return {
    format: VERDICT_FORMAT,
    engine: ENGINE,
    catalogue: steps.catalogueRef,
    answersHash: answersHashAt(answers, steps.hashOrder, given),
    evaluatedAt: isoTime(now),
    kind: answers.kind,
    outcome: judged.outcome,
    certifiable: judged.certifiable,
    risk: judged.risk,
    referral: judged.referral,
    adviceFirst: judged.adviceFirst,
    advice: advice ? { reference: advice.reference, date: advice.date } : undefined,
    funding: judged.funding,
    coverage: judged.coverage,
    requirements: judged.requirements,
    domains: judged.domains,
    gapPlan: judged.gapPlan,
  };
}

/**
 * What the compiled conditions read: the given answers by question position, and each scenario's
 * level position by scenario position (as `ConditionContext.scenarioLevels` would hold it).
 */
interface Input {
  given: (GivenAnswer | undefined)[];
  levels: (number | undefined)[];
}

/** The level of each scenario, by its position in `catalogue.scenarios`. */
interface Levels {
  /** Position of the level in `catalogue.levels`; -1 when the profile gives the scenario none. */
  order: number[];
  /** The level's id; '' when the profile gives the scenario none. */
  ids: string[];
}

/** One risk link of a requirement, resolved: the scenario's position and the minimum level's. */
interface LinkSteps {
  scenario: string;
  /** Position in `catalogue.scenarios`; -1 for a scenario the catalogue does not define (it never applies). */
  at: number;
  minLevel: string;
  /** Position in `catalogue.levels`; Infinity for an unknown level (it never applies). */
  minOrder: number;
  /** The link as a verdict states it, by the position of its scenario's level: shared by every verdict and frozen. */
  atLevel: readonly LinkLevel[];
  /** The same for a scenario without a level. */
  unlevelled: LinkLevel;
}


interface RequirementSteps {
  plan: RequirementPlan;
  appliesWhen: CompiledCondition<Input> | undefined;
  metWhen: CompiledCondition<Input> | undefined;
  /** Positions of the questions in `plan.appliesRefs`, `plan.metRefs` and `plan.allRefs`. */
  appliesRefs: number[];
  metRefs: number[];
  allRefs: number[];
  /** The catalogue's compiled `claimableWhen` conditions (shared by all requirements). */
  claimableWhen: ReadonlyMap<CatalogueException, CompiledCondition<Input>>;
  links: LinkSteps[];
  /** Where its links start in the evaluation's flat list of which links apply. */
  linkOffset: number;
  /** Resolving it takes no purchase (0), a known amount or cost range (its lowest euro), or a price not known until the quote (Infinity). */
  costKey: number;
  /** How coverage lists it when it is not in order, by `STATUS_KEYS`: shared by every verdict and frozen. */
  notInOrder: readonly ScenarioCoverage['notInOrder'][number][];
  /** Whether its conditions read levels: then the levels of every scenario class its results, not only those its links meet. */
  readsLevels: boolean;
  /** By position in `allRefs`: how many states its answer has (see `answerStates`). */
  refRadix: number[];
}

interface MeasureSteps {
  /** Position of the measure among the requirements. */
  index: number;
  id: string;
  scenarios: string[];
  /** Position of each of its scenarios; -1 for one the catalogue does not define. */
  scenarioAt: number[];
  /**
   * The owner basics that can block it, in catalogue order: each with the positions of its links
   * to one of the measure's scenarios. A measure looks at these only (and at hard conditions), so
   * funding grows with the links, not with measures times requirements.
   */
  basics: BasicLinks[];
  /** The same, by cost key and then catalogue order: the order of the basics not met or refused among its blockers. */
  basicsByCost: BasicLinks[];
  /** The positions of those basics. */
  basicSet: ReadonlySet<number>;
}

interface BasicLinks {
  index: number;
  links: number[];
  /** Its place among every measure's basics (`FundingSlots`). */
  slot: number;
}

/**
 * Every measure's basics in one run of slots, measure after measure, and what funding reads of
 * each in flat arrays by slot. At ten times the catalogue funding read a few objects per basic
 * (the basic, its link ids, its kept blockers) scattered on the heap, and cost 3.2 times what it
 * did at five (session 9 profiles): the rest of a synthetic case had pushed them out of the cache.
 */
interface FundingSlots {
  /** Where each measure's slots start (one more entry: where the last ends), by measure. */
  measureStart: Int32Array;
  /** By slot: the basic's requirement position. */
  requirement: Int32Array;
  /** Each measure's slots by cost key, then catalogue order, in the measure's own range. */
  byCost: Int32Array;
  /** By slot: where its link ids start in `linkIds` (one more entry). */
  linkStart: Int32Array;
  /** The basic's links to one of the measure's scenarios by their place among all links, as `applying` has them. */
  linkIds: Int32Array;
  /** By slot: where its kept blockers start in `blockers`, or -1 when it has too many links to key them. */
  blockerStart: Int32Array;
  /**
   * The blockers each basic has been for its measure, shared by every verdict in which it blocks
   * the same way (frozen), keyed as `blockerOf` keys them.
   */
  blockers: (Blocker | undefined)[];
  /** By slot: the basic, for building a blocker not kept yet. */
  basics: BasicLinks[];
}

/** What `evaluate` looks up, worked out once per catalogue object (the catalogue is never changed after loading). */
interface EvaluationSteps {
  /** The verdict's `catalogue`, shared by every verdict of this catalogue. */
  catalogueRef: Verdict['catalogue'];
  plan: CataloguePlan;
  levelOrder: ReadonlyMap<string, number>;
  scenarioCount: number;
  /** The number of levels the catalogue defines. */
  levelCount: number;
  /**
   * The requirement results verdicts share (frozen), by requirement position times MAX_SHARED plus
   * `sharedKey`: the levels its links meet and the states of the answers it reads.
   */
  shared: SharedResults;
  /** Where each requirement's links start among all links (one more entry: where they end), and each link's scenario position (-1 for none). */
  linkStart: Int32Array;
  linkAt: Int32Array;
  /** Each link's minimum level position (Infinity for a level the catalogue does not know). */
  linkMinOrder: Float64Array;
  /** The levels each requirement's links meet, numbered as profiles bring them (see `LinkClasses`). */
  linkClasses: LinkClasses;
  /** Whether `hard` holds a 1 from the last evaluation (then it is cleared before the next). */
  hardSet: boolean;
  /** The last full verdict made, whose statuses `status` still holds (see `statusCodesOf`). */
  lastVerdict: Verdict | undefined;
  scenarioAt: ReadonlyMap<string, number>;
  requirements: RequirementSteps[];
  /** Each requirement's `notInOrder`, by position times the length of STATUS_KEYS plus the status's place there: read by coverage without reading the requirement's steps. */
  notInOrder: readonly ScenarioCoverage['notInOrder'][number][];
  /** What `sharedKey` reads, by requirement position (see `sharedKeyRefs`). */
  refs: Int32Array;
  measures: MeasureSteps[];
  slots: FundingSlots;
  /** The number of risk links of all requirements together. */
  linkCount: number;
  /** Every question a condition or the verdict reads (the catalogue's, and any other id a condition names), by position. */
  questionIds: string[];
  questionAt: ReadonlyMap<string, number>;
  /** The question positions in the order the answers hash writes them. */
  hashOrder: HashOrder | undefined;
  /** By question position: the answer uses a verdict can share. */
  recurring: RecurringUses[];
  /** By question position: a plain lookup of the id can only find an own property (the id is no name on Object.prototype). */
  plainLookup: boolean[];
  claimableWhen: ReadonlyMap<CatalogueException, CompiledCondition<Input>>;
  /** Every cost key is at least 0, so unanswered (-2) and claimed (-1) basics come before all others. */
  costKeysFromZero: boolean;
  /** Scratch space for the links that apply, `linkCount` long; cleared at the start of every evaluation. */
  applying: Uint8Array;
  /** Scratch space as long as the requirements: for an owner basic, its status's `OPEN_CODES` (else 0), read densely by funding. */
  open: Uint8Array;
  /** Scratch space as long as the requirements: each result's `statusCode`. */
  status: Uint8Array;
  /** Scratch space as long as the requirements: 1 where the result's evidence is sufficient. */
  sufficient: Uint8Array;
  /** By requirement position: 1 for an owner basic (`bestuurder`). */
  owner: Uint8Array;
  /** By requirement position: 1 for a basic of the home (domain wonen). */
  wonen: Uint8Array;
  /** Scratch space as long as the requirements: 1 where the result is a hard condition of the advice. */
  hard: Uint8Array;
  /** By requirement position: its id. */
  requirementIds: string[];
  /** Scratch space for `summariseDomains`: owner basics by domain, then status code. */
  domainCounts: Int32Array;
  /** By requirement position: its domain's position in `DOMAINS`. */
  domainAt: Int8Array;
  /** What each requirement's gap item says and adds up to, by position (see `gapSteps`). */
  gaps: GapSteps;
  /** By question position: the values its answer is numbered by. */
  stateOptions: ReadonlyMap<AnswerValue, number>[];
  /** Scratch space by question position: the state of its answer (see `answerStates`). */
  states: Int32Array;
  scenarioIds: string[];
  /** The profiles met so far, by the position of each scenario's level. */
  profiles: ProfileTrie;
  /** Scratch space for `basicsByScenario`. */
  through: Through;
  /** Scratch space by scenario position: 1 where its coverage is certifiable. */
  certifiableAt: Uint8Array;
  /** The risk rules, read from the given answers by position. */
  riskReading: RiskReading<(GivenAnswer | undefined)[]>;
  /** The profile of each shared risk profile (see `judgeRisk`), so a verdict with one looks it up once. */
  profileByRisk: WeakMap<readonly ScenarioRisk[], Profile>;
}

const evaluationStepsCache = new WeakMap<Catalogue, EvaluationSteps>();

function fundingSlots(measures: readonly MeasureSteps[], basics: readonly BasicLinks[], requirements: readonly RequirementSteps[]): FundingSlots {
  const measureStart = Int32Array.from([...measures.map((m) => m.basics[0]?.slot ?? basics.length), basics.length]);
  // A measure without basics starts where the next one does.
  for (let m = measures.length - 1; m >= 0; m--) if ((measures[m] as MeasureSteps).basics.length === 0) measureStart[m] = measureStart[m + 1] as number;
  const linkStart = new Int32Array(basics.length + 1);
  const blockerStart = new Int32Array(basics.length);
  let links = 0;
  let kept = 0;
  basics.forEach((b, slot) => {
    linkStart[slot] = links;
    links += b.links.length;
    // Keyed by status (4 not in order), hard condition and the links that apply.
    blockerStart[slot] = b.links.length <= MAX_KEYED_LINKS ? kept : -1;
    if (b.links.length <= MAX_KEYED_LINKS) kept += (STATUS_KEYS.length * 2) << b.links.length;
  });
  linkStart[basics.length] = links;
  return {
    measureStart,
    requirement: Int32Array.from(basics, (b) => b.index),
    byCost: Int32Array.from(measures.flatMap((m) => m.basicsByCost.map((b) => b.slot))),
    linkStart,
    linkIds: Int32Array.from(basics.flatMap((b) => b.links.map((k) => (requirements[b.index] as RequirementSteps).linkOffset + k))),
    blockerStart,
    blockers: new Array<Blocker | undefined>(kept).fill(undefined),
    basics: [...basics],
  };
}

function evaluationSteps(catalogue: Catalogue): EvaluationSteps {
  const cached = evaluationStepsCache.get(catalogue);
  if (cached) return cached;
  const plan = cataloguePlan(catalogue);
  const levelOrder = levelOrderOf(catalogue);
  const scenarioAt = new Map(catalogue.scenarios.map((s, i) => [s.id, i]));
  const questionIds = [
    ...new Set([
      ...catalogue.questions.map((q) => q.id),
      ...plan.requirements.flatMap((p) => p.allRefs),
      ...catalogue.exceptions.flatMap((e) => (e.claimableWhen ? conditionAnswerRefs(e.claimableWhen) : [])),
      ...plan.riskRuleRefs,
    ]),
  ];
  const questionAt = new Map(questionIds.map((id, i) => [id, i]));
  const positions = (ids: readonly string[]) => ids.map((id) => questionAt.get(id) ?? -1);
  const questionById = new Map(catalogue.questions.map((q) => [q.id, q]));
  // By position: a choice question's option values (the answers hash writes their members from its pool).
  const choiceValues = questionIds.map((id) => {
    const question = questionById.get(id);
    return question?.type === 'choice' ? (question.options ?? []).map((o) => o.value) : undefined;
  });
  // The values an answer is numbered by (see answerStates): yes/no, or a choice's options; none for numbers and lists.
  const stateOptions = questionIds.map((id, p): ReadonlyMap<AnswerValue, number> => {
    const choice = choiceValues[p];
    if (questionById.get(id)?.type === 'boolean') return BOOLEAN_STATES;
    return choice ? new Map(choice.map((value, i) => [value, i])) : NO_STATES;
  });
  const inputs: ConditionInputs<Input> = {
    answer(questionId) {
      const at = questionAt.get(questionId) ?? -1;
      return (input) => input.given[at]?.value;
    },
    level(scenarioId) {
      const at = scenarioAt.get(scenarioId) ?? -1;
      return (input) => input.levels[at];
    },
    levelOrder(levelId) {
      const order = levelOrder.get(levelId);
      return () => order;
    },
    anyLevelAtLeast(input, threshold) {
      for (const level of input.levels) if (level !== undefined && level >= threshold) return true;
      return false;
    },
  };
  const compile = (condition: Condition | undefined) => (condition ? compileCondition(condition, inputs) : undefined);
  const claimableWhen = new Map<CatalogueException, CompiledCondition<Input>>();
  for (const exception of catalogue.exceptions) if (exception.claimableWhen) claimableWhen.set(exception, compileCondition(exception.claimableWhen, inputs));
  let linkCount = 0;
  const requirements = plan.requirements.map((p): RequirementSteps => {
    const { requirement } = p;
    const links = requirement.risks.map(({ scenario, minLevel }): LinkSteps => ({
      scenario,
      at: scenarioAt.get(scenario) ?? -1,
      minLevel,
      minOrder: levelOrder.get(minLevel) ?? Infinity,
      atLevel: catalogue.levels.map((level) => Object.freeze({ scenario, level: level.id, minLevel })),
      unlevelled: Object.freeze({ scenario, level: '', minLevel }),
    }));
    const { costClass, cost } = requirement;
    const costKey = costClass?.kind === 'no-purchase' ? 0 : costClass?.amount ? costClass.amount.euros : cost ? cost.min : Infinity;
    const linkOffset = linkCount;
    linkCount += links.length;
    const refRadix = positions(p.allRefs).map((at) => stateCount(stateOptions[at]));
    // Every entry of one shape (no optional members), so reading them stays monomorphic.
    return {
      plan: p,
      appliesWhen: compile(requirement.appliesWhen),
      metWhen: compile(requirement.metWhen),
      appliesRefs: positions(p.appliesRefs),
      metRefs: positions(p.metRefs),
      allRefs: positions(p.allRefs),
      claimableWhen,
      links,
      linkOffset,
      costKey,
      notInOrder: STATUS_KEYS.map((status) => Object.freeze({ requirement: requirement.id, status })),
      readsLevels: [requirement.appliesWhen, requirement.metWhen].some((c) => c !== undefined && conditionLeaves(c).some((leaf) => !('answer' in leaf.condition))),
      refRadix,
    };
  });
  const measures: MeasureSteps[] = [];
  const slotBasics: BasicLinks[] = [];
  plan.requirements.forEach(({ requirement }, index) => {
    if (!requirement.measure) return;
    const { scenarios } = requirement.measure;
    const scenarioSet = new Set(scenarios);
    const basics: BasicLinks[] = requirements
      .flatMap((r, i) => {
        const links = r.links.flatMap((link, k) => (scenarioSet.has(link.scenario) ? [k] : []));
        return r.plan.requirement.responsibility === 'bestuurder' && links.length > 0 ? [{ index: i, links }] : [];
      })
      .map((b, k) => ({ ...b, slot: slotBasics.length + k }));
    slotBasics.push(...basics);
    const staticKey = (b: BasicLinks) => requirements[b.index]?.costKey ?? Infinity;
    const basicsByCost = [...basics].sort((a, b) => staticKey(a) - staticKey(b) || a.index - b.index);
    measures.push({ index, id: requirement.id, scenarios, scenarioAt: scenarios.map((s) => scenarioAt.get(s) ?? -1), basics, basicsByCost, basicSet: new Set(basics.map((b) => b.index)) });
  });
  const slots = fundingSlots(measures, slotBasics, requirements);
  const plainLookup = questionIds.map((id) => !(id in Object.prototype));
  const catalogueRef = Object.freeze({ id: catalogue.metadata.id, version: catalogue.metadata.version, hash: catalogue.hash });
  const steps: EvaluationSteps = { catalogueRef, plan, levelOrder, scenarioCount: catalogue.scenarios.length, levelCount: catalogue.levels.length, shared: new SharedResults(requirements.length), linkStart: Int32Array.from([...requirements.map((r) => r.linkOffset), linkCount]), linkAt: Int32Array.from(requirements.flatMap((r) => r.links.map((link) => link.at))), linkMinOrder: Float64Array.from(requirements.flatMap((r) => r.links.map((link) => link.minOrder))), linkClasses: new LinkClasses(requirements, catalogue.levels.length), hardSet: false, lastVerdict: undefined, scenarioAt, requirements, notInOrder: requirements.flatMap((r) => r.notInOrder), refs: sharedKeyRefs(requirements), measures, slots, linkCount, questionIds, questionAt, hashOrder: hashOrder(questionIds, choiceValues), recurring: questionIds.map(recurringUses), plainLookup, claimableWhen, costKeysFromZero: requirements.every((r) => r.costKey >= 0), applying: new Uint8Array(linkCount), open: new Uint8Array(requirements.length), status: new Uint8Array(requirements.length), sufficient: new Uint8Array(requirements.length), owner: Uint8Array.from(plan.requirements, (p) => (p.requirement.responsibility === 'bestuurder' ? 1 : 0)), requirementIds: plan.requirements.map((p) => p.requirement.id), wonen: Uint8Array.from(plan.requirements, (p) => (p.requirement.domain === 'wonen' ? 1 : 0)), hard: new Uint8Array(requirements.length), domainCounts: new Int32Array(DOMAINS.length * REQUIREMENT_STATUSES.length), domainAt: Int8Array.from(plan.requirements, (p) => DOMAINS.indexOf(p.requirement.domain)), gaps: gapSteps(plan, claimableWhen), stateOptions, states: new Int32Array(questionIds.length), scenarioIds: catalogue.scenarios.map((sc) => sc.id), profiles: { root: { next: [], profile: undefined }, count: 0 }, through: throughSpace(catalogue.scenarios.length, requirements), certifiableAt: new Uint8Array(catalogue.scenarios.length), riskReading: riskReading<(GivenAnswer | undefined)[]>(catalogue, (questionId) => {
      const at = questionAt.get(questionId) ?? -1;
      return (given) => given[at]?.value;
    }), profileByRisk: new WeakMap() };
  evaluationStepsCache.set(catalogue, steps);
  return steps;
}

// The simulator and the bench evaluate many answer sets at one moment: its text is kept for the next call.
let lastTime = NaN;
let lastIso = '';
function isoTime(now: Date): string {
  const time = now.getTime();
  if (time !== lastTime) {
    lastIso = now.toISOString();
    lastTime = time;
  }
  return lastIso;
}

/** Where a status stands: in order, not in order, open; `undefined` when it is no owner basic that applies. */
export function standing(status: RequirementStatus): CoverageStatus | undefined {
  switch (status) {
    case 'met':
    case 'exempt':
    case 'waived':
      return 'in-order';
    case 'not-met':
    case 'refused':
      return 'not-in-order';
    case 'unanswered':
    case 'claimed':
      return 'open';
    case 'not-applicable':
    case 'context':
      return undefined;
  }
}

/**
 * The outcome for the home, from the requirement results (by position, see `statusCode`): the
 * wonen basics and the advice's hard conditions. A reasoned refusal outside a hard condition is
 * the bestuurder's own choice and does not decide it; it blocks its measures instead.
 */
function outcomeOf(steps: EvaluationSteps): Outcome {
  const { owner, wonen, hard, status } = steps;
  let open = false;
  for (let i = 0; i < status.length; i++) {
    const isHard = hard[i] === 1;
    if (owner[i] !== 1 || (wonen[i] !== 1 && !isHard)) continue;
    const code = status[i] as number;
    if (code === NOT_MET_CODE || (code === REFUSED_CODE && isHard)) return 'niet-op-orde';
    if (STANDING_BY_CODE[code] === 'open') open = true;
  }
  return open ? 'onvolledig' : 'basis-op-orde';
}

/** Evaluates one requirement. */
function evaluateRequirement(evaluation: EvaluationSteps, steps: RequirementSteps, answers: Answers, input: Input, levels: Levels, hardConditions: ReadonlySet<string> | undefined): RequirementResult {
  const { plan } = steps;
  const { requirement } = plan;
  const appliesBecause: RequirementResult['appliesBecause'] = [];
  for (const link of steps.links) if (linkApplies(link, levels)) appliesBecause.push(linkAt(link, levels));
  if (appliesBecause.length === 0) {
    const r = newResult(requirement, 'not-applicable', appliesBecause, []);
    r.notApplicable = { kind: 'risk-below-level', links: steps.links.map((link) => linkAt(link, levels)) };
    return r;
  }

  const applies = steps.appliesWhen ? steps.appliesWhen(input) : true;
  if (applies === false) {
    const used = answerUses(evaluation, steps.appliesRefs, input);
    const r = newResult(requirement, 'not-applicable', appliesBecause, used);
    r.notApplicable = { kind: 'condition-not-holding', answers: used };
    return r;
  }
  const used = answerUses(evaluation, steps.allRefs, input);
  if (requirement.responsibility === 'werkgever') return newResult(requirement, applies === undefined ? 'unanswered' : 'context', appliesBecause, used);
  const r = ownerResult(steps, answers, input, applies === undefined ? undefined : steps.metWhen ? steps.metWhen(input) : undefined, appliesBecause, used);
  if (hardConditions?.has(requirement.id)) r.hardCondition = true;
  return r;
}

/** An applicable owner basic: met, or else waived, exempt by a proven claim, claimed, refused, not met or unanswered. */
function ownerResult(
  steps: RequirementSteps,
  answers: Answers,
  input: Input,
  met: boolean | undefined,
  appliesBecause: RequirementResult['appliesBecause'],
  used: AnswerUse[],
): RequirementResult {
  const { plan } = steps;
  const { requirement } = plan;
  if (met === true) {
    const r = newResult(requirement, 'met', appliesBecause, used);
    r.evidence = evidenceCheck(requirement.evidence, weakestEvidence(steps.metRefs, input));
    return r;
  }
  const { advice } = answers;
  if (advice?.waives.includes(requirement.id)) {
    const r = newResult(requirement, 'waived', appliesBecause, used);
    r.waiver = { advice: advice.reference };
    // The advice's reference is the evidence, at level document once it is dated (not in a migrated answers@1 file).
    r.evidence = evidenceCheck('document', advice.date ? 'document' : 'self-declared');
    return r;
  }
  const claim = answers.exceptions.length > 0 ? applicableClaim(plan, answers, input, steps.claimableWhen) : undefined;
  if (claim) {
    const { exception, claimed } = claim;
    const missing = claimGaps(claimed, exception);
    const { reference } = claimed.evidence;
    if (missing.length > 0) {
      const r = newResult(requirement, 'claimed', appliesBecause, used);
      r.claim = { exception: claimed.exception, evidence: claimed.evidence.level, reference, missing };
      return r;
    }
    const r = newResult(requirement, 'exempt', appliesBecause, used);
    r.exemption = { exception: claimed.exception, justification: claimed.justification, evidence: claimed.evidence.level, reference };
    r.evidence = evidenceCheck(exception.evidence, claimed.evidence.level);
    return r;
  }
  const refusal = requirement.allowsRefusal && answers.refusals.length > 0 ? answers.refusals.find((x) => x.requirement === requirement.id) : undefined;
  if (refusal) {
    const r = newResult(requirement, 'refused', appliesBecause, used);
    r.refusal = { reason: refusal.reason };
    return r;
  }
  return newResult(requirement, met === false ? 'not-met' : 'unanswered', appliesBecause, used);
}

/**
 * Built as a literal, not by spreading a shared base (object spread is a slow path on Node 20),
 * with every member in place and those a status does not use undefined (JSON leaves them out):
 * results of all statuses share one object shape, so the code that reads them stays monomorphic.
 * The order of the members is their order in the verdict's JSON.
 */
function newResult(requirement: Requirement, status: RequirementStatus, appliesBecause: RequirementResult['appliesBecause'], answers: AnswerUse[]): RequirementResult {
  return {
    requirement: requirement.id,
    domain: requirement.domain,
    responsibility: requirement.responsibility,
    status,
    appliesBecause,
    answers,
    notApplicable: undefined,
    waiver: undefined,
    claim: undefined,
    exemption: undefined,
    refusal: undefined,
    evidence: undefined,
    hardCondition: undefined,
  };
}

/** Its scenario is at or above its minimum level. */
function linkApplies(link: LinkSteps, levels: Levels): boolean {
  return reaches(link.at, levels.order, link.minOrder);
}

/** Whether the scenario at position `at` (-1 for none) reaches the minimum level position in `order`. */
function reaches(at: number, order: readonly number[], minOrder: number): boolean {
  return (at < 0 ? -1 : (order[at] ?? -1)) >= minOrder;
}

/** A link with the level its scenario has: shared and frozen for each level of the catalogue, and for none. */
function linkAt(link: LinkSteps, levels: Levels): LinkLevel {
  if (link.at < 0) return link.unlevelled;
  const shared = link.atLevel[levels.order[link.at] ?? -1];
  if (shared) return shared;
  const level = levels.ids[link.at] ?? '';
  return level === '' ? link.unlevelled : { scenario: link.scenario, level, minLevel: link.minLevel };
}

/** The first claim that names this requirement, is allowed for it, and whose condition holds. */
function applicableClaim(plan: RequirementPlan, answers: Answers, input: Input, claimable: RequirementSteps['claimableWhen']) {
  for (const claimed of answers.exceptions) {
    if (!claimed.requirements.includes(plan.requirement.id)) continue;
    const exception = plan.exceptions.get(claimed.exception);
    if (!exception) continue;
    const holds = claimable.get(exception);
    if (holds && holds(input) !== true) continue;
    return { exception, claimed };
  }
  return undefined;
}

/** The answers at question positions `at`, as the verdict states them. */
function answerUses(steps: EvaluationSteps, at: readonly number[], input: Input): AnswerUse[] {
  const uses: AnswerUse[] = new Array<AnswerUse>(at.length);
  for (let i = 0; i < at.length; i++) {
    const p = at[i] as number;
    uses[i] = answerUse(steps.recurring[p] as RecurringUses, input.given[p]?.value ?? null);
  }
  return uses;
}

/**
 * What a verdict says it used of one question, for each value that recurs: unanswered, yes, no,
 * and (up to a bound) each option. Shared by every verdict and frozen; a number or a list is
 * written for each verdict.
 */
interface RecurringUses {
  question: string;
  none: AnswerUse;
  yes: AnswerUse;
  no: AnswerUse;
  options: Map<string, AnswerUse>;
}
const MAX_OPTION_USES = 64;

function recurringUses(question: string): RecurringUses {
  return { question, none: Object.freeze({ question, value: null }), yes: Object.freeze({ question, value: true }), no: Object.freeze({ question, value: false }), options: new Map() };
}

function answerUse(uses: RecurringUses, value: AnswerValue | null): AnswerUse {
  if (value === null) return uses.none;
  if (value === true) return uses.yes;
  if (value === false) return uses.no;
  if (typeof value !== 'string') return { question: uses.question, value };
  let use = uses.options.get(value);
  if (use === undefined) {
    use = Object.freeze({ question: uses.question, value });
    if (uses.options.size < MAX_OPTION_USES) uses.options.set(value, use);
  }
  return use;
}

/** The weakest evidence among the given answers (`at`: question positions); an answer never given adds nothing. */
function weakestEvidence(at: readonly number[], input: Input): EvidenceLevel {
  let weakest = EVIDENCE_LEVELS.length - 1;
  let any = false;
  for (const p of at) {
    const given = input.given[p];
    if (!given) continue;
    any = true;
    const level = EVIDENCE_LEVELS.indexOf(given.evidence);
    if (level < weakest) weakest = level;
  }
  // A condition that used no answer rests on nothing more than the bestuurder's word.
  return any ? EVIDENCE_LEVELS[weakest] ?? 'self-declared' : 'self-declared';
}

/**
 * The given answers by question position: one look-up per question, after which conditions and
 * answer lists read an array. Only own properties count, as `answerValues` reads them. Answers
 * sealed where they were built (see `sealAnswers`) already have that array, frozen: nothing here
 * writes into it.
 */
function givenByPosition(steps: EvaluationSteps, answers: Answers): (GivenAnswer | undefined)[] {
  const source = answers.answers;
  const sealed = sealedGiven(source, steps.questionIds);
  if (sealed !== undefined) return sealed as (GivenAnswer | undefined)[];
  const proto: unknown = Object.getPrototypeOf(source);
  const plain = proto === Object.prototype || proto === null;
  const { questionIds, plainLookup } = steps;
  const given = new Array<GivenAnswer | undefined>(questionIds.length);
  for (let i = 0; i < questionIds.length; i++) {
    const id = questionIds[i] as string;
    given[i] = plain && plainLookup[i] ? source[id] : Object.hasOwn(source, id) ? source[id] : undefined;
  }
  return given;
}

/**
 * The levels of one risk profile as requirements read them, worked out once per profile: the
 * catalogue has few (a profile is a level per scenario), and verdicts with the same one share it.
 */
interface Profile {
  /** Its number among the profiles met, or -1 for one not kept (a level the catalogue does not define). */
  id: number;
  levels: Levels;
  inputLevels: (number | undefined)[];
  /** By link (at each requirement's link offset): 1 where its scenario reaches the link's minimum level. */
  applying: Uint8Array;
  /**
   * By funding slot: which of the basic's links to the measure's scenarios apply, a bit each in the
   * slot's link order. It follows from `applying` alone, so it is worked out once per profile, not
   * for every blocker of every verdict.
   */
  slotApplies: Int32Array;
  /** By requirement: the number of the levels its links meet (see `LinkClasses`); -1 for a profile not kept. */
  linkClass: Int32Array;
}
interface ProfileNode {
  next: (ProfileNode | undefined)[];
  profile: Profile | undefined;
}
interface ProfileTrie {
  root: ProfileNode;
  count: number;
}
/** Bounds what is kept per catalogue: profiles, and places for shared results per requirement (each result well under a kilobyte). */
const MAX_PROFILES = 4096;
const MAX_SHARED = 1 << 14;
const MAX_SHARED_RESULTS = 1 << 18;

/** The profile of `risk`, found by the position of each scenario's level; new ones are kept (up to a bound). */
function profileAt(steps: EvaluationSteps, risk: readonly ScenarioRisk[]): Profile {
  let node = steps.profiles.root;
  const keyed = risk.length === steps.scenarioCount;
  for (let at = 0; keyed && at < risk.length; at++) {
    const r = risk[at] as ScenarioRisk;
    const order = steps.levelOrder.get(r.level);
    if (order === undefined || r.scenario !== steps.scenarioIds[at]) return newProfile(steps, risk, -1);
    let next = node.next[order];
    if (next === undefined) node.next[order] = next = { next: [], profile: undefined };
    node = next;
  }
  if (!keyed) return newProfile(steps, risk, -1);
  if (node.profile) return node.profile;
  if (steps.profiles.count >= MAX_PROFILES) {
    // Start over (the shared results are numbered by the levels their links meet, so they stay).
    steps.profiles.root = { next: [], profile: undefined };
    steps.profiles.count = 0;
    return profileAt(steps, risk);
  }
  node.profile = newProfile(steps, risk, steps.profiles.count++);
  return node.profile;
}

function newProfile(steps: EvaluationSteps, risk: readonly ScenarioRisk[], id: number): Profile {
  // Per scenario position: its level's position (-1 when the profile has none) and id, as the links read them.
  const levels: Levels = { order: new Array<number>(steps.scenarioCount).fill(-1), ids: new Array<string>(steps.scenarioCount).fill('') };
  const inputLevels = new Array<number | undefined>(steps.scenarioCount).fill(undefined);
  for (const r of risk) {
    const at = steps.scenarioAt.get(r.scenario);
    if (at === undefined) continue;
    inputLevels[at] = steps.levelOrder.get(r.level) ?? 0;
    levels.order[at] = steps.levelOrder.get(r.level) ?? -1;
    levels.ids[at] = r.level;
  }
  // From the flat link arrays. Reading every requirement's
  // link objects and map of link classes, a new profile cost 108 µs at ten times the catalogue
  // and 54 at five; this way 67 and 37 (about one case in eight brings a new profile).
  const { order } = levels;
  const { linkAt, linkMinOrder, linkStart, linkClasses } = steps;
  const applying = new Uint8Array(steps.linkCount);
  for (let k = 0; k < applying.length; k++) applying[k] = reaches(linkAt[k] as number, order, linkMinOrder[k] as number) ? 1 : 0;
  const linkClass = new Int32Array(steps.requirements.length).fill(-1);
  if (id >= 0) {
    // Written once per profile, not per requirement that reads levels: it is as long as the scenarios.
    let everyLevel: string | undefined;
    for (let i = 0; i < linkClass.length; i++) {
      const start = linkStart[i] as number;
      const end = linkStart[i + 1] as number;
      linkClass[i] = linkClasses.readsLevels[i] === 1 ? linkClasses.numberOf(i, (everyLevel ??= order.join())) : linkClasses.numberOf(i, linkLevelsKey(linkAt, start, end, order, linkClasses.base));
    }
  }
  return { id, levels, inputLevels, applying, slotApplies: slotAppliesOf(steps.slots, applying), linkClass };
}

/**
 * Numbers, per requirement, the levels its links meet (every scenario's, when its conditions read
 * levels) as profiles bring them: 0, 1, 2… in the order met. The first CLASS_SLOTS numbers of a
 * requirement keyed by one number are found in one flat table; the rest, and requirements keyed by
 * text, in a map of their own.
 */
class LinkClasses {
  /** 1 where the requirement's conditions read levels. */
  readonly readsLevels: Uint8Array;
  /** The base `linkLevelsKey` counts in: a level position plus one, or 0 for none. */
  readonly base: number;
  private readonly keys: Float64Array;
  private readonly counts: Uint8Array;
  private readonly more: (Map<string | number, number> | undefined)[];

  constructor(requirements: readonly RequirementSteps[], levelCount: number) {
    this.readsLevels = Uint8Array.from(requirements, (r) => (r.readsLevels ? 1 : 0));
    this.base = levelCount + 2;
    this.keys = new Float64Array(requirements.length * CLASS_SLOTS);
    this.counts = new Uint8Array(requirements.length);
    this.more = requirements.map(() => undefined);
  }

  numberOf(i: number, key: string | number): number {
    if (typeof key === 'number') {
      const from = i * CLASS_SLOTS;
      const count = this.counts[i] as number;
      for (let c = 0; c < count; c++) if (this.keys[from + c] === key) return c;
      if (count < CLASS_SLOTS) {
        this.keys[from + count] = key;
        this.counts[i] = count + 1;
        return count;
      }
    }
    // A requirement is keyed by text always or never (its links and conditions fix which), so
    // text keys are numbered from 0 and number keys past the table from CLASS_SLOTS.
    const more = (this.more[i] ??= new Map());
    let number = more.get(key);
    if (number === undefined) more.set(key, (number = (typeof key === 'number' ? CLASS_SLOTS : 0) + more.size));
    return number;
  }
}
const CLASS_SLOTS = 8;

function slotAppliesOf(slots: FundingSlots, applying: Uint8Array): Int32Array {
  const applies = new Int32Array(slots.requirement.length);
  for (let slot = 0; slot < applies.length; slot++) {
    const first = slots.linkStart[slot] as number;
    const count = (slots.linkStart[slot + 1] as number) - first;
    let bits = 0;
    for (let j = 0; j < count; j++) if (applying[slots.linkIds[first + j] as number] === 1) bits |= 1 << j;
    applies[slot] = bits;
  }
  return applies;
}

const BOOLEAN_STATES: ReadonlyMap<AnswerValue, number> = new Map([
  [false, 0],
  [true, 1],
]);
const NO_STATES: ReadonlyMap<AnswerValue, number> = new Map();

/** Unanswered, or one of the values by one of the evidence levels. */
function stateCount(options: ReadonlyMap<AnswerValue, number> | undefined): number {
  return 1 + EVIDENCE_LEVELS.length * (options?.size ?? 0);
}

/**
 * Each given answer numbered, in `steps.states` by question position: 0 unanswered, else by its
 * evidence level and value (a yes/no or a choice's option); -1 for any other (a number, a list,
 * a value outside the options), which a result keyed by it cannot be shared for.
 */
function answerStates(steps: EvaluationSteps, given: readonly (GivenAnswer | undefined)[]): Int32Array {
  const { states, stateOptions } = steps;
  for (let p = 0; p < given.length; p++) {
    const answer = given[p];
    if (answer === undefined) {
      states[p] = 0;
      continue;
    }
    const options = stateOptions[p] as ReadonlyMap<AnswerValue, number>;
    // A shared yes/no answer (most are) is numbered by which one it is: 1 plus its slot, as below.
    const slot = options === BOOLEAN_STATES ? yesNoSlot(answer) : -1;
    if (slot >= 0) {
      states[p] = 1 + slot;
      continue;
    }
    const { value: v } = answer;
    const value = options === BOOLEAN_STATES ? (v === true ? 1 : v === false ? 0 : undefined) : options.size > 0 ? options.get(v) : undefined;
    const evidence = EVIDENCE_LEVELS.indexOf(answer.evidence);
    states[p] = value === undefined || evidence < 0 ? -1 : 1 + evidence * options.size + value;
  }
  return states;
}

/** The place of a requirement's result among those it shares: by the levels its links meet and the states of the answers it reads; -1 when not shared. */
function sharedKey(refs: Int32Array, i: number, states: Int32Array, linkClass: number): number {
  if (linkClass < 0) return -1;
  let key = linkClass;
  for (let j = refs[i] as number, end = refs[i + 1] as number; j < end; j += 2) {
    const state = states[refs[j] as number] ?? -1;
    if (state < 0) return -1;
    key = key * (refs[j + 1] as number) + state;
  }
  return key < MAX_SHARED ? key : -1;
}

/**
 * Every requirement's `allRefs` with each one's `refRadix`, side by side in one array, read in
 * requirement order: the start of requirement i's pairs at [i] (one more entry: where the last
 * ends), the pairs after the starts. From the requirement objects, the look-up of a shared result
 * read three objects per requirement scattered on the heap (session 9: at ten times the catalogue
 * the rest of a case had pushed them out of the cache).
 */
function sharedKeyRefs(requirements: readonly RequirementSteps[]): Int32Array {
  const refs = new Int32Array(requirements.length + 1 + 2 * requirements.reduce((n, r) => n + r.allRefs.length, 0));
  let at = requirements.length + 1;
  requirements.forEach((r, i) => {
    refs[i] = at;
    r.allRefs.forEach((ref, j) => {
      refs[at++] = ref;
      refs[at++] = r.refRadix[j] as number;
    });
  });
  refs[requirements.length] = at;
  return refs;
}

/**
 * The requirement results verdicts share (frozen), by requirement position and `sharedKey`. Found
 * first among the last results found for the requirement, then in one table for all requirements.
 *
 * The last ones found: WAYS per requirement by key, in flat arrays in requirement order. Verdict
 * after verdict a requirement meets the same few keys (median 11 per requirement after the warm-up,
 * session 9), and these arrays are read in the order of the loop and stay in the cache; a look-up
 * in the table goes anywhere in it, and at ten times the catalogue that was the costliest line of
 * `evaluate`.
 *
 * The table: open addressing in typed arrays, keyed by position times MAX_SHARED plus key. Per
 * requirement, a sparse JavaScript array (kept by V8 as a hash table of its own) cost 6–8% of a
 * 10× simulation, and a small table per requirement still 10%, mostly the misses on the way to it.
 * A slot holds the key and, in one number, the result's position and its facts, so a look-up
 * misses the cache once, not once for each of three arrays. Eight bytes a slot: at sixteen, the
 * table of ten times the catalogue (65,536 slots, 1 MB) filled a core's second-level cache by itself
 * (session 9). Holds up to MAX_SHARED_RESULTS; beyond that, results are built for each verdict.
 */
class SharedResults {
  /** What the last `find` found. */
  result!: RequirementResult;
  facts = 0;
  /** False for a catalogue too large to number its results so (then none are shared). */
  private readonly sharable: boolean;
  /** By way (requirement position times WAYS plus way): the key kept there (-1 for none), and its result and facts. */
  private readonly recentKeys: Int32Array;
  private readonly recentFacts: Uint8Array;
  private readonly recentResults: (RequirementResult | undefined)[];
  /** By slot, SLOT apart: the key (-1 for an empty slot), then the result's position in `results` shifted left by FACT_BITS, or'ed with its `factsOf`. */
  private slots = SharedResults.empty(16);
  /** 32 minus the bits of the table's size: a slot is the top bits of the key's Fibonacci hash. */
  private shift = 28;
  private readonly results: RequirementResult[] = [];

  constructor(requirements: number) {
    this.sharable = requirements * MAX_SHARED < 2 ** 31;
    this.recentKeys = new Int32Array(requirements * WAYS).fill(-1);
    this.recentFacts = new Uint8Array(requirements * WAYS);
    this.recentResults = new Array<RequirementResult | undefined>(requirements * WAYS).fill(undefined);
  }

  private static empty(size: number): Int32Array {
    const slots = new Int32Array(size * SLOT);
    for (let h = 0; h < slots.length; h += SLOT) slots[h] = -1;
    return slots;
  }

  /** Whether a result is kept for requirement i and `key` (at least 0): then in `result` and `facts`. */
  find(i: number, key: number): boolean {
    if (!this.sharable) return false;
    const way = i * WAYS + slotOf(key, 32 - WAY_BITS);
    if (this.recentKeys[way] === key) {
      this.result = this.recentResults[way] as RequirementResult;
      this.facts = this.recentFacts[way] as number;
      return true;
    }
    const place = i * MAX_SHARED + key;
    const { slots } = this;
    const mask = slots.length / SLOT - 1;
    for (let h = slotOf(place, this.shift); ; h = (h + 1) & mask) {
      const k = slots[h * SLOT] as number;
      if (k === -1) return false;
      if (k !== place) continue;
      const entry = slots[h * SLOT + 1] as number;
      this.result = this.results[entry >>> FACT_BITS] as RequirementResult;
      this.facts = entry & FACT_MASK;
      this.keep(way, key, this.result, this.facts);
      return true;
    }
  }

  add(i: number, key: number, result: RequirementResult, facts: number): void {
    if (!this.sharable || facts > FACT_MASK) return;
    this.keep(i * WAYS + slotOf(key, 32 - WAY_BITS), key, result, facts);
    if (this.results.length >= MAX_SHARED_RESULTS) return;
    // At most half full, so a look-up ends after a probe or two.
    if ((this.results.length + 1) * 2 > this.slots.length / SLOT) this.grow();
    this.place(i * MAX_SHARED + key, this.results.length, facts);
    this.results.push(result);
  }

  private keep(way: number, key: number, result: RequirementResult, facts: number): void {
    this.recentKeys[way] = key;
    this.recentResults[way] = result;
    this.recentFacts[way] = facts;
  }

  private place(key: number, index: number, facts: number): void {
    const { slots } = this;
    const mask = slots.length / SLOT - 1;
    let h = slotOf(key, this.shift);
    while (slots[h * SLOT] !== -1) h = (h + 1) & mask;
    slots[h * SLOT] = key;
    slots[h * SLOT + 1] = (index << FACT_BITS) | facts;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = SharedResults.empty((old.length / SLOT) * 2);
    this.shift--;
    for (let h = 0; h < old.length; h += SLOT) if ((old[h] as number) !== -1) this.place(old[h] as number, (old[h + 1] as number) >>> FACT_BITS, (old[h + 1] as number) & FACT_MASK);
  }
}
const WAY_BITS = 3;
const WAYS = 1 << WAY_BITS;

/** Int32 entries per slot of `SharedResults`: two, so eight slots fill a cache line and none straddles two. */
const SLOT = 2;
/** `factsOf` takes five bits (status code and sufficient); the result's position (below MAX_SHARED_RESULTS, 2^18) the rest of 32. */
const FACT_BITS = 5;
const FACT_MASK = (1 << FACT_BITS) - 1;

/** Fibonacci hashing, the top bits: nearby keys (they differ in the last answer's state) land apart. */
function slotOf(key: number, shift: number): number {
  return Math.imul(key, 0x9e3779b1) >>> shift;
}

/**
 * The levels a requirement's links (`start` up to `end` in the flat link list) meet, as one number
 * (each link's level position plus one, in base levels + 2), so numbering them costs no text per
 * requirement per new profile; as text for more links than a number holds exactly.
 */
function linkLevelsKey(linkAt: Int32Array, start: number, end: number, order: readonly number[], base: number): number | string {
  const levelOf = (k: number) => {
    const at = linkAt[k] as number;
    return at < 0 ? -1 : (order[at] ?? -1);
  };
  if ((end - start) * Math.log2(base) > 52) {
    const text: number[] = [];
    for (let k = start; k < end; k++) text.push(levelOf(k));
    return text.join();
  }
  let key = 0;
  for (let k = start; k < end; k++) key = key * base + levelOf(k) + 1;
  return key;
}

/** A result to share: frozen with everything it holds (its links and answer uses are shared already). */
function frozenResult(r: RequirementResult): RequirementResult {
  Object.freeze(r.appliesBecause);
  Object.freeze(r.answers);
  if (r.notApplicable) {
    Object.freeze(r.notApplicable.kind === 'risk-below-level' ? r.notApplicable.links : r.notApplicable.answers);
    Object.freeze(r.notApplicable);
  }
  return Object.freeze(r);
}

/** Every pair of levels, once: by required level, then given level. Shared by every verdict and frozen. */
const EVIDENCE_CHECKS: readonly (readonly NonNullable<RequirementResult['evidence']>[])[] = EVIDENCE_LEVELS.map((required, r) =>
  EVIDENCE_LEVELS.map((given, g) => Object.freeze({ required, given, sufficient: g >= r })),
);

function evidenceCheck(required: EvidenceLevel, given: EvidenceLevel): NonNullable<RequirementResult['evidence']> {
  const check = EVIDENCE_CHECKS[EVIDENCE_LEVELS.indexOf(required)]?.[EVIDENCE_LEVELS.indexOf(given)];
  return check ?? { required, given, sufficient: EVIDENCE_LEVELS.indexOf(given) >= EVIDENCE_LEVELS.indexOf(required) };
}

/** Every status, numbered by its place here (`statusCode`): the numbers `statusCodesOf` gives. */
export const REQUIREMENT_STATUSES: readonly RequirementStatus[] = ['met', 'not-met', 'not-applicable', 'exempt', 'unanswered', 'claimed', 'refused', 'waived', 'context'];
const STATUS_CODES: ReadonlyMap<RequirementStatus, number> = new Map(REQUIREMENT_STATUSES.map((status, code) => [status, code]));
function statusCode(status: RequirementStatus): number {
  return STATUS_CODES.get(status) as number;
}
const NOT_APPLICABLE_CODE = statusCode('not-applicable');
const NOT_MET_CODE = statusCode('not-met');
const REFUSED_CODE = statusCode('refused');
const MET_CODE = statusCode('met');
const EXEMPT_CODE = statusCode('exempt');
const WAIVED_CODE = statusCode('waived');
const CLAIMED_CODE = statusCode('claimed');
const UNANSWERED_CODE = statusCode('unanswered');
/** What the verdict reads of a result, in one number: its status code, and 16 when its evidence is sufficient. */
const STATUS_MASK = 15;
const SUFFICIENT_SHIFT = 4;
function factsOf(r: RequirementResult): number {
  return statusCode(r.status) | (r.evidence?.sufficient === true ? 1 << SUFFICIENT_SHIFT : 0);
}
/** `standing` of each status, by its code. */
const STANDING_BY_CODE: readonly (CoverageStatus | undefined)[] = REQUIREMENT_STATUSES.map(standing);
/** For an owner basic that applies and is not in order: 1 unanswered, 2 claimed, 3 not met or refused; otherwise 0. By status code. */
const UNANSWERED = 1;
const CLAIMED = 2;
const NOT_MET_OR_REFUSED = 3;
const OPEN_CODES: Uint8Array = Uint8Array.from(REQUIREMENT_STATUSES, (s) => (s === 'unanswered' ? UNANSWERED : s === 'claimed' ? CLAIMED : s === 'not-met' || s === 'refused' ? NOT_MET_OR_REFUSED : 0));
/** By status code: the results a gap plan lists (an owner basic not met, unanswered or claimed). */
const GAP_CODES: Uint8Array = Uint8Array.from(REQUIREMENT_STATUSES, (s) => (s === 'not-met' || s === 'unanswered' || s === 'claimed' ? 1 : 0));

/** An owner basic that applies and is not in order: not met, refused, unanswered or claimed. */
function notInOrder(r: RequirementResult): boolean {
  if (r.responsibility !== 'bestuurder') return false;
  const s = standing(r.status);
  return s !== undefined && s !== 'in-order';
}

/**
 * The positions (in `results`, so in catalogue order) of the owner basics that apply, by the
 * position of each scenario they apply through: worked out once, so coverage and funding grow with
 * what they list, not with scenarios or measures times requirements. Written into the catalogue's
 * scratch space (`through`): scenario `s` lists `count[s]` positions from `start[s]`.
 */
function basicsByScenario(steps: EvaluationSteps, applying: Uint8Array): Through {
  const { through, owner, status, linkStart, linkAt } = steps;
  const { start, count, list } = through;
  count.fill(0);
  for (let index = 0; index < status.length; index++) {
    if (owner[index] !== 1 || STANDING_BY_CODE[status[index] as number] === undefined) continue;
    const end = linkStart[index + 1] as number;
    for (let l = linkStart[index] as number; l < end; l++) {
      if (applying[l] !== 1) continue;
      const at = linkAt[l] as number;
      if (at < 0) continue;
      const n = count[at] as number;
      const from = start[at] as number;
      // A scenario linked twice is listed once: results come in order, so a repeat is the last entry.
      if (n > 0 && list[from + n - 1] === index) continue;
      list[from + n] = index;
      count[at] = n + 1;
    }
  }
  return through;
}

/** Lists by scenario position in one array: each scenario has room for every owner basic linked to it. */
interface Through {
  start: Int32Array;
  count: Int32Array;
  list: Int32Array;
}

function throughSpace(scenarioCount: number, requirements: readonly RequirementSteps[]): Through {
  const room = new Int32Array(scenarioCount);
  for (const r of requirements) {
    if (r.plan.requirement.responsibility !== 'bestuurder') continue;
    for (const at of new Set(r.links.map((link) => link.at))) if (at >= 0) room[at] = (room[at] as number) + 1;
  }
  const start = new Int32Array(scenarioCount);
  let total = 0;
  for (let at = 0; at < scenarioCount; at++) {
    start[at] = total;
    total += room[at] as number;
  }
  return { start, count: new Int32Array(scenarioCount), list: new Int32Array(total) };
}

const NO_SCENARIOS: ReadonlySet<string> = new Set();

/** The position of a scenario in the catalogue (-1 for none): risk lists every scenario in catalogue order, so the k-th is mostly the k-th. */
function scenarioPosition(steps: EvaluationSteps, scenario: string, k: number): number {
  return steps.scenarioIds[k] === scenario ? k : (steps.scenarioAt.get(scenario) ?? -1);
}

/** The owner basics that apply through `scenario` at its level (`indexes` into `results`), and whether they are in order. */
function scenarioCoverage(
  steps: EvaluationSteps,
  scenario: string,
  level: string,
  through: Through,
  at: number,
  kind: Answers['kind'],
  awaitingAdvice: boolean,
): ScenarioCoverage {
  const from = at < 0 ? 0 : (through.start[at] as number);
  const n = at < 0 ? 0 : (through.count[at] as number);
  const basics = new Array<string>(n);
  const notInOrderList: ScenarioCoverage['notInOrder'] = [];
  let anyNotInOrder = false;
  let evidenced = true;
  const { requirementIds, status: statuses, sufficient } = steps;
  for (let k = 0; k < n; k++) {
    const i = through.list[from + k] as number;
    basics[k] = requirementIds[i] as string;
    if (sufficient[i] !== 1) evidenced = false;
    const code = statuses[i] as number;
    const s = STANDING_BY_CODE[code];
    if (s === 'in-order') continue;
    notInOrderList.push(steps.notInOrder[i * STATUS_KEYS.length + (STATUS_KEY_BY_CODE[code] as number)] ?? { requirement: requirementIds[i] as string, status: REQUIREMENT_STATUSES[code] as RequirementStatus });
    if (s === 'not-in-order') anyNotInOrder = true;
  }
  const status: CoverageStatus = anyNotInOrder ? 'not-in-order' : notInOrderList.length > 0 ? 'open' : 'in-order';
  // A provisional level (advice awaited) is no ground for a certificate, however well the basics stand.
  const certifiable = kind === 'inspection' && !awaitingAdvice && status === 'in-order' && evidenced;
  return { scenario, level, status, basics, notInOrder: notInOrderList, certifiable, awaitingAdvice: awaitingAdvice ? true : undefined };
}

/**
 * The measures decided: the advised ones when the advice names any, otherwise every measure that
 * applies. A measure is blocked by each owner basic not in order that applies through one of its
 * scenarios, by the advice's hard conditions not in order, and, while no advice is there, by a
 * scenario that awaits one (`requiresAdvice`); by nothing else. Also gives, per requirement
 * position, the measures it blocks, in funding order.
 */
function decideFunding(
  steps: EvaluationSteps,
  results: readonly RequirementResult[],
  slotApplies: Int32Array,
  open: Uint8Array,
  answers: Answers,
  coverage: readonly ScenarioCoverage[],
  awaiting: ReadonlySet<string>,
): { funding: MeasureDecision[]; blocks: (string[] | undefined)[] } {
  const advised: ReadonlySet<string> = answers.advice && answers.advice.measures.length > 0 ? new Set(answers.advice.measures) : NO_SCENARIOS;
  const funding: MeasureDecision[] = [];
  const blocks: (string[] | undefined)[] = [];
  if (steps.measures.length === 0) return { funding, blocks };
  const certifiableAt = steps.certifiableAt.fill(0);
  for (let k = 0; k < coverage.length; k++) {
    const c = coverage[k] as ScenarioCoverage;
    const at = scenarioPosition(steps, c.scenario, k);
    if (at >= 0 && c.certifiable) certifiableAt[at] = 1;
  }
  // Hard conditions come only with an advice: looked for then.
  const hard: number[] = [];
  if (answers.advice) for (let i = 0; i < results.length; i++) if (results[i]?.hardCondition && notInOrder(results[i] as RequirementResult)) hard.push(i);
  for (let m = 0; m < steps.measures.length; m++) {
    const measure = steps.measures[m] as MeasureSteps;
    const { id, scenarios } = measure;
    if (advised.size > 0 ? !advised.has(id) : steps.status[measure.index] === NOT_APPLICABLE_CODE) continue;
    // Only basics that apply through one of its scenarios, or hard conditions, can block it.
    const extra = hard.length > 0 ? hard.filter((i) => !measure.basicSet.has(i)) : hard;
    let blockedBy: Blocker[];
    if (steps.costKeysFromZero && extra.length === 0) {
      // In that order without sorting: unanswered, then claimed, in catalogue order; then the rest in the measure's cost order.
      blockedBy = [];
      const { slots } = steps;
      const { requirement, byCost } = slots;
      const from = slots.measureStart[m] as number;
      const to = slots.measureStart[m + 1] as number;
      // One pass finds the unanswered and which other kinds there are; a pass for each kind found.
      let kinds = 0;
      for (let b = from; b < to; b++) {
        const code = open[requirement[b] as number] as number;
        if (code === UNANSWERED) block(steps, b, results, slotApplies, blockedBy, blocks, id);
        kinds |= 1 << code;
      }
      if ((kinds & (1 << CLAIMED)) !== 0) for (let b = from; b < to; b++) if (open[requirement[b] as number] === CLAIMED) block(steps, b, results, slotApplies, blockedBy, blocks, id);
      if ((kinds & (1 << NOT_MET_OR_REFUSED)) !== 0)
        for (let b = from; b < to; b++) {
          const slot = byCost[b] as number;
          if (open[requirement[slot] as number] === NOT_MET_OR_REFUSED) block(steps, slot, results, slotApplies, blockedBy, blocks, id);
        }
    } else blockedBy = sortedBlockers(steps, measure, results, slotApplies, extra, blocks);
    let covered = true;
    for (const at of measure.scenarioAt) if (certifiableAt[at] !== 1) covered = false;
    // Nothing against a scenario that awaits the advice is funded before the advice is there (seed §2.2).
    const awaitingAdvice = awaiting.size > 0 ? scenarios.filter((s) => awaiting.has(s)) : undefined;
    const awaited = awaitingAdvice !== undefined && awaitingAdvice.length > 0;
    funding.push({
      measure: id,
      scenarios,
      advised: advised.has(id),
      decision: blockedBy.length === 0 && !awaited ? 'fundable' : 'blocked',
      blockedBy,
      awaitingAdvice: awaited ? awaitingAdvice : undefined,
      certifiable: covered,
    });
  }
  return { funding, blocks };
}

/** Which measures each basic blocks, in funding order (a measure once). */
function recordBlock(blocks: (string[] | undefined)[], index: number, measure: string): void {
  const list = blocks[index];
  if (!list) blocks[index] = [measure];
  else if (list[list.length - 1] !== measure) list.push(measure);
}

function block(steps: EvaluationSteps, slot: number, results: readonly RequirementResult[], slotApplies: Int32Array, blockedBy: Blocker[], blocks: (string[] | undefined)[], measure: string): void {
  const index = steps.slots.requirement[slot] as number;
  const blocker = blockerOf(steps, slot, results[index] as RequirementResult, slotApplies);
  if (!blocker) return;
  blockedBy.push(blocker);
  recordBlock(blocks, index, measure);
}

/**
 * The blockers of a measure when hard conditions outside its basics come in, or a cost key below
 * zero: sorted cheapest to resolve first, questions to answer (key -2), claims to prove (-1), then
 * by the requirement's cost key; ties keep catalogue order. Apart from the common case, so that
 * stays small for the compiler.
 */
function sortedBlockers(steps: EvaluationSteps, measure: MeasureSteps, results: readonly RequirementResult[], slotApplies: Int32Array, extra: readonly number[], blocks: (string[] | undefined)[]): Blocker[] {
  const keyOf = (index: number) => {
    const status = results[index]?.status;
    return status === 'unanswered' ? -2 : status === 'claimed' ? -1 : (steps.requirements[index]?.costKey ?? Infinity);
  };
  const found: { index: number; blocker: Blocker }[] = [];
  for (const basic of measure.basics) {
    const r = results[basic.index] as RequirementResult;
    const blocker = notInOrder(r) ? blockerOf(steps, basic.slot, r, slotApplies) : undefined;
    if (blocker) found.push({ index: basic.index, blocker });
  }
  for (const i of extra) {
    const r = results[i] as RequirementResult;
    found.push({ index: i, blocker: { requirement: r.requirement, status: r.status, via: [], hardCondition: true } });
  }
  found.sort((a, b) => keyOf(a.index) - keyOf(b.index) || a.index - b.index);
  const blockedBy: Blocker[] = [];
  for (const { index, blocker } of found) {
    blockedBy.push(blocker);
    recordBlock(blocks, index, measure.id);
  }
  return blockedBy;
}

/**
 * What an owner basic not in order is for a measure: the measure's scenarios through which it
 * applies, and whether it is a hard condition; undefined when neither holds. One verdict's blocker
 * is another's when status, hard condition and the links that apply are the same, so each is
 * built once and shared (frozen).
 */
function blockerOf(steps: EvaluationSteps, slot: number, r: RequirementResult, slotApplies: Int32Array): Blocker | undefined {
  const { slots } = steps;
  const count = (slots.linkStart[slot + 1] as number) - (slots.linkStart[slot] as number);
  const applies = slotApplies[slot] as number;
  // From the flat arrays: the result itself is read only for a blocker not kept yet.
  const index = slots.requirement[slot] as number;
  const hard = steps.hard[index] === 1;
  if (applies === 0 && !hard) return undefined;
  // Keyed by status (4 not in order), hard condition and the links that apply: up to 2^MAX_KEYED_LINKS of them.
  const start = slots.blockerStart[slot] as number;
  const at = start >= 0 ? start + ((((STATUS_KEY_BY_CODE[steps.status[index] as number] as number) * 2 + (hard ? 1 : 0)) << count) | applies) : -1;
  const kept = at >= 0 ? slots.blockers[at] : undefined;
  if (kept) return kept;
  const { links } = steps.requirements[index] as RequirementSteps;
  const own = (slots.basics[slot] as BasicLinks).links;
  const via: string[] = [];
  for (let j = 0; j < count; j++) if ((applies >> j) & 1) via.push((links[own[j] as number] as LinkSteps).scenario);
  const blocker: Blocker = Object.freeze({ requirement: r.requirement, status: r.status, via: Object.freeze(via), hardCondition: hard ? true : undefined });
  if (at >= 0) slots.blockers[at] = blocker;
  return blocker;
}
const MAX_KEYED_LINKS = 6;
/** The statuses of a basic not in order. */
const STATUS_KEYS: readonly RequirementStatus[] = ['unanswered', 'claimed', 'not-met', 'refused'];
/** Place in `STATUS_KEYS` by status code; -1 for a status in order or not applying. */
const STATUS_KEY_BY_CODE: readonly number[] = REQUIREMENT_STATUSES.map((s) => STATUS_KEYS.indexOf(s));

/** Counts owner basics only: employer entries are measures or context, never part of the owner's score. */
function summariseDomains(steps: EvaluationSteps): DomainSummary[] {
  const { owner, status, domainAt } = steps;
  const counts = steps.domainCounts.fill(0);
  for (let i = 0; i < status.length; i++) {
    if (owner[i] !== 1) continue;
    // The result is the requirement's (same position), so its domain is the requirement's.
    const at = domainAt[i] as number;
    const k = at * REQUIREMENT_STATUSES.length + (status[i] as number);
    if (at >= 0) counts[k] = (counts[k] as number) + 1;
  }
  return DOMAINS.map((domain, d): DomainSummary => {
    const at = d * REQUIREMENT_STATUSES.length;
    const of = (code: number) => counts[at + code] as number;
    let all = 0;
    for (let c = 0; c < REQUIREMENT_STATUSES.length; c++) all += of(c);
    const notApplicable = of(NOT_APPLICABLE_CODE);
    return { domain, applicable: all - notApplicable, met: of(MET_CODE), exempt: of(EXEMPT_CODE), waived: of(WAIVED_CODE), notMet: of(NOT_MET_CODE), refused: of(REFUSED_CODE), claimed: of(CLAIMED_CODE), unanswered: of(UNANSWERED_CODE), notApplicable };
  });
}

/**
 * Every applicable owner basic that is not met, unanswered or claimed, with what it costs and who
 * pays, whether it decides the outcome for the home, and which measures it blocks. An exception the
 * catalogue allows (and whose condition is not ruled out) is listed as the other way out. Totals
 * add only real prices; items without one are counted, never added as € 0.
 */
function planGaps(steps: EvaluationSteps, blocking: readonly (string[] | undefined)[], input: Input): GapPlan {
  const gap: GapPlan = { items: [], total: { min: 0, max: 0 }, totalExclVat: 0, withoutCost: 0, noPurchase: 0 };
  // From flat arrays alone. Reading each gap's result and requirement (kept far apart in memory)
  // cost 17.3 µs a case at ten times the catalogue against 6.6 at five; this way 5.9 against 2.8.
  const { owner, status, requirementIds, wonen, hard, gaps } = steps;
  for (let index = 0; index < status.length; index++) {
    const code = status[index] as number;
    if (owner[index] !== 1 || GAP_CODES[code] !== 1) continue;
    const kind = gaps.kind[index];
    if (kind === GAP_PRICED) {
      gap.total.min += gaps.min[index] as number;
      gap.total.max += gaps.max[index] as number;
    } else if (kind === GAP_EXCL_VAT) gap.totalExclVat += gaps.min[index] as number;
    else if (kind === GAP_NO_PURCHASE) gap.noPurchase++;
    else gap.withoutCost++;
    let exceptions: string[] | undefined;
    for (const exception of gaps.exceptions[index] ?? NO_GAP_EXCEPTIONS) if (!exception.claimable || exception.claimable(input) !== false) (exceptions ??= []).push(exception.id);
    // One literal, every member in place (JSON leaves the undefined ones out), in the JSON's order.
    gap.items.push({
      requirement: requirementIds[index] as string,
      // GAP_CODES let only these three through.
      status: REQUIREMENT_STATUSES[code] as GapItem['status'],
      home: wonen[index] === 1 || hard[index] === 1,
      blocks: blocking[index] ?? [],
      costClass: gaps.costClass[index],
      cost: gaps.cost[index],
      exceptions,
    });
  }
  return gap;
}

/** By requirement position: how its gap adds to the totals, and what its gap item states (shared by every verdict, frozen). */
interface GapSteps {
  /** GAP_PRICED (a cost range, or an amount with VAT: `min` to `max`), GAP_EXCL_VAT (an amount without VAT, in `min`), GAP_NO_PURCHASE or GAP_WITHOUT_COST. */
  kind: Uint8Array;
  min: Float64Array;
  max: Float64Array;
  costClass: GapItem['costClass'][];
  cost: GapItem['cost'][];
  /** The exceptions it allows that the catalogue defines, with their compiled `claimableWhen`; undefined for none. */
  exceptions: (readonly GapException[] | undefined)[];
}
interface GapException {
  id: string;
  claimable: CompiledCondition<Input> | undefined;
}
const GAP_PRICED = 0;
const GAP_EXCL_VAT = 1;
const GAP_NO_PURCHASE = 2;
const GAP_WITHOUT_COST = 3;
const NO_GAP_EXCEPTIONS: readonly GapException[] = [];

/** A real price adds to the totals; an item without one is counted, never added as € 0. */
function gapSteps(plan: CataloguePlan, claimableWhen: ReadonlyMap<CatalogueException, CompiledCondition<Input>>): GapSteps {
  const n = plan.requirements.length;
  const gaps: GapSteps = { kind: new Uint8Array(n), min: new Float64Array(n), max: new Float64Array(n), costClass: [], cost: [], exceptions: [] };
  plan.requirements.forEach((p, i) => {
    const { cost, costClass } = p.requirement;
    if (cost) {
      gaps.kind[i] = GAP_PRICED;
      gaps.min[i] = cost.min;
      gaps.max[i] = cost.max;
    } else if (costClass?.amount?.vat === 'incl') {
      gaps.kind[i] = GAP_PRICED;
      gaps.min[i] = gaps.max[i] = costClass.amount.euros;
    } else if (costClass?.amount) {
      gaps.kind[i] = GAP_EXCL_VAT;
      gaps.min[i] = costClass.amount.euros;
    } else gaps.kind[i] = costClass?.kind === 'no-purchase' ? GAP_NO_PURCHASE : GAP_WITHOUT_COST;
    gaps.costClass.push(costClass ? Object.freeze({ kind: costClass.kind, paidBy: costClass.paidBy, amount: costClass.amount ? Object.freeze({ euros: costClass.amount.euros, vat: costClass.amount.vat }) : undefined }) : undefined);
    gaps.cost.push(cost ? Object.freeze({ min: cost.min, max: cost.max }) : undefined);
    const allowed = [...p.exceptions.values()].map((exception) => ({ id: exception.id, claimable: claimableWhen.get(exception) }));
    gaps.exceptions.push(allowed.length > 0 ? allowed : undefined);
  });
  return gaps;
}
