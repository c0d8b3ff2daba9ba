/**
 * Today's rule, as a baseline to compare PKVW-light with. The Regeling funds an advised measure
 * only "indien voor de woning een geldig PKVW-certificaat is afgegeven, tenzij … redelijkerwijze
 * niet kan worden gevergd" (DSP-groep 2026, §3.2.4a). Modelled as a variant of the catalogue: the
 * owner basics of the home that restate the PKVW, each applying to every home whatever the risk,
 * and one gate in front of every measure. The exception clause is applied as the evaluation reports
 * it: structurally to new builds that meet the Bouwbesluit, and to monuments at the BVA's judgement
 * (drawn per case, see the population model).
 */
import type { Catalogue, LocalizedText } from '../catalogue/catalogue-types.js';
import type { Answers } from '../answers/answers-types.js';
import type { Outcome } from '../verdict/verdict-types.js';
import { evaluate } from '../verdict/evaluate.js';
import { userError } from '../problems/errors.js';

/**
 * The PKVW requirements for the dwelling (certificaat Beveiligde Woning) by the catalogue
 * requirement that restates each. What the PKVW asks comes from the CCV's summary and the
 * Beveiligingsrichtlijn changes in the domain brief; each catalogue requirement cites them.
 */
export const PKVW_BASELINE: readonly { requirement: string; why: LocalizedText }[] = [
  { requirement: 'WON-01', why: { nl: 'gecertificeerd hang- en sluitwerk op alle bereikbare elementen', en: 'certified hardware on every reachable element' } },
  { requirement: 'WON-02', why: { nl: 'gecertificeerd hang- en sluitwerk op alle bereikbare elementen', en: 'certified hardware on every reachable element' } },
  { requirement: 'WON-03', why: { nl: 'gecertificeerd hang- en sluitwerk op alle bereikbare elementen, ook op de verdieping', en: 'certified hardware on every reachable element, upstairs too' } },
  { requirement: 'WON-11', why: { nl: 'ook bijgebouwen van waaruit de woning in te komen is', en: 'outbuildings from which the home can be entered too' } },
  { requirement: 'WON-04', why: { nl: 'cilindertrekbeveiliging op de voordeur', en: 'cylinder pull protection on the front door' } },
  { requirement: 'WON-05', why: { nl: 'een draaiknop op een bereikbare toegangsdeur is afgeschermd', en: 'a thumb turn on a reachable entrance door is shielded' } },
  { requirement: 'WON-06', why: { nl: 'een achterdeur naar de openbare weg tweezijdig bedienbaar met cilindertrekbeveiliging', en: 'a back door to the public road two-side operable with cylinder pull protection' } },
  { requirement: 'WON-07', why: { nl: 'verlichting bij de buitendeuren', en: 'lighting at the outside doors' } },
  { requirement: 'WON-08', why: { nl: 'verlichting bij de buitendeuren', en: 'lighting at the outside doors' } },
  { requirement: 'WON-09', why: { nl: 'zicht vanuit de hal op wie er voor de deur staat', en: 'a view from the hall of who is at the door' } },
  { requirement: 'WON-10', why: { nl: 'rookmelders op iedere verdieping', en: 'smoke detectors on every storey' } },
];

/** The catalogue variant for today's rule: the baseline requirements only, applying to everyone. */
export function pkvwBaselineCatalogue(catalogue: Catalogue): Catalogue {
  const lowest = catalogue.levels[0]?.id;
  const missing = PKVW_BASELINE.filter((b) => !catalogue.requirements.some((r) => r.id === b.requirement)).map((b) => b.requirement);
  if (lowest === undefined || missing.length > 0) {
    throw userError('baseline-requirements-missing', { requirements: missing.join(', '), version: catalogue.metadata.version });
  }
  const requirements = PKVW_BASELINE.map((b) => {
    const requirement = catalogue.requirements.find((r) => r.id === b.requirement)!;
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
  const verdict = evaluate(baseline, { ...answers, exceptions: [] }, clock);
  if (verdict.outcome === 'doorverwijzen') return { status: 'referred', blocking: [] };
  if (todaysException) return { status: 'in-order', blocking: [], exception: todaysException };
  const blocking = verdict.requirements.filter((r) => r.status === 'not-met' || r.status === 'unanswered').map((r) => r.requirement);
  return { status: outcomeInOrder(verdict.outcome) && blocking.length === 0 ? 'in-order' : 'blocked', blocking };
}

function outcomeInOrder(outcome: Outcome): boolean {
  return outcome === 'basis-op-orde';
}
