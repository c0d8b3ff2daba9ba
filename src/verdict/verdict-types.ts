/**
 * The verdict: the machine-readable outcome of evaluating answers against a catalogue.
 * `spec/schema/verdict.schema.json` describes `Verdict`; the canonical JSON of a verdict is what a
 * certificate embeds and signs. Explanations are data (codes + parameters), rendered to Dutch or
 * English at the edge, so both languages always say the same.
 */
import type { AnswerValue, Domain, EvidenceLevel } from '../catalogue/catalogue-types.js';
import type { AssessmentKind } from '../answers/answers-types.js';

export const VERDICT_FORMAT = 'pkvw-light/verdict@1';

export type Outcome =
  /** Every applicable owner basic is met or exempt. */
  | 'basis-op-orde'
  /** At least one applicable owner basic is not met. */
  | 'niet-op-orde'
  /** Nothing is unmet, but some applicable basics are unanswered. */
  | 'onvolledig'
  /** A scenario is at a level beyond the keurmerk: refer to the police/OM route. */
  | 'doorverwijzen';

export type RequirementStatus =
  | 'met'
  | 'not-met'
  | 'not-applicable'
  | 'exempt'
  | 'unanswered'
  /** An applicable employer (`werkgever`) measure: shown for context, never part of the owner verdict. */
  | 'context';

/** Why a scenario has its level: the baseline, an intake rule, or a fixed CCV/BVA advice. */
export type LevelBasis =
  | { kind: 'baseline' }
  | { kind: 'rule'; rule: string }
  | { kind: 'advice'; reference: string };

export interface ScenarioRisk {
  scenario: string;
  level: string;
  basis: LevelBasis;
}

/** One answer that a decision rested on, with its value at the time. */
export interface AnswerUse {
  question: string;
  value: AnswerValue | null;
}

export type NotApplicableReason =
  /** No linked scenario reaches the requirement's minimum level. */
  | { kind: 'risk-below-level'; links: { scenario: string; level: string; minLevel: string }[] }
  /** The `appliesWhen` condition does not hold. */
  | { kind: 'condition-not-holding'; answers: AnswerUse[] };

export interface RequirementResult {
  requirement: string;
  domain: Domain;
  responsibility: 'bestuurder' | 'werkgever';
  status: RequirementStatus;
  /** The scenarios (at or above their minimum level) that make it apply; empty when not applicable by risk. */
  appliesBecause: { scenario: string; level: string; minLevel: string }[];
  notApplicable?: NotApplicableReason;
  /** The answers `metWhen` looked at. */
  answers: AnswerUse[];
  exemption?: { exception: string; justification: string; evidence: EvidenceLevel; reference?: string };
  /** The weakest evidence level among the answers used, and whether it reaches the catalogue's demand. */
  evidence?: { required: EvidenceLevel; given: EvidenceLevel; sufficient: boolean };
}

export interface DomainSummary {
  domain: Domain;
  applicable: number;
  met: number;
  exempt: number;
  notMet: number;
  unanswered: number;
  notApplicable: number;
}

export interface GapItem {
  requirement: string;
  status: 'not-met' | 'unanswered';
  cost?: { min: number; max: number };
  /** Exceptions the catalogue allows for this requirement whose condition does not rule them out: the other way to close the gap. */
  exceptions?: string[];
}

export interface GapPlan {
  /** The smallest set of changes that turns the outcome into `basis-op-orde`: every applicable unmet or unanswered owner basic. */
  items: GapItem[];
  /** Sum of the cost ranges of items that have one, in euros. */
  total: { min: number; max: number };
  /** Items without a cost indication in the catalogue. */
  withoutCost: number;
}

export interface Verdict {
  format: typeof VERDICT_FORMAT;
  engine: { name: 'pkvw-light'; version: string };
  catalogue: { id: string; version: string; hash: string };
  /** SHA-256 of the canonical answers JSON. */
  answersHash: string;
  /** ISO timestamp from the clock passed in. */
  evaluatedAt: string;
  kind: AssessmentKind;
  outcome: Outcome;
  /** For inspections: whether every met/exempt owner basic has the evidence the catalogue demands. */
  certifiable: boolean;
  risk: ScenarioRisk[];
  requirements: RequirementResult[];
  domains: DomainSummary[];
  gapPlan: GapPlan;
}
