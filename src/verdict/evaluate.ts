/**
 * evaluate(catalogue, answers, now) → Verdict. Pure and deterministic: the same inputs give the
 * same verdict, whose canonical JSON is byte-identical. The clock is passed in.
 *
 * The verdict is proportional (seed §4.2 rec. 3: "een objectiveerbare relatie tussen de gestelde
 * eisen en het risico waarop beveiligingsmaatregelen worden getroffen"): a measure is blocked only
 * by the owner basics that apply through one of its own scenarios.
 */
import { DOMAINS, EVIDENCE_LEVELS } from '../catalogue/catalogue-types.js';
import type { Catalogue, EvidenceLevel, Requirement } from '../catalogue/catalogue-types.js';
import type { Answers } from '../answers/answers-types.js';
import { VERDICT_FORMAT } from './verdict-types.js';
import type {
  AnswerUse,
  Blocker,
  CoverageStatus,
  DomainSummary,
  GapItem,
  GapPlan,
  MeasureDecision,
  Outcome,
  RequirementResult,
  RequirementStatus,
  ScenarioCoverage,
  Verdict,
} from './verdict-types.js';
import { evaluateCondition, type AnswerLookup, type ConditionContext } from '../condition/evaluate-condition.js';
import { cataloguePlan, type CataloguePlan, type RequirementPlan } from './catalogue-plan.js';
import { answerValues, deriveRiskProfile, levelOrderOf, rulesAwaitingAdvice } from '../risk/risk-profile.js';
import { answersHash } from '../answers/answers-hash.js';
import { packageVersion } from '../package-version.js';
import { claimGaps } from './claim-proof.js';

/** The engine version every verdict records (generated from package.json: the core reads no files). */
const ENGINE_VERSION = packageVersion();

/**
 * @example
 * const verdict = evaluate(loadCatalogue(), readAnswers('antwoorden.yaml', catalogue), new Date());
 * verdict.outcome; // 'niet-op-orde'
 * verdict.funding; // [{ measure: 'WON-16', decision: 'fundable', blockedBy: [], ... }]
 */
export function evaluate(catalogue: Catalogue, answers: Answers, now: Date): Verdict {
  const plan = cataloguePlan(catalogue);
  const levelOrder = levelOrderOf(catalogue);
  const values = answerValues(answers);
  const risk = deriveRiskProfile(catalogue, answers, values);
  const head = {
    format: VERDICT_FORMAT,
    engine: { name: 'pkvw-light', version: ENGINE_VERSION },
    catalogue: { id: catalogue.metadata.id, version: catalogue.metadata.version, hash: catalogue.hash },
    answersHash: answersHash(answers),
    evaluatedAt: now.toISOString(),
    kind: answers.kind,
  } as const;
  const advice = answers.advice ? { advice: { reference: answers.advice.reference, ...(answers.advice.date ? { date: answers.advice.date } : {}) } } : {};

  // Level D is beyond the keurmerk: refer, and judge nothing (no requirement list, plan or cost).
  const referred = risk.filter((r) => !plan.certifiableLevels.has(r.level)).map((r) => r.scenario);
  if (referred.length > 0) {
    return {
      ...head,
      outcome: 'doorverwijzen',
      certifiable: false,
      risk,
      referral: { scenarios: referred },
      ...advice,
      funding: [],
      coverage: [],
      requirements: [],
      domains: [],
      gapPlan: { items: [], total: { min: 0, max: 0 }, totalExclVat: 0, withoutCost: 0, noPurchase: 0 },
    };
  }

  const scenarioLevels = new Map<string, number>();
  const levelIds = new Map<string, string>();
  for (const r of risk) {
    scenarioLevels.set(r.scenario, levelOrder.get(r.level) ?? 0);
    levelIds.set(r.scenario, r.level);
  }
  const ctx: ConditionContext = { values, scenarioLevels, levelOrder };

  const requirements = plan.requirements.map((p) => evaluateRequirement(p, answers, ctx, levelIds));
  const outcome = decideOutcome(requirements);
  const through = basicsByScenario(requirements);
  const adviceFirst = rulesAwaitingAdvice(catalogue, answers, values);
  const awaiting = new Set(adviceFirst?.scenarios ?? []);
  const coverage = risk.map((r) => scenarioCoverage(r.scenario, r.level, requirements, through.get(r.scenario) ?? [], answers.kind, awaiting.has(r.scenario)));
  const funding = decideFunding(plan, requirements, answers, coverage, through, awaiting);
  const certifiable = answers.kind === 'inspection' && outcome === 'basis-op-orde' && coverage.every((c) => c.certifiable);

  return {
    ...head,
    outcome,
    certifiable,
    risk,
    ...(adviceFirst ? { adviceFirst } : {}),
    ...advice,
    funding,
    coverage,
    requirements,
    domains: summariseDomains(requirements),
    gapPlan: planGaps(plan, requirements, funding, ctx),
  };
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
  const gate = results.filter((r) => r.responsibility === 'bestuurder' && (r.domain === 'wonen' || r.hardCondition === true));
  if (gate.some((r) => r.status === 'not-met' || (r.status === 'refused' && r.hardCondition === true))) return 'niet-op-orde';
  if (gate.some((r) => standing(r.status) === 'open')) return 'onvolledig';
  return 'basis-op-orde';
}

