/**
 * The verdict: the machine-readable outcome of evaluating answers against a catalogue.
 * `spec/schema/verdict.schema.json` describes `Verdict`; the canonical JSON of a verdict is what a
 * certificate embeds and signs. Explanations are data (codes + parameters), rendered to Dutch or
 * English at the edge, so both languages always say the same.
 */
import type { AnswerValue, Domain, EvidenceLevel } from '../catalogue/catalogue-types.js';
import type { AssessmentKind } from '../answers/answers-types.js';
import type { ScenarioRisk } from '../risk/risk-types.js';
export type { LevelBasis, ScenarioRisk } from '../risk/risk-types.js';

export const VERDICT_FORMAT = 'pkvw-light/verdict@2';
/** The earlier format, still found in signed reports: one gate over all four domains. */
export const VERDICT_FORMAT_1 = 'pkvw-light/verdict@1';

/**
 * About the home, as lid 5b of the Regeling is: the applicable owner basics of the wonen domain,
 * plus any basic an advice made a hard condition. Werk, verplaatsen and informatie are a kader per
 * scenario (see `coverage` and `funding`), not part of this gate.
 */
export type Outcome =
  /** Every basic of the gate is met, exempt (proven) or waived by the advice. */
  | 'basis-op-orde'
  /** At least one basic of the gate is not met. */
  | 'niet-op-orde'
  /** Nothing of the gate is unmet, but some basics are unanswered or claimed without proof. */
  | 'onvolledig'
  /** A scenario is at a level beyond the keurmerk: refer to the police/OM route. */
  | 'doorverwijzen';

export type RequirementStatus =
  | 'met'
  | 'not-met'
  | 'not-applicable'
  | 'exempt'
  | 'unanswered'
  /** An exception is claimed but not proven: its evidence does not (yet) reach what the exception requires. Not in order. */
  | 'claimed'
  /** "Gemotiveerd afgezien": the bestuurder's own recorded choice and risk. Blocks the measures tied to its scenarios. */
  | 'refused'
  /** Let go by the CCV/BVA advice: counts as in order. */
  | 'waived'
  /** An applicable employer (`werkgever`) entry: a measure (see `funding`) or context, never part of the owner verdict. */
  | 'context';

/** One answer that a decision rested on, with its value at the time. Verdicts share these: read-only. */
export interface AnswerUse {
  readonly question: string;
  readonly value: AnswerValue | null;
}

/** A risk link of a requirement with the level its scenario has. Verdicts share these: read-only. */
export interface LinkLevel {
  readonly scenario: string;
  readonly level: string;
  readonly minLevel: string;
}

export type NotApplicableReason =
  /** No linked scenario reaches the requirement's minimum level. */
  | { kind: 'risk-below-level'; links: LinkLevel[] }
  /** The `appliesWhen` condition does not hold. */
  | { kind: 'condition-not-holding'; answers: AnswerUse[] };

export interface RequirementResult {
  requirement: string;
  domain: Domain;
  responsibility: 'bestuurder' | 'werkgever';
  status: RequirementStatus;
  /** The scenarios (at or above their minimum level) that make it apply; empty when not applicable by risk. */
  appliesBecause: LinkLevel[];
  notApplicable?: NotApplicableReason;
  /** The answers `metWhen` looked at. */
  answers: AnswerUse[];
  exemption?: { exception: string; justification: string; evidence: EvidenceLevel; reference?: string };
  /** For `claimed`: the claim and what it still lacks before it is proven. */
  claim?: { exception: string; evidence: EvidenceLevel; reference?: string; missing: ClaimGap[] };
  /** For `refused`: the bestuurder's reason. */
  refusal?: { reason: string };
  /** For `waived`: the advice that let it go. */
  waiver?: { advice: string };
  /** The advice made this basic a hard condition: part of the outcome for the home, and it blocks every measure decided. */
  hardCondition?: true;
  /** The weakest evidence level among the answers used, and whether it reaches the catalogue's demand. Shared: read-only. */
  evidence?: Readonly<{ required: EvidenceLevel; given: EvidenceLevel; sufficient: boolean }>;
}

/**
 * What a claim lacks: its evidence is below the exception's level, a reference is missing at level
 * document or above, or a structured field of its proof (e.g. `monument.number`) was not given.
 */
export type ClaimGap = { kind: 'evidence-level'; required: EvidenceLevel } | { kind: 'reference' } | { kind: 'field'; field: string };

/** In order: met, exempt or waived. Not in order: not met or refused. Open: unanswered or claimed. */
export type CoverageStatus = 'in-order' | 'not-in-order' | 'open';

/** Whether the owner basics that apply through one scenario are in order. */
export interface ScenarioCoverage {
  scenario: string;
  level: string;
  status: CoverageStatus;
  /** The owner basics that apply through this scenario at its level. */
  basics: string[];
  /** Those not in order, with their status. Verdicts share these entries: read-only. */
  notInOrder: Readonly<{ requirement: string; status: RequirementStatus }>[];
  /** An inspection, in order, and every met or exempt basic with the evidence it needs, and no advice awaited: a certificate may state this scenario as covered. */
  certifiable: boolean;
  /** Its level is provisional until a CCV/BVA advice is there (see `Verdict.adviceFirst`). */
  awaitingAdvice?: true;
}

