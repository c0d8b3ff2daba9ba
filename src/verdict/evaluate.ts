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
import { sealedGiven } from '../answers/sealed-answers.js';
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
  const given = givenByPosition(steps, answers);
  const judgedRisk = judgeRisk(catalogue, steps.riskReading, given, answers.advice);
  const { risk } = judgedRisk;

  let profile = steps.profileByRisk.get(risk);
  if (profile === undefined) {
    profile = profileAt(steps, risk);
    // A profile without an advice is shared (frozen) by the verdicts with the same rules holding.
    if (Object.isFrozen(risk)) steps.profileByRisk.set(risk, profile);
  }

  // Level D is beyond the keurmerk: refer, and judge nothing (no requirement list, plan or cost).
  if (profile.referred.length > 0) {
    const nothing: GapPlan = { items: [], total: { min: 0, max: 0 }, totalExclVat: 0, withoutCost: 0, noPurchase: 0 };
    return verdictOf(steps, answers, given, now, { outcome: 'doorverwijzen', certifiable: false, risk, referral: { scenarios: [...profile.referred] }, funding: [], coverage: [], requirements: [], domains: [], gapPlan: nothing });
  }
  const { levels } = profile;
  const input: Input = { given, levels: profile.inputLevels };
  const hardConditions = answers.advice && answers.advice.hardConditions.length > 0 ? new Set(answers.advice.hardConditions) : undefined;

  const requirements: RequirementResult[] = new Array<RequirementResult>(steps.requirements.length);
  // Evaluation is synchronous, so one scratch array per catalogue serves every call; every place is written below.
  const codes = steps.codes;
  // Without an advice, claims or refusals, a requirement's result follows from its scenarios' levels
  // and the answers it reads alone: the same for every verdict with those, so built once and shared.
  const states = profile.id >= 0 && !answers.advice && answers.exceptions.length === 0 && answers.refusals.length === 0 ? answerStates(steps, given) : undefined;
  for (let i = 0; i < steps.requirements.length; i++) {
    const requirementSteps = steps.requirements[i] as RequirementSteps;
    const key = states ? sharedKey(requirementSteps, states, profile.linkClass[i] ?? -1) : -1;
    let r = key >= 0 ? requirementSteps.shared[key] : undefined;
    let code: number;
    if (r === undefined) {
      r = evaluateRequirement(steps, requirementSteps, answers, input, levels, hardConditions);
      code = resultCode(r);
      if (key >= 0) {
        requirementSteps.shared[key] = frozenResult(r);
        requirementSteps.sharedCodes[key] = code;
      }
    } else code = requirementSteps.sharedCodes[key] as number;
    requirements[i] = r;
    codes[i] = code;
  }
  // From here on the results are read through their codes (and what the catalogue says of each): no result object is visited again.
  const outcome = outcomeOf(codes);
  const judging = (profile.judging ??= profileJudging(steps, profile));
  const { adviceFirst } = judgedRisk;
  const awaiting = adviceFirst ? awaitingSteps(steps, adviceFirst) : NOT_AWAITING;
  const coverage: ScenarioCoverage[] = [];
  const certifiableAt = steps.certifiableAt.fill(0);
  let certifiable = answers.kind === 'inspection' && outcome === 'basis-op-orde';
  for (let k = 0; k < risk.length; k++) {
    const r = risk[k] as ScenarioRisk;
    // A profile lists every scenario in catalogue order; anything else is looked up.
    const at = r.scenario === steps.scenarioIds[k] ? k : (steps.scenarioAt.get(r.scenario) ?? -1);
    const c = scenarioCoverage(steps, r.scenario, r.level, codes, judging, at, answers.kind, awaiting.scenarios.has(r.scenario));
    coverage.push(c);
    if (c.certifiable) {
      if (at >= 0) certifiableAt[at] = 1;
    } else certifiable = false;
  }
  const { funding, blocks } = decideFunding(steps, requirements, codes, judging, profile.applying, answers, certifiableAt, awaiting);

  return verdictOf(steps, answers, given, now, {
    outcome,
    certifiable,
    risk,
    adviceFirst,
    funding,
    coverage,
    requirements,
    domains: summariseDomains(steps, codes),
    gapPlan: planGaps(steps, codes, blocks, judging, input),
  });
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
  /** The exceptions it allows that the catalogue defines (`plan.exceptions`), as a list. */
  exceptions: CatalogueException[];
  /** Position of its domain in `DOMAINS`. */
  domainAt: number;
  /** Its cost class and cost as a gap item states them: shared by every verdict and frozen. */
  gapCostClass: GapItem['costClass'];
  gapCost: GapItem['cost'];
  /**
   * Its results as verdicts share them (frozen), by `sharedKey`: the levels its links meet and the
   * states of the answers it reads. Left empty when those states are too many to number.
   */
  shared: (RequirementResult | undefined)[];
  /** The `resultCode` of each, at the same place. */
  sharedCodes: number[];
  /** The levels its links meet (every scenario's, when a condition reads levels), numbered as profiles bring them. */
  linkClasses: Map<string | number, number>;
  /** Its links' levels fit one exact number (see `newProfile`); otherwise they are keyed by a string. */
  numberedLinks: boolean;
  readsLevels: boolean;
  /** By position in `allRefs`: how many states its answer has (see `answerStates`). */
  refRadix: number[];
}

