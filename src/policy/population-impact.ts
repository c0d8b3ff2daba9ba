/**
 * Policy impact: the same synthetic bestuurders judged under PKVW-light and under today's PKVW
 * requirement (`pkvw-baseline.ts`). One central run with the model's own values, then a
 * sensitivity run of several more, each with every share and assumption drawn anew; each figure
 * comes with the band the sensitivity runs put around it. Cases stream: one is drawn, judged and
 * counted before the next, so memory does not grow with the population.
 */
import type { Catalogue } from '../catalogue/catalogue-types.js';
import type { Answers } from '../answers/answers-types.js';
import type { Verdict } from '../verdict/verdict-types.js';
import { answersFromValues } from '../answers/answers-from-values.js';
import { evaluate } from '../verdict/evaluate.js';
import { assumptionsOf, type PopulationModel } from './population-model.js';
import { centralParameters, drawPlan, drawPopulation, sampledParameters, type DrawnCase } from './population-draw.js';
import { evaluateBaseline, pkvwBaselineCatalogue } from './pkvw-baseline.js';
import { seededRandom, seedFromText } from './seeded-random.js';
import { evaluationClock } from './simulate-population.js';

export const IMPACT_FORMAT = 'pkvw-light/policy-impact@1';

export const RULES = ['pkvw-light', 'pkvw-baseline'] as const;
export type Rule = (typeof RULES)[number];

/** A share (0..1) from the central run, and the 5th and 95th percentile of the sensitivity runs. */
export interface Band {
  value: number;
  low: number;
  high: number;
}

/**
 * What a bestuurder must do first before every advised measure can be funded, by the dearest cost
 * class among the basics that block (the catalogue's `costClass`): nothing, behaviour or a setting,
 * a known amount, a craftsman's quote; `unknown` when a blocking basic has no cost class.
 */
export const FIRST_STEPS = ['nothing', 'no-purchase', 'known-amount', 'craftsman', 'unknown', 'referred'] as const;
export type FirstStep = (typeof FIRST_STEPS)[number];

export interface RuleImpact {
  /** Advised bestuurders whose home basics are in order (PKVW-light: basis-op-orde; today: the PKVW requirement met or waived). */
  basicsInOrder: Band;
  /** Advised bestuurders whose employer can fund every measure the advice names, now (of those whose advice names one). */
  canFundAll: Band;
  /** Advised measures (one per bestuurder and measure) that can be funded now. */
  measuresFundable: Band;
  /** Per measure: how often advices name it (central run) and the share of those that can be funded now. */
  perMeasure: { measure: string; advised: number; fundable: number; share: Band }[];
  /** Basics that block at least one advised measure, by how many advised bestuurders they block (share of all advised). */
  blockers: { requirement: string; cases: number; share: Band }[];
  /** Cases in the police/OM route: no funding decision. */
  referred: number;
  /** Share of the advised bestuurders whose advice names a measure, by what they must do first. */
  firstSteps: Record<FirstStep, Band>;
}

export interface GroupImpact {
  group: string;
  advised: number;
  rules: Partial<Record<Rule, { basicsInOrder: Band; canFundAll: Band }>>;
}

export interface ImpactReport {
  format: typeof IMPACT_FORMAT;
  catalogue: { id: string; version: string; hash: string };
  model: { id: string; file: string };
  seed: string;
  evaluatedAt: string;
  population: number;
  /** Sensitivity runs behind the bands, besides the central run. */
  sensitivityRuns: number;
  /** Central run: how many drawn bestuurders reached which stage (Tabel 3.1, 3.2). */
  cases: { drawn: number; noRegistration: number; registeredWithoutReport: number; advised: number; withMeasures: number };
  rules: Partial<Record<Rule, RuleImpact>>;
  groups: GroupImpact[];
  /** Today's blocked share against the 21% of §3.2.4. */
  calibration?: Calibration;
  /** With `against`: per measure, how the funding decisions of the same cases differ between the versions. */
  flips?: { against: { id: string; version: string; hash: string }; measures: { measure: string; before: number | null; after: number; gained: number; lost: number }[] };
  assumptions: { path: string; value: number; range: [number, number] }[];
}

