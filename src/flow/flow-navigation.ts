/**
 * Where the flow stands and where it goes next. Which questions are asked is decided only by the
 * verdict engine's `relevantQuestionIds`, so a check in the terminal and a replayed answers file
 * always ask the same questions. Pure, and free of the clock: nothing here depends on the moment.
 */
import type { Catalogue, CatalogueException, EvidenceLevel, LocalizedText, ProofKind } from '../catalogue/catalogue-types.js';
import type { Advice, Answers, ClaimProof } from '../answers/answers-types.js';
import { evidenceLevelsFor } from './step-checks.js';
import { scenariosLinkedTo } from '../answers/claim-rules.js';
import { deriveRiskProfile } from '../risk/risk-profile.js';
import { evaluate } from '../verdict/evaluate.js';
import { relevantQuestionIds } from '../verdict/question-relevance.js';
import { toAnswers, type ClaimDecision, type FlowAnswers } from './flow-answers.js';

/** A question, the advice step (after the intake), the one exception step (all offers at once), the one refusal step, or the review. */
export type FlowPosition = { kind: 'question'; question: string } | { kind: 'advice' } | { kind: 'exceptions' } | { kind: 'refusals' } | { kind: 'review' };

/** An applicable owner basic that is not met (or left open), with the exceptions that may be claimed for it. */
export interface ExceptionOffer {
  requirement: string;
  status: 'not-met' | 'unanswered';
  exceptions: string[];
}

/** One exception the user may claim at the exception step, with the basics not yet decided that it can waive. */
export interface ExceptionChoice {
  exception: string;
  requirements: string[];
  /** The evidence levels this kind of check may record (a self-check cannot carry a firm's inspection), and the one that proves the claim. */
  evidence: { allowed: readonly EvidenceLevel[]; proves: EvidenceLevel };
  /**
   * The structured proof the exception asks for (absent: none): its kind, for a new build the first
   * permit year that qualifies, for an alternative the scenarios the offered basics are linked to.
   */
  proof?: { kind: ProofKind; permitYearFrom?: number; scenarios: string[]; permitYear?: number };
  /**
   * The claim on this exception made before the step was asked anew, for the basics still offered
   * (those of the first such claim, requirement order): its words are the answer to start from.
   */
  earlier?: EarlierClaim;
}

/** A claim made before the exception step was asked anew: for which of the offered basics, and with what. */
export interface EarlierClaim {
  requirements: string[];
  justification: string;
  evidence: ClaimDecision['evidence'];
  proof?: ClaimProof;
}

/**
 * A basic the user may refuse with a reason at the refusal step ("gemotiveerd afzien", spec/README.md):
 * it allows a refusal, applies to this home and is answered as not met (no claim or advice waives it).
 */
export interface RefusalChoice {
  requirement: string;
  title: LocalizedText;
  /** The scenarios it applies through (catalogue order): a refusal, like a basic not met, blocks the measures of these. */
  scenarios: string[];
  /** The measures it blocks now and keeps blocking when refused (catalogue order). */
  blocks: string[];
  /** The CCV/BVA advice makes it a hard condition: refused, it still counts against the home (the outcome). */
  hardCondition?: true;
  /** The reason given for refusing it before the step was asked anew: the answer to start from. */
  earlierReason?: string;
}

/**
 * Offers read only statuses, which never depend on the moment of evaluation; the verdict's own
 * moment comes with the CONFIRM event. So navigation needs no clock, and `evaluatedAt` of these
 * trial verdicts is never read.
 */
const TRIAL_MOMENT = new Date(0);

/**
 * Relevance per values object and advice (the rest of a flow's meta never changes): the machine asks
 * several times per step about the same answers. An advice's levels fix the risk of their scenarios,
 * so they change what is relevant.
 */
const relevanceCache = new WeakMap<Catalogue, WeakMap<FlowAnswers['values'], Map<Advice | undefined, string[]>>>();

export function relevantQuestions(catalogue: Catalogue, flow: FlowAnswers): string[] {
  let byValues = relevanceCache.get(catalogue);
  if (byValues === undefined) {
    byValues = new WeakMap();
    relevanceCache.set(catalogue, byValues);
  }
  let byAdvice = byValues.get(flow.values);
  if (byAdvice === undefined) {
    byAdvice = new Map();
    byValues.set(flow.values, byAdvice);
  }
  let relevant = byAdvice.get(flow.meta.advice);
  if (relevant === undefined) {
    relevant = relevantQuestionIds(catalogue, toAnswers(catalogue, flow, false));
    byAdvice.set(flow.meta.advice, relevant);
  }
  return relevant;
}

