/**
 * Drawing synthetic bestuurders from a population model: first the parameters (the model's central
 * values, or one draw of the sensitivity run), then one case at a time, so a simulation can stream
 * them. Pure and seeded: the same model, parameters and seed give the same cases on every machine.
 */
import type { AnswerValue, Catalogue, Domain, Question } from '../catalogue/catalogue-types.js';
import type { Answers, ExceptionClaim } from '../answers/answers-types.js';
import { answersFromValues } from '../answers/answers-from-values.js';
import { evaluateCondition, type ConditionContext } from '../condition/evaluate-condition.js';
import { conditionLeaves } from '../condition/condition-references.js';
import type { SeededRandom } from './seeded-random.js';
import type { CaseGenerator } from './synthetic-population.js';
import { DRAWN_QUESTIONS, REASONS, newBuildCutOff, type Assumption, type PopulationModel, type ReasonId, type Tally } from './population-model.js';

/** Every probability a case is drawn with, resolved from the model. */
export interface DrawParameters {
  /** Per reporting group, per reason (Tabel 3.3): independent probabilities. */
  reasons: Record<string, Record<ReasonId, number>>;
  /** Per reporting group, per domain (Tabel 3.4). */
  coverage: Record<string, Partial<Record<Domain, number>>>;
  urgent: number;
  /** Every assumption by its path in the model (`assumptions.monument`, `assumptions.zones.2.reachableShare`…). */
  assumptions: Record<string, number>;
}

/** The model's own values: shares as counted, assumptions at their value. */
export function centralParameters(model: PopulationModel): DrawParameters {
  return resolveParameters(model, (count, of) => count / of, (a) => a.value);
}

/**
 * One draw of the sensitivity run: a survey share k of n from its Jeffreys posterior
 * Beta(k + ½, n − k + ½), so n = 85 carries its own uncertainty; every assumption within its range,
 * with its value as the median. Registry counts (Tabel 3.1, 3.2, the 48 urgent) are counts of everyone, not samples: fixed.
 */
export function sampledParameters(model: PopulationModel, random: SeededRandom): DrawParameters {
  return resolveParameters(
    model,
    (count, of) => betaSample(random, count + 0.5, of - count + 0.5),
    (a) => {
      // The value is the median: half the draws below it, half above, each side uniform. A range
      // that is wider on one side then widens the band on that side without shifting its middle.
      const u = random.next();
      return u < 0.5 ? a.range[0] + (u / 0.5) * (a.value - a.range[0]) : a.value + ((u - 0.5) / 0.5) * (a.range[1] - a.value);
    },
  );
}

function resolveParameters(model: PopulationModel, share: (count: number, of: number) => number, assumption: (a: Assumption) => number): DrawParameters {
  const respondents = model.survey.respondents;
  const perGroup = (tally: Tally) => {
    // A group without its own respondents uses the total; one draw of the total serves them all.
    const overall = share(tally.total, respondents.total);
    return Object.fromEntries(
      model.groups.map((g) => {
        const own = tally.byGroup?.[g.id];
        const of = respondents.byGroup?.[g.id];
        return [g.id, own !== undefined && of !== undefined ? share(own, of) : overall];
      }),
    );
  };
  const reasons: DrawParameters['reasons'] = Object.fromEntries(model.groups.map((g) => [g.id, Object.fromEntries(REASONS.map((r) => [r, 0])) as Record<ReasonId, number>]));
  for (const item of model.reasons.items) {
    for (const [group, p] of Object.entries(perGroup(item.tally))) reasons[group]![item.id] = p;
  }
  const coverage: DrawParameters['coverage'] = Object.fromEntries(model.groups.map((g) => [g.id, {}]));
  for (const item of model.coverage.domains) {
    for (const [group, p] of Object.entries(perGroup(item.tally))) coverage[group]![item.domain] = p;
  }
  const assumptions: Record<string, number> = {};
  for (const { path, assumption: a } of assumptionPaths(model)) assumptions[path] = assumption(a);
  return { reasons, coverage, urgent: model.urgent.count / model.urgent.of, assumptions };
}