/** One owner basic that keeps a measure from being funded, and how. Verdicts share these: read-only. */
export interface Blocker {
  readonly requirement: string;
  readonly status: RequirementStatus;
  /** The measure's scenarios through which this basic applies; empty for a hard condition of the advice. */
  readonly via: readonly string[];
  readonly hardCondition?: true;
}

/**
 * The funding decision for one measure: fundable now, or blocked by exactly the owner basics that
 * apply through one of its scenarios and are not in order (and the advice's hard conditions).
 */
export interface MeasureDecision {
  measure: string;
  scenarios: string[];
  /** Named in the CCV/BVA advice. */
  advised: boolean;
  decision: 'fundable' | 'blocked';
  /** Cheapest to resolve first: questions to answer, claims to prove, then by cost. */
  blockedBy: Blocker[];
  /** Its scenarios that await a CCV/BVA advice: blocked until the advice is there, whatever the basics (seed §2.2). */
  awaitingAdvice?: string[];
  /** An inspection whose coverage includes every scenario of this measure. */
  certifiable: boolean;
}

export interface DomainSummary {
  domain: Domain;
  applicable: number;
  met: number;
  exempt: number;
  waived: number;
  notMet: number;
  refused: number;
  claimed: number;
  unanswered: number;
  notApplicable: number;
}

export type CostKind = 'no-purchase' | 'craftsman' | 'known-amount';

export interface GapItem {
  requirement: string;
  status: 'not-met' | 'unanswered' | 'claimed';
  /** Euros incl. btw, from the catalogue's cost indication. Shared by verdicts: read-only. */
  cost?: Readonly<{ min: number; max: number }>;
  /** The catalogue's cost class: what it takes and who pays; a known amount as its source gives it. Shared by verdicts: read-only. */
  costClass?: Readonly<{ kind: CostKind; paidBy: 'bestuurder' | 'werkgever'; amount?: Readonly<{ euros: number; vat: 'incl' | 'excl' }> }>;
  /** Exceptions the catalogue allows for this requirement whose condition does not rule them out: the other way to close the gap. */
  exceptions?: string[];
  /** Part of the outcome for the home (a wonen basic or a hard condition). */
  home: boolean;
  /** The measures this item blocks. */
  blocks: string[];
}

export interface GapPlan {
  /** Every applicable owner basic not in order (not met, unanswered, claimed); reasoned refusals are the bestuurder's choice and not listed. */
  items: GapItem[];
  /** Sum of the priced items incl. btw (cost ranges, known amounts incl. btw), in euros. */
  total: { min: number; max: number };
  /** Known amounts that their source gives excl. btw, summed apart so nothing is added up wrongly. */
  totalExclVat: number;
  /** Items with no price: neither a cost indication, a known amount nor "no purchase". Never counted as € 0. */
  withoutCost: number;
  /** Items that need no purchase (behaviour, a setting). */
  noPurchase: number;
}

export interface Verdict {
  format: typeof VERDICT_FORMAT;
  /** Shared by every verdict of this engine and catalogue: frozen. */
  engine: Readonly<{ name: 'pkvw-light'; version: string }>;
  catalogue: Readonly<{ id: string; version: string; hash: string }>;
  /** SHA-256 of the canonical answers JSON. */
  answersHash: string;
  /** ISO timestamp from the clock passed in. */
  evaluatedAt: string;
  kind: AssessmentKind;
  outcome: Outcome;
  /** For inspections: every scenario's coverage is certifiable (a certificate may state full coverage). */
  certifiable: boolean;
  /** Verdicts without an advice share the profile (frozen): read-only. */
  risk: readonly ScenarioRisk[];
  /** For `doorverwijzen`: the scenarios at a level beyond the keurmerk. Nothing else is judged then. */
  referral?: { scenarios: string[] };
  /**
   * An intake rule that asks for an advice first (`requiresAdvice`, e.g. damage at the home) holds and
   * the answers carry no CCV/BVA advice: the levels of these scenarios are provisional, nothing
   * against them is funded and no certificate covers them until the advice is there.
   */
  adviceFirst?: Readonly<{ rules: readonly string[]; scenarios: readonly string[] }>;
  /** The CCV/BVA advice the verdict followed: its reference and date, as evidence at level document. */
  advice?: { reference: string; date?: string };
  /** Per measure: fundable now, or what blocks it. Empty under `doorverwijzen`. */
  funding: MeasureDecision[];
  /** Per scenario at a certifiable level: are its owner basics in order. Empty under `doorverwijzen`. */
  coverage: ScenarioCoverage[];
  /** Empty under `doorverwijzen`: no requirement list, plan or cost then. */
  requirements: RequirementResult[];
  domains: DomainSummary[];
  gapPlan: GapPlan;
}
