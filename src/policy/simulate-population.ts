import type { Catalogue } from '../catalogue/catalogue-types.js';
import type { Answers } from '../answers/answers-types.js';
import type { Outcome, RequirementStatus, Verdict } from '../verdict/verdict-types.js';
import { answersFromValues } from '../answers/answers-from-values.js';
import { evaluate, REQUIREMENT_STATUSES, statusCodesOf } from '../verdict/evaluate.js';

export const SIMULATION_FORMAT = 'pkvw-light/simulation@1';

export const OUTCOMES: readonly Outcome[] = ['basis-op-orde', 'niet-op-orde', 'onvolledig', 'doorverwijzen'];

export interface SimulationCase {
  name: string;
  origin: 'fixture' | 'synthetic';
  answers: Answers;
  /** The catalogue object the answers were built for, if any: evaluated under it as they are. */
  madeFor?: Catalogue;
}

export interface RequirementTally {
  requirement: string;
  applicable: number;
  notMet: number;
  unanswered: number;
}

export interface OutcomeChange {
  case: string;
  origin: SimulationCase['origin'];
  before: Outcome;
  after: Outcome;
  /** The requirements whose status differs; `absent` when the requirement is not in that version. */
  requirements: { requirement: string; before: RequirementStatus | 'absent'; after: RequirementStatus | 'absent' }[];
}

export interface SimulationReport {
  format: typeof SIMULATION_FORMAT;
  catalogue: { id: string; version: string; hash: string };
  against?: { id: string; version: string; hash: string };
  /** The fixed clock every case was evaluated at: the catalogue's effective date, noon UTC. */
  evaluatedAt: string;
  seed: string;
  cases: { fixtures: number; synthetic: number };
  /** Where the synthetic cases come from: a population model (its id and file) and how many of each office it drew. */
  population?: { model: string; file: string; roles: Record<string, number> };
  outcomes: Record<Outcome, number>;
  /** Outcomes of the same cases under the `against` catalogue. */
  againstOutcomes?: Record<Outcome, number>;
  /** Owner requirements that were not met or unanswered, most often first. */
  failing: RequirementTally[];
  gapPlan: {
    casesWithGap: number;
    /** Average total cost of the gap plan over the cases that have a gap, in euros. */
    averageWhenGap: { min: number; max: number };
    /** Average over all cases, those without a gap counting as zero. */
    averageOverAll: { min: number; max: number };
    /** Gap items, over all cases, whose requirement has no cost indication: the averages leave them out. */
    itemsWithoutCost: number;
  };
  /** With `against`: the cases whose outcome differs between the versions, and why. */
  changes?: OutcomeChange[];
}