export interface Calibration {
  /** Advised bestuurders whose home does not meet today's requirement (blocked, before any upgrade). */
  baselineBlocked: Band;
  /**
   * Advised bestuurders who named "de woning voldoet niet aan PKVW-eisen": 21% of those who did not
   * (fully) carry out their advice (44 of 85, Tabel 3.5) is the lower reading, 21% of all
   * respondents the upper; the report does not say which.
   */
  named: { low: number; high: number };
  /** `below`: fewer homes blocked than named it, so the model's homes are in better order than the survey's. */
  verdict: 'below' | 'consistent';
  /** Of the homes blocked today, the share that did not name it (at the upper and lower reading): upgraded at own cost, or another reason given. */
  unnamedShare: { low: number; high: number };
}

export interface ImpactInput {
  catalogue: Catalogue;
  model: PopulationModel;
  population: number;
  seed: string;
  sensitivityRuns: number;
  baseline: boolean;
  against?: Catalogue;
  onProgress?: (done: number, total: number) => void;
}

/** Counts of one run; shares are formed at the end. */
interface RuleTally {
  inOrder: number;
  fundAll: number;
  pairs: number;
  pairsFundable: number;
  perMeasure: Map<string, { advised: number; fundable: number }>;
  blockers: Map<string, number>;
  referred: number;
  firstSteps: Record<FirstStep, number>;
}

interface RunTally {
  advised: number;
  /** Advised cases whose advice names at least one measure: the denominator of `canFundAll`. */
  withMeasures: number;
  stages: { none: number; registered: number };
  rules: Map<Rule, RuleTally>;
  groups: Map<string, { advised: number; withMeasures: number; rules: Map<Rule, { inOrder: number; fundAll: number }> }>;
  flips?: Map<string, { before: number; after: number; gained: number; lost: number; known: boolean }>;
}

/** What one case gets under one rule. */
export interface FundingDecision {
  inOrder: boolean;
  referred: boolean;
  /** Per advised measure: the basics that block it (empty: fundable now). */
  measures: Map<string, string[]>;
}

/**
 * @example simulateImpact({ catalogue, model, population: 1922, seed: '1', sensitivityRuns: 10, baseline: true }).rules['pkvw-baseline']?.basicsInOrder
 */
export function simulateImpact(input: ImpactInput): ImpactReport {
  const { catalogue, model } = input;
  const clock = evaluationClock(catalogue);
  const plan = drawPlan(model, catalogue, input.population);
  const baseline = input.baseline ? pkvwBaselineCatalogue(catalogue) : undefined;
  const rules: Rule[] = baseline ? ['pkvw-light', 'pkvw-baseline'] : ['pkvw-light'];
  const runs = 1 + input.sensitivityRuns;
  const steps = new Map<string, FirstStep>(catalogue.requirements.map((r) => [r.id, r.costClass?.kind ?? 'unknown']));
  const stepOf = (requirement: string) => steps.get(requirement) ?? 'unknown';
  const tallies: RunTally[] = [];
  for (let run = 0; run < runs; run++) {
    const parameters = run === 0 ? centralParameters(model) : sampledParameters(model, seededRandom(seedFromText(`${input.seed}/parameters/${run}`)));
    const tally = emptyRun(rules, run === 0 && input.against !== undefined);
    for (const drawn of drawPopulation(plan, parameters, seededRandom(seedFromText(`${input.seed}/cases/${run}`)))) {
      countCase(tally, drawn, (answers) => {
        const decisions = new Map<Rule, FundingDecision>([['pkvw-light', fundingUnderPkvwLight(evaluate(catalogue, answers, clock), drawn.measures)]]);
        if (baseline) decisions.set('pkvw-baseline', fundingUnderBaseline(baseline, answers, drawn, clock));
        return decisions;
      }, stepOf);
      if (tally.flips && input.against && drawn.answers) countFlips(tally.flips, drawn, input.against, catalogue, clock);
    }
    tallies.push(tally);
    input.onProgress?.(run + 1, runs);
  }
  return report(input, tallies, rules, clock);
}