interface MeasureSteps {
  /** Position of the measure among the requirements. */
  index: number;
  id: string;
  /** A frozen copy of the measure's scenarios: decisions share it. */
  scenarios: readonly string[];
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
  /**
   * The blockers it has been for the measure, shared by every verdict in which it blocks the same
   * way (frozen), keyed as `blockerOf` keys them; left empty when it has too many links to key.
   */
  blockers: (Blocker | undefined)[];
}

/** What `evaluate` looks up, worked out once per catalogue object (the catalogue is never changed after loading). */
interface EvaluationSteps {
  /** The verdict's `catalogue`, shared by every verdict of this catalogue. */
  catalogueRef: Verdict['catalogue'];
  plan: CataloguePlan;
  levelOrder: ReadonlyMap<string, number>;
  scenarioCount: number;
  scenarioAt: ReadonlyMap<string, number>;
  requirements: RequirementSteps[];
  measures: MeasureSteps[];
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
  /** Scratch space as long as the requirements: the `resultCode` of each result. */
  codes: Uint8Array;
  /** Scratch space by position in `measures`: 1 for a measure decided. */
  decided: Uint8Array;
  /** By question position: the values its answer is numbered by. */
  stateOptions: ReadonlyMap<AnswerValue, number>[];
  /** Scratch space by question position: the state of its answer (see `answerStates`). */
  states: Int32Array;
  scenarioIds: string[];
  /** The profiles met so far, by the position of each scenario's level. */
  profiles: ProfileTrie;
  /** Scratch space by scenario position: 1 where its coverage is certifiable. */
  certifiableAt: Uint8Array;
  /** The risk rules, read from the given answers by position. */
  riskReading: RiskReading<(GivenAnswer | undefined)[]>;
  /** The profile of each shared risk profile (see `judgeRisk`), so a verdict with one looks it up once. */
  profileByRisk: WeakMap<readonly ScenarioRisk[], Profile>;
  /** By shared `adviceFirst`: what coverage and funding read of it. */
  awaiting: WeakMap<object, AwaitingSteps>;
}

const evaluationStepsCache = new WeakMap<Catalogue, EvaluationSteps>();

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
  // The values an answer is numbered by (see answerStates): yes/no, or a choice's options; none for numbers and lists.
  const stateOptions = questionIds.map((id): ReadonlyMap<AnswerValue, number> => {
    const question = questionById.get(id);
    if (question?.type === 'boolean') return BOOLEAN_STATES;
    if (question?.type === 'choice') return new Map((question.options ?? []).map((o, i) => [o.value, i]));
    return NO_STATES;
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
      gapCostClass: costClass ? Object.freeze({ kind: costClass.kind, paidBy: costClass.paidBy, amount: costClass.amount ? Object.freeze({ euros: costClass.amount.euros, vat: costClass.amount.vat }) : undefined }) : undefined,
      gapCost: cost ? Object.freeze({ min: cost.min, max: cost.max }) : undefined,
      exceptions: [...p.exceptions.values()],
      domainAt: DOMAINS.indexOf(requirement.domain),
      shared: [],
      sharedCodes: [],
      linkClasses: new Map(),
      numberedLinks: (levelOrder.size + 1) ** links.length <= Number.MAX_SAFE_INTEGER,
      readsLevels: [requirement.appliesWhen, requirement.metWhen].some((c) => c !== undefined && conditionLeaves(c).some((leaf) => !('answer' in leaf.condition))),
      refRadix,
    };
  });
  const measures: MeasureSteps[] = [];
  plan.requirements.forEach(({ requirement }, index) => {
    if (!requirement.measure) return;
    const { scenarios } = requirement.measure;
    const scenarioSet = new Set(scenarios);
    const basics = requirements.flatMap((r, i) => {
      const links = r.links.flatMap((link, k) => (scenarioSet.has(link.scenario) ? [k] : []));
      return r.plan.requirement.responsibility === 'bestuurder' && links.length > 0 ? [{ index: i, links, blockers: [] }] : [];
    });
    const staticKey = (b: BasicLinks) => requirements[b.index]?.costKey ?? Infinity;
    const basicsByCost = [...basics].sort((a, b) => staticKey(a) - staticKey(b) || a.index - b.index);
    measures.push({ index, id: requirement.id, scenarios: Object.freeze([...scenarios]), scenarioAt: scenarios.map((s) => scenarioAt.get(s) ?? -1), basics, basicsByCost, basicSet: new Set(basics.map((b) => b.index)) });
  });
  const plainLookup = questionIds.map((id) => !(id in Object.prototype));
  const catalogueRef = Object.freeze({ id: catalogue.metadata.id, version: catalogue.metadata.version, hash: catalogue.hash });
  const steps: EvaluationSteps = { catalogueRef, plan, levelOrder, scenarioCount: catalogue.scenarios.length, scenarioAt, requirements, measures, linkCount, questionIds, questionAt, hashOrder: hashOrder(questionIds), recurring: questionIds.map(recurringUses), plainLookup, claimableWhen, costKeysFromZero: requirements.every((r) => r.costKey >= 0), codes: new Uint8Array(requirements.length), decided: new Uint8Array(measures.length), stateOptions, states: new Int32Array(questionIds.length), scenarioIds: catalogue.scenarios.map((sc) => sc.id), profiles: { root: { next: [], profile: undefined }, count: 0 }, certifiableAt: new Uint8Array(catalogue.scenarios.length), riskReading: riskReading<(GivenAnswer | undefined)[]>(catalogue, (questionId) => {
      const at = questionAt.get(questionId) ?? -1;
      return (given) => given[at]?.value;
    }), profileByRisk: new WeakMap(), awaiting: new WeakMap() };
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
 * The outcome for the home, from the requirement results alone (a signed report's check uses it
 * too): the wonen basics and the advice's hard conditions. A reasoned refusal outside a hard
 * condition is the bestuurder's own choice and does not decide it; it blocks its measures instead.
 */
