import type {
  Catalogue,
  CatalogueException,
  CatalogueMetadata,
  Question,
  Requirement,
  RiskLevel,
  RiskRule,
  Scenario,
  Source,
} from '../catalogue/catalogue-types.js';
import { canonicalJson } from '../canonical/canonical-json.js';
import { compareVersions, parseVersion, versionStepFor, type VersionStep } from './semantic-version.js';

export const CATALOGUE_DIFF_FORMAT = 'pkvw-light/catalogue-diff@1';

/**
 * The version step a change needs. The rules, in order of strength:
 * - `major`: earlier answers lose their meaning or no longer load: a question removed, its type,
 *   unit or option values changed or its range narrowed; a requirement, exception, scenario or
 *   level removed (answers and exception claims refer to them); the catalogue id changed.
 * - `minor`: the same answers can get another verdict: anything that decides applicability,
 *   met-ness, evidence, exemption or risk (risk links, conditions, rules, baselines, levels,
 *   evidence demands, responsibility, measure scenarios, PKVW core, reasoned-refusal allowance,
 *   exception proof), an added item, a question's askWhen, added options or a wider range, the
 *   certificate validity.
 * - `patch`: wording only: titles, descriptions, rationale, remedy, help texts, labels, sources,
 *   norms, cost indications and cost classes, the quote rule. A patch never turns a verdict.
 * Under 0.x the version number moves one step less for a breaking change (`version.required`).
 */
export type Bump = 'major' | 'minor' | 'patch';

export const BUMP_ORDER: readonly Bump[] = ['patch', 'minor', 'major'];

export type Subject = 'metadata' | 'level' | 'scenario' | 'riskRule' | 'question' | 'requirement' | 'exception' | 'source';

export interface FieldChange {
  field: string;
  bump: Bump;
  /** Old and new value for fields that decide something; wording carries no values (the texts can be long). */
  before?: unknown;
  after?: unknown;
}

export interface CatalogueChange {
  subject: Subject;
  id: string;
  change: 'added' | 'removed' | 'reworded' | 'changed';
  /** The strongest bump among the fields (or of the addition/removal itself). */
  bump: Bump;
  fields: FieldChange[];
}

export interface CatalogueDiff {
  format: typeof CATALOGUE_DIFF_FORMAT;
  old: { id: string; version: string; hash: string };
  new: { id: string; version: string; hash: string };
  changes: CatalogueChange[];
  /** The smallest version step the changes need; `none` when nothing but the version differs. */
  requiredBump: Bump | 'none';
  /** Whether answers given under the old catalogue keep their meaning under the new one. */
  answers: {
    stayValid: boolean;
    /** Questions whose earlier answers must be dropped (removed) or asked again (changed type, unit, options or range). */
    invalidated: string[];
    /** New questions a carried-over assessment still has to answer. */
    added: string[];
  };
  version: {
    /** The step the version number must take: `requiredBump`, except that under 0.x a breaking change is a minor step. */
    required: Bump | 'none';
    /** The step from the old to the new version number. */
    step: VersionStep;
    /** False when the new number is not greater than the old, or a smaller step than required. */
    sufficient: boolean;
    /** The lowest version number that would be sufficient. */
    minimum: string;
  };
}

/**
 * Compares two catalogues item by item (by id) and classifies every change.
 * @example diffCatalogues(loadCatalogue('spec-1.0'), loadCatalogue('spec-1.1')).requiredBump // 'minor'
 */
export function diffCatalogues(oldCatalogue: Catalogue, newCatalogue: Catalogue): CatalogueDiff {
  const changes: CatalogueChange[] = [
    ...compareMetadata(oldCatalogue.metadata, newCatalogue.metadata),
    ...compareLevels(oldCatalogue.levels, newCatalogue.levels),
    ...compareItems('scenario', oldCatalogue.scenarios, newCatalogue.scenarios, scenarioFields, { added: 'minor', removed: 'major' }),
    ...compareItems('riskRule', oldCatalogue.riskRules, newCatalogue.riskRules, riskRuleFields, { added: 'minor', removed: 'minor' }),
    ...compareItems('question', oldCatalogue.questions, newCatalogue.questions, questionFields, { added: 'minor', removed: 'major' }),
    ...compareItems('requirement', oldCatalogue.requirements, newCatalogue.requirements, requirementFields, { added: 'minor', removed: 'major' }),
    ...compareItems('exception', oldCatalogue.exceptions, newCatalogue.exceptions, exceptionFields, { added: 'minor', removed: 'major' }),
    ...compareItems('source', oldCatalogue.sources, newCatalogue.sources, sourceFields, { added: 'patch', removed: 'patch' }),
  ];
  const requiredBump = changes.reduce<Bump | 'none'>((max, c) => (max === 'none' || rank(c.bump) > rank(max) ? c.bump : max), 'none');
  const invalidated = changes
    .filter((c) => c.subject === 'question' && (c.change === 'removed' || (c.change === 'changed' && c.fields.some((f) => f.bump === 'major'))))
    .map((c) => c.id);
  const oldVersion = oldCatalogue.metadata.version;
  const newVersion = newCatalogue.metadata.version;
  const step = compareVersions(oldVersion, newVersion);
  const required = versionStepFor(oldVersion, requiredBump);
  return {
    format: CATALOGUE_DIFF_FORMAT,
    old: { id: oldCatalogue.metadata.id, version: oldVersion, hash: oldCatalogue.hash },
    new: { id: newCatalogue.metadata.id, version: newVersion, hash: newCatalogue.hash },
    changes,
    requiredBump,
    answers: {
      stayValid: invalidated.length === 0 && !changes.some((c) => c.subject === 'metadata' && c.bump === 'major'),
      invalidated,
      added: changes.filter((c) => c.subject === 'question' && c.change === 'added').map((c) => c.id),
    },
    version: { required, step, sufficient: isSufficient(step, required), minimum: minimumVersion(oldVersion, required) },
  };
}