function evaluateRequirement(plan: RequirementPlan, answers: Answers, ctx: ConditionContext, levelIds: ReadonlyMap<string, string>): RequirementResult {
  const { requirement } = plan;
  const result = (status: RequirementStatus, appliesBecause: RequirementResult['appliesBecause'], used: AnswerUse[]) => newResult(requirement, status, appliesBecause, used);

  const links = requirement.risks.map((link) => ({ scenario: link.scenario, level: levelIds.get(link.scenario) ?? '', minLevel: link.minLevel }));
  const appliesBecause = links.filter((l) => (ctx.levelOrder.get(l.level) ?? -1) >= (ctx.levelOrder.get(l.minLevel) ?? Infinity));
  if (appliesBecause.length === 0) {
    const r = result('not-applicable', appliesBecause, []);
    r.notApplicable = { kind: 'risk-below-level', links };
    return r;
  }

  const applies = requirement.appliesWhen ? evaluateCondition(requirement.appliesWhen, ctx) : true;
  if (applies === false) {
    const used = answerUses(plan.appliesRefs, ctx.values);
    const r = result('not-applicable', appliesBecause, used);
    r.notApplicable = { kind: 'condition-not-holding', answers: used };
    return r;
  }
  const used = answerUses(plan.allRefs, ctx.values);
  if (requirement.responsibility === 'werkgever') return result(applies === undefined ? 'unanswered' : 'context', appliesBecause, used);
  const r = ownerResult(plan, answers, ctx, applies === undefined ? undefined : requirement.metWhen ? evaluateCondition(requirement.metWhen, ctx) : undefined, appliesBecause, used);
  if (answers.advice?.hardConditions.includes(requirement.id)) r.hardCondition = true;
  return r;
}

/** An applicable owner basic: met, or else waived, exempt by a proven claim, claimed, refused, not met or unanswered. */
function ownerResult(
  plan: RequirementPlan,
  answers: Answers,
  ctx: ConditionContext,
  met: boolean | undefined,
  appliesBecause: RequirementResult['appliesBecause'],
  used: AnswerUse[],
): RequirementResult {
  const { requirement } = plan;
  const result = (status: RequirementStatus) => newResult(requirement, status, appliesBecause, used);
  if (met === true) {
    const r = result('met');
    r.evidence = evidenceCheck(requirement.evidence, weakestEvidence(plan.metRefs, answers));
    return r;
  }
  const { advice } = answers;
  if (advice?.waives.includes(requirement.id)) {
    const r = result('waived');
    r.waiver = { advice: advice.reference };
    // The advice's reference is the evidence, at level document once it is dated (not in a migrated answers@1 file).
    r.evidence = evidenceCheck('document', advice.date ? 'document' : 'self-declared');
    return r;
  }
  const claim = applicableClaim(plan, answers, ctx);
  if (claim) {
    const { exception, claimed } = claim;
    const missing = claimGaps(claimed, exception);
    const reference = claimed.evidence.reference !== undefined ? { reference: claimed.evidence.reference } : {};
    if (missing.length > 0) {
      const r = result('claimed');
      r.claim = { exception: claimed.exception, evidence: claimed.evidence.level, ...reference, missing };
      return r;
    }
    const r = result('exempt');
    r.exemption = { exception: claimed.exception, justification: claimed.justification, evidence: claimed.evidence.level, ...reference };
    r.evidence = evidenceCheck(exception.evidence, claimed.evidence.level);
    return r;
  }
  const refusal = requirement.allowsRefusal ? answers.refusals.find((x) => x.requirement === requirement.id) : undefined;
  if (refusal) {
    const r = result('refused');
    r.refusal = { reason: refusal.reason };
    return r;
  }
  return result(met === false ? 'not-met' : 'unanswered');
}

