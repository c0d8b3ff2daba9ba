/**
 * A population model: the distributions `spec simulate --model` draws synthetic bestuurders from.
 * Written as YAML (`spec/populations/*.yaml`); `spec/schema/population-model.schema.json`
 * describes `WrittenPopulationModel` exactly. Every number cites where it comes from or is an
 * assumption with a range; `validatePopulationModel` checks the schema, then that the numbers add
 * up and that every question, option and source it names exists in the catalogue.
 */
import type { Catalogue, LocalizedText } from '../catalogue/catalogue-types.js';
import type { Problem } from '../problems/problem.js';
import type { ProblemOf } from '../i18n/message-map.js';
import type { PolicyCode, PolicyParams, policyMessages } from './policy-messages.js';
import type { YamlDocument } from '../yaml/yaml-document.js';
import type { ValidateFunction } from 'ajv';
import { checkAgainstSchema } from '../schema-validation/validate-against-schema.js';
import { conditionAnswerRefs, conditionLeaves } from '../condition/condition-references.js';

export const POPULATION_MODEL_FORMAT = 'pkvw-light/population-model@1';
export const POPULATION_MODELINE_PATTERN = /^#\s*yaml-language-server:\s*\$schema=\S*population-model\.schema\.json\s*$/;

/** Where in the model's source a number is. */
export interface Cite {
  section: string;
  table?: string;
}

export interface Count {
  count: number;
  cite: Cite;
}

/** `count` out of `of`: a probability whose uncertainty follows from `of`. */
export interface Share {
  count: number;
  of: number;
  cite: Cite;
}

/** Survey respondents who ticked an answer, in all and per reporting group. */
export interface Tally {
  total: number;
  byGroup?: Record<string, number>;
}

/** A probability the source does not give: the value used, the range the sensitivity run varies it over, and why. */
export interface Assumption {
  value: number;
  range: [number, number];
  cite?: Cite;
  why: LocalizedText;
}

export const REASONS = ['preventief', 'concrete-dreiging', 'collectief-besluit', 'collega', 'anders'] as const;
export type ReasonId = (typeof REASONS)[number];

export interface OfficeModel {
  /** A value of the catalogue's `intake.rol`. */
  role: string;
  group: string;
  holders: Count;
  registrations: Count;
  reports: Count;
}

export interface ZoneModel {
  reachable: string;
  certified: string[];
  reachableShare: Assumption;
  certifiedShare: Assumption;
}

export interface PopulationAssumptions {
  burgemeesterDossier: Assumption;
  otherDossier: Assumption;
  onlineHostility: Assumption;
  mediaVisibility: Assumption;
  referralWhenUrgent: Assumption;
  householdMembers: Assumption;
  incidents: Record<string, Assumption>;
  incidentsWithoutConcreteReason: Assumption;
  monument: Assumption;
  monumentExceptionApplied: Assumption;
  newBuild: Assumption;
  newBuildHardwareIntact: Assumption;
  hardwareAllCertified: Assumption;
  zones: ZoneModel[];
  /** P(yes) of the yes/no questions no basic is met by: facts about the home or the situation. */
  facts: Record<string, Assumption>;
  /** P(the answer meets the basic) of yes/no questions a basic is met by. */
  basics: Record<string, Assumption>;
  /** Option weights of choice questions not drawn otherwise. */
  choices: Record<string, Record<string, Assumption>>;
  otherBasics: Assumption;
  measureNamed: Assumption;
}

/** Exactly what `spec/schema/population-model.schema.json` describes. */
export interface WrittenPopulationModel {
  format: typeof POPULATION_MODEL_FORMAT;
  model: { id: string; title: LocalizedText; description: LocalizedText; source: string };
  groups: { id: string; label: LocalizedText; why?: LocalizedText }[];
  offices: OfficeModel[];
  total: { holders: Count; registrations: Count; reports: Count };
  urgent: Share;
  survey: { respondents: Tally; cite: Cite };
  reasons: { cite: Cite; items: { id: ReasonId; text: LocalizedText; tally: Tally }[] };
  coverage: { cite: Cite; domains: { domain: 'wonen' | 'werk' | 'verplaatsen' | 'informatie'; tally: Tally }[] };
  calibration: { notFullyCarriedOut: Share; homeNotPkvw: { percent: number; cite: Cite } };
  assumptions: PopulationAssumptions;
}

/** A validated model and the file it came from (as the user named it). */
export interface PopulationModel extends WrittenPopulationModel {
  file: string;
}

/**
 * The catalogue questions a drawn case answers by name. A catalogue without one of them cannot be
 * simulated with a population model; the model says so at its first line.
 */