/**
 * The risk rules that lift a scenario to a level that is not certifiable (D: the police/OM route),
 * in catalogue order. No advice lowers such a level (the floor lives in risk/), so the check then
 * refers and asks no more.
 */
export function referralRules(catalogue: Catalogue, answers: Answers): string[] {
  const certifiable = new Set(catalogue.levels.filter((level) => level.certifiable).map((level) => level.id));
  const rules = new Set<string>();
  for (const risk of deriveRiskProfile(catalogue, answers)) {
    if (!certifiable.has(risk.level) && risk.basis.kind === 'rule') rules.add(risk.basis.rule);
  }
  return [...rules];
}

/** The advice step is asked unless the intake already refers (level D): an advice cannot change that outcome. */
export function adviceStepOffered(catalogue: Catalogue, flow: FlowAnswers): boolean {
  return referralRules(catalogue, toAnswers(catalogue, flow, false)).length === 0;
}

/**
 * The steps a walk that never goes back visits, in order: the relevant questions, with the advice
 * step after the intake (before the first question about the home), when it is offered.
 */
export function flowSteps(catalogue: Catalogue, flow: FlowAnswers): FlowPosition[] {
  const relevant = relevantQuestions(catalogue, flow);
  const steps: FlowPosition[] = relevant.map((question) => ({ kind: 'question', question }));
  if (!adviceStepOffered(catalogue, flow)) return steps;
  const sections = new Map(catalogue.questions.map((question) => [question.id, question.section]));
  const firstAfterIntake = relevant.findIndex((id) => sections.get(id) !== 'intake');
  steps.splice(firstAfterIntake === -1 ? steps.length : firstAfterIntake, 0, { kind: 'advice' });
  return steps;
}

function samePosition(a: FlowPosition, b: FlowPosition): boolean {
  return a.kind === b.kind && (a.kind !== 'question' || (b.kind === 'question' && a.question === b.question));
}

function isOpen(flow: FlowAnswers, step: FlowPosition): boolean {
  if (step.kind === 'advice') return flow.adviceAnswered !== true;
  return step.kind === 'question' && flow.values[step.question] === undefined && !flow.skipped.includes(step.question);
}

/**
 * Clears answers that are no longer asked (an earlier answer changed) and decisions on exceptions
 * that are no longer offered. Repeats until stable, since clearing one answer can make another irrelevant.
 */
export function pruneFlow(catalogue: Catalogue, flow: FlowAnswers): FlowAnswers {
  let values = flow.values;
  for (;;) {
    const relevant = new Set(relevantQuestions(catalogue, { ...flow, values }));
    const kept = Object.fromEntries(Object.entries(values).filter(([id]) => relevant.has(id)));
    if (Object.keys(kept).length === Object.keys(values).length) break;
    values = kept;
  }
  const relevant = new Set(relevantQuestions(catalogue, { ...flow, values }));
  const skipped = flow.skipped.filter((id) => relevant.has(id) && values[id] === undefined);
  // Offers need a full evaluation: only worth it when there are decisions (or claims kept to offer again) to check.
  let decisions = flow.decisions;
  const pruned: FlowAnswers = { ...flow, values, decisions, skipped };
  delete pruned.earlierClaims;
  if (Object.keys(decisions).length > 0 || Object.keys(flow.earlierClaims ?? {}).length > 0) {
    const offered = new Map(exceptionOffers(catalogue, { ...flow, values }).map((offer) => [offer.requirement, offer.exceptions]));
    decisions = Object.fromEntries(
      Object.entries(decisions).filter(([requirement, decision]) => (decision.kind === 'declined' ? offered.has(requirement) : offered.get(requirement)?.includes(decision.exception) === true)),
    );
    pruned.decisions = decisions;
    // A claim kept to offer again stays while its exception is still offered for that basic, not yet decided again.
    const earlierClaims = Object.fromEntries(Object.entries(flow.earlierClaims ?? {}).filter(([requirement, claim]) => decisions[requirement] === undefined && offered.get(requirement)?.includes(claim.exception) === true));
    if (Object.keys(earlierClaims).length > 0) pruned.earlierClaims = earlierClaims;
  }
  const earlier = flow.earlierReasons ?? {};
  if ((flow.refusals === undefined || Object.keys(flow.refusals).length === 0) && Object.keys(earlier).length === 0) return pruned;
  // A refusal, or a reason kept to offer again, stays only while its basic is still offered: still applies, still not met, no claim made for it since.
  const refusable = new Set(refusalOffers(catalogue, { ...flow, values, decisions }).map((offer) => offer.requirement));
  if (flow.refusals !== undefined) pruned.refusals = Object.fromEntries(Object.entries(flow.refusals).filter(([requirement]) => refusable.has(requirement)));
  const earlierReasons = Object.fromEntries(Object.entries(earlier).filter(([requirement]) => refusable.has(requirement) && flow.refusals?.[requirement] === undefined));
  if (Object.keys(earlierReasons).length > 0) pruned.earlierReasons = earlierReasons;
  else delete pruned.earlierReasons;
  return pruned;
}

