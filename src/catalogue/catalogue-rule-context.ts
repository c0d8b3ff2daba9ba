/**
 * What a semantic catalogue rule sees: every item of every file with where it was written, lookups
 * by id, and a way to make a located problem. Built once after all files passed the schema.
 */
import type {
  CatalogueException,
  CatalogueFile,
  CatalogueMetadata,
  Condition,
  Question,
  Requirement,
  RiskLevel,
  RiskRule,
  Scenario,
  Source,
} from './catalogue-types.js';
import type { YamlDocument } from '../yaml/yaml-document.js';
import type { Problem, Severity } from '../problems/problem.js';
import type { ParamsTable } from '../i18n/message-map.js';
import type { catalogueMessages } from './catalogue-messages.js';
import type { analysisMessages } from './analysis-messages.js';

export type Path = (string | number)[];

/** The kinds of catalogue items that carry an id; `positions` keys are `kind:id`. */
export type ItemKind = 'level' | 'scenario' | 'riskRule' | 'question' | 'requirement' | 'exception' | 'source';

/** The file section each kind is written in. */
export const SECTION_OF_KIND = {
  level: 'levels',
  scenario: 'scenarios',
  riskRule: 'riskRules',
  question: 'questions',
  requirement: 'requirements',
  exception: 'exceptions',
  source: 'sources',
} as const satisfies Record<ItemKind, keyof CatalogueFile>;

/** A thing in a file: the document and the path to it. */
export interface Place {
  document: YamlDocument;
  path: Path;
}

/** One item as written, e.g. the third requirement of `spec/wonen.yaml`. */
export interface CatalogueEntry<T> extends Place {
  kind: ItemKind;
  item: T;
}

/** A condition somewhere in the catalogue, with the item that holds it. */
export interface ConditionSite extends Place {
  condition: Condition;
  /** What the condition decides, e.g. `askWhen`, `appliesWhen`. */
  role: 'askWhen' | 'when' | 'appliesWhen' | 'metWhen' | 'claimableWhen';
  owner: CatalogueEntry<Question | RiskRule | Requirement | CatalogueException>;
}

export interface CatalogueRuleContext {
  /** Every file, in file-name order. */
  files: readonly { document: YamlDocument; content: CatalogueFile }[];
  /** Every `keurmerk` block (a valid catalogue has exactly one). */
  metadata: (Place & { item: CatalogueMetadata })[];
  levels: CatalogueEntry<RiskLevel>[];
  scenarios: CatalogueEntry<Scenario>[];
  riskRules: CatalogueEntry<RiskRule>[];
  questions: CatalogueEntry<Question>[];
  requirements: CatalogueEntry<Requirement>[];
  exceptions: CatalogueEntry<CatalogueException>[];
  sources: CatalogueEntry<Source>[];
  /** The first item with each id, per kind. */
  byId: {
    level: ReadonlyMap<string, CatalogueEntry<RiskLevel>>;
    scenario: ReadonlyMap<string, CatalogueEntry<Scenario>>;
    riskRule: ReadonlyMap<string, CatalogueEntry<RiskRule>>;
    question: ReadonlyMap<string, CatalogueEntry<Question>>;
    requirement: ReadonlyMap<string, CatalogueEntry<Requirement>>;
    exception: ReadonlyMap<string, CatalogueEntry<CatalogueException>>;
    source: ReadonlyMap<string, CatalogueEntry<Source>>;
  };
  /** Every condition in the catalogue, in file order. */
  conditions: ConditionSite[];
  /** A located problem at `path` below `place` (the item itself when `below` is empty); tsc checks `params` against the message of `code`. */
  problem<Code extends CatalogueRuleCode>(code: Code, severity: Severity, place: Place, below: Path, params: CatalogueRuleTable[Code], at?: 'key' | 'value'): Problem;
}

/** Code → parameters of what the rules report: the catalogue's codes and those of the static analysis. */
export type CatalogueRuleTable = ParamsTable<typeof catalogueMessages> & ParamsTable<typeof analysisMessages>;
export type CatalogueRuleCode = keyof CatalogueRuleTable & string;

/** A semantic rule: looks at the whole catalogue and returns its findings (none when it holds). */
export type CatalogueRule = (ctx: CatalogueRuleContext) => Problem[];

/** Builds the rule context from files that passed the schema. */
export function buildRuleContext(files: readonly { document: YamlDocument; content: CatalogueFile }[]): CatalogueRuleContext {
  const entries = <K extends ItemKind, T>(kind: K, pick: (content: CatalogueFile) => readonly T[] | undefined): CatalogueEntry<T>[] =>
    files.flatMap(({ document, content }) =>
      (pick(content) ?? []).map((item, index) => ({ kind, item, document, path: [SECTION_OF_KIND[kind], index] })),
    );
  const levels = entries('level', (c) => c.levels);
  const scenarios = entries('scenario', (c) => c.scenarios);
  const riskRules = entries('riskRule', (c) => c.riskRules);
  const questions = entries('question', (c) => c.questions);
  const requirements = entries('requirement', (c) => c.requirements);
  const exceptions = entries('exception', (c) => c.exceptions);
  const sources = entries('source', (c) => c.sources);
  const metadata = files.flatMap(({ document, content }) =>
    content.keurmerk ? [{ item: content.keurmerk, document, path: ['keurmerk'] }] : [],
  );

  const conditions: ConditionSite[] = [];
  const site = (owner: ConditionSite['owner'], role: ConditionSite['role'], condition: Condition | undefined) => {
    if (condition) conditions.push({ condition, role, owner, document: owner.document, path: [...owner.path, role] });
  };
  for (const question of questions) site(question, 'askWhen', question.item.askWhen);
  for (const rule of riskRules) site(rule, 'when', rule.item.when);
  for (const requirement of requirements) {
    site(requirement, 'appliesWhen', requirement.item.appliesWhen);
    site(requirement, 'metWhen', requirement.item.metWhen);
  }
  for (const exception of exceptions) site(exception, 'claimableWhen', exception.item.claimableWhen);

  return {
    files,
    metadata,
    levels,
    scenarios,
    riskRules,
    questions,
    requirements,
    exceptions,
    sources,
    byId: {
      level: firstById(levels),
      scenario: firstById(scenarios),
      riskRule: firstById(riskRules),
      question: firstById(questions),
      requirement: firstById(requirements),
      exception: firstById(exceptions),
      source: firstById(sources),
    },
    conditions,
    problem: (code, severity, place, below, params, at = 'value') => {
      const path = [...place.path, ...below];
      return {
        code,
        severity,
        file: place.document.file,
        ...place.document.locate(path, at),
        path: '/' + path.map((s) => String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('/'),
        params,
      };
    },
  };
}

function firstById<T extends { id: string }>(entries: readonly CatalogueEntry<T>[]): Map<string, CatalogueEntry<T>> {
  const map = new Map<string, CatalogueEntry<T>>();
  for (const entry of entries) if (!map.has(entry.item.id)) map.set(entry.item.id, entry);
  return map;
}

/** `file:line` of a place, for messages that point at a second location ("first defined at ..."). */
export function placeLabel(place: Place): string {
  const { line } = place.document.locate(place.path);
  return `${place.document.file}:${line}`;
}
