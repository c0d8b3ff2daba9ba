/**
 * The answers file: what a bestuurder (self-check) or a PKVW firm (inspection) reports about one home.
 * Written as YAML; `spec/schema/answers.schema.json` describes `WrittenAnswers` exactly.
 */
import type { AnswerValue, EvidenceLevel } from '../catalogue/catalogue-types.js';

export const ANSWERS_FORMAT = 'pkvw-light/answers@1';

export type AssessmentKind = 'self-check' | 'inspection';

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
}

/** Risk levels fixed by a CCV/BVA security advice; they replace the intake-derived levels. */
export interface AdviceRisk {
  reference: string;
  /** Level id per scenario id. Scenarios not listed keep their intake-derived level. */
  levels: Record<string, string>;
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
  adviceRisk?: AdviceRisk;
  answers: Record<string, WrittenAnswer>;
  exceptions?: ExceptionClaim[];
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
  adviceRisk?: AdviceRisk;
  answers: Record<string, GivenAnswer>;
  exceptions: ExceptionClaim[];
}