/**
 * The basics a user may refuse with a reason, in catalogue order: those that allow a refusal (never
 * the PKVW core, which the catalogue's rules keep apart), apply, and are not met or left open once
 * claims and the advice are applied. What each keeps blocked is read from the engine's own verdict, so the step says
 * exactly what the verdict will.
 */
export function refusalOffers(catalogue: Catalogue, flow: FlowAnswers): RefusalChoice[] {
  const allowing = new Map(catalogue.requirements.filter((requirement) => requirement.allowsRefusal === true).map((requirement) => [requirement.id, requirement]));
  if (allowing.size === 0) return [];
  const verdict = evaluate(catalogue, toAnswers(catalogue, flow, true, false), TRIAL_MOMENT);
  const order = new Map(catalogue.scenarios.map((scenario, index) => [scenario.id, index]));
  return verdict.requirements.flatMap((result) => {
    const requirement = allowing.get(result.requirement);
    // Left open counts as not met, as in the engine (which takes a refusal for either): so replaying a file's refusal of an open basic keeps it.
    if (requirement === undefined || (result.status !== 'not-met' && result.status !== 'unanswered')) return [];
    const scenarios = [...new Set(result.appliesBecause.map((because) => because.scenario))].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    const blocks = verdict.funding.filter((measure) => measure.blockedBy.some((blocker) => blocker.requirement === requirement.id)).map((measure) => measure.measure);
    const hard = flow.meta.advice?.hardConditions.includes(requirement.id) === true ? { hardCondition: true as const } : {};
    return [{ requirement: requirement.id, title: requirement.title, scenarios, blocks, ...hard }];
  });
}

/** What the refusal step offers: the offered basics not yet decided there, each with the reason given before the step was asked anew. */
export function refusalChoices(catalogue: Catalogue, flow: FlowAnswers): RefusalChoice[] {
  return refusalOffers(catalogue, flow)
    .filter((offer) => flow.refusals?.[offer.requirement] === undefined)
    .map((offer) => {
      const earlierReason = flow.earlierReasons?.[offer.requirement];
      return earlierReason === undefined ? offer : { ...offer, earlierReason };
    });
}

/**
 * The exceptions a user may claim now, in requirement order: for every applicable owner basic that is
 * not met or left open, the exceptions the engine would accept for it. Whether a claim counts is asked
 * of the engine itself (a trial evaluation per exception), so the flow never judges a claim differently.
 */
export function exceptionOffers(catalogue: Catalogue, flow: FlowAnswers): ExceptionOffer[] {
  if (catalogue.exceptions.length === 0) return [];
  const answers = toAnswers(catalogue, flow, false);
  const allowed = new Map(catalogue.requirements.map((requirement) => [requirement.id, requirement.exceptions ?? []]));
  const candidates = evaluate(catalogue, answers, TRIAL_MOMENT).requirements.filter(
    (result) => result.responsibility === 'bestuurder' && (result.status === 'not-met' || result.status === 'unanswered' || result.status === 'claimed') && (allowed.get(result.requirement) ?? []).length > 0,
  );
  if (candidates.length === 0) return [];
  const claimable = new Map<string, string[]>(candidates.map((result) => [result.requirement, []]));
  for (const exception of catalogue.exceptions) {
    const requirements = candidates.filter((result) => allowed.get(result.requirement)?.includes(exception.id)).map((result) => result.requirement);
    if (requirements.length === 0) continue;
    const trial = evaluate(catalogue, { ...answers, exceptions: [{ exception: exception.id, requirements, justification: '-', evidence: { level: 'self-declared' } }] }, TRIAL_MOMENT);
    // A claim whose condition holds is offered; whether its evidence proves it is the verdict's to say (exempt or claimed).
    for (const result of trial.requirements) if (result.status === 'exempt' || result.status === 'claimed') claimable.get(result.requirement)?.push(exception.id);
  }
  return candidates
    .map((result) => ({
      requirement: result.requirement,
      status: result.status === 'not-met' ? ('not-met' as const) : ('unanswered' as const),
      exceptions: (allowed.get(result.requirement) ?? []).filter((id) => claimable.get(result.requirement)?.includes(id)),
    }))
    .filter((offer) => offer.exceptions.length > 0);
}

/**
 * The next step after `after` (or from the start): the first open step (a question not answered nor
 * skipped, the advice step not answered) after it, then any earlier one, then an undecided exception
 * offer, then an undecided refusal offer, then the review.
 */
