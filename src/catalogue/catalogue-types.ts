/**
 * The PKVW-light catalogue format: what a policy expert writes in `spec/*.yaml`.
 *
 * A catalogue is split over several YAML files; each file is a `CatalogueFile` holding any of the
 * sections below. Loading merges the files into one `Catalogue`. The JSON Schema in
 * `spec/schema/catalogue-file.schema.json` describes exactly `CatalogueFile`; a test fails when
 * the two drift apart.
 */

/** The four domains of the CCV security survey, plus `intake` for the questions that set the risk. */
export const DOMAINS = ['wonen', 'werk', 'verplaatsen', 'informatie'] as const;
export type Domain = (typeof DOMAINS)[number];
export type QuestionSection = 'intake' | Domain;

import type { Language } from '../i18n/language.js';
import type { Condition } from '../condition/condition-types.js';
export { LANGUAGES, type Language } from '../i18n/language.js';

/** A text in every catalogue language. Both are required: Dutch is the source, English is for the report and reviewers. */
export interface LocalizedText {
  nl: string;
  en: string;
}

/** Ordered weakest first: a requirement demanding `document` is satisfied by `document` or `inspected`. */
export const EVIDENCE_LEVELS = ['self-declared', 'document', 'inspected'] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

export type { AnswerValue, Condition } from '../condition/condition-types.js';

export interface CatalogueMetadata {
  /** Stable id of the keurmerk, e.g. `pkvw-light`. */
  id: string;
  /** Semantic version as a string (YAML would read 1.10 as the number 1.1). */
  version: string;
  status: 'draft' | 'adopted';
  /** ISO date from which this version may be used. */
  effectiveDate: string;
  title: LocalizedText;
  description: LocalizedText;
  languages: Language[];
  /** Owner of the text, e.g. the ministry or the CCV. */
  publisher: string;
  /** The written-quote threshold shown beside work that needs a craftsman. */
  quoteRule?: QuoteRule;
  certificate: {
    /** How long a light certificate stays valid, in months (PKVW itself: 10 years). */
    validityMonths: number;
    /** A PKVW-light choice: days an inspection may lie before the certificate's issue date (absent: none). */
    maxInspectionAgeDays?: number;
    /** Source ids that justify the validity period. */
    sources: string[];
  };
}

export interface RiskLevel {
  /** Short id, e.g. `A`. Levels are ordered by their position in the file, lowest first. */
  id: string;
  name: LocalizedText;
  description: LocalizedText;
  /** False for a level beyond what owner and employer can handle: the engine refers to police/OM instead of judging. */
  certifiable: boolean;
  sources: string[];
}

export interface Scenario {
  id: string;
  name: LocalizedText;
  description: LocalizedText;
  domains: Domain[];
  /** The level every holder of the office starts from, before intake rules raise it. */
  baseline: string;
  sources: string[];
}

/** Raises a scenario to a level when the condition holds. The highest level of all rules that hold wins. */
export interface RiskRule {
  id: string;
  scenarios: string[];
  level: string;
  when: Condition;
  /** Why this rule exists, shown in the explanation chain. */
  because: LocalizedText;
  /** The level is provisional until a CCV/BVA advice is in the answers: until then nothing against its scenarios is funded or certified. */
  requiresAdvice?: boolean;
  sources: string[];
}

export interface QuestionOption {
  value: string;
  label: LocalizedText;
}

export type QuestionType = 'boolean' | 'choice' | 'multi' | 'number';

export interface Question {
  id: string;
  section: QuestionSection;
  text: LocalizedText;
  help?: LocalizedText;
  type: QuestionType;
  /** For `choice` and `multi`. */
  options?: QuestionOption[];
  /** For `number`. */
  min?: number;
  max?: number;
  unit?: LocalizedText;
  /** Asked only when this holds; may refer only to questions declared before this one. */
  askWhen?: Condition;
  /** Free-text answers are never collected: they would put details of the home on paper. */
}

export type Responsibility = 'bestuurder' | 'werkgever';

export interface RiskLink {
  scenario: string;
  /** The requirement applies when the scenario is at or above this level. */
  minLevel: string;
}

export interface CostIndication {
  /** Euros incl. btw, rough range. */
  min: number;
  max: number;
  basis: LocalizedText;
  sources: string[];
}

/** Whether an amount includes btw, exactly as its source states it. */
export type Vat = 'incl' | 'excl';

/** A PKVW firm gives a written quote above `writtenAbove` euros: a threshold, not a price. */
export interface QuoteRule {
  writtenAbove: number;
  vat: Vat;
  sources: string[];
}