/** Built as a literal, not by spreading a shared base: object spread is a slow path on Node 20. */
function newResult(requirement: Requirement, status: RequirementStatus, appliesBecause: RequirementResult['appliesBecause'], answers: AnswerUse[]): RequirementResult {
  return { requirement: requirement.id, domain: requirement.domain, responsibility: requirement.responsibility, status, appliesBecause, answers };
}

/** The first claim that names this requirement, is allowed for it, and whose condition holds. */
function applicableClaim(plan: RequirementPlan, answers: Answers, ctx: ConditionContext) {
  for (const claimed of answers.exceptions) {
    if (!claimed.requirements.includes(plan.requirement.id)) continue;
    const exception = plan.exceptions.get(claimed.exception);
    if (!exception) continue;
    if (exception.claimableWhen && evaluateCondition(exception.claimableWhen, ctx) !== true) continue;
    return { exception, claimed };
  }
  return undefined;
}

function answerUses(refs: readonly string[], values: AnswerLookup): AnswerUse[] {
  return refs.map((question) => ({ question, value: values.get(question) ?? null }));
}

/** The weakest evidence among the given answers; an answer never given adds nothing. */
function weakestEvidence(refs: readonly string[], answers: Answers): EvidenceLevel {
  let weakest = EVIDENCE_LEVELS.length - 1;
  let any = false;
  for (const id of refs) {
    const given = Object.hasOwn(answers.answers, id) ? answers.answers[id] : undefined;
    if (!given) continue;
    any = true;
    weakest = Math.min(weakest, EVIDENCE_LEVELS.indexOf(given.evidence));
  }
  // A condition that used no answer rests on nothing more than the bestuurder's word.
  return any ? EVIDENCE_LEVELS[weakest] ?? 'self-declared' : 'self-declared';
}

function evidenceCheck(required: EvidenceLevel, given: EvidenceLevel): NonNullable<RequirementResult['evidence']> {
  return { required, given, sufficient: EVIDENCE_LEVELS.indexOf(given) >= EVIDENCE_LEVELS.indexOf(required) };
}

/**
 * The positions (in `results`, so in catalogue order) of the owner basics that apply, by each
 * scenario they apply through: worked out once, so coverage and funding grow with what they list,
 * not with scenarios or measures times requirements.
 */
function basicsByScenario(results: readonly RequirementResult[]): Map<string, number[]> {
  const byScenario = new Map<string, number[]>();
  results.forEach((r, index) => {
    if (r.responsibility !== 'bestuurder' || standing(r.status) === undefined) return;
    for (const scenario of new Set(r.appliesBecause.map((l) => l.scenario))) {
      const list = byScenario.get(scenario);
      if (list) list.push(index);
      else byScenario.set(scenario, [index]);
    }
  });
  return byScenario;
}