export function nextOpenPosition(catalogue: Catalogue, flow: FlowAnswers, after?: FlowPosition): FlowPosition {
  const steps = flowSteps(catalogue, flow);
  const start = after === undefined ? 0 : steps.findIndex((step) => samePosition(step, after)) + 1;
  const open = [...steps.slice(start), ...steps.slice(0, start)].find((step) => isOpen(flow, step));
  if (open !== undefined) return open;
  if (exceptionChoices(catalogue, flow).length > 0) return { kind: 'exceptions' };
  return refusalChoices(catalogue, flow).length > 0 ? { kind: 'refusals' } : { kind: 'review' };
}

/**
 * What the exception step offers: per exception (catalogue order), the undecided basics it may waive.
 * One step for all offers, so a bestuurder says once which exception holds for which basics.
 */
export function exceptionChoices(catalogue: Catalogue, flow: FlowAnswers): ExceptionChoice[] {
  const open = exceptionOffers(catalogue, flow).filter((offer) => flow.decisions[offer.requirement] === undefined);
  const allowed = evidenceLevelsFor(flow.meta.kind);
  return catalogue.exceptions
    .map((exception) => {
      const requirements = open.filter((offer) => offer.exceptions.includes(exception.id)).map((offer) => offer.requirement);
      const earlier = earlierClaimOf(exception.id, requirements, flow.earlierClaims);
      return {
        exception: exception.id,
        requirements,
        evidence: { allowed, proves: exception.evidence },
        ...(exception.proof ? { proof: proofOf(catalogue, flow, exception, requirements) } : {}),
        ...(earlier === undefined ? {} : { earlier }),
      };
    })
    .filter((choice) => choice.requirements.length > 0);
}

/**
 * The first claim on `exception` kept to offer again among `requirements`, with every one of them it
 * was made for (the same words): one claim for several basics comes back as one.
 */
function earlierClaimOf(exception: string, requirements: readonly string[], earlierClaims: FlowAnswers['earlierClaims']): EarlierClaim | undefined {
  const claims = requirements.flatMap((requirement): [string, ClaimDecision][] => {
    const claim = earlierClaims?.[requirement];
    return claim?.exception === exception ? [[requirement, claim]] : [];
  });
  const first = claims[0]?.[1];
  if (first === undefined) return undefined;
  const words = (claim: ClaimDecision) => JSON.stringify([claim.justification, claim.evidence.level, claim.evidence.reference, claim.proof]);
  const { justification, evidence, proof } = first;
  return { requirements: claims.filter(([, claim]) => words(claim) === words(first)).map(([requirement]) => requirement), justification, evidence, ...(proof === undefined ? {} : { proof }) };
}

function proofOf(catalogue: Catalogue, flow: FlowAnswers, exception: CatalogueException, requirements: readonly string[]): NonNullable<ExceptionChoice['proof']> {
  const proof = exception.proof;
  if (proof === undefined) throw new Error('an exception without proof has no proof fields');
  // The year the user already gave, when the exception is claimable by that number (the permit-year question).
  const condition = exception.claimableWhen;
  const given = condition !== undefined && 'answer' in condition && 'atLeast' in condition ? flow.values[condition.answer]?.value : undefined;
  return {
    kind: proof.kind,
    ...(proof.cutOff ? { permitYearFrom: proof.cutOff.permitYearFrom } : {}),
    ...(proof.kind === 'new-build' && typeof given === 'number' ? { permitYear: given } : {}),
    scenarios: proof.kind === 'equivalent-alternative' ? scenariosLinkedTo(catalogue, requirements) : [],
  };
}

/** True when every relevant question is answered or left open and every exception and refusal offer decided: only the review is left. */
export function flowIsComplete(catalogue: Catalogue, flow: FlowAnswers): boolean {
  return nextOpenPosition(catalogue, flow).kind === 'review';
}

/**
 * The step before `from`, or undefined at the first question. Back from the review goes to the
 * refusal step when refusals were offered, and from there (or from the review) to the exception step
 * when exceptions were offered; the machine then asks that step anew.
 */
export function previousPosition(catalogue: Catalogue, flow: FlowAnswers, from: FlowPosition): FlowPosition | undefined {
  const steps = flowSteps(catalogue, flow);
  if (from.kind === 'question' || from.kind === 'advice') {
    const index = steps.findIndex((step) => samePosition(step, from));
    return index > 0 ? steps[index - 1] : undefined;
  }
  if (from.kind === 'review' && refusalOffers(catalogue, flow).length > 0) return { kind: 'refusals' };
  if (from.kind !== 'exceptions' && exceptionOffers(catalogue, flow).length > 0) return { kind: 'exceptions' };
  return steps.at(-1);
}