function rank(bump: Bump | 'none'): number {
  return bump === 'none' ? -1 : BUMP_ORDER.indexOf(bump);
}

function isSufficient(step: VersionStep, required: Bump | 'none'): boolean {
  if (step === 'invalid' || step === 'lower') return false;
  if (step === 'same') return required === 'none';
  return rank(step) >= rank(required);
}

function minimumVersion(oldVersion: string, required: Bump | 'none'): string {
  const v = parseVersion(oldVersion);
  if (!v || required === 'none') return oldVersion;
  if (required === 'major') return `${v.major + 1}.0.0`;
  if (required === 'minor') return `${v.major}.${v.minor + 1}.0`;
  return `${v.major}.${v.minor}.${v.patch + 1}`;
}

/** How one field of an item is compared: a fixed bump, or one decided from the old and new value. */
interface FieldRule<T> {
  field: string;
  get: (item: T) => unknown;
  bump: Bump | ((before: unknown, after: unknown) => Bump);
  /** When given, decides sameness instead of comparing the whole values. */
  same?: (before: T, after: T) => boolean;
}

const same = (a: unknown, b: unknown) => canonicalJson(a ?? null) === canonicalJson(b ?? null);
const wording = <T>(field: string, get: (item: T) => unknown): FieldRule<T> => ({ field, get, bump: 'patch' });
const deciding = <T>(field: string, get: (item: T) => unknown, bump: Bump = 'minor'): FieldRule<T> => ({ field, get, bump });

function compareItems<T extends { id: string }>(
  subject: Subject,
  olds: readonly T[],
  news: readonly T[],
  rules: readonly FieldRule<T>[],
  bumps: { added: Bump; removed: Bump },
): CatalogueChange[] {
  const oldById = new Map(olds.map((item) => [item.id, item]));
  const newIds = new Set(news.map((item) => item.id));
  const changes: CatalogueChange[] = olds
    .filter((item) => !newIds.has(item.id))
    .map((item) => ({ subject, id: item.id, change: 'removed', bump: bumps.removed, fields: [] }));
  for (const item of news) {
    const before = oldById.get(item.id);
    if (!before) {
      changes.push({ subject, id: item.id, change: 'added', bump: bumps.added, fields: [] });
      continue;
    }
    changes.push(...compareFields(subject, item.id, before, item, rules));
  }
  return changes;
}

/** Wording changes and deciding changes of one item, as at most two entries. */
function compareFields<T>(subject: Subject, id: string, before: T, after: T, rules: readonly FieldRule<T>[]): CatalogueChange[] {
  const fields: FieldChange[] = [];
  for (const rule of rules) {
    const a = rule.get(before);
    const b = rule.get(after);
    if (rule.same ? rule.same(before, after) : same(a, b)) continue;
    const bump = typeof rule.bump === 'function' ? rule.bump(a, b) : rule.bump;
    fields.push(bump === 'patch' ? { field: rule.field, bump } : { field: rule.field, bump, before: a ?? null, after: b ?? null });
  }
  const reworded = fields.filter((f) => f.bump === 'patch');
  const changed = fields.filter((f) => f.bump !== 'patch');
  const result: CatalogueChange[] = [];
  if (reworded.length > 0) result.push({ subject, id, change: 'reworded', bump: 'patch', fields: reworded });
  if (changed.length > 0) {
    const bump = changed.some((f) => f.bump === 'major') ? 'major' : 'minor';
    result.push({ subject, id, change: 'changed', bump, fields: changed });
  }
  return result;
}

function compareMetadata(before: CatalogueMetadata, after: CatalogueMetadata): CatalogueChange[] {
  return compareFields<CatalogueMetadata>('metadata', before.id === after.id ? after.id : `${before.id} → ${after.id}`, before, after, [
    deciding('id', (m) => m.id, 'major'),
    deciding('certificate.validityMonths', (m) => m.certificate.validityMonths),
    wording('title', (m) => m.title),
    wording('description', (m) => m.description),
    wording('status', (m) => m.status),
    wording('effectiveDate', (m) => m.effectiveDate),
    wording('publisher', (m) => m.publisher),
    wording('languages', (m) => m.languages),
    wording('certificate.sources', (m) => m.certificate.sources),
    wording('quoteRule', (m) => m.quoteRule),
  ]);
}