function assumptionPaths(model: PopulationModel): { path: string; assumption: Assumption }[] {
  const a = model.assumptions;
  const scalar = (
    [
      'burgemeesterDossier',
      'otherDossier',
      'onlineHostility',
      'mediaVisibility',
      'referralWhenUrgent',
      'householdMembers',
      'incidentsWithoutConcreteReason',
      'monument',
      'monumentExceptionApplied',
      'newBuild',
      'newBuildHardwareIntact',
      'hardwareAllCertified',
      'otherBasics',
      'measureNamed',
    ] as const
  ).map((key) => ({ path: key, assumption: a[key] }));
  return [
    ...scalar,
    ...Object.entries(a.incidents).map(([kind, assumption]) => ({ path: `incidents.${kind}`, assumption })),
    ...a.zones.flatMap((zone, i) => [
      { path: `zones.${i}.reachableShare`, assumption: zone.reachableShare },
      { path: `zones.${i}.certifiedShare`, assumption: zone.certifiedShare },
    ]),
    ...Object.entries(a.facts).map(([id, assumption]) => ({ path: `facts.${id}`, assumption })),
    ...Object.entries(a.basics).map(([id, assumption]) => ({ path: `basics.${id}`, assumption })),
    ...Object.entries(a.choices).flatMap(([id, weights]) => Object.entries(weights).map(([option, assumption]) => ({ path: `choices.${id}.${option}`, assumption }))),
  ];
}

/** Where a drawn bestuurder stands in the Regeling (Tabel 3.2): no registration, registered without a report yet, or an adopted advice. */
export type AdviceStage = 'none' | 'registered' | 'report';

export interface DrawnCase {
  name: string;
  role: string;
  group: string;
  advice: AdviceStage;
  /** Only with an advice report: */
  urgent: boolean;
  reasons: ReasonId[];
  /** The employer measures the advice names (catalogue requirement ids). */
  measures: string[];
  /** The self-check answers of the home, for every question (the latent truth, not only what is asked). */
  answers?: Answers;
  /** Today's exception clause as applied (§3.2.4a): structurally to a Bouwbesluit new build, by judgement to a monument. */
  todaysException?: 'nieuwbouw' | 'monument';
}

/** A question answered from the model's facts, basics or choices; the parameter keys are worked out once. */
type RemainingQuestion = { question: Question } & (
  | { kind: 'fact'; key: string }
  | { kind: 'basic'; key: string; meets: boolean }
  | { kind: 'choice'; options: readonly { option: string; key: string }[] }
  | { kind: 'none' }
);

/** What drawing needs from model and catalogue, worked out once per simulation. */
export interface DrawPlan {
  model: PopulationModel;
  catalogue: Catalogue;
  /** Office of each case position: the offices in proportion to Tabel 3.1 (largest remainder). */
  slots: readonly number[];
  /** Employer measures per domain. */
  measuresByDomain: ReadonlyMap<Domain, readonly string[]>;
  /** The questions not drawn by name or by zone, in catalogue order (so an `askWhen` sees the answers it refers to), with how each is drawn. */
  remainingQuestions: readonly RemainingQuestion[];
  /** The first permit year of a new build, when the permit question asks for a year. */
  newBuildFrom?: number;
  dossierOptions: readonly string[];
  monumentOptions: readonly string[];
  /** The incident kinds of the model, each with its assumption's key (written once, not for every case). */
  incidentKinds: readonly { kind: string; key: string }[];
  /** The model's zones, each with the keys of its two shares. */
  zones: readonly { zone: PopulationModel['assumptions']['zones'][number]; reachableKey: string; certifiedKey: string }[];
  /** Owner requirements of the home that a monument exception may waive, with their `metWhen`. */
  monumentWaivable: readonly { id: string; metWhen: NonNullable<Catalogue['requirements'][number]['metWhen']> }[];
}

/**
 * @example const plan = drawPlan(model, catalogue, 1922); drawCase(plan, centralParameters(model), seededRandom(1), 0)
 */
