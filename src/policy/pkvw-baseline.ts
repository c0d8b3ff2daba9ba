/**
 * Today's rule, as a baseline to compare PKVW-light with. The Regeling funds an advised measure
 * only "indien voor de woning een geldig PKVW-certificaat is afgegeven, tenzij … redelijkerwijze
 * niet kan worden gevergd" (DSP-groep 2026, §3.2.4a). Modelled as a variant of the catalogue: the
 * owner basics of the home that restate the PKVW (the catalogue's PKVW core, each citing where the
 * PKVW asks it), each applying to every home whatever the risk, and one gate in front of every measure. The exception clause is applied as the evaluation reports
 * it: structurally to new builds that meet the Bouwbesluit, and to monuments at the BVA's judgement
 * (drawn per case, see the population model).
 */
import type { Catalogue, LocalizedText } from '../catalogue/catalogue-types.js';
import type { Answers } from '../answers/answers-types.js';
import type { Outcome } from '../verdict/verdict-types.js';
import { evaluate } from '../verdict/evaluate.js';
import { userError as anyUserError } from '../problems/errors.js';
import type { UserErrorOf } from '../i18n/message-map.js';
import type { policyMessages } from './policy-messages.js';

/** `userError` typed by the message map: tsc checks each code's parameters against what its message reads. */
const userError: UserErrorOf<typeof policyMessages> = anyUserError;

/**
 * Today's PKVW asks certified hardware on every reachable element, upstairs too (§3.2.4a: the
 * first-floor window that blocked a letterbox). PKVW-light ties the upper storeys to burglary at
 * level B, so its PKVW core (`pkvwCore` in the catalogue) leaves them out; the baseline adds them.
 */
export const PKVW_BEYOND_CORE: readonly { requirement: string; why: LocalizedText }[] = [
  { requirement: 'WON-03', why: { nl: 'gecertificeerd hang- en sluitwerk op alle bereikbare elementen, ook op andere bouwlagen', en: 'certified hardware on every reachable element, on other storeys too' } },
];

/** The requirements of today's rule: the catalogue's PKVW woning core and what PKVW asks beyond it. */
export function pkvwBaselineRequirements(catalogue: Catalogue): string[] {
  const core = catalogue.requirements.filter((r) => r.pkvwCore === true).map((r) => r.id);
  return [...core, ...PKVW_BEYOND_CORE.map((b) => b.requirement).filter((id) => !core.includes(id))];
}

/** The catalogue variant for today's rule: the baseline requirements only, applying to everyone. */
export function pkvwBaselineCatalogue(catalogue: Catalogue): Catalogue {
  const lowest = catalogue.levels[0]?.id;
  const ids = pkvwBaselineRequirements(catalogue);
  const missing = PKVW_BEYOND_CORE.filter((b) => !catalogue.requirements.some((r) => r.id === b.requirement)).map((b) => b.requirement);
  if (lowest === undefined || missing.length > 0 || ids.length === missing.length) {
    throw userError('baseline-requirements-missing', { requirements: missing.length > 0 ? missing.join(', ') : 'pkvwCore', version: catalogue.metadata.version });
  }
  const requirements = ids.map((id) => {
    const requirement = catalogue.requirements.find((r) => r.id === id)!;
    // No link to the risk: every scenario at the lowest level makes it apply to every home; the
    // exception clause is handled as applied today, not by a claim per requirement.
    const variant = { ...requirement, risks: catalogue.scenarios.map((s) => ({ scenario: s.id, minLevel: lowest })) };
    delete variant.exceptions;
    return variant;
  });
  return { ...catalogue, requirements, hash: `${catalogue.hash}+pkvw-baseline` };
}

/** Today's decision for one home: one gate before every advised measure. */
export interface BaselineDecision {
  /** `in-order`: the PKVW requirement is met or the exception clause applied; `referred`: the police/OM route. */
  status: 'in-order' | 'blocked' | 'referred';
  /** The baseline requirements not met (or not known to be met): each blocks every measure. */
  blocking: string[];
  exception?: 'nieuwbouw' | 'monument';
}

/**
 * @example evaluateBaseline(pkvwBaselineCatalogue(catalogue), answers, undefined, clock).status // 'blocked'
 */
export function evaluateBaseline(baseline: Catalogue, answers: Answers, todaysException: 'nieuwbouw' | 'monument' | undefined, clock: Date): BaselineDecision {
  // The same answers object when it claims nothing: its hash, kept per object, is then not computed again.
  const verdict = evaluate(baseline, answers.exceptions.length === 0 ? answers : { ...answers, exceptions: [] }, clock);
  if (verdict.outcome === 'doorverwijzen') return { status: 'referred', blocking: [] };
  if (todaysException) return { status: 'in-order', blocking: [], exception: todaysException };
  const blocking = verdict.requirements.filter((r) => r.status === 'not-met' || r.status === 'unanswered').map((r) => r.requirement);
  return { status: outcomeInOrder(verdict.outcome) && blocking.length === 0 ? 'in-order' : 'blocked', blocking };
}

function outcomeInOrder(outcome: Outcome): boolean {
  return outcome === 'basis-op-orde';
}