/** Levels are ordered by position, so a changed order is a change of its own. */
function compareLevels(olds: readonly RiskLevel[], news: readonly RiskLevel[]): CatalogueChange[] {
  const changes = compareItems('level', olds, news, levelFields, { added: 'minor', removed: 'major' });
  const kept = (list: readonly RiskLevel[], other: readonly RiskLevel[]) => list.map((l) => l.id).filter((id) => other.some((o) => o.id === id));
  const oldOrder = kept(olds, news);
  const newOrder = kept(news, olds);
  if (!same(oldOrder, newOrder)) {
    changes.push({ subject: 'level', id: newOrder.join(' < '), change: 'changed', bump: 'minor', fields: [{ field: 'order', bump: 'minor', before: oldOrder, after: newOrder }] });
  }
  return changes;
}

const levelFields: FieldRule<RiskLevel>[] = [
  deciding('certifiable', (l) => l.certifiable),
  wording('name', (l) => l.name),
  wording('description', (l) => l.description),
  wording('sources', (l) => l.sources),
];

const scenarioFields: FieldRule<Scenario>[] = [
  deciding('baseline', (s) => s.baseline),
  deciding('domains', (s) => s.domains),
  wording('name', (s) => s.name),
  wording('description', (s) => s.description),
  wording('sources', (s) => s.sources),
];

const riskRuleFields: FieldRule<RiskRule>[] = [
  deciding('scenarios', (r) => r.scenarios),
  deciding('level', (r) => r.level),
  deciding('when', (r) => r.when),
  wording('because', (r) => r.because),
  wording('sources', (r) => r.sources),
];

const questionFields: FieldRule<Question>[] = [
  deciding('type', (q) => q.type, 'major'),
  { field: 'options', get: (q) => q.options?.map((o) => o.value), bump: optionsBump },
  deciding('unit', (q) => q.unit, 'major'),
  { field: 'min', get: (q) => q.min, bump: (a, b) => (b !== undefined && (a === undefined || Number(b) > Number(a)) ? 'major' : 'minor') },
  { field: 'max', get: (q) => q.max, bump: (a, b) => (b !== undefined && (a === undefined || Number(b) < Number(a)) ? 'major' : 'minor') },
  deciding('askWhen', (q) => q.askWhen),
  deciding('section', (q) => q.section),
  wording('text', (q) => q.text),
  wording('help', (q) => q.help),
  // Labels of the options both versions have: an added or removed option is not a rewording.
  { field: 'option labels', get: (q) => q.options, bump: 'patch', same: (a, b) => (a.options ?? []).every((o) => same(o.label, b.options?.find((n) => n.value === o.value)?.label ?? o.label)) },
];

/** Removing an option value strands earlier answers; adding one only widens the choice. */
function optionsBump(before: unknown, after: unknown): Bump {
  const olds = Array.isArray(before) ? before : [];
  const news = Array.isArray(after) ? after : [];
  return olds.some((value) => !news.includes(value)) ? 'major' : 'minor';
}

const requirementFields: FieldRule<Requirement>[] = [
  deciding('risks', (r) => r.risks),
  deciding('appliesWhen', (r) => r.appliesWhen),
  deciding('metWhen', (r) => r.metWhen),
  deciding('evidence', (r) => r.evidence),
  deciding('responsibility', (r) => r.responsibility),
  deciding('domain', (r) => r.domain),
  { field: 'exceptions', get: (r) => r.exceptions ?? [], bump: optionsBump },
  // Which owner basics can block a measure's funding, and whether a refusal counts, decide verdicts.
  deciding('measure', (r) => r.measure),
  deciding('pkvwCore', (r) => r.pkvwCore ?? false),
  deciding('allowsRefusal', (r) => r.allowsRefusal ?? false),
  wording('title', (r) => r.title),
  wording('description', (r) => r.description),
  wording('rationale', (r) => r.rationale),
  wording('remedy', (r) => r.remedy),
  wording('norms', (r) => r.norms),
  wording('cost', (r) => r.cost),
  wording('costClass', (r) => r.costClass),
  wording('sources', (r) => r.sources),
];

const exceptionFields: FieldRule<CatalogueException>[] = [
  deciding('claimableWhen', (e) => e.claimableWhen),
  deciding('evidence', (e) => e.evidence),
  deciding('proof', (e) => e.proof),
  wording('title', (e) => e.title),
  wording('description', (e) => e.description),
  wording('justification', (e) => e.justification),
  wording('sources', (e) => e.sources),
];

const sourceFields: FieldRule<Source>[] = [wording('title', (s) => s.title), wording('location', (s) => s.location), wording('kind', (s) => s.kind)];