/**
 * What meeting a requirement or carrying out a measure costs, and who pays. `no-purchase`: behaviour
 * or a setting; `craftsman`: a firm does the work, price unknown until its quote; `known-amount`: a
 * fixed amount with its source.
 */
export interface CostClass {
  kind: 'no-purchase' | 'craftsman' | 'known-amount';
  paidBy: Responsibility;
  /** For `known-amount`. */
  amount?: { euros: number; vat: Vat };
  basis?: LocalizedText;
  /** Required for `known-amount`. */
  sources?: string[];
}

/**
 * An employer entry that is a concrete measure an advice can advise and an employer funds. Owner
 * basics block its funding only when they apply through one of its scenarios.
 */
export interface Measure {
  scenarios: string[];
}

export interface Requirement {
  /** Stable id, e.g. `WON-03`. Never reused after removal. */
  id: string;
  domain: Domain;
  responsibility: Responsibility;
  title: LocalizedText;
  description: LocalizedText;
  /** Why this is a reasonable owner basic, and where the sources fall short. */
  rationale: LocalizedText;
  /** The requirement applies when any linked scenario reaches its minimum level. */
  risks: RiskLink[];
  /** Further facts that must hold for the requirement to apply (e.g. the home has a back door). */
  appliesWhen?: Condition;
  /** What counts as met. Required for `bestuurder` requirements. */
  metWhen?: Condition;
  /** What a bestuurder does to meet it: the line in the gap plan. */
  remedy: LocalizedText;
  /** The evidence a PKVW firm needs to see before a certificate. */
  evidence: EvidenceLevel;
  /** Norm references exactly as the sources give them, e.g. `NEN 5096 WK2`, `SKG**`. */
  norms?: string[];
  sources: string[];
  cost?: CostIndication;
  costClass?: CostClass;
  /** Only on `werkgever` entries: this entry is a fundable measure; without it the entry is context. */
  measure?: Measure;
  /** Part of the PKVW woning core: never allows a reasoned refusal. */
  pkvwCore?: boolean;
  /** A bestuurder may record a reasoned refusal ("gemotiveerd afgezien") for this basic. */
  allowsRefusal?: boolean;
  /** Exceptions that may waive this requirement. */
  exceptions?: string[];
}

export interface CatalogueException {
  id: string;
  title: LocalizedText;
  description: LocalizedText;
  /** Only claimable when this holds, e.g. the home is a listed monument. */
  claimableWhen?: Condition;
  /** What the justification must say. */
  justification: LocalizedText;
  /** The level a claim's evidence must reach to make a requirement exempt; below it the claim stays `claimed`. */
  evidence: EvidenceLevel;
  /** The structured evidence a claim must carry to be proven. */
  proof?: ExceptionProof;
  sources: string[];
}

export type ProofKind = 'monument' | 'new-build' | 'equivalent-alternative' | 'landlord-refusal';

export interface ExceptionProof {
  kind: ProofKind;
  /** For `new-build`: a permit granted in `permitYearFrom` or later qualifies. A PKVW-light choice, so it states its basis. */
  cutOff?: { permitYearFrom: number; basis: LocalizedText; sources: string[] };
}

export interface Source {
  id: string;
  title: string;
  /** Where a reader finds it; a URL or a path in this repository. */
  location: string;
  /** `primary` for official texts, `secondary` for trade press, vendors and summaries. */
  kind: 'primary' | 'secondary' | 'proposal';
}

/** One YAML file under `spec/`: any subset of the sections. */
export interface CatalogueFile {
  keurmerk?: CatalogueMetadata;
  levels?: RiskLevel[];
  scenarios?: Scenario[];
  riskRules?: RiskRule[];
  questions?: Question[];
  requirements?: Requirement[];
  exceptions?: CatalogueException[];
  sources?: Source[];
}

/** Where an item was written, for located findings and documents. */
export interface SourcePosition {
  file: string;
  line: number;
  column: number;
}

/** The merged, validated catalogue. Arrays keep file order (files sorted by name, then document order). */
export interface Catalogue {
  metadata: CatalogueMetadata;
  levels: RiskLevel[];
  scenarios: Scenario[];
  riskRules: RiskRule[];
  questions: Question[];
  requirements: Requirement[];
  exceptions: CatalogueException[];
  sources: Source[];
  /** SHA-256 (hex) of the canonical JSON of everything above: what a verdict pins. */
  hash: string;
  /** Position of each item by `kind:id`, e.g. `requirement:WON-03`. Not part of the hash. */
  positions: Record<string, SourcePosition>;
}
