/**
 * The outcome of verifying a signed PDF, as data: every check with passed / failed / skipped and,
 * when not passed, a reason code with parameters. Texts live in signing-messages.ts (nl and en).
 */
import type { ProblemParams } from '../problems/problem.js';

/** In the order they run; a failed structural check skips the ones that depend on it. */
export const CHECK_CODES = [
  'byte-range',
  'cms-structure',
  'cades-profile',
  'message-digest',
  'signature-value',
  'signing-certificate-ref',
  'signer-trusted',
  'signer-valid-at-signing',
  'embedded-data',
  'catalogue-hash',
  'verdict-consistent',
  'validity-period',
] as const;
export type CheckCode = (typeof CHECK_CODES)[number];

export type CheckStatus = 'passed' | 'failed' | 'skipped';

export interface CheckResult {
  check: CheckCode;
  status: CheckStatus;
  /** Why it failed or was skipped; for some passed checks, what exactly was established. */
  reason?: { code: string; params: ProblemParams };
}

export interface VerificationResult {
  /** True when no check failed. Skipped checks are listed and said, never silently passed. */
  valid: boolean;
  kind?: 'report' | 'certificate';
  signer?: { subject: string; issuer: string };
  signingTime?: string;
  certificate?: { number: string; issuedOn: string; validUntil: string };
  outcome?: string;
  checks: CheckResult[];
}

export function firstFailure(result: VerificationResult): CheckResult | undefined {
  return result.checks.find((c) => c.status === 'failed');
}