/** The blocker of an advised id that is no measure in the catalogue judged (e.g. under `--against` an older version). */
export const NOT_A_MEASURE = 'geen-maatregel';
/** The blocker of a measure whose scenarios await a CCV/BVA advice (`requiresAdvice`): nothing is funded before it. */
export const ADVICE_FIRST = 'advies-eerst';

/** PKVW-light's funding decision for the measures an advice names: the verdict's own, measure by measure. */
export function fundingUnderPkvwLight(verdict: Verdict, measures: readonly string[]): FundingDecision {
  const referred = verdict.outcome === 'doorverwijzen';
  const decided = new Map(verdict.funding.map((d) => [d.measure, d]));
  return {
    inOrder: verdict.outcome === 'basis-op-orde',
    referred,
    measures: new Map(
      measures.map((m) => {
        const decision = decided.get(m);
        if (referred) return [m, ['doorverwijzen']];
        // An id this version does not treat as a measure: nothing can fund it.
        if (!decision) return [m, [NOT_A_MEASURE]];
        if (decision.decision === 'fundable') return [m, []];
        return [m, [...(decision.awaitingAdvice ? [ADVICE_FIRST] : []), ...decision.blockedBy.map((b) => b.requirement)]];
      }),
    ),
  };
}

/** Today's funding decision: one gate before every measure (`pkvw-baseline.ts`). */
export function fundingUnderBaseline(baseline: Catalogue, answers: Answers, drawn: Pick<DrawnCase, 'measures' | 'todaysException'>, clock: Date): FundingDecision {
  const decision = evaluateBaseline(baseline, answers, drawn.todaysException, clock);
  const blocking = decision.status === 'referred' ? ['doorverwijzen'] : decision.blocking;
  return { inOrder: decision.status === 'in-order', referred: decision.status === 'referred', measures: new Map(drawn.measures.map((m) => [m, blocking])) };
}

function emptyRun(rules: readonly Rule[], withFlips: boolean): RunTally {
  return {
    advised: 0,
    withMeasures: 0,
    stages: { none: 0, registered: 0 },
    rules: new Map(rules.map((r) => [r, { inOrder: 0, fundAll: 0, pairs: 0, pairsFundable: 0, perMeasure: new Map(), blockers: new Map(), referred: 0, firstSteps: Object.fromEntries(FIRST_STEPS.map((f) => [f, 0])) as Record<FirstStep, number> }])),
    groups: new Map(),
    ...(withFlips ? { flips: new Map() } : {}),
  };
}

function countCase(tally: RunTally, drawn: DrawnCase, decide: (answers: Answers) => Map<Rule, FundingDecision>, stepOf: (requirement: string) => FirstStep): void {
  if (drawn.advice === 'none' || !drawn.answers) {
    if (drawn.advice === 'none') tally.stages.none += 1;
    else tally.stages.registered += 1;
    return;
  }
  tally.advised += 1;
  let group = tally.groups.get(drawn.group);
  if (!group) tally.groups.set(drawn.group, (group = { advised: 0, withMeasures: 0, rules: new Map() }));
  group.advised += 1;
  if (drawn.measures.length > 0) {
    tally.withMeasures += 1;
    group.withMeasures += 1;
  }
  for (const [rule, decision] of decide(drawn.answers)) {
    const t = tally.rules.get(rule)!;
    const fundAll = decision.measures.size > 0 && [...decision.measures.values()].every((blocking) => blocking.length === 0);
    if (decision.inOrder) t.inOrder += 1;
    if (fundAll) t.fundAll += 1;
    if (decision.referred) t.referred += 1;
    const blockersHere = new Set<string>();
    for (const [measure, blocking] of decision.measures) {
      const m = t.perMeasure.get(measure) ?? { advised: 0, fundable: 0 };
      m.advised += 1;
      t.pairs += 1;
      if (blocking.length === 0) {
        m.fundable += 1;
        t.pairsFundable += 1;
      }
      t.perMeasure.set(measure, m);
      for (const b of blocking) blockersHere.add(b);
    }
    for (const b of blockersHere) t.blockers.set(b, (t.blockers.get(b) ?? 0) + 1);
    if (decision.measures.size > 0) {
      const step = decision.referred ? 'referred' : [...blockersHere].reduce<FirstStep>((worst, b) => (FIRST_STEPS.indexOf(stepOf(b)) > FIRST_STEPS.indexOf(worst) ? stepOf(b) : worst), 'nothing');
      t.firstSteps[step] += 1;
    }
    const g = group.rules.get(rule) ?? { inOrder: 0, fundAll: 0 };
    if (decision.inOrder) g.inOrder += 1;
    if (fundAll) g.fundAll += 1;
    group.rules.set(rule, g);
  }
}