/** The owner basics that apply through `scenario` at its level (`indexes` into `results`), and whether they are in order. */
function scenarioCoverage(
  scenario: string,
  level: string,
  results: readonly RequirementResult[],
  indexes: readonly number[],
  kind: Answers['kind'],
  awaitingAdvice: boolean,
): ScenarioCoverage {
  const through = indexes.flatMap((i) => results[i] ?? []);
  const notInOrder = through.filter((r) => standing(r.status) !== 'in-order').map((r) => ({ requirement: r.requirement, status: r.status }));
  const status: CoverageStatus = notInOrder.some((r) => standing(r.status) === 'not-in-order') ? 'not-in-order' : notInOrder.length > 0 ? 'open' : 'in-order';
  // A provisional level (advice awaited) is no ground for a certificate, however well the basics stand.
  const certifiable = kind === 'inspection' && !awaitingAdvice && status === 'in-order' && through.every((r) => r.evidence?.sufficient === true);
  return { scenario, level, status, basics: through.map((r) => r.requirement), notInOrder, certifiable, ...(awaitingAdvice ? { awaitingAdvice: true as const } : {}) };
}

/**
 * The measures decided: the advised ones when the advice names any, otherwise every measure that
 * applies. A measure is blocked by each owner basic not in order that applies through one of its
 * scenarios, by the advice's hard conditions not in order, and, while no advice is there, by a
 * scenario that awaits one (`requiresAdvice`); by nothing else.
 */
function decideFunding(
  plan: CataloguePlan,
  results: readonly RequirementResult[],
  answers: Answers,
  coverage: readonly ScenarioCoverage[],
  through: ReadonlyMap<string, readonly number[]>,
  awaiting: ReadonlySet<string>,
): MeasureDecision[] {
  const advised = new Set(answers.advice?.measures ?? []);
  const costKey = blockerCostKeys(plan, results);
  // Cheapest to resolve first; ties keep catalogue order.
  const byCost = (a: number, b: number) => (costKey[a] ?? Infinity) - (costKey[b] ?? Infinity) || a - b;
  const notInOrder = (r: RequirementResult) => r.responsibility === 'bestuurder' && standing(r.status) !== undefined && standing(r.status) !== 'in-order';
  const hard = results.flatMap((r, index) => (r.hardCondition && notInOrder(r) ? [index] : []));
  const coverageOf = new Map(coverage.map((c) => [c.scenario, c]));
  const decisions: MeasureDecision[] = [];
  plan.requirements.forEach((requirementPlan, index) => {
    const { measure, id } = requirementPlan.requirement;
    const result = results[index];
    if (!measure || !result) return;
    if (advised.size > 0 ? !advised.has(id) : result.status === 'not-applicable') return;
    const scenarios = new Set(measure.scenarios);
    // Only basics that apply through one of its scenarios, or hard conditions, can block it; cheapest first.
    const candidates = new Set(hard);
    for (const scenario of scenarios) for (const i of through.get(scenario) ?? []) candidates.add(i);
    const blockedBy: Blocker[] = [];
    for (const i of [...candidates].sort(byCost)) {
      const r = results[i];
      if (!r || !notInOrder(r)) continue;
      const via = r.appliesBecause.filter((l) => scenarios.has(l.scenario)).map((l) => l.scenario);
      if (via.length > 0) blockedBy.push({ requirement: r.requirement, status: r.status, via, ...(r.hardCondition ? { hardCondition: true as const } : {}) });
      else if (r.hardCondition) blockedBy.push({ requirement: r.requirement, status: r.status, via: [], hardCondition: true });
    }
    const covered = measure.scenarios.every((s) => coverageOf.get(s)?.certifiable === true);
    // Nothing against a scenario that awaits the advice is funded before the advice is there (seed §2.2).
    const awaitingAdvice = measure.scenarios.filter((s) => awaiting.has(s));
    const decision = blockedBy.length === 0 && awaitingAdvice.length === 0 ? 'fundable' : 'blocked';
    decisions.push({ measure: id, scenarios: measure.scenarios, advised: advised.has(id), decision, blockedBy, ...(awaitingAdvice.length > 0 ? { awaitingAdvice } : {}), certifiable: covered });
  });
  return decisions;
}

/**
 * What resolving each owner basic takes, as a key to sort by, cheapest first: answering a question,
 * then proving a claim, then no purchase, a known amount or cost range (by its lowest euro), and last
 * a craftsman's price not known until the quote.
 */