export const DRAWN_QUESTIONS = {
  role: 'intake.rol',
  reason: 'intake.aanleiding',
  dossiers: 'intake.portefeuille',
  incidents: 'intake.incidenten',
  concreteThreat: 'intake.concrete-dreiging',
  onlineHostility: 'intake.online-vijandigheid',
  mediaVisibility: 'intake.media-zichtbaarheid',
  referral: 'intake.politie-maatregelen',
  household: 'intake.huisgenoten',
  monument: 'wonen.monument',
  /** A year (the permit year; a new build from the new-build exception's cut-off) or yes/no. */
  newBuild: 'wonen.vergunningsjaar',
} as const;

export interface PopulationModelValidation {
  model?: PopulationModel;
  problems: Problem[];
}

/**
 * Checks a parsed model file: the schema first, then the named rules. Problems are located at the
 * offending line:column; the model is returned only without errors.
 * @example
 * const { model, problems } = validatePopulationModel(document, text, catalogue, validatePopulationModelFile);
 */
export function validatePopulationModel(document: YamlDocument, text: string, catalogue: Catalogue, validate: ValidateFunction<WrittenPopulationModel>): PopulationModelValidation {
  const warnings: Problem[] = POPULATION_MODELINE_PATTERN.test(text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '')
    ? []
    : [{ code: 'population-modeline-missing', severity: 'warning', file: document.file, line: 1, column: 1, params: {} } satisfies ProblemOf<typeof policyMessages>];
  const checked = checkAgainstSchema(validate, document, { quoteValues: true });
  if (!checked.value) return { problems: [...warnings, ...checked.problems] };
  const written = checked.value;
  const problems: Problem[] = [...warnings];
  const at: Report = (path, code, params, where = 'value') =>
    problems.push({ code, severity: 'error', file: document.file, ...document.locate(path, where), path: '/' + path.join('/'), params });
  for (const rule of MODEL_RULES) rule(written, catalogue, at);
  if (problems.some((p) => p.severity === 'error')) return { problems };
  return { model: { ...written, file: document.file }, problems };
}

/** Reports one finding at `path`; tsc checks its parameters against the message of its code. */
type Report = <Code extends PolicyCode>(path: (string | number)[], code: Code, params: PolicyParams<Code>, where?: 'key' | 'value') => void;
type ModelRule = (model: WrittenPopulationModel, catalogue: Catalogue, report: Report) => void;

/** Group ids are unique, every office is in a known group and every group holds an office. */
const groupsAreConsistent: ModelRule = (model, _catalogue, report) => {
  const seen = new Set<string>();
  model.groups.forEach((group, i) => {
    if (seen.has(group.id)) report(['groups', i, 'id'], 'population-duplicate', { field: 'groups', id: group.id });
    seen.add(group.id);
  });
  const roles = new Set<string>();
  model.offices.forEach((office, i) => {
    if (!seen.has(office.group)) report(['offices', i, 'group'], 'population-unknown-group', { group: office.group, groups: [...seen].join(', ') });
    if (roles.has(office.role)) report(['offices', i, 'role'], 'population-duplicate', { field: 'offices', id: office.role });
    roles.add(office.role);
  });
  model.groups.forEach((group, i) => {
    if (!model.offices.some((o) => o.group === group.id)) report(['groups', i, 'id'], 'population-empty-group', { group: group.id });
  });
};

/** The offices add up to the totals row, and nobody gets a report without registering. */
const countsAddUp: ModelRule = (model, _catalogue, report) => {
  for (const field of ['holders', 'registrations', 'reports'] as const) {
    const sum = model.offices.reduce((total, office) => total + office[field].count, 0);
    if (sum !== model.total[field].count) report(['total', field, 'count'], 'population-total-mismatch', { field, sum, total: model.total[field].count });
  }
  model.offices.forEach((office, i) => {
    if (office.registrations.count > office.holders.count) {
      report(['offices', i, 'registrations', 'count'], 'population-count-exceeds', { field: 'registrations', count: office.registrations.count, limit: office.holders.count });
    }
    if (office.reports.count > office.registrations.count) {
      report(['offices', i, 'reports', 'count'], 'population-count-exceeds', { field: 'reports', count: office.reports.count, limit: office.registrations.count });
    }
  });
  const share = (path: (string | number)[], s: Share) => {
    if (s.count > s.of) report([...path, 'count'], 'population-count-exceeds', { field: path.join('.'), count: s.count, limit: s.of });
  };
  share(['urgent'], model.urgent);
  share(['calibration', 'notFullyCarriedOut'], model.calibration.notFullyCarriedOut);
  if (model.urgent.of !== model.total.registrations.count) {
    report(['urgent', 'of'], 'population-total-mismatch', { field: 'urgent.of', sum: model.urgent.of, total: model.total.registrations.count });
  }
};

