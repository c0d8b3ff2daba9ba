/**
 * The verification result as text: one line per check (OK / FOUT / overgeslagen), with the reason,
 * then the verdict in one line. Texts come from signing-messages.ts, in Dutch or English.
 */
import type { Language } from '../catalogue/catalogue-types.js';
import { renderProblemMessage } from '../i18n/render-problem.js';
import type { ProblemParams } from '../problems/problem.js';
import type { CheckResult, CheckStatus, VerificationResult } from './verification-result.js';

const MARK: Record<Language, Record<CheckStatus, string>> = {
  nl: { passed: 'OK  ', failed: 'FOUT', skipped: '--  ' },
  en: { passed: 'OK  ', failed: 'FAIL', skipped: '--  ' },
};

export function renderCheck(check: CheckResult, lang: Language): string {
  const what = message(`verify-check-${check.check}`, {}, lang);
  const reason = check.reason ? message(check.reason.code, check.reason.params, lang) : '';
  const why = check.status === 'skipped' ? ` (${lang === 'nl' ? 'overgeslagen' : 'skipped'}: ${reason})` : reason ? `: ${reason}` : '';
  return `${MARK[lang][check.status]} ${check.check.padEnd(24)} ${what}${why}`;
}

export function renderVerification(result: VerificationResult, file: string, lang: Language): string {
  const lines = result.checks.map((c) => renderCheck(c, lang));
  const failed = result.checks.find((c) => c.status === 'failed');
  const params = {
    file,
    kind: message(`verify-kind-${result.kind ?? 'unknown'}`, {}, lang),
    number: result.certificate?.number ?? '',
    check: failed?.check ?? '',
  };
  lines.push('');
  if (result.certificate && result.valid) lines.push(message('verify-summary-certificate', { ...params, until: result.certificate.validUntil }, lang));
  lines.push(message(result.valid ? 'verify-summary-valid' : 'verify-summary-invalid', params, lang));
  return lines.join('\n') + '\n';
}

function message(code: string, params: ProblemParams, lang: Language): string {
  return renderProblemMessage({ code, severity: 'error', params }, lang);
}