export function decideOutcome(results: readonly RequirementResult[]): Outcome {
  return outcomeOf(results.map(resultCode));
}

/** `decideOutcome` on the results' codes (see `resultCode`). */
function outcomeOf(codes: ArrayLike<number>): Outcome {
  let open = false;
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i] as number;
    if ((code & OWNER) === 0 || (code & (HOME | HARD)) === 0) continue;
    const s = code & STATUS;
    if (s === S_NOT_MET || (s === S_REFUSED && (code & HARD) !== 0)) return 'niet-op-orde';
    if (s <= S_CLAIMED) open = true;
  }
  return open ? 'onvolledig' : 'basis-op-orde';
}

/**
 * A result in one number, as the outcome, coverage, funding, the domains and the gap plan read it:
 * its status (by position in `RESULT_STATUSES`), whether it is an owner basic, a wonen basic or a
 * hard condition, and whether its evidence suffices. Shared results keep theirs beside them.
 */
function resultCode(r: RequirementResult): number {
  return (
    RESULT_STATUSES.indexOf(r.status) |
    (r.responsibility === 'bestuurder' ? OWNER : 0) |
    (r.domain === 'wonen' ? HOME : 0) |
    (r.hardCondition === true ? HARD : 0) |
    (r.evidence?.sufficient === true ? SUFFICIENT : 0)
  );
}
/** Open (unanswered, claimed), not in order (not met, refused), in order (met, exempt, waived), and the rest; the first four are `STATUS_KEYS`. */
const RESULT_STATUSES: readonly RequirementStatus[] = ['unanswered', 'claimed', 'not-met', 'refused', 'met', 'exempt', 'waived', 'not-applicable', 'context'];
const S_UNANSWERED = 0;
const S_CLAIMED = 1;
const S_NOT_MET = 2;
const S_REFUSED = 3;
const S_MET = 4;
const S_EXEMPT = 5;
const S_WAIVED = 6;
const S_NOT_APPLICABLE = 7;
const STATUS = 15;
const OWNER = 16;
const HOME = 32;
const HARD = 64;
const SUFFICIENT = 128;

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
  return (link.at < 0 ? -1 : (levels.order[link.at] ?? -1)) >= link.minOrder;
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
  /** By requirement: the number of the levels its links meet (see `RequirementSteps.linkClasses`); -1 for a profile not kept. */
  linkClass: Int32Array;
  /** What coverage and funding look at under this profile, worked out the first time a verdict needs it. */
  judging: ProfileJudging | undefined;
  /** The scenarios at a level that is not certifiable, in profile order: a referral when any. */
  referred: readonly string[];
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
  const applying = new Uint8Array(steps.linkCount);
  const linkClass = new Int32Array(steps.requirements.length).fill(-1);
  // New profiles keep turning up (advised levels, rare rule combinations), so this runs often: plain
  // loops, and the levels a requirement's links meet as a number (each link's level position + 1, in
  // the radix of the levels + 1), not a string per requirement. One that reads levels is keyed by all.
  const allLevels = id < 0 ? '' : levels.order.join();
  const radix = steps.levelOrder.size + 1;
  for (let i = 0; i < steps.requirements.length; i++) {
    const r = steps.requirements[i] as RequirementSteps;
    let met = 0;
    for (let k = 0; k < r.links.length; k++) {
      const link = r.links[k] as LinkSteps;
      const order = link.at < 0 ? -1 : (levels.order[link.at] ?? -1);
      applying[r.linkOffset + k] = order >= link.minOrder ? 1 : 0;
      met = met * radix + order + 1;
    }
    if (id < 0) continue;
    const key = r.readsLevels ? allLevels : r.numberedLinks ? met : r.links.map((link) => (link.at < 0 ? -1 : (levels.order[link.at] ?? -1))).join();
    let number = r.linkClasses.get(key);
    if (number === undefined) r.linkClasses.set(key, (number = r.linkClasses.size));
    linkClass[i] = number;
  }
  const referred = risk.filter((r) => !steps.plan.certifiableLevels.has(r.level)).map((r) => r.scenario);
  return { id, levels, inputLevels, applying, linkClass, judging: undefined, referred };
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
    const { value: v } = answer;
    const value = options === BOOLEAN_STATES ? (v === true ? 1 : v === false ? 0 : undefined) : options.size > 0 ? options.get(v) : undefined;
    const evidence = EVIDENCE_LEVELS.indexOf(answer.evidence);
    states[p] = value === undefined || evidence < 0 ? -1 : 1 + evidence * options.size + value;
  }
  return states;
}