/** A tally never exceeds the respondents it counts, per group only for groups with respondents. */
const talliesFitTheSurvey: ModelRule = (model, _catalogue, report) => {
  const respondents = model.survey.respondents;
  const groups = new Set(model.groups.map((g) => g.id));
  for (const [group, count] of Object.entries(respondents.byGroup ?? {})) {
    if (!groups.has(group)) report(['survey', 'respondents', 'byGroup', group], 'population-unknown-group', { group, groups: [...groups].join(', ') }, 'key');
    else if (count > respondents.total) report(['survey', 'respondents', 'byGroup', group], 'population-count-exceeds', { field: `survey.${group}`, count, limit: respondents.total });
  }
  const check = (path: (string | number)[], tally: Tally) => {
    if (tally.total > respondents.total) report([...path, 'total'], 'population-count-exceeds', { field: path.join('.'), count: tally.total, limit: respondents.total });
    for (const [group, count] of Object.entries(tally.byGroup ?? {})) {
      const limit = respondents.byGroup?.[group];
      if (limit === undefined) report([...path, 'byGroup', group], 'population-group-without-respondents', { group }, 'key');
      else if (count > limit) report([...path, 'byGroup', group], 'population-count-exceeds', { field: `${path.join('.')}.${group}`, count, limit });
    }
  };
  const reasons = new Set<string>();
  model.reasons.items.forEach((item, i) => {
    if (reasons.has(item.id)) report(['reasons', 'items', i, 'id'], 'population-duplicate', { field: 'reasons', id: item.id });
    reasons.add(item.id);
    check(['reasons', 'items', i, 'tally'], item.tally);
  });
  const domains = new Set<string>();
  model.coverage.domains.forEach((item, i) => {
    if (domains.has(item.domain)) report(['coverage', 'domains', i, 'domain'], 'population-duplicate', { field: 'coverage', id: item.domain });
    domains.add(item.domain);
    check(['coverage', 'domains', i, 'tally'], item.tally);
  });
};

/** Every assumption's range holds its value. */
const rangesHoldValues: ModelRule = (model, _catalogue, report) => {
  for (const { path, assumption } of assumptionsOf(model)) {
    const [low, high] = assumption.range;
    if (!(low <= assumption.value && assumption.value <= high)) {
      report([...path, 'range'], 'population-range-excludes-value', { field: path.join('.'), value: assumption.value, low, high });
    }
  }
};

