/**
 * What the commands print when they succeed, in Dutch and English: the one place that wording lives
 * (a problem's is in its message map). Each command picks `commandWords[lang]` and fills it in.
 */
import type { Language } from '../src/catalogue/catalogue-types.js';

export interface CommandWords {
  /** spec validate: the line after the findings. */
  validateSummary: (s: { valid: boolean; name?: string; files: number; requirements?: number; questions?: number; scenarios?: number; errors: number; warnings: number }) => string;
  /** certify: the certificate written and where it is registered. */
  certified: (c: { out: string; number: string; inspectedOn: string; issuedOn: string; validUntil: string; signer: string; timestamped: boolean; register: string }) => string;
  /** issuer test-crl: the CRL written and how to check against it. */
  testCrlWritten: (c: { out: string; count: number; trust: string }) => string;
  /** issuer create-test: the TEST issuer's files and the next two commands. */
  testIssuerMade: (c: { dir: string; ca: string; p12: string; firm: string; passphrase: string; trust: string }) => string[];
  /** issuer revoke: the number revoked and the signed list written. */
  revoked: (c: { number: string; revokedOn: string; count: number; out: string; register: string }) => string;
  /** report: the file written with its outcome. */
  reportWritten: (out: string, outcome: string, signed: boolean) => string;
  /** spec simulate: progress on stderr while cases are evaluated. */
  simulateProgress: (done: number, total: number) => string;
  /** spec simulate --model with sensitivity runs: which run is done. */
  simulateRun: (done: number, total: number) => string;
}

export const commandWords: Record<Language, CommandWords> = {
  nl: {
    validateSummary: (s) =>
      `${s.valid ? 'geldig' : 'ONGELDIG'}${s.name ? ` — ${s.name}` : ''}: ${s.files} bestand(en)${s.valid ? `: ${s.requirements} eisen, ${s.questions} vragen, ${s.scenarios} scenario's` : ''}; ${s.errors} fout(en), ${s.warnings} waarschuwing(en)`,
    certified: (c) =>
      `${c.out}: certificaat ${c.number}, geïnspecteerd op ${c.inspectedOn}, geldig van ${c.issuedOn} tot en met ${c.validUntil}, ondertekend door ${c.signer}${c.timestamped ? ' met tijdstempel' : ''}\n  register: ${c.register}\n`,
    testCrlWritten: (c) => `CRL van de TEST-CA: ${c.out} (${c.count} ingetrokken certificaat/certificaten)\n  controleren: pkvw-light verify CERTIFICAAT.pdf --trust ${c.trust} --crl ${c.out}\n`,
    testIssuerMade: (c) => [
      `TEST-uitgever gemaakt in ${c.dir} (alleen voor demo en tests, niet voor echte certificaten):`,
      `  vertrouwde CA:   ${c.ca}`,
      `  bedrijfssleutel: ${c.p12} (${c.firm})`,
      `  wachtwoord:      ${c.passphrase} (alleen voor u leesbaar)`,
      '',
      `  pkvw-light certify fixtures/answers/inspectie-voorbeeld.yaml --issuer ${c.p12} --passphrase-file ${c.passphrase} --out certificaat.pdf`,
      `  pkvw-light verify certificaat.pdf --trust ${c.trust}`,
    ],
    revoked: (c) =>
      `${c.number} ingetrokken op ${c.revokedOn}.\n  intrekkingslijst (ondertekend, ${c.count} nummer(s)): ${c.out}\n  register: ${c.register}\n  controleren: pkvw-light verify CERTIFICAAT.pdf --trust MAP --revocations ${c.out}\n`,
    reportWritten: (out, outcome, signed) => `${out}: ${outcome}${signed ? ' (ondertekend)' : ''}\n`,
    simulateProgress: (done, total) => `beoordeeld: ${done}/${total}\n`,
    simulateRun: (done, total) => `run ${done}/${total}\n`,
  },
  en: {
    validateSummary: (s) =>
      `${s.valid ? 'valid' : 'INVALID'}${s.name ? ` — ${s.name}` : ''}: ${s.files} file(s)${s.valid ? `: ${s.requirements} requirements, ${s.questions} questions, ${s.scenarios} scenarios` : ''}; ${s.errors} error(s), ${s.warnings} warning(s)`,
    certified: (c) =>
      `${c.out}: certificate ${c.number}, inspected on ${c.inspectedOn}, valid from ${c.issuedOn} until ${c.validUntil}, signed by ${c.signer}${c.timestamped ? ' with a timestamp' : ''}\n  register: ${c.register}\n`,
    testCrlWritten: (c) => `TEST CA CRL: ${c.out} (${c.count} revoked certificate(s))\n  check: pkvw-light verify CERTIFICATE.pdf --trust ${c.trust} --crl ${c.out}\n`,
    testIssuerMade: (c) => [
      `TEST issuer created in ${c.dir} (for demos and tests only, not for real certificates):`,
      `  trusted CA:      ${c.ca}`,
      `  firm key:        ${c.p12} (${c.firm})`,
      `  passphrase:      ${c.passphrase} (readable by you only)`,
      '',
      `  pkvw-light certify fixtures/answers/inspectie-voorbeeld.yaml --issuer ${c.p12} --passphrase-file ${c.passphrase} --out certificate.pdf`,
      `  pkvw-light verify certificate.pdf --trust ${c.trust}`,
    ],
    revoked: (c) =>
      `${c.number} revoked on ${c.revokedOn}.\n  revocation list (signed, ${c.count} number(s)): ${c.out}\n  register: ${c.register}\n  check: pkvw-light verify CERTIFICATE.pdf --trust DIR --revocations ${c.out}\n`,
    reportWritten: (out, outcome, signed) => `${out}: ${outcome}${signed ? ' (signed)' : ''}\n`,
    simulateProgress: (done, total) => `evaluated: ${done}/${total}\n`,
    simulateRun: (done, total) => `run ${done}/${total}\n`,
  },
};
