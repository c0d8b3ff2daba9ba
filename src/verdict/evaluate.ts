/**
 * evaluate(catalogue, answers, now) → Verdict. Pure and deterministic: the same inputs give the
 * same verdict, whose canonical JSON is byte-identical. The clock is passed in.
 */
import { DOMAINS, EVIDENCE_LEVELS } from '../catalogue/catalogue-types.js';
import type { Catalogue, CatalogueException, EvidenceLevel, Requirement } from '../catalogue/catalogue-types.js';
import type { Answers, ExceptionClaim } from '../answers/answers-types.js';
import { VERDICT_FORMAT } from './verdict-types.js';
import type { AnswerUse, DomainSummary, GapItem, GapPlan, Outcome, RequirementResult, ScenarioRisk, Verdict } from './verdict-types.js';
import { evaluateCondition, type AnswerLookup, type ConditionContext } from '../condition/evaluate-condition.js';
import { cataloguePlan, type CataloguePlan, type RequirementPlan } from './catalogue-plan.js';
import { answerValues, deriveRiskProfile, levelOrderOf } from '../risk/risk-profile.js';
import { answersHash } from '../answers/answers-hash.js';
import { packageVersion } from '../package-version.js';

/** Read once when the module loads, so `evaluate` itself does no I/O. */
const ENGINE_VERSION = packageVersion();

/**
 * @example
 * const verdict = evaluate(loadCatalogue(), readAnswers('antwoorden.yaml', catalogue), new Date());
 * verdict.outcome; // 'niet-op-orde'
 */
export function evaluate(catalogue: Catalogue, answers: Answers, now: Date): Verdict {
  const plan = cataloguePlan(catalogue);
  const levelOrder = levelOrderOf(catalogue);
  const values = answerValues(answers);
  const risk = deriveRiskProfile(catalogue, answers, values);
  const scenarioLevels = new Map<string, number>();
  const levelIds = new Map<string, string>();
  for (const r of risk) {
    scenarioLevels.set(r.scenario, levelOrder.get(r.level) ?? 0);
    levelIds.set(r.scenario, r.level);
  }
  const ctx: ConditionContext = { values, scenarioLevels, levelOrder };

  const requirements = plan.requirements.map((p) => evaluateRequirement(p, answers, ctx, levelIds));
  const outcome = decideOutcome(risk, requirements, plan.certifiableLevels);
  const certifiable =
    answers.kind === 'inspection' &&
    outcome === 'basis-op-orde' &&
    requirements.every((r) => r.responsibility !== 'bestuurder' || !(r.status === 'met' || r.status === 'exempt') || r.evidence?.sufficient === true);

  return {
    format: VERDICT_FORMAT,
    engine: { name: 'pkvw-light', version: ENGINE_VERSION },
    catalogue: { id: catalogue.metadata.id, version: catalogue.metadata.version, hash: catalogue.hash },
    answersHash: answersHash(answers),
    evaluatedAt: now.toISOString(),
    kind: answers.kind,
    outcome,
    certifiable,
    risk,
    requirements,
    domains: summariseDomains(requirements),
    gapPlan: planGaps(plan, requirements, ctx),
  };
}

function evaluateRequirement(plan: RequirementPlan, answers: Answers, ctx: ConditionContext, levelIds: ReadonlyMap<string, string>): RequirementResult {
  const { requirement } = plan;
  const result = (status: RequirementResult['status'], appliesBecause: RequirementResult['appliesBecause'], used: AnswerUse[]) =>
    newResult(requirement, status, appliesBecause, used);

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
  if (applies === undefined) return result('unanswered', appliesBecause, used);
  if (requirement.responsibility === 'werkgever') return result('context', appliesBecause, used);

  const met = requirement.metWhen ? evaluateCondition(requirement.metWhen, ctx) : undefined;
  if (met === true) {
    const r = result('met', appliesBecause, used);
    r.evidence = evidenceCheck(requirement.evidence, weakestEvidence(plan.metRefs, answers));
    return r;
  }

  const claim = validClaim(plan, answers.exceptions, ctx);
  if (claim) {
    const { exception, claimed } = claim;
    const r = result('exempt', appliesBecause, used);
    r.exemption = { exception: claimed.exception, justification: claimed.justification, evidence: claimed.evidence.level };
    if (claimed.evidence.reference !== undefined) r.exemption.reference = claimed.evidence.reference;
    r.evidence = evidenceCheck(exception.evidence, claimed.evidence.level);
    return r;
  }
  return result(met === false ? 'not-met' : 'unanswered', appliesBecause, used);
}

