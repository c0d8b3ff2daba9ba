/**
 * The outcome of verifying a signed PDF, as data: every check with passed / failed / skipped and,
 * when not passed, a reason code with parameters. Texts live in signing-messages.ts (nl and en).
 */
import type { ProblemParams } from '../problems/problem.js';

/** The checks of the signature itself, in the order they run (src/signing). */
export const SIGNATURE_CHECKS = [
  'byte-range',
  'cms-structure',
  'cades-profile',
  'message-digest',
  'signature-value',
  'signing-certificate-ref',
  'signer-trusted',
  'signature-timestamp',
  'signer-valid-at-signing',
  'signer-not-revoked',
] as const;

/** The checks of what the certificate states, once the signature holds (src/certificate). */
export const CONTENT_CHECKS = ['embedded-data', 'firm-matches-signer', 'catalogue-hash', 'verdict-consistent', 'validity-period', 'not-revoked'] as const;

/** In the order they run; a failed structural check skips the ones that depend on it. */
export const CHECK_CODES = [...SIGNATURE_CHECKS, ...CONTENT_CHECKS] as const;
export type CheckCode = (typeof CHECK_CODES)[number];

export type CheckStatus = 'passed' | 'failed' | 'skipped';

export interface Reason {
  code: string;
  params: ProblemParams;
}

export interface CheckResult {
  check: CheckCode;
  status: CheckStatus;
  /** Why it failed or was skipped; for some passed checks, what exactly was established. */
  reason?: Reason;
}

/** Records checks in one list; `skipRest` marks every later check of `order` not yet run as skipped. */
export class CheckLog {
  readonly checks: CheckResult[] = [];
  pass(check: CheckCode, reason?: Reason): void {
    this.checks.push({ check, status: 'passed', ...(reason ? { reason } : {}) });
  }
  fail(check: CheckCode, reason: Reason): void {
    this.checks.push({ check, status: 'failed', reason });
  }
  skip(check: CheckCode, reason: Reason): void {
    this.checks.push({ check, status: 'skipped', reason });
  }
  record(check: CheckCode, problem: Reason | undefined, passed?: Reason): void {
    if (problem) this.fail(check, problem);
    else this.pass(check, passed);
  }
  has(check: CheckCode): boolean {
    return this.checks.some((c) => c.check === check);
  }
  passed(check: CheckCode): boolean {
    return this.checks.some((c) => c.check === check && c.status === 'passed');
  }
  skipRest(order: readonly CheckCode[], from: CheckCode, reason: Reason): void {
    for (const check of order.slice(order.indexOf(from))) if (!this.has(check)) this.skip(check, reason);
  }
  sorted(): CheckResult[] {
    return [...this.checks].sort((a, b) => CHECK_CODES.indexOf(a.check) - CHECK_CODES.indexOf(b.check));
  }
}