/** The same answers under the other version: unknown questions dropped, new ones unanswered. */
function countFlips(flips: NonNullable<RunTally['flips']>, drawn: DrawnCase, against: Catalogue, catalogue: Catalogue, clock: Date): void {
  const answers = drawn.answers!;
  const meta = { kind: answers.kind, date: answers.date, subject: answers.subject, exceptions: answers.exceptions, refusals: answers.refusals, ...(answers.advice ? { advice: answers.advice } : {}) };
  const before = evaluate(against, answersFromValues(against, meta, answers.answers), clock);
  const after = evaluate(catalogue, answers, clock);
  const known = new Set(against.requirements.filter((r) => r.measure !== undefined).map((r) => r.id));
  const decisionBefore = fundingUnderPkvwLight(before, drawn.measures);
  const decisionAfter = fundingUnderPkvwLight(after, drawn.measures);
  for (const measure of drawn.measures) {
    const f = flips.get(measure) ?? { before: 0, after: 0, gained: 0, lost: 0, known: known.has(measure) };
    const wasFundable = f.known && decisionBefore.measures.get(measure)?.length === 0;
    const isFundable = decisionAfter.measures.get(measure)?.length === 0;
    if (wasFundable) f.before += 1;
    if (isFundable) f.after += 1;
    if (isFundable && !wasFundable) f.gained += 1;
    if (wasFundable && !isFundable) f.lost += 1;
    flips.set(measure, f);
  }
}