/** Questions, options and the source the model names exist in the catalogue, with the right type. */
const catalogueReferencesResolve: ModelRule = (model, catalogue, report) => {
  const question = (id: string) => catalogue.questions.find((q) => q.id === id);
  for (const id of Object.values(DRAWN_QUESTIONS)) {
    if (!question(id)) report([], 'population-catalogue-lacks-question', { question: id, version: catalogue.metadata.version });
  }
  const permit = question(DRAWN_QUESTIONS.newBuild);
  if (permit?.type === 'number' && newBuildCutOff(catalogue) === undefined) report([], 'population-no-new-build-cut-off', { question: permit.id });
  const options = (id: string) => new Set((question(id)?.options ?? []).map((o) => o.value));
  const roles = options(DRAWN_QUESTIONS.role);
  model.offices.forEach((office, i) => {
    if (roles.size > 0 && !roles.has(office.role)) report(['offices', i, 'role'], 'population-unknown-option', { question: DRAWN_QUESTIONS.role, value: office.role, allowed: [...roles].join(', ') });
  });
  const incidents = options(DRAWN_QUESTIONS.incidents);
  for (const kind of Object.keys(model.assumptions.incidents)) {
    if (incidents.size > 0 && !incidents.has(kind)) {
      report(['assumptions', 'incidents', kind], 'population-unknown-option', { question: DRAWN_QUESTIONS.incidents, value: kind, allowed: [...incidents].join(', ') }, 'key');
    }
  }
  const yesNo = (path: (string | number)[], id: string, where: 'key' | 'value') => {
    const q = question(id);
    if (!q) report(path, 'population-unknown-question', { question: id }, where);
    else if (q.type !== 'boolean') report(path, 'population-question-not-yes-no', { question: id, type: q.type }, where);
  };
  model.assumptions.zones.forEach((zone, i) => {
    yesNo(['assumptions', 'zones', i, 'reachable'], zone.reachable, 'value');
    zone.certified.forEach((id, j) => yesNo(['assumptions', 'zones', i, 'certified', j], id, 'value'));
  });
  const basics = basicQuestions(catalogue);
  for (const id of Object.keys(model.assumptions.basics)) {
    yesNo(['assumptions', 'basics', id], id, 'key');
    if (question(id) && !basics.has(id)) report(['assumptions', 'basics', id], 'population-not-a-basic', { question: id }, 'key');
  }
  for (const id of Object.keys(model.assumptions.facts)) {
    yesNo(['assumptions', 'facts', id], id, 'key');
    if (basics.has(id)) report(['assumptions', 'facts', id], 'population-not-a-fact', { question: id }, 'key');
  }
  for (const [id, weights] of Object.entries(model.assumptions.choices)) {
    const q = question(id);
    if (!q) report(['assumptions', 'choices', id], 'population-unknown-question', { question: id }, 'key');
    else if (q.type !== 'choice') report(['assumptions', 'choices', id], 'population-question-not-choice', { question: id, type: q.type }, 'key');
    else {
      const allowed = options(id);
      for (const option of Object.keys(weights)) {
        if (!allowed.has(option)) report(['assumptions', 'choices', id, option], 'population-unknown-option', { question: id, value: option, allowed: [...allowed].join(', ') }, 'key');
      }
    }
  }
  // Every question a drawn case must answer has to come from somewhere in the model.
  const modelled = new Set<string>([
    ...Object.values(DRAWN_QUESTIONS),
    ...model.assumptions.zones.flatMap((z) => [z.reachable, ...z.certified]),
    ...Object.keys(model.assumptions.facts),
    ...Object.keys(model.assumptions.choices),
  ]);
  for (const q of catalogue.questions) {
    if (modelled.has(q.id) || (q.type === 'boolean' && basics.has(q.id))) continue;
    const where = q.type === 'choice' ? 'choices' : 'facts';
    report(['assumptions', where], 'population-question-unmodelled', { question: q.id, type: q.type, where }, 'key');
  }
  if (!catalogue.sources.some((s) => s.id === model.model.source)) report(['model', 'source'], 'population-unknown-source', { source: model.model.source });
};

const MODEL_RULES: readonly ModelRule[] = [groupsAreConsistent, countsAddUp, talliesFitTheSurvey, rangesHoldValues, catalogueReferencesResolve];

/** The first permit year the new-build exception accepts, when the catalogue's permit question is a year. */
export function newBuildCutOff(catalogue: Catalogue): number | undefined {
  const question = catalogue.questions.find((q) => q.id === DRAWN_QUESTIONS.newBuild);
  if (question?.type !== 'number') return undefined;
  for (const exception of catalogue.exceptions) {
    for (const { condition } of exception.claimableWhen ? conditionLeaves(exception.claimableWhen) : []) {
      if ('answer' in condition && condition.answer === question.id && 'atLeast' in condition) return condition.atLeast;
    }
  }
  return undefined;
}

/** The yes/no questions some requirement's `metWhen` looks at: answering them says whether a basic is met. */
export function basicQuestions(catalogue: Catalogue): Set<string> {
  return new Set(catalogue.requirements.flatMap((r) => (r.metWhen ? conditionAnswerRefs(r.metWhen) : [])));
}

/** Every assumption in the model with its path: what the sensitivity run varies and the documents list. */
export function assumptionsOf(model: WrittenPopulationModel): { path: (string | number)[]; assumption: Assumption }[] {
  const a = model.assumptions;
  const found: { path: (string | number)[]; assumption: Assumption }[] = [];
  for (const [key, value] of Object.entries(a)) {
    if (key === 'incidents' || key === 'facts' || key === 'basics') {
      for (const [id, assumption] of Object.entries(value as Record<string, Assumption>)) found.push({ path: ['assumptions', key, id], assumption });
    } else if (key === 'choices') {
      for (const [id, weights] of Object.entries(value as Record<string, Record<string, Assumption>>)) {
        for (const [option, assumption] of Object.entries(weights)) found.push({ path: ['assumptions', key, id, option], assumption });
      }
    } else if (key === 'zones') {
      (value as ZoneModel[]).forEach((zone, i) => {
        found.push({ path: ['assumptions', 'zones', i, 'reachableShare'], assumption: zone.reachableShare });
        found.push({ path: ['assumptions', 'zones', i, 'certifiedShare'], assumption: zone.certifiedShare });
      });
    } else {
      found.push({ path: ['assumptions', key], assumption: value as Assumption });
    }
  }
  return found;
}