/** The place of a requirement's result among those it shares: by the levels its links meet and the states of the answers it reads; -1 when not shared. */
function sharedKey(steps: RequirementSteps, states: Int32Array, linkClass: number): number {
  if (linkClass < 0) return -1;
  const { allRefs, refRadix } = steps;
  let key = linkClass;
  for (let j = 0; j < allRefs.length; j++) {
    const state = states[allRefs[j] as number] ?? -1;
    if (state < 0) return -1;
    key = key * (refRadix[j] as number) + state;
  }
  return key < MAX_SHARED ? key : -1;
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

/** For an owner basic that applies and is not in order (by its code): 1 unanswered, 2 claimed, 3 not met or refused; otherwise 0. */
const UNANSWERED = 1;
const CLAIMED = 2;
const NOT_MET_OR_REFUSED = 3;
function openCode(code: number): number {
  if ((code & OWNER) === 0) return 0;
  const s = code & STATUS;
  return s === S_UNANSWERED ? UNANSWERED : s === S_CLAIMED ? CLAIMED : s === S_NOT_MET || s === S_REFUSED ? NOT_MET_OR_REFUSED : 0;
}

/** An owner basic that applies and is not in order: not met, refused, unanswered or claimed. */
function notInOrder(r: RequirementResult): boolean {
  if (r.responsibility !== 'bestuurder') return false;
  const s = standing(r.status);
  return s !== undefined && s !== 'in-order';
}

/**
 * What coverage and funding look at under one profile: which links apply follows from the levels
 * alone, so the owner basics that apply through each scenario, and each measure's basics with the
 * blockers they would be, are worked out once per profile; a verdict then reads only its codes.
 */
interface ProfileJudging {
  /**
   * By scenario position: the owner basics with a link through it that applies (positions among
   * the requirements, in catalogue order, each once). A verdict leaves out those that do not apply
   * for their own condition (not applicable): coverage grows with what it lists.
   */
  through: Int32Array[];
  /** By position in `steps.measures`. */
  measures: MeasureJudging[];
  /** By requirement position: the measures (positions in `steps.measures`, in order) among whose `basics` it is. */
  blockable: Int32Array[];
  /** Shared parts (frozen) by place (scenario, measure or requirement position) and key: see `scenarioCoverage`, `decideFunding`, `planGaps`. */
  coverage: (Map<number, ScenarioCoverage> | undefined)[];
  funding: (Map<number, MeasureDecision> | undefined)[];
  gaps: (Map<number, GapItem> | undefined)[];
}

interface MeasureJudging {
  /** Its basics with a link through one of its scenarios that applies: positions among the requirements, in catalogue order. */
  basics: Int32Array;
  /** By basic and status key (`STATUS_KEYS`, four a basic): the blocker it is then. Shared and frozen. */
  blockers: Blocker[];
  /** The same in the measure's cost order (see `MeasureSteps.basicsByCost`). */
  basicsByCost: Int32Array;
  blockersByCost: Blocker[];
}

const NO_BASICS = new Int32Array(0);

function profileJudging(steps: EvaluationSteps, profile: Profile): ProfileJudging {
  const { applying } = profile;
  const through: number[][] = Array.from({ length: steps.scenarioCount }, () => []);
  steps.requirements.forEach((r, index) => {
    if (r.plan.requirement.responsibility !== 'bestuurder') return;
    r.links.forEach((link, k) => {
      const list = through[link.at];
      // A scenario linked twice is listed once: requirements come in order, so a repeat is the last entry.
      if (applying[r.linkOffset + k] === 1 && list && list[list.length - 1] !== index) list.push(index);
    });
  });
  // New profiles keep turning up as answer sets do, so this is written for speed too: no closure per element.
  const blockable: number[][] = steps.requirements.map(() => []);
  const judged = (basics: readonly BasicLinks[], m: number): { basics: Int32Array; blockers: Blocker[] } => {
    const indexes: number[] = [];
    const blockers: Blocker[] = [];
    for (const basic of basics) {
      const applies = appliesMask(steps, basic, applying);
      if (applies === 0) continue;
      indexes.push(basic.index);
      for (const status of STATUS_KEYS) blockers.push(sharedBlocker(steps, basic, status, false, applies));
      if (m >= 0) blockable[basic.index]?.push(m);
    }
    return { basics: Int32Array.from(indexes), blockers };
  };
  const measures = steps.measures.map((measure, m): MeasureJudging => {
    const inOrder = judged(measure.basics, m);
    const byCost = judged(measure.basicsByCost, -1);
    return { basics: inOrder.basics, blockers: inOrder.blockers, basicsByCost: byCost.basics, blockersByCost: byCost.blockers };
  });
  return { through: through.map((list) => Int32Array.from(list)), measures, blockable: blockable.map((list) => Int32Array.from(list)), coverage: [], funding: [], gaps: [] };
}

/** The measures decided (`decided`) that a basic not in order blocks, when no hard condition is there: from the profile (`blockable`). */
function blocksOf(steps: EvaluationSteps, blockable: Int32Array, decided: Uint8Array): string[] {
  let count = 0;
  for (let k = 0; k < blockable.length; k++) if (decided[blockable[k] as number] === 1) count++;
  const blocks = new Array<string>(count);
  let n = 0;
  for (let k = 0; n < count; k++) {
    const m = blockable[k] as number;
    if (decided[m] === 1) blocks[n++] = (steps.measures[m] as MeasureSteps).id;
  }
  return blocks;
}

const NO_SCENARIOS: ReadonlySet<string> = new Set();

/** The scenarios awaiting an advice (`Verdict.adviceFirst`), and by measure position those of its own (frozen; undefined for none). */
interface AwaitingSteps {
  scenarios: ReadonlySet<string>;
  byMeasure: (readonly string[] | undefined)[];
}
const NOT_AWAITING: AwaitingSteps = { scenarios: NO_SCENARIOS, byMeasure: [] };

/** Worked out once for each `adviceFirst` the risk judgements share (see `judgeRisk`); anew for one of its own. */
function awaitingSteps(steps: EvaluationSteps, adviceFirst: NonNullable<Verdict['adviceFirst']>): AwaitingSteps {
  const kept = steps.awaiting.get(adviceFirst);
  if (kept) return kept;
  const scenarios = new Set(adviceFirst.scenarios);
  const byMeasure = steps.measures.map((measure) => {
    const own = measure.scenarios.filter((s) => scenarios.has(s));
    return own.length > 0 ? Object.freeze(own) : undefined;
  });
  const awaiting: AwaitingSteps = { scenarios, byMeasure };
  if (Object.isFrozen(adviceFirst)) steps.awaiting.set(adviceFirst, awaiting);
  return awaiting;
}

/** The owner basics that apply through `scenario` at its level (`through`: those whose link applies, by position), and whether they are in order. */
function scenarioCoverage(
  steps: EvaluationSteps,
  scenario: string,
  level: string,
  codes: Uint8Array,
  judging: ProfileJudging,
  at: number,
  kind: Answers['kind'],
  awaitingAdvice: boolean,
): ScenarioCoverage {
  const through = at < 0 ? NO_BASICS : (judging.through[at] ?? NO_BASICS);
  // Counted first, so each list is allocated at its size (a list grown by push holds room for 16 or more),
  // and keyed: an entry follows from how each basic stands (left out, in order with or without the
  // evidence it needs, or its status not in order), the kind and the advice awaited.
  let listed = 0;
  let open = 0;
  let key = through.length <= MAX_KEYED_BASICS && at >= 0 ? 0 : -1;
  let radix = 1;
  for (let k = 0; k < through.length; k++, radix *= 7) {
    const code = codes[through[k] as number] as number;
    const s = code & STATUS;
    // Not applicable for its own condition (an owner basic is never context).
    if (s >= S_NOT_APPLICABLE) continue;
    listed++;
    if (s < S_MET) open++;
    if (key >= 0) key += (s < S_MET ? 3 + s : (code & SUFFICIENT) !== 0 ? 1 : 2) * radix;
  }
  if (key >= 0) key = key * 4 + (kind === 'inspection' ? 2 : 0) + (awaitingAdvice ? 1 : 0);
  const shared = keptPart(judging.coverage, at, key);
  if (shared) return shared;
  const basics = new Array<string>(listed);
  const notInOrderList = new Array<ScenarioCoverage['notInOrder'][number]>(open);
  let anyNotInOrder = false;
  let evidenced = true;
  listed = 0;
  open = 0;
  for (let k = 0; k < through.length; k++) {
    const i = through[k] as number;
    const code = codes[i] as number;
    const s = code & STATUS;
    if (s >= S_NOT_APPLICABLE) continue;
    const requirement = steps.requirements[i] as RequirementSteps;
    basics[listed++] = requirement.plan.requirement.id;
    if ((code & SUFFICIENT) === 0) evidenced = false;
    if (s >= S_MET) continue;
    notInOrderList[open++] = requirement.notInOrder[s] as ScenarioCoverage['notInOrder'][number];
    if (s >= S_NOT_MET) anyNotInOrder = true;
  }
  const status: CoverageStatus = anyNotInOrder ? 'not-in-order' : open > 0 ? 'open' : 'in-order';
  // A provisional level (advice awaited) is no ground for a certificate, however well the basics stand.
  const certifiable = kind === 'inspection' && !awaitingAdvice && status === 'in-order' && evidenced;
  const entry: ScenarioCoverage = { scenario, level, status, basics: Object.freeze(basics), notInOrder: Object.freeze(notInOrderList), certifiable, awaitingAdvice: awaitingAdvice ? true : undefined };
  return keepPart(judging.coverage, at, key, Object.freeze(entry));
}

/** Up to this many basics or measures in a key of shared parts (7^18 and 5^22 stay below 2^53). */
const MAX_KEYED_BASICS = 18;
const MAX_KEYED_BLOCKERS = 22;
/** Shared parts kept per place and profile: bounded, so a catalogue with very many states keeps what it met first and builds the rest. */
const MAX_KEPT_PARTS = 1024;

/** A part of a verdict kept for its place and key (-1: not kept). */
function keptPart<T>(parts: (Map<number, T> | undefined)[], at: number, key: number): T | undefined {
  return key < 0 ? undefined : parts[at]?.get(key);
}

/** Keeps a frozen part for its place and key, while there is room; gives it back. */
function keepPart<T>(parts: (Map<number, T> | undefined)[], at: number, key: number, part: T): T {
  if (key < 0) return part;
  let kept = parts[at];
  if (kept === undefined) parts[at] = kept = new Map();
  if (kept.size < MAX_KEPT_PARTS) kept.set(key, part);
  return part;
}

/**
 * The measures decided: the advised ones when the advice names any, otherwise every measure that
 * applies. A measure is blocked by each owner basic not in order that applies through one of its
 * scenarios, by the advice's hard conditions not in order, and, while no advice is there, by a
 * scenario that awaits one (`requiresAdvice`); by nothing else. Marks the measures decided in
 * `steps.decided`; with hard conditions, also gives per requirement position the measures it
 * blocks, in funding order (without, `blocksOf` reads them from the profile).
 */
function decideFunding(
  steps: EvaluationSteps,
  results: readonly RequirementResult[],
  codes: Uint8Array,
  judging: ProfileJudging,
  applying: Uint8Array,
  answers: Answers,
  certifiableAt: Uint8Array,
  awaiting: AwaitingSteps,
): { funding: MeasureDecision[]; blocks: (string[] | undefined)[] | undefined } {
  const advised: ReadonlySet<string> = answers.advice && answers.advice.measures.length > 0 ? new Set(answers.advice.measures) : NO_SCENARIOS;
  const funding: MeasureDecision[] = [];
  const blocks: (string[] | undefined)[] = [];
  if (steps.measures.length === 0) return { funding, blocks };
  // Hard conditions come only with an advice: looked for then.
  const hard: number[] = [];
  if (answers.advice) for (let i = 0; i < results.length; i++) if (results[i]?.hardCondition && notInOrder(results[i] as RequirementResult)) hard.push(i);
  const plain = steps.costKeysFromZero && hard.length === 0;
  const decided = steps.decided.fill(0);
  for (let m = 0; m < steps.measures.length; m++) {
    const measure = steps.measures[m] as MeasureSteps;
    const { id, scenarios } = measure;
    if (advised.size > 0 ? !advised.has(id) : ((codes[measure.index] as number) & STATUS) === S_NOT_APPLICABLE) continue;
    decided[m] = 1;
    let covered = true;
    for (const at of measure.scenarioAt) if (certifiableAt[at] !== 1) covered = false;
    // Nothing against a scenario that awaits the advice is funded before the advice is there (seed §2.2).
    const awaitingAdvice = awaiting.byMeasure[m];
    const awaited = awaitingAdvice !== undefined;
    const isAdvised = advised.has(id);
    let blockedBy: Blocker[];
    let key = -1;
    if (plain) {
      const judged = judging.measures[m] as MeasureJudging;
      // A decision follows from how each of its basics stands, whether it is covered and advised: shared (frozen) by key.
      key = awaited ? -1 : fundingKey(judged, codes, covered, isAdvised);
      const shared = keptPart(judging.funding, m, key);
      if (shared) {
        funding.push(shared);
        continue;
      }
      blockedBy = plainBlockers(judged, codes);
    } else {
      // Only basics that apply through one of its scenarios, or hard conditions, can block it.
      const extra = hard.filter((i) => !measure.basicSet.has(i));
      if (steps.costKeysFromZero && extra.length === 0) {
        // In that order without sorting: unanswered, then claimed, in catalogue order; then the rest in the measure's cost order.
        blockedBy = [];
        for (const basic of measure.basics) if (openCode(codes[basic.index] as number) === UNANSWERED) block(steps, basic, results, applying, blockedBy, blocks, id);
        for (const basic of measure.basics) if (openCode(codes[basic.index] as number) === CLAIMED) block(steps, basic, results, applying, blockedBy, blocks, id);
        for (const basic of measure.basicsByCost) if (openCode(codes[basic.index] as number) === NOT_MET_OR_REFUSED) block(steps, basic, results, applying, blockedBy, blocks, id);
      } else blockedBy = sortedBlockers(steps, measure, results, applying, extra, blocks);
    }
    const decision: MeasureDecision = {
      measure: id,
      scenarios,
      advised: isAdvised,
      decision: blockedBy.length === 0 && !awaited ? 'fundable' : 'blocked',
      blockedBy,
      awaitingAdvice: awaited ? awaitingAdvice : undefined,
      certifiable: covered,
    };
    if (key >= 0) {
      Object.freeze(blockedBy);
      keepPart(judging.funding, m, key, Object.freeze(decision));
    }
    funding.push(decision);
  }
  return { funding, blocks: plain ? undefined : blocks };
}

/** Which measures each basic blocks, in funding order (a measure once). */
function recordBlock(blocks: (string[] | undefined)[], index: number, measure: string): void {
  const list = blocks[index];
  if (!list) blocks[index] = [measure];
  else if (list[list.length - 1] !== measure) list.push(measure);
}

/**
 * A measure's blockers without hard conditions, in the order `sortedBlockers` would give: questions
 * to answer, then claims to prove, in catalogue order; then the basics not met or refused in the
 * measure's cost order. Every blocker was made for the profile (`MeasureJudging`); this only picks.
 * Which measures a basic blocks then follows from the profile too (`ProfileJudging.blockable`).
 */
/** The key of a measure's decision without hard conditions: how each basic of `judged` stands (its status not in order, or else), covered, advised; -1 for too many basics. */
function fundingKey(judged: MeasureJudging, codes: Uint8Array, covered: boolean, advised: boolean): number {
  const { basics } = judged;
  if (basics.length > MAX_KEYED_BLOCKERS) return -1;
  let key = 0;
  let radix = 1;
  for (let k = 0; k < basics.length; k++, radix *= 5) {
    const s = (codes[basics[k] as number] as number) & STATUS;
    if (s <= S_REFUSED) key += (s + 1) * radix;
  }
  return key * 4 + (covered ? 2 : 0) + (advised ? 1 : 0);
}

function plainBlockers(judging: MeasureJudging, codes: Uint8Array): Blocker[] {
  const { basics, blockers, basicsByCost, blockersByCost } = judging;
  // Counted first, so the list is allocated at its size.
  let count = 0;
  let claimed = false;
  for (let k = 0; k < basics.length; k++) {
    const s = (codes[basics[k] as number] as number) & STATUS;
    if (s <= S_REFUSED) count++;
    if (s === S_CLAIMED) claimed = true;
  }
  const blockedBy = new Array<Blocker>(count);
  if (count === 0) return blockedBy;
  let n = 0;
  for (let k = 0; k < basics.length; k++) {
    if (((codes[basics[k] as number] as number) & STATUS) !== S_UNANSWERED) continue;
    blockedBy[n++] = blockers[4 * k] as Blocker;
  }
  if (claimed) {
    for (let k = 0; k < basics.length; k++) {
      if (((codes[basics[k] as number] as number) & STATUS) !== S_CLAIMED) continue;
      blockedBy[n++] = blockers[4 * k + S_CLAIMED] as Blocker;
      }
  }
  for (let k = 0; n < count && k < basicsByCost.length; k++) {
    const s = (codes[basicsByCost[k] as number] as number) & STATUS;
    if (s !== S_NOT_MET && s !== S_REFUSED) continue;
    blockedBy[n++] = blockersByCost[4 * k + s] as Blocker;
  }
  return blockedBy;
}

function block(steps: EvaluationSteps, basic: BasicLinks, results: readonly RequirementResult[], applying: Uint8Array, blockedBy: Blocker[], blocks: (string[] | undefined)[], measure: string): void {
  const blocker = blockerOf(steps, basic, results[basic.index] as RequirementResult, applying);
  if (!blocker) return;
  blockedBy.push(blocker);
  recordBlock(blocks, basic.index, measure);
}

/**
 * The blockers of a measure when hard conditions outside its basics come in, or a cost key below
 * zero: sorted cheapest to resolve first, questions to answer (key -2), claims to prove (-1), then
 * by the requirement's cost key; ties keep catalogue order. Apart from the common case, so that
 * stays small for the compiler.
 */
function sortedBlockers(steps: EvaluationSteps, measure: MeasureSteps, results: readonly RequirementResult[], applying: Uint8Array, extra: readonly number[], blocks: (string[] | undefined)[]): Blocker[] {
  const keyOf = (index: number) => {
    const status = results[index]?.status;
    return status === 'unanswered' ? -2 : status === 'claimed' ? -1 : (steps.requirements[index]?.costKey ?? Infinity);
  };
  const found: { index: number; blocker: Blocker }[] = [];
  for (const basic of measure.basics) {
    const r = results[basic.index] as RequirementResult;
    const blocker = notInOrder(r) ? blockerOf(steps, basic, r, applying) : undefined;
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
function blockerOf(steps: EvaluationSteps, basic: BasicLinks, r: RequirementResult, applying: Uint8Array): Blocker | undefined {
  const applies = appliesMask(steps, basic, applying);
  const hard = r.hardCondition === true;
  if (applies === 0 && !hard) return undefined;
  return sharedBlocker(steps, basic, r.status, hard, applies);
}

/** Which of the basic's links to the measure's scenarios apply, a bit each. */
function appliesMask(steps: EvaluationSteps, basic: BasicLinks, applying: Uint8Array): number {
  const { linkOffset } = steps.requirements[basic.index] as RequirementSteps;
  let applies = 0;
  for (let j = 0; j < basic.links.length; j++) if (applying[linkOffset + (basic.links[j] as number)] === 1) applies |= 1 << j;
  return applies;
}

/** The blocker a basic is with this status, hard condition and links that apply (`appliesMask`): built once and shared (frozen). */
function sharedBlocker(steps: EvaluationSteps, basic: BasicLinks, status: RequirementStatus, hard: boolean, applies: number): Blocker {
  // Keyed by status (4 not in order), hard condition and the links that apply: up to 2^MAX_KEYED_LINKS of them.
  const key = basic.links.length <= MAX_KEYED_LINKS ? ((STATUS_KEYS.indexOf(status) * 2 + (hard ? 1 : 0)) << basic.links.length) | applies : -1;
  const kept = key >= 0 ? basic.blockers[key] : undefined;
  if (kept) return kept;
  const { links, plan } = steps.requirements[basic.index] as RequirementSteps;
  const via: string[] = [];
  for (let j = 0; j < basic.links.length; j++) if ((applies >> j) & 1) via.push((links[basic.links[j] as number] as LinkSteps).scenario);
  const blocker: Blocker = Object.freeze({ requirement: plan.requirement.id, status, via: Object.freeze(via), hardCondition: hard ? true : undefined });
  if (key >= 0) basic.blockers[key] = blocker;
  return blocker;
}
const MAX_KEYED_LINKS = 6;
/** The statuses of a basic not in order. */
const STATUS_KEYS: readonly RequirementStatus[] = RESULT_STATUSES.slice(0, 4);

/** Counts owner basics only: employer entries are measures or context, never part of the owner's score. */
function summariseDomains(steps: EvaluationSteps, codes: Uint8Array): DomainSummary[] {
  const summaries = DOMAINS.map((domain): DomainSummary => ({ domain, applicable: 0, met: 0, exempt: 0, waived: 0, notMet: 0, refused: 0, claimed: 0, unanswered: 0, notApplicable: 0 }));
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i] as number;
    if ((code & OWNER) === 0) continue;
    // The result is the requirement's (same position), so its domain is the requirement's.
    const summary = summaries[(steps.requirements[i] as RequirementSteps).domainAt];
    if (!summary) continue;
    const s = code & STATUS;
    if (s === S_NOT_APPLICABLE) {
      summary.notApplicable++;
      continue;
    }
    summary.applicable++;
    if (s === S_MET) summary.met++;
    else if (s === S_EXEMPT) summary.exempt++;
    else if (s === S_WAIVED) summary.waived++;
    else if (s === S_NOT_MET) summary.notMet++;
    else if (s === S_REFUSED) summary.refused++;
    else if (s === S_CLAIMED) summary.claimed++;
    else if (s === S_UNANSWERED) summary.unanswered++;
  }
  return summaries;
}

/**
 * Every applicable owner basic that is not met, unanswered or claimed, with what it costs and who
 * pays, whether it decides the outcome for the home, and which measures it blocks. An exception the
 * catalogue allows (and whose condition is not ruled out) is listed as the other way out. Totals
 * add only real prices; items without one are counted, never added as € 0.
 */
function planGaps(steps: EvaluationSteps, codes: Uint8Array, blocking: readonly (string[] | undefined)[] | undefined, judging: ProfileJudging, input: Input): GapPlan {
  // Counted first, so the list is allocated at its size.
  let count = 0;
  for (let index = 0; index < codes.length; index++) if (gapStatus(codes[index] as number)) count++;
  const gap: GapPlan = { items: new Array<GapItem>(count), total: { min: 0, max: 0 }, totalExclVat: 0, withoutCost: 0, noPurchase: 0 };
  let n = 0;
  for (let index = 0; n < count; index++) {
    const code = codes[index] as number;
    const requirementPlan = steps.plan.requirements[index];
    if (!requirementPlan || !gapStatus(code)) continue;
    const s = code & STATUS;
    const { cost, costClass } = requirementPlan.requirement;
    const { gapCostClass, gapCost } = steps.requirements[index] as RequirementSteps;
    if (cost) {
      gap.total.min += cost.min;
      gap.total.max += cost.max;
    } else if (costClass?.amount?.vat === 'incl') {
      gap.total.min += costClass.amount.euros;
      gap.total.max += costClass.amount.euros;
    } else if (costClass?.amount) gap.totalExclVat += costClass.amount.euros;
    else if (costClass?.kind === 'no-purchase') gap.noPurchase++;
    else gap.withoutCost++;
    const requirementSteps = steps.requirements[index] as RequirementSteps;
    const key = blocking ? -1 : gapKey(steps, requirementSteps, judging.blockable[index] ?? NO_BASICS, s, code, input);
    const shared = keptPart(judging.gaps, index, key);
    if (shared) {
      gap.items[n++] = shared;
      continue;
    }
    // One literal, every member in place (JSON leaves the undefined ones out), in the JSON's order.
    const item: GapItem = {
      requirement: requirementPlan.requirement.id,
      status: RESULT_STATUSES[s] as GapItem['status'],
      home: (code & (HOME | HARD)) !== 0,
      blocks: blocking ? (blocking[index] ?? []) : blocksOf(steps, judging.blockable[index] ?? NO_BASICS, steps.decided),
      costClass: gapCostClass,
      cost: gapCost,
      exceptions: gapExceptions(requirementSteps, steps.claimableWhen, input),
    };
    if (key >= 0) {
      Object.freeze(item.blocks);
      if (item.exceptions) Object.freeze(item.exceptions);
      keepPart(judging.gaps, index, key, Object.freeze(item));
    }
    gap.items[n++] = item;
  }
  return gap;
}

/**
 * The key of a gap item without hard conditions outside its measures: which of the measures it can
 * block are decided, which of its exceptions stay open, its status and hard condition; -1 for
 * too many of those to key.
 */
function gapKey(steps: EvaluationSteps, requirement: RequirementSteps, blockable: Int32Array, s: number, code: number, input: Input): number {
  const { exceptions } = requirement;
  if (blockable.length + exceptions.length > MAX_KEYED_GAP) return -1;
  let key = 0;
  let radix = 1;
  for (let k = 0; k < blockable.length; k++, radix *= 2) if (steps.decided[blockable[k] as number] === 1) key += radix;
  for (let k = 0; k < exceptions.length; k++, radix *= 2) {
    const claimable = steps.claimableWhen.get(exceptions[k] as CatalogueException);
    if (!claimable || claimable(input) !== false) key += radix;
  }
  return (key * 3 + s) * 2 + ((code & HARD) !== 0 ? 1 : 0);
}
const MAX_KEYED_GAP = 40;

/** An owner basic the gap plan lists: not met, unanswered or claimed (a refusal is the bestuurder's choice). */
function gapStatus(code: number): boolean {
  const s = code & STATUS;
  return (code & OWNER) !== 0 && (s === S_NOT_MET || s === S_UNANSWERED || s === S_CLAIMED);
}

/** The exceptions the requirement allows whose condition does not rule them out; undefined for none. */
function gapExceptions(requirement: RequirementSteps, claimableWhen: EvaluationSteps['claimableWhen'], input: Input): string[] | undefined {
  const { exceptions } = requirement;
  if (exceptions.length === 0) return undefined;
  const open = new Array<string>(exceptions.length);
  let n = 0;
  for (const exception of exceptions) {
    const claimable = claimableWhen.get(exception);
    if (!claimable || claimable(input) !== false) open[n++] = exception.id;
  }
  if (n === 0) return undefined;
  open.length = n;
  return open;
}