/** Built as a literal, not by spreading a shared base: object spread is a slow path on Node 20. */
function newResult(requirement: Requirement, status: RequirementResult['status'], appliesBecause: RequirementResult['appliesBecause'], answers: AnswerUse[]): RequirementResult {
  return { requirement: requirement.id, domain: requirement.domain, responsibility: requirement.responsibility, status, appliesBecause, answers };
}

/** The first claim that names this requirement, is allowed for it, and whose condition holds. */
function validClaim(plan: RequirementPlan, claims: readonly ExceptionClaim[], ctx: ConditionContext): { exception: CatalogueException; claimed: ExceptionClaim } | undefined {
  for (const claimed of claims) {
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

function decideOutcome(risk: readonly ScenarioRisk[], results: readonly RequirementResult[], certifiableLevels: ReadonlySet<string>): Outcome {
  if (risk.some((r) => !certifiableLevels.has(r.level))) return 'doorverwijzen';
  const owner = results.filter((r) => r.responsibility === 'bestuurder');
  if (owner.some((r) => r.status === 'not-met')) return 'niet-op-orde';
  if (owner.some((r) => r.status === 'unanswered')) return 'onvolledig';
  return 'basis-op-orde';
}

/** Counts owner basics only: employer measures are context and never part of the owner's score. */
function summariseDomains(results: readonly RequirementResult[]): DomainSummary[] {
  return DOMAINS.map((domain) => {
    const summary: DomainSummary = { domain, applicable: 0, met: 0, exempt: 0, notMet: 0, unanswered: 0, notApplicable: 0 };
    for (const r of results) {
      if (r.domain !== domain || r.responsibility !== 'bestuurder') continue;
      if (r.status === 'not-applicable') {
        summary.notApplicable++;
        continue;
      }
      summary.applicable++;
      if (r.status === 'met') summary.met++;
      else if (r.status === 'exempt') summary.exempt++;
      else if (r.status === 'not-met') summary.notMet++;
      else if (r.status === 'unanswered') summary.unanswered++;
    }
    return summary;
  });
}

/**
 * Every applicable owner basic that is not met or unanswered. Each one alone keeps the outcome from
 * `basis-op-orde`, so this is also the smallest set of changes that reaches it; an exception the
 * catalogue allows (and whose condition is not ruled out) is listed as the other way out.
 */
function planGaps(plan: CataloguePlan, results: readonly RequirementResult[], ctx: ConditionContext): GapPlan {
  const items: GapItem[] = [];
  const total = { min: 0, max: 0 };
  let withoutCost = 0;
  for (let index = 0; index < results.length; index++) {
    const result = results[index];
    const requirementPlan = plan.requirements[index];
    if (!result || !requirementPlan || result.responsibility !== 'bestuurder') continue;
    if (result.status !== 'not-met' && result.status !== 'unanswered') continue;
    const item: GapItem = { requirement: result.requirement, status: result.status };
    const { cost } = requirementPlan.requirement;
    if (cost) {
      item.cost = { min: cost.min, max: cost.max };
      total.min += cost.min;
      total.max += cost.max;
    } else withoutCost++;
    const exceptions: string[] = [];
    for (const exception of requirementPlan.exceptions.values()) {
      if (!exception.claimableWhen || evaluateCondition(exception.claimableWhen, ctx) !== false) exceptions.push(exception.id);
    }
    if (exceptions.length > 0) item.exceptions = exceptions;
    items.push(item);
  }
  return { items, total, withoutCost };
}
