/**
 * The outcome of verifying a signed PDF, as data: every check with passed / failed / skipped and,
 * when not passed, a reason code with parameters. Texts live in signing-messages.ts (nl and en).
 */
import type { AnyParamsTable, CodedParams } from '../problems/problem.js';
import type { ParamsTable } from '../i18n/message-map.js';
import type { signingMessages } from './signing-messages.js';

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

/** Code → parameters of the reasons the signature checks give (the certificate adds its own: `VerifyTable`). */
export type SigningTable = ParamsTable<typeof signingMessages>;

/** Why a check failed or was skipped, or what it established: a code of `Table` with the parameters its message reads. */
export type Reason<Table = AnyParamsTable> = CodedParams<Table>;

/** A reason the signature checks give; tsc refuses one whose params miss a name its message reads. */
export type SigningReason = Reason<SigningTable>;

export interface CheckResult<R extends Reason = Reason> {
  check: CheckCode;
  status: CheckStatus;
  /** Why it failed or was skipped; for some passed checks, what exactly was established. */
  reason?: R;
}

/**
 * Records checks in one list; `skipRest` marks every later check of `order` not yet run as skipped.
 * `R` is the reasons it takes (`SigningReason`, or the certificate's `VerifyReason`).
 * `checks` may be a list another log writes too: the content checks follow the signature checks in one list.
 */
export class CheckLog<R extends Reason = SigningReason> {
  constructor(readonly checks: CheckResult<R>[] = []) {}
  pass(check: CheckCode, reason?: R): void {
    this.checks.push({ check, status: 'passed', ...(reason ? { reason } : {}) });
  }
  fail(check: CheckCode, reason: R): void {
    this.checks.push({ check, status: 'failed', reason });
  }
  skip(check: CheckCode, reason: R): void {
    this.checks.push({ check, status: 'skipped', reason });
  }
  record(check: CheckCode, problem: R | undefined, passed?: R): void {
    if (problem) this.fail(check, problem);
    else this.pass(check, passed);
  }
  has(check: CheckCode): boolean {
    return this.checks.some((c) => c.check === check);
  }
  passed(check: CheckCode): boolean {
    return this.checks.some((c) => c.check === check && c.status === 'passed');
  }
  skipRest(order: readonly CheckCode[], from: CheckCode, reason: R): void {
    for (const check of order.slice(order.indexOf(from))) if (!this.has(check)) this.skip(check, reason);
  }
  sorted(): CheckResult<R>[] {
    return [...this.checks].sort((a, b) => CHECK_CODES.indexOf(a.check) - CHECK_CODES.indexOf(b.check));
  }
}