function report(input: ImpactInput, tallies: readonly RunTally[], rules: readonly Rule[], clock: Date): ImpactReport {
  const [central, ...sensitivity] = tallies as [RunTally, ...RunTally[]];
  const band = (share: (t: RunTally) => number): Band => {
    const values = sensitivity.map(share).sort((a, b) => a - b);
    const value = share(central);
    return values.length === 0 ? { value: round(value), low: round(value), high: round(value) } : { value: round(value), low: round(percentile(values, 0.05)), high: round(percentile(values, 0.95)) };
  };
  const ratio = (n: number, d: number) => (d === 0 ? 0 : n / d);
  const ruleImpacts: Partial<Record<Rule, RuleImpact>> = {};
  for (const rule of rules) {
    const of = (t: RunTally) => t.rules.get(rule)!;
    const c = of(central);
    ruleImpacts[rule] = {
      basicsInOrder: band((t) => ratio(of(t).inOrder, t.advised)),
      canFundAll: band((t) => ratio(of(t).fundAll, t.withMeasures)),
      measuresFundable: band((t) => ratio(of(t).pairsFundable, of(t).pairs)),
      perMeasure: [...c.perMeasure.entries()]
        .map(([measure, m]) => ({
          measure,
          advised: m.advised,
          fundable: m.fundable,
          share: band((t) => {
            const x = of(t).perMeasure.get(measure);
            return x ? ratio(x.fundable, x.advised) : 0;
          }),
        }))
        .sort((a, b) => b.advised - a.advised || a.measure.localeCompare(b.measure)),
      blockers: [...c.blockers.entries()]
        .map(([requirement, cases]) => ({ requirement, cases, share: band((t) => ratio(of(t).blockers.get(requirement) ?? 0, t.advised)) }))
        .sort((a, b) => b.cases - a.cases || a.requirement.localeCompare(b.requirement)),
      referred: c.referred,
      firstSteps: Object.fromEntries(FIRST_STEPS.map((f) => [f, band((t) => ratio(of(t).firstSteps[f], t.withMeasures))])) as Record<FirstStep, Band>,
    };
  }
  const groups: GroupImpact[] = input.model.groups.map((g) => {
    const of = (t: RunTally) => t.groups.get(g.id);
    return {
      group: g.id,
      advised: of(central)?.advised ?? 0,
      rules: Object.fromEntries(
        rules.map((rule) => {
          const r = (t: RunTally) => of(t)?.rules.get(rule);
          return [rule, { basicsInOrder: band((t) => ratio(r(t)?.inOrder ?? 0, of(t)?.advised ?? 0)), canFundAll: band((t) => ratio(r(t)?.fundAll ?? 0, of(t)?.withMeasures ?? 0)) }];
        }),
      ),
    };
  });
  const baseline = ruleImpacts['pkvw-baseline'];
  const catalogueIdentity = (c: Catalogue) => ({ id: c.metadata.id, version: c.metadata.version, hash: c.hash });
  return {
    format: IMPACT_FORMAT,
    catalogue: catalogueIdentity(input.catalogue),
    model: { id: input.model.model.id, file: input.model.file },
    seed: input.seed,
    evaluatedAt: clock.toISOString(),
    population: input.population,
    sensitivityRuns: sensitivity.length,
    cases: { drawn: input.population, noRegistration: central.stages.none, registeredWithoutReport: central.stages.registered, advised: central.advised, withMeasures: central.withMeasures },
    rules: ruleImpacts,
    groups,
    ...(baseline ? { calibration: calibration(input.model, baseline) } : {}),
    ...(input.against && central.flips
      ? {
          flips: {
            against: catalogueIdentity(input.against),
            measures: [...central.flips.entries()]
              .map(([measure, f]) => ({ measure, before: f.known ? f.before : null, after: f.after, gained: f.gained, lost: f.lost }))
              .sort((a, b) => b.gained + b.lost - (a.gained + a.lost) || a.measure.localeCompare(b.measure)),
          },
        }
      : {}),
    assumptions: assumptionsOf(input.model).map(({ path, assumption }) => ({ path: path.slice(1).join('.'), value: assumption.value, range: assumption.range })),
  };
}

function calibration(model: PopulationModel, baseline: RuleImpact): Calibration {
  const named = model.calibration.homeNotPkvw.percent / 100;
  const notFully = model.calibration.notFullyCarriedOut.count / model.calibration.notFullyCarriedOut.of;
  const low = round(named * notFully);
  const high = round(named);
  const blocked: Band = { value: round(1 - baseline.basicsInOrder.value), low: round(1 - baseline.basicsInOrder.high), high: round(1 - baseline.basicsInOrder.low) };
  const unnamed = (share: number) => (blocked.value === 0 ? 0 : round(Math.max(0, 1 - share / blocked.value)));
  return { baselineBlocked: blocked, named: { low, high }, verdict: blocked.high < low ? 'below' : 'consistent', unnamedShare: { low: unnamed(high), high: unnamed(low) } };
}

function percentile(sorted: readonly number[], p: number): number {
  const at = (sorted.length - 1) * p;
  const lower = Math.floor(at);
  const upper = Math.ceil(at);
  return sorted[lower]! + (sorted[upper]! - sorted[lower]!) * (at - lower);
}

/** Four decimals: shares to a hundredth of a percent, the same on every machine. */
function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
