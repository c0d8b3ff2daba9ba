/**
 * The verification result as text: one line per check (OK / FOUT / overgeslagen) with its reason,
 * what the certificate states (firm, dwelling, dates, what it covers), whether revocation was
 * checked, and the status in one line. Reason texts come from the message maps, in Dutch or English.
 * What the PDF states is whatever its signer wrote, and the file name is the user's: both are
 * escaped for the terminal, so a signed field cannot move the cursor or forge the status line.
 */
import type { Language } from '../catalogue/catalogue-types.js';
import { escapeForTerminal } from '../i18n/escape-for-terminal.js';
import type { ProblemRenderer } from '../i18n/message-map.js';
import type { ProblemParams } from '../problems/problem.js';
import type { CheckCode, CheckResult, CheckStatus, Reason } from '../signing/verification-result.js';
import type { VerifyCode } from './certificate-messages.js';
import type { CertificateStatus, CertificateVerification } from './verify-certificate.js';
import type { MeasureAnswer } from './measure-coverage.js';

const MARK: Record<Language, Record<CheckStatus, string>> = {
  nl: { passed: 'OK  ', failed: 'FOUT', skipped: '--  ' },
  en: { passed: 'OK  ', failed: 'FAIL', skipped: '--  ' },
};

/** The words of a verification result, shared with the verification page. */
export const VERIFICATION_WORDS = {
  nl: {
    status: {
      valid: 'GELDIG',
      expired: 'VERLOPEN',
      revoked: 'INGETROKKEN',
      'not-a-pkvw-light-certificate': 'GEEN PKVW-LIGHT-CERTIFICAAT',
      invalid: 'ONGELDIG',
    } satisfies Record<CertificateStatus, string>,
    skipped: 'overgeslagen',
    certificate: 'Certificaat',
    firm: 'Afgegeven door',
    test: 'TEST-uitgever, geen echt certificaat',
    inspector: 'Inspecteur',
    dwelling: 'Woning',
    inspectedOn: 'Geïnspecteerd op',
    issuedOn: 'Afgegeven op',
    validUntil: 'Geldig tot en met',
    catalogue: 'Catalogus',
    covers: 'Dekt',
    all: "alle scenario's van het vastgestelde risico",
    scenarios: "scenario's",
    basics: 'Basismaatregelen',
    basicsMet: (n: number) => `${n} voldane basismaatregelen`,
    signed: 'Ondertekend',
    dataHash: 'SHA-256 gegevens',
    byTimestamp: 'volgens tijdstempel',
    bySigner: 'volgens de ondertekenaar, zonder tijdstempel',
    revocationUnchecked: 'intrekking niet gecontroleerd (geef --revocations BESTAND van het bedrijf)',
    revocationChecked: (n: number) => `intrekking gecontroleerd tegen ${n} lijst(en)`,
    summary: (status: string, file: string) => `${status}: ${file}`,
    because: 'want',
    measureNone: (query: string) => `Geen maatregel in de catalogus heet “${query}”.`,
    measureCovered: (title: string, scenarios: string) => `${title}: gedekt. Het certificaat dekt elk scenario waartegen deze maatregel helpt (${scenarios}).`,
    measureOutside: (title: string, scenarios: string) => `${title}: niet gedekt. Het certificaat dekt deze scenario's van de maatregel niet: ${scenarios}.`,
    measureInvalid: (title: string) => `${title}: niet gedekt, want dit certificaat is niet geldig.`,
    measureNoCatalogue: 'De catalogus van dit certificaat is hier niet beschikbaar, dus niet te zeggen welke maatregelen het dekt.',
  },
  en: {
    status: {
      valid: 'VALID',
      expired: 'EXPIRED',
      revoked: 'REVOKED',
      'not-a-pkvw-light-certificate': 'NOT A PKVW-LIGHT CERTIFICATE',
      invalid: 'INVALID',
    } satisfies Record<CertificateStatus, string>,
    skipped: 'skipped',
    certificate: 'Certificate',
    firm: 'Issued by',
    test: 'TEST issuer, not a real certificate',
    inspector: 'Inspector',
    dwelling: 'Dwelling',
    inspectedOn: 'Inspected on',
    issuedOn: 'Issued on',
    validUntil: 'Valid until',
    catalogue: 'Catalogue',
    covers: 'Covers',
    all: 'every scenario of the established risk',
    scenarios: 'scenarios',
    basics: 'Basic measures',
    basicsMet: (n: number) => `${n} basic measures met`,
    signed: 'Signed',
    dataHash: 'SHA-256 of data',
    byTimestamp: 'by timestamp',
    bySigner: 'as the signer states it, without a timestamp',
    revocationUnchecked: "revocation not checked (give --revocations FILE of the firm)",
    revocationChecked: (n: number) => `revocation checked against ${n} list(s)`,
    summary: (status: string, file: string) => `${status}: ${file}`,
    because: 'because',
    measureNone: (query: string) => `No measure in the catalogue is called “${query}”.`,
    measureCovered: (title: string, scenarios: string) => `${title}: covered. The certificate covers every scenario this measure acts against (${scenarios}).`,
    measureOutside: (title: string, scenarios: string) => `${title}: not covered. The certificate does not cover these scenarios of the measure: ${scenarios}.`,
    measureInvalid: (title: string) => `${title}: not covered, because this certificate is not valid.`,
    measureNoCatalogue: "This certificate's catalogue is not available here, so which measures it covers cannot be said.",
  },
} as const;

/** What a check establishes, and why it failed or was skipped (or what exactly it established), in words.
 * `renderProblem` is the message registry at the edge (`src/messages/`), passed in so certificate/ depends on nothing after it. */