export interface SimulationInput {
  catalogue: Catalogue;
  against?: Catalogue;
  /** Read once, case by case: a generator keeps memory flat however large the population. */
  cases: Iterable<SimulationCase>;
  /** How many cases `cases` will give, for progress only. */
  expectedCases?: number;
  seed: string;
  /** Called after each case; the command decides how often to show it. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Evaluates every case under the catalogue (and, with `against`, under the other version too) at a
 * fixed clock, so the same cases always give the same report. Answers given under one version are
 * carried over to the other as they are: unknown questions dropped, new ones unanswered. Cases are
 * streamed: each is evaluated, counted and dropped before the next is taken.
 */
export function simulatePopulation(input: SimulationInput): SimulationReport {
  const { catalogue, against, cases } = input;
  const clock = evaluationClock(catalogue);
  const outcomes = emptyOutcomes();
  const againstOutcomes = emptyOutcomes();
  const tallies = new Map<string, RequirementTally>(
    catalogue.requirements.filter((r) => r.responsibility === 'bestuurder').map((r) => [r.id, { requirement: r.id, applicable: 0, notMet: 0, unanswered: 0 }]),
  );
  // A verdict lists the requirements in catalogue order: each result's tally by its position.
  const talliesInOrder = catalogue.requirements.map((r) => tallies.get(r.id));
  const changes: OutcomeChange[] = [];
  const totals: Totals = { outcomes, againstOutcomes, talliesInOrder, changes, casesWithGap: 0, itemsWithoutCost: 0, gapTotal: { min: 0, max: 0 }, counted: { fixtures: 0, synthetic: 0 } };

  let index = 0;
  for (const simulationCase of cases) {
    simulateCase(catalogue, against, clock, simulationCase, totals);
    index += 1;
    input.onProgress?.(index, input.expectedCases ?? index);
  }
  const { casesWithGap, itemsWithoutCost, gapTotal, counted } = totals;

  const average = (total: number, count: number) => (count === 0 ? 0 : Math.round(total / count));
  return {
    format: SIMULATION_FORMAT,
    catalogue: identity(catalogue),
    ...(against ? { against: identity(against) } : {}),
    evaluatedAt: clock.toISOString(),
    seed: input.seed,
    cases: counted,
    outcomes,
    ...(against ? { againstOutcomes } : {}),
    failing: [...tallies.values()]
      .filter((t) => t.notMet + t.unanswered > 0)
      .sort((a, b) => b.notMet + b.unanswered - (a.notMet + a.unanswered) || b.notMet - a.notMet || a.requirement.localeCompare(b.requirement)),
    gapPlan: {
      casesWithGap,
      averageWhenGap: { min: average(gapTotal.min, casesWithGap), max: average(gapTotal.max, casesWithGap) },
      averageOverAll: { min: average(gapTotal.min, index), max: average(gapTotal.max, index) },
      itemsWithoutCost,
    },
    ...(against ? { changes } : {}),
  };
}

/** What the cases add up to, as they stream past. */
interface Totals {
  outcomes: Record<Outcome, number>;
  againstOutcomes: Record<Outcome, number>;
  talliesInOrder: readonly (RequirementTally | undefined)[];
  changes: OutcomeChange[];
  casesWithGap: number;
  itemsWithoutCost: number;
  gapTotal: { min: number; max: number };
  counted: { fixtures: number; synthetic: number };
}

/**
 * One case evaluated and counted. A function of its own rather than the loop's body: V8 then
 * optimises it by its calls, early in every run, where the loop around evaluate was compiled on
 * stack (OSR) only some thousands of cases in, and only in long runs (~90 ms, `--trace-opt`).
 */
function simulateCase(catalogue: Catalogue, against: Catalogue | undefined, clock: Date, simulationCase: SimulationCase, totals: Totals): void {
  if (simulationCase.origin === 'fixture') totals.counted.fixtures += 1;
  else totals.counted.synthetic += 1;
  const verdict = evaluate(catalogue, answersFor(catalogue, simulationCase), clock);
  totals.outcomes[verdict.outcome] += 1;
  tally(catalogue, verdict, totals.talliesInOrder);
  if (verdict.gapPlan.items.length > 0) {
    totals.casesWithGap += 1;
    totals.gapTotal.min += verdict.gapPlan.total.min;
    totals.gapTotal.max += verdict.gapPlan.total.max;
    totals.itemsWithoutCost += verdict.gapPlan.withoutCost;
  }
  if (against) {
    const before = evaluate(against, answersFor(against, simulationCase), clock);
    totals.againstOutcomes[before.outcome] += 1;
    if (before.outcome !== verdict.outcome) totals.changes.push(outcomeChange(simulationCase, before, verdict));
  }
}

/** Noon UTC on the catalogue's effective date: a clock that depends on nothing but the catalogue. */
export function evaluationClock(catalogue: Catalogue): Date {
  const clock = new Date(`${catalogue.metadata.effectiveDate}T12:00:00Z`);
  return Number.isNaN(clock.getTime()) ? new Date('2000-01-01T12:00:00Z') : clock;
}

function answersFor(catalogue: Catalogue, simulationCase: SimulationCase): Answers {
  const { answers } = simulationCase;
  if (simulationCase.madeFor === catalogue) return answers;
  const meta = {
    kind: answers.kind,
    date: answers.date,
    subject: answers.subject,
    ...(answers.inspection ? { inspection: answers.inspection } : {}),
    ...(answers.advice ? { advice: answers.advice } : {}),
    exceptions: answers.exceptions,
  };
  return answersFromValues(catalogue, meta, answers.answers);
}

const NOT_APPLICABLE = REQUIREMENT_STATUSES.indexOf('not-applicable');
const NOT_MET = REQUIREMENT_STATUSES.indexOf('not-met');
const UNANSWERED = REQUIREMENT_STATUSES.indexOf('unanswered');

/** Counts the verdict's owner requirements by position: a verdict lists them in catalogue order (none for a referral). */
function tally(catalogue: Catalogue, verdict: Verdict, inOrder: readonly (RequirementTally | undefined)[]): void {
  const codes = statusCodesOf(catalogue, verdict);
  for (let i = 0; i < codes.length; i++) {
    const t = inOrder[i];
    if (!t) continue;
    const code = codes[i];
    if (code !== NOT_APPLICABLE) t.applicable += 1;
    if (code === NOT_MET) t.notMet += 1;
    if (code === UNANSWERED) t.unanswered += 1;
  }
}

function outcomeChange(simulationCase: SimulationCase, before: Verdict, after: Verdict): OutcomeChange {
  const statusBefore = new Map<string, RequirementStatus | 'absent'>(before.requirements.map((r) => [r.requirement, r.status]));
  const statusAfter = new Map<string, RequirementStatus | 'absent'>(after.requirements.map((r) => [r.requirement, r.status]));
  const ids = [...new Set([...statusBefore.keys(), ...statusAfter.keys()])];
  return {
    case: simulationCase.name,
    origin: simulationCase.origin,
    before: before.outcome,
    after: after.outcome,
    requirements: ids
      .map((requirement) => ({ requirement, before: statusBefore.get(requirement) ?? 'absent', after: statusAfter.get(requirement) ?? 'absent' }))
      .filter((r) => r.before !== r.after),
  };
}

function emptyOutcomes(): Record<Outcome, number> {
  return { 'basis-op-orde': 0, 'niet-op-orde': 0, onvolledig: 0, doorverwijzen: 0 };
}

function identity(catalogue: Catalogue) {
  return { id: catalogue.metadata.id, version: catalogue.metadata.version, hash: catalogue.hash };
}