export function drawPlan(model: PopulationModel, catalogue: Catalogue, population: number): DrawPlan {
  const holders = model.offices.map((o) => o.holders.count);
  const total = holders.reduce((a, b) => a + b, 0);
  const quotas = holders.map((h) => (h * population) / total);
  const counts = quotas.map(Math.floor);
  const remainders = quotas.map((q, i) => ({ i, r: q - Math.floor(q) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; counts.reduce((a, b) => a + b, 0) < population; k++) counts[remainders[k % remainders.length]!.i]! += 1;
  const slots = counts.flatMap((count, i) => Array.from({ length: count }, () => i));

  const measuresByDomain = new Map<Domain, string[]>();
  // Only entries marked as a measure are advised and funded; a catalogue without the marks (0.1.0) has only employer entries.
  const marked = catalogue.requirements.some((r) => r.measure !== undefined);
  for (const r of catalogue.requirements) {
    if (r.responsibility !== 'werkgever' || (marked && r.measure === undefined)) continue;
    measuresByDomain.set(r.domain, [...(measuresByDomain.get(r.domain) ?? []), r.id]);
  }
  const options = (id: string) => (catalogue.questions.find((q) => q.id === id)?.options ?? []).map((o) => o.value);
  const drawn = new Set<string>([...Object.values(DRAWN_QUESTIONS), ...model.assumptions.zones.flatMap((z) => [z.reachable, ...z.certified])]);
  const meetingAnswer = new Map<string, boolean>();
  for (const r of catalogue.requirements) {
    for (const { condition } of r.metWhen ? conditionLeaves(r.metWhen) : []) {
      if ('answer' in condition && 'is' in condition && typeof condition.is === 'boolean' && !meetingAnswer.has(condition.answer)) meetingAnswer.set(condition.answer, condition.is);
    }
  }
  const newBuildFrom = newBuildCutOff(catalogue);
  return {
    model,
    catalogue,
    slots,
    measuresByDomain,
    remainingQuestions: catalogue.questions.filter((q) => !drawn.has(q.id)).map((question): RemainingQuestion => {
      const weights = model.assumptions.choices[question.id];
      if (question.type === 'choice') return weights ? { question, kind: 'choice', options: Object.keys(weights).map((option) => ({ option, key: `choices.${question.id}.${option}` })) } : { question, kind: 'none' };
      if (question.type !== 'boolean') return { question, kind: 'none' };
      if (model.assumptions.facts[question.id]) return { question, kind: 'fact', key: `facts.${question.id}` };
      return { question, kind: 'basic', key: model.assumptions.basics[question.id] ? `basics.${question.id}` : 'otherBasics', meets: meetingAnswer.get(question.id) ?? true };
    }),
    ...(newBuildFrom !== undefined ? { newBuildFrom } : {}),
    incidentKinds: Object.keys(model.assumptions.incidents).map((kind) => ({ kind, key: `incidents.${kind}` })),
    zones: model.assumptions.zones.map((zone, i) => ({ zone, reachableKey: `zones.${i}.reachableShare`, certifiedKey: `zones.${i}.certifiedShare` })),
    dossierOptions: options(DRAWN_QUESTIONS.dossiers).filter((v) => v !== 'geen'),
    monumentOptions: options(DRAWN_QUESTIONS.monument).filter((v) => v !== 'geen'),
    monumentWaivable: catalogue.requirements.flatMap((r) =>
      r.responsibility === 'bestuurder' && r.domain === 'wonen' && r.metWhen && (r.exceptions ?? []).includes('EX-MONUMENT') ? [{ id: r.id, metWhen: r.metWhen }] : [],
    ),
  };
}

/** Drawn cases one at a time, for a simulation that aggregates as it goes. */
export function* drawPopulation(plan: DrawPlan, parameters: DrawParameters, random: SeededRandom): Generator<DrawnCase> {
  for (let index = 0; index < plan.slots.length; index++) yield drawCase(plan, parameters, random, index);
}

export interface DrawOptions {
  /**
   * Draw the home of every bestuurder, also of those without an advice report (they answer the
   * self-check without an advice). Without it only advised cases carry answers, as the impact
   * report needs; the draws of an advised case are the same either way.
   */
  everyHome?: boolean;
}

/** Conditions of a drawn home read its answers only (an `askWhen` or `metWhen` reads no level): these stay empty. */
const NO_LEVELS: ReadonlyMap<string, number> = new Map();

/**
 * One synthetic bestuurder at position `index` of the population. Drawn in steps of their own: as
 * one function it took V8 ~100–200 ms to optimise, and a rare branch (a monument, an empty list)
 * threw that away again, six times in the first 8,000 cases of `spec simulate` (`--trace-opt`).
 * The order of the draws is the seed's contract: the same seed gives the same cases.
 */
export function drawCase(plan: DrawPlan, p: DrawParameters, random: SeededRandom, index: number, options: DrawOptions = {}): DrawnCase {
  const slot = plan.slots[index] ?? 0;
  const office = plan.model.offices[slot]!;
  const name = `model-${String(index + 1).padStart(5, '0')}`;
  const stage = drawStage(office, random);
  if (stage !== 'report' && options.everyHome !== true) return { name, role: office.role, group: office.group, urgent: false, reasons: [], measures: [], advice: stage };
  const advised = stage === 'report';
  const a = p.assumptions;
  // Urgency and the reasons are those of a registration (Tabel 3.3): without one, none.
  const urgent = advised && random.chance(p.urgent);
  const own = groupParameters(plan, p)[slot];
  const reasons = advised ? drawReasons(own!.reasons, urgent, random) : [];

  // Without a prototype, V8 keeps it a hash table from the start: the questions a case answers
  // differ from case to case, and as an ordinary object every combination was a hidden class of its own.
  const values: Record<string, AnswerValue> = Object.create(null) as Record<string, AnswerValue>;
  drawIntake(plan, a, office.role, reasons, urgent, random, values);
  const home = drawBuilding(plan, a, random, values);
  const ctx: ConditionContext = { values: { get: (id) => values[id] }, scenarioLevels: NO_LEVELS, levelOrder: NO_LEVELS };
  drawRemaining(plan, a, random, values, ctx);
  const measures = advised ? drawMeasures(plan, own!.coverage, a, random) : [];
  const exceptions = home.monument ? monumentClaims(plan, values, ctx, name) : [];
  const todaysException = home.newBuild && home.hardwareIntact ? 'nieuwbouw' : home.monument && random.chance(a.monumentExceptionApplied ?? 0) ? 'monument' : undefined;
  const date = plan.catalogue.metadata.effectiveDate;
  // The advice names its measures; which basics it waives or makes hard conditions is not in the evaluation, so none.
  const advice = { reference: name, date, measures, levels: {}, waives: [], hardConditions: [] };
  const meta = advised
    ? { kind: 'self-check' as const, date, subject: { role: office.role }, advice, exceptions, refusals: [] }
    : { kind: 'self-check' as const, date, subject: { role: office.role }, exceptions, refusals: [] };
  const answers = answersFromValues(plan.catalogue, meta, values);
  const { role, group } = office;
  return todaysException
    ? { name, role, group, urgent, reasons, measures, advice: stage, answers, todaysException }
    : { name, role, group, urgent, reasons, measures, advice: stage, answers };
}

const byOffice = new WeakMap<DrawParameters, { offices: PopulationModel['offices']; perOffice: { reasons: Record<ReasonId, number>; coverage: Partial<Record<Domain, number>> }[] }>();

/**
 * The reasons and coverage of each office's reporting group, by office position, resolved once
 * per parameters. Read by group name in every case, each group new to a case (slots come office by
 * office) was a property name V8's optimised code had not seen, and threw that code away.
 */
function groupParameters(plan: DrawPlan, p: DrawParameters): readonly { reasons: Record<ReasonId, number>; coverage: Partial<Record<Domain, number>> }[] {
  const offices = plan.model.offices;
  const known = byOffice.get(p);
  if (known?.offices === offices) return known.perOffice;
  const perOffice = offices.map((office) => ({ reasons: p.reasons[office.group]!, coverage: p.coverage[office.group] ?? {} }));
  byOffice.set(p, { offices, perOffice });
  return perOffice;
}

function drawStage(office: PopulationModel['offices'][number], random: SeededRandom): AdviceStage {
  if (!random.chance(office.registrations.count / office.holders.count)) return 'none';
  return random.chance(office.reports.count / Math.max(1, office.registrations.count)) ? 'report' : 'registered';
}

/** Urgent registrations are the ones with a concrete threat (§3.1.3), so they tick that reason. */
function drawReasons(groupReasons: Record<ReasonId, number>, urgent: boolean, random: SeededRandom): ReasonId[] {
  const reasons: ReasonId[] = [];
  for (const r of REASONS) if (random.chance(groupReasons[r]) || (r === 'concrete-dreiging' && urgent)) reasons.push(r);
  return reasons;
}

/** The intake answers drawn by name. */
function drawIntake(plan: DrawPlan, a: DrawParameters['assumptions'], role: string, reasons: readonly ReasonId[], urgent: boolean, random: SeededRandom, values: Record<string, AnswerValue>): void {
  const chance = (key: string) => random.chance(a[key] ?? 0);
  const q = DRAWN_QUESTIONS;
  const concrete = reasons.includes('concrete-dreiging');
  values[q.role] = role;
  // One answer to a single-choice question: a threat weighs most, then the joint decision (a modelling choice).
  values[q.reason] = concrete ? 'ervaren-dreiging' : reasons.includes('collectief-besluit') ? 'collectief-besluit' : 'preventief';
  // One draw site for both offices: slots come office by office (wethouders first), so a call
  // reached only by burgemeesters had no type feedback when V8 optimised this, and threw the code away.
  const burgemeester = role === 'burgemeester';
  const hasDossier = chance(burgemeester ? 'burgemeesterDossier' : 'otherDossier');
  const dossier = !hasDossier ? undefined : burgemeester ? 'sluitingen' : random.pick(plan.dossierOptions);
  values[q.dossiers] = dossier ? [dossier] : ['geen'];
  const factor = concrete ? 1 : (a.incidentsWithoutConcreteReason ?? 0);
  const incidents: string[] = [];
  for (const { kind, key } of plan.incidentKinds) if (random.chance((a[key] ?? 0) * factor)) incidents.push(kind);
  values[q.incidents] = incidents.length > 0 ? incidents : ['geen'];
  values[q.concreteThreat] = urgent;
  values[q.referral] = urgent && chance('referralWhenUrgent');
  values[q.onlineHostility] = chance('onlineHostility');
  values[q.mediaVisibility] = chance('mediaVisibility');
  values[q.household] = chance('householdMembers');
}

/** Monument or new build, the permit year, and the hardware of the zones. */
function drawBuilding(plan: DrawPlan, a: DrawParameters['assumptions'], random: SeededRandom, values: Record<string, AnswerValue>): { monument: boolean; newBuild: boolean; hardwareIntact: boolean } {
  const chance = (key: string) => random.chance(a[key] ?? 0);
  const q = DRAWN_QUESTIONS;
  const monument = chance('monument');
  const newBuild = !monument && chance('newBuild');
  values[q.monument] = monument ? random.pick(plan.monumentOptions) : 'geen';
  // Only which side of the cut-off matters; the year within it is drawn evenly.
  const year = Number(plan.catalogue.metadata.effectiveDate.slice(0, 4));
  values[q.newBuild] =
    plan.newBuildFrom === undefined ? newBuild : newBuild ? random.integer(plan.newBuildFrom, Math.max(plan.newBuildFrom, year)) : random.integer(plan.newBuildFrom - 100, plan.newBuildFrom - 1);
  const hardwareIntact = newBuild ? chance('newBuildHardwareIntact') : chance('hardwareAllCertified');
  for (const { zone, reachableKey, certifiedKey } of plan.zones) {
    const reachable = chance(reachableKey);
    values[zone.reachable] = reachable;
    if (!reachable) continue;
    for (const certified of zone.certified) values[certified] = hardwareIntact || chance(certifiedKey);
  }
  return { monument, newBuild, hardwareIntact };
}

/** The questions not drawn by name, in catalogue order; a question its own askWhen rules out is never asked, so it has no answer. */
function drawRemaining(plan: DrawPlan, a: DrawParameters['assumptions'], random: SeededRandom, values: Record<string, AnswerValue>, ctx: ConditionContext): void {
  for (const remaining of plan.remainingQuestions) {
    const { question } = remaining;
    if (question.askWhen && evaluateCondition(question.askWhen, ctx) === false) continue;
    if (remaining.kind === 'choice') {
      const picked = weightedPick(random, remaining.options, a);
      if (picked !== undefined) values[question.id] = picked;
    } else if (remaining.kind === 'fact') {
      values[question.id] = random.chance(a[remaining.key] ?? 0);
    } else if (remaining.kind === 'basic') {
      values[question.id] = random.chance(a[remaining.key] ?? 0) === remaining.meets;
    }
  }
}

/** The employer measures an advice names: per domain the advice covers, each measure by chance. */
function drawMeasures(plan: DrawPlan, coverage: Partial<Record<Domain, number>>, a: DrawParameters['assumptions'], random: SeededRandom): string[] {
  const measures: string[] = [];
  for (const [domain, ids] of plan.measuresByDomain) {
    if (!random.chance(coverage[domain] ?? 0)) continue;
    for (const id of ids) if (random.chance(a.measureNamed ?? 0)) measures.push(id);
  }
  return measures;
}

/** A bestuurder in a monument claims the exception for what the monument keeps from being met. */
function monumentClaims(plan: DrawPlan, values: Readonly<Record<string, AnswerValue>>, ctx: ConditionContext, name: string): ExceptionClaim[] {
  const waived: string[] = [];
  for (const r of plan.monumentWaivable) if (evaluateCondition(r.metWhen, ctx) === false) waived.push(r.id);
  if (waived.length === 0) return [];
  const kind = values[DRAWN_QUESTIONS.monument];
  const register = kind === 'rijksmonument' ? 'rijksmonumentenregister' : kind === 'provinciaal-monument' ? 'provinciaal' : 'gemeentelijk';
  return [
    {
      exception: 'EX-MONUMENT',
      requirements: waived,
      justification: 'synthetisch geval',
      evidence: { level: 'document', reference: name },
      monument: { register, number: name, elements: waived },
    },
  ];
}

/**
 * The population model as the `CaseGenerator` of `spec simulate`: case `index` of `population`
 * bestuurders, the offices in the numbers of Tabel 3.1, every home drawn with the model's own
 * values (no sensitivity draw), an advice only where the model gives one.
 * @example const generate = populationCaseGenerator(model, 1922); generate(catalogue, seededRandom(1), 0).answers.subject.role
 */
export function populationCaseGenerator(model: PopulationModel, population: number): CaseGenerator {
  const parameters = centralParameters(model);
  const plans = new WeakMap<Catalogue, DrawPlan>();
  return (catalogue, random, index) => {
    let plan = plans.get(catalogue);
    if (!plan) {
      plan = drawPlan(model, catalogue, population);
      plans.set(catalogue, plan);
    }
    const drawn = drawCase(plan, parameters, random, index, { everyHome: true });
    if (drawn.answers === undefined) throw new Error('a drawn home without answers');
    return { name: drawn.name, answers: drawn.answers };
  };
}

/** An option by its weight (the model's assumption for it); read in place, without a list of pairs for every case. */
function weightedPick(random: SeededRandom, options: readonly { option: string; key: string }[], a: DrawParameters['assumptions']): string | undefined {
  let total = 0;
  for (const { key } of options) total += a[key] ?? 0;
  let at = random.next() * total;
  for (const { option, key } of options) {
    const w = a[key] ?? 0;
    if (at < w) return option;
    at -= w;
  }
  for (let i = options.length - 1; i >= 0; i--) if ((a[options[i]!.key] ?? 0) > 0) return options[i]!.option;
  return undefined;
}

/** Beta(α, β) from two gamma draws. */
function betaSample(random: SeededRandom, alpha: number, beta: number): number {
  const x = gammaSample(random, alpha);
  const y = gammaSample(random, beta);
  return x + y === 0 ? alpha / (alpha + beta) : x / (x + y);
}

/** Marsaglia–Tsang; for a shape below 1 the boost Gamma(a) = Gamma(a + 1) · U^(1/a). */
function gammaSample(random: SeededRandom, shape: number): number {
  if (shape < 1) return gammaSample(random, shape + 1) * Math.pow(1 - random.next(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normalSample(random);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - random.next();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

function normalSample(random: SeededRandom): number {
  const u = 1 - random.next();
  const v = random.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