export function describeCheck(check: CheckResult, lang: Language, renderProblem: ProblemRenderer): { what: string; reason: string } {
  const message = messageWith(renderProblem);
  return { what: message(titleCode(check.check), {}, lang), reason: check.reason ? message(check.reason.code, check.reason.params, lang) : '' };
}

/** The code of a check's title, built from its name: tsc fails when a check has no `verify-check-…` message. */
function titleCode(check: CheckCode): VerifyCode {
  return `verify-check-${check}`;
}

/** Why the status is what it is: the reason it is no certificate, else the first failed check's. */
export function statusReason(result: CertificateVerification): Reason | undefined {
  return result.notCertificate ?? result.checks.find((check) => check.status === 'failed')?.reason;
}

export function renderCheck(check: CheckResult, lang: Language, renderProblem: ProblemRenderer): string {
  const { what, reason } = describeCheck(check, lang, renderProblem);
  const why = check.status === 'skipped' ? ` (${VERIFICATION_WORDS[lang].skipped}: ${reason})` : reason ? `: ${reason}` : '';
  return `${MARK[lang][check.status]} ${check.check.padEnd(24)} ${what}${why}`;
}

/** `measures`: the answers to `verify --measure`, said after what the certificate states and before the status line. */
export function renderVerification(result: CertificateVerification, file: string, lang: Language, renderProblem: ProblemRenderer, measures: readonly MeasureAnswer[] = []): string {
  const w = VERIFICATION_WORDS[lang];
  const message = messageWith(renderProblem);
  const lines = result.checks.map((c) => renderCheck(c, lang, renderProblem));
  const c = result.certificate;
  if (c) {
    const row = (label: string, value: string) => `  ${label.padEnd(18)} ${escapeForTerminal(value)}`;
    lines.push('', `${w.certificate} ${escapeForTerminal(c.number)}`);
    lines.push(row(w.firm, c.issuer.test ? `${c.issuer.firm} (${w.test})` : c.issuer.firm));
    lines.push(row(w.inspector, c.issuer.inspector));
    lines.push(row(w.dwelling, `${c.dwelling.postcode} ${c.dwelling.houseNumber}`));
    lines.push(row(w.inspectedOn, c.inspectedOn), row(w.issuedOn, c.issuedOn), row(w.validUntil, c.validUntil));
    lines.push(row(w.catalogue, `${c.catalogue.id} ${c.catalogue.version}`));
    const names = new Map((result.covers ?? []).map((s) => [s.scenario, s.name[lang]]));
    const scenarios = c.coverage.map((s) => `${s.scenario} ${names.get(s.scenario) ?? ''} (${s.level})`.replace('  ', ' '));
    lines.push(row(w.covers, c.fullCoverage ? `${w.all} (${c.coverage.length})` : `${c.coverage.length} ${w.scenarios}`));
    for (const scenario of scenarios) lines.push(row('', scenario));
    lines.push(row(w.basics, `${w.basicsMet(c.basicsMet.length)}: ${c.basicsMet.join(', ')}`));
    if (result.dataHash) lines.push(row(w.dataHash, result.dataHash));
    if (result.signingTime) lines.push(row(w.signed, `${result.signingTime} (${result.signingTimeSource === 'timestamp' ? w.byTimestamp : w.bySigner})`));
  }
  const measureLines = measures.flatMap((answer) => measureAnswerLines(answer, lang)).map((line) => escapeForTerminal(line.text));
  if (measureLines.length > 0) lines.push('', ...measureLines);
  lines.push('');
  if (result.kind === 'certificate') lines.push(result.revocation.checked ? w.revocationChecked(result.revocation.lists) : w.revocationUnchecked);
  const status = w.status[result.status];
  const why = statusReason(result);
  const shownFile = escapeForTerminal(file);
  lines.push(why ? `${w.summary(status, shownFile)} ${w.because} ${message(why.code, why.params, lang)}` : w.summary(status, shownFile));
  return lines.join('\n') + '\n';
}

/**
 * The answer to "does this certificate cover measure X?", one sentence per measure found, as the
 * verification page and `verify --measure` say it. Titles and scenario names come from the catalogue.
 */
export function measureAnswerLines(answer: MeasureAnswer, lang: Language): { measure?: string; covered: boolean; text: string }[] {
  const w = VERIFICATION_WORDS[lang];
  if (answer.kind === 'no-catalogue') return [{ covered: false, text: w.measureNoCatalogue }];
  if (answer.kind === 'not-found') return [{ covered: false, text: w.measureNone(answer.query) }];
  if (answer.kind === 'not-valid') return [{ covered: false, text: w.measureInvalid(`“${answer.query}”`) }];
  const names = new Map(answer.catalogue.scenarios.map((s) => [s.id, s.name[lang]]));
  const scenarioText = (ids: readonly string[]) => ids.map((id) => [id, names.get(id)].filter(Boolean).join(' ')).join(', ');
  return answer.coverage.map(({ measure, covered, notCovered }) => {
    const name = `${measure.title[lang]} (${measure.id})`;
    const text = covered
      ? w.measureCovered(name, scenarioText(measure.scenarios))
      : notCovered?.reason === 'scenarios-outside'
        ? w.measureOutside(name, scenarioText(notCovered.scenarios))
        : w.measureInvalid(name);
    return { measure: measure.id, covered, text };
  });
}

function messageWith(renderProblem: ProblemRenderer) {
  return (code: string, params: ProblemParams, lang: Language): string => renderProblem({ code, severity: 'error', params }, lang);
}
