/**
 * The answers file: what a bestuurder (self-check) or a PKVW firm (inspection) reports about one home.
 * Written as YAML; `spec/schema/answers.schema.json` describes `WrittenAnswers` exactly.
 */
import type { AnswerValue, EvidenceLevel } from '../catalogue/catalogue-types.js';

export const ANSWERS_FORMAT = 'pkvw-light/answers@2';
/** The earlier format: still read, migrated to the current one with a notice. */
export const ANSWERS_FORMAT_1 = 'pkvw-light/answers@1';

export type AssessmentKind = 'self-check' | 'inspection';

/** The registers a monument claim may name (spec/schema/answers.schema.json). */
export const MONUMENT_REGISTERS = ['rijksmonumentenregister', 'provinciaal', 'gemeentelijk'] as const;
export type MonumentRegister = (typeof MONUMENT_REGISTERS)[number];

/** An answer alone, or with the evidence level behind it (default `self-declared`). */
export type WrittenAnswer = AnswerValue | { value: AnswerValue; evidence: EvidenceLevel };

export interface ExceptionClaim {
  exception: string;
  /** The requirements this claim waives. */
  requirements: string[];
  justification: string;
  evidence: {
    level: EvidenceLevel;
    /** A reference to the document (e.g. a register number); never the document itself. */
    reference?: string;
  };
  /** For a `monument` proof: which register, the monument number, and the elements the claim concerns. */
  monument?: { register: MonumentRegister; number: string; elements: string[] };
  /** For a `new-build` proof: the year the (omgevings)vergunning was granted. */
  newBuild?: { permitYear: number };
  /** For an `equivalent-alternative` proof. */
  alternative?: { measure: string; scenario: string; statement: { by: 'pkvw-firm' | 'commissie'; reference: string } };
  /** For a `landlord-refusal` proof: the refusal in writing. */
  landlordRefusal?: { by: 'verhuurder' | 'vve'; date: string; reference: string };
}

/** The structured evidence of a claim, whichever its exception's proof asks for. */
export type ClaimProof = Pick<ExceptionClaim, 'monument' | 'newBuild' | 'alternative' | 'landlordRefusal'>;

/** The structured evidence fields of `claim` alone, so they travel with it unchanged. */
export function claimProofOf(claim: ClaimProof): ClaimProof {
  const { monument, newBuild, alternative, landlordRefusal } = claim;
  return { ...(monument ? { monument } : {}), ...(newBuild ? { newBuild } : {}), ...(alternative ? { alternative } : {}), ...(landlordRefusal ? { landlordRefusal } : {}) };
}

/**
 * The CCV/BVA security advice, as far as the verdict needs it. Its reference is evidence at level
 * `document`. It may set levels (never below a level that is not certifiable), name the measures it
 * advises, and say which owner basics it lets go or makes hard conditions (seed §3.2.4a).
 */
export interface Advice {
  reference: string;
  /** ISO date the advice was established (vastgesteld). Absent only in an advice migrated from answers@1. */
  date?: string;
  /** Requirement ids of the measures it advises. */
  measures: string[];
  /** Level id per scenario id. Scenarios not listed keep their intake-derived level. */
  levels: Record<string, string>;
  /** Owner basics the advice lets go: they never block and count as in order. */
  waives: string[];
  /** Owner basics the advice makes hard conditions: part of the outcome for the home, and they block every advised measure. */
  hardConditions: string[];
}

/** The advice as written: only the reference and date are required. */
export type WrittenAdvice = Pick<Advice, 'reference'> & { date: string } & Partial<Omit<Advice, 'reference' | 'date'>>;

/** "Gemotiveerd afgezien": the bestuurder's own recorded choice not to meet a basic that allows it. */
export interface Refusal {
  requirement: string;
  reason: string;
}

export interface WrittenAnswers {
  format: typeof ANSWERS_FORMAT;
  catalogue: { id: string; version: string };
  kind: AssessmentKind;
  /** ISO date the answers were given or the inspection took place. */
  date: string;
  subject: {
    role: string;
    /** Only for certificates: nothing more than postcode and house number. */
    dwelling?: { postcode: string; houseNumber: string };
  };
  inspection?: { firm: string; inspector: string };
  advice?: WrittenAdvice;
  answers: Record<string, WrittenAnswer>;
  exceptions?: ExceptionClaim[];
  refusals?: Refusal[];
}

/** An answers@1 file: as answers@2 without structured advice, claims or refusals. */
export interface WrittenAnswers1 extends Omit<WrittenAnswers, 'format' | 'advice' | 'refusals'> {
  format: typeof ANSWERS_FORMAT_1;
  adviceRisk?: { reference: string; levels: Record<string, string> };
}

export interface GivenAnswer {
  value: AnswerValue;
  evidence: EvidenceLevel;
}

/** Answers after validation against a catalogue: every value checked, evidence made explicit. */
export interface Answers {
  catalogue: { id: string; version: string };
  kind: AssessmentKind;
  date: string;
  subject: WrittenAnswers['subject'];
  inspection?: WrittenAnswers['inspection'];
  advice?: Advice;
  answers: Record<string, GivenAnswer>;
  exceptions: ExceptionClaim[];
  refusals: Refusal[];
}