function blockerCostKeys(plan: CataloguePlan, results: readonly RequirementResult[]): number[] {
  return results.map((r, index) => {
    const requirement = plan.requirements[index]?.requirement;
    if (r.status === 'unanswered') return -2;
    if (r.status === 'claimed') return -1;
    if (requirement?.costClass?.kind === 'no-purchase') return 0;
    if (requirement?.costClass?.amount) return requirement.costClass.amount.euros;
    if (requirement?.cost) return requirement.cost.min;
    return Infinity;
  });
}

/** Counts owner basics only: employer entries are measures or context, never part of the owner's score. */
function summariseDomains(results: readonly RequirementResult[]): DomainSummary[] {
  return DOMAINS.map((domain) => {
    const summary: DomainSummary = { domain, applicable: 0, met: 0, exempt: 0, waived: 0, notMet: 0, refused: 0, claimed: 0, unanswered: 0, notApplicable: 0 };
    for (const r of results) {
      if (r.domain !== domain || r.responsibility !== 'bestuurder') continue;
      if (r.status === 'not-applicable') {
        summary.notApplicable++;
        continue;
      }
      summary.applicable++;
      if (r.status === 'met') summary.met++;
      else if (r.status === 'exempt') summary.exempt++;
      else if (r.status === 'waived') summary.waived++;
      else if (r.status === 'not-met') summary.notMet++;
      else if (r.status === 'refused') summary.refused++;
      else if (r.status === 'claimed') summary.claimed++;
      else if (r.status === 'unanswered') summary.unanswered++;
    }
    return summary;
  });
}

/**
 * Every applicable owner basic that is not met, unanswered or claimed, with what it costs and who
 * pays, whether it decides the outcome for the home, and which measures it blocks. An exception the
 * catalogue allows (and whose condition is not ruled out) is listed as the other way out. Totals
 * add only real prices; items without one are counted, never added as € 0.
 */
function planGaps(plan: CataloguePlan, results: readonly RequirementResult[], funding: readonly MeasureDecision[], ctx: ConditionContext): GapPlan {
  const gap: GapPlan = { items: [], total: { min: 0, max: 0 }, totalExclVat: 0, withoutCost: 0, noPurchase: 0 };
  // The measures each basic blocks, in funding order, gathered in one pass over the decisions.
  const blocking = new Map<string, string[]>();
  for (const decision of funding) {
    for (const blocker of decision.blockedBy) {
      const measures = blocking.get(blocker.requirement);
      if (!measures) blocking.set(blocker.requirement, [decision.measure]);
      else if (measures[measures.length - 1] !== decision.measure) measures.push(decision.measure);
    }
  }
  for (let index = 0; index < results.length; index++) {
    const result = results[index];
    const requirementPlan = plan.requirements[index];
    if (!result || !requirementPlan || result.responsibility !== 'bestuurder') continue;
    if (result.status !== 'not-met' && result.status !== 'unanswered' && result.status !== 'claimed') continue;
    const { cost, costClass } = requirementPlan.requirement;
    const blocks = blocking.get(result.requirement) ?? [];
    const item: GapItem = { requirement: result.requirement, status: result.status, home: result.domain === 'wonen' || result.hardCondition === true, blocks };
    if (costClass) item.costClass = { kind: costClass.kind, paidBy: costClass.paidBy, ...(costClass.amount ? { amount: { ...costClass.amount } } : {}) };
    if (cost) {
      item.cost = { min: cost.min, max: cost.max };
      gap.total.min += cost.min;
      gap.total.max += cost.max;
    } else if (costClass?.amount?.vat === 'incl') {
      gap.total.min += costClass.amount.euros;
      gap.total.max += costClass.amount.euros;
    } else if (costClass?.amount) gap.totalExclVat += costClass.amount.euros;
    else if (costClass?.kind === 'no-purchase') gap.noPurchase++;
    else gap.withoutCost++;
    const exceptions: string[] = [];
    for (const exception of requirementPlan.exceptions.values()) {
      if (!exception.claimableWhen || evaluateCondition(exception.claimableWhen, ctx) !== false) exceptions.push(exception.id);
    }
    if (exceptions.length > 0) item.exceptions = exceptions;
    gap.items.push(item);
  }
  return gap;
}
