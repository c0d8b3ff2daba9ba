/**
 * What a light certificate states, as data: the JSON embedded (and signed) in the certificate PDF,
 * and what its page shows. It carries only what is true and what an employer needs — who issued
 * it (the firm as its signing certificate names it, and whether that is a TEST issuer), for which
 * dwelling (postcode and house number), when it was inspected, under which catalogue, until when,
 * which threat scenarios it covers (their owner basics in order) and the owner basics met through
 * them — and never a scenario it does not cover, an exempted or missing basic, a gap, an answer
 * value or a free-text detail of the home. Built by `certificateStatement` in src/certificate.
 */
export const CERTIFICATE_FORMAT = 'pkvw-light/certificate@2';

export interface CertificateData {
  format: typeof CERTIFICATE_FORMAT;
  number: string;
  /** The moment of issue (ISO timestamp): also the signing time. */
  issuedAt: string;
  /** ISO dates (YYYY-MM-DD, UTC). */
  issuedOn: string;
  validUntil: string;
  /** The inspection's own date, from the inspection file. */
  inspectedOn: string;
  /** `firm` is the organisation in the signer's certificate; `test` is true for a TEST issuer. */
  issuer: { firm: string; inspector: string; test: boolean };
  dwelling: { postcode: string; houseNumber: string };
  catalogue: { id: string; version: string; hash: string };
  answersHash: string;
  /** SHA-256 of the full canonical verdict the firm keeps: ties the certificate to it without disclosing it. */
  verdictHash: string;
  /** The scenarios covered, at their assessed level: every owner basic that applies through them is in order, with the evidence the catalogue demands. */
  coverage: { scenario: string; level: string }[];
  /** Whether that is every scenario of the assessed risk (the whole basis op orde). */
  fullCoverage: boolean;
  /** The owner basics met through the covered scenarios, by id. Exempted ones are not named: an exemption says where a home differs. */
  basicsMet: string[];
}

/** A number given with `certify --number`: capitals, digits and hyphens, 4 to 40 characters (the generated ones are of this form too). */
export const CERTIFICATE_NUMBER = /^[A-Z0-9][A-Z0-9-]{3,39}$/;

/** Deterministic: the issue date and the first 40 bits of the verdict hash. */
export function certificateNumber(issuedOn: string, verdictHash: string): string {
  return `PKVWL-${issuedOn.replaceAll('-', '')}-${verdictHash.slice(0, 10).toUpperCase()}`;
}

/**
 * The last day of validity: `months` after the issue date, minus one day (issued 2026-11-28 for
 * 48 months: valid until 2030-11-27). A day missing in the end month falls back to its last day.
 */
export function validityEnd(issuedOn: string, months: number): string {
  const [year = 0, month = 1, day = 1] = issuedOn.split('-').map(Number);
  const targetMonth = month - 1 + months;
  const lastDay = new Date(Date.UTC(year, targetMonth + 1, 0)).getUTCDate();
  const end = new Date(Date.UTC(year, targetMonth, Math.min(day, lastDay)) - 86_400_000);
  return end.toISOString().slice(0, 10);
}

/** Whole days from one ISO date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to.slice(0, 10)}T00:00:00Z`) - Date.parse(`${from.slice(0, 10)}T00:00:00Z`)) / 86_400_000);
}
