/**
 * Whether a verified certificate covers a given measure, for the employer who must decide on
 * funding it: the measure's scenarios (from the catalogue the certificate names) must all be among
 * the scenarios the certificate covers, the same rule the verdict applies to a measure
 * (`MeasureDecision.certifiable`: coverage includes every scenario of the measure). Only a valid
 * certificate covers anything. Pure.
 */
import type { Catalogue, LocalizedText } from '../catalogue/catalogue-types.js';
import type { CertificateVerification } from './verify-certificate.js';

export interface MeasureChoice {
  id: string;
  title: LocalizedText;
  scenarios: string[];
}

export interface MeasureCoverage {
  measure: MeasureChoice;
  covered: boolean;
  /** Why not, when not covered: the certificate is not valid, or these scenarios are outside it. */
  notCovered?: { reason: 'certificate-not-valid' } | { reason: 'scenarios-outside'; scenarios: string[] };
}

/** The measures of a catalogue (requirements with a `measure`), in catalogue order. */
export function catalogueMeasures(catalogue: Catalogue): MeasureChoice[] {
  return catalogue.requirements.flatMap((r) => (r.measure ? [{ id: r.id, title: r.title, scenarios: [...r.measure.scenarios] }] : []));
}

/**
 * The measures a user means by `query`: its id (any case), or else every measure whose Dutch or
 * English title contains the words typed, ignoring case, accents and spacing.
 * @example findMeasures(catalogue, 'brievenbus') // [{ id: 'WON-16', … }]
 */
export function findMeasures(catalogue: Catalogue, query: string): MeasureChoice[] {
  const wanted = fold(query);
  if (wanted === '') return [];
  const measures = catalogueMeasures(catalogue);
  const byId = measures.filter((m) => fold(m.id) === wanted);
  if (byId.length > 0) return byId;
  const words = wanted.split(' ');
  return measures.filter((m) => [m.title.nl, m.title.en, `${m.id} ${m.title.nl}`, `${m.id} ${m.title.en}`].some((t) => words.every((w) => fold(t).includes(w))));
}

export function measureCoverage(verification: CertificateVerification, measure: MeasureChoice): MeasureCoverage {
  if (verification.status !== 'valid' || verification.certificate === undefined) return { measure, covered: false, notCovered: { reason: 'certificate-not-valid' } };
  const covered = new Set(verification.certificate.coverage.map((c) => c.scenario));
  const outside = measure.scenarios.filter((s) => !covered.has(s));
  return outside.length === 0 ? { measure, covered: true } : { measure, covered: false, notCovered: { reason: 'scenarios-outside', scenarios: outside } };
}

/** What a query for a measure found: no catalogue to look in, no measure by that name, or each measure it names with its coverage. */
export type MeasureAnswer =
  | { kind: 'no-catalogue'; query: string }
  /** A certificate that is not valid, whose catalogue could not even be read from it: it covers nothing. */
  | { kind: 'not-valid'; query: string }
  | { kind: 'not-found'; query: string }
  | { kind: 'found'; query: string; catalogue: Catalogue; coverage: MeasureCoverage[] };

/**
 * Answers "does this certificate cover `query`?" against the catalogue the certificate names (undefined
 * when it is not available), for the verification page and `verify --measure` alike.
 */
export function answerMeasureQuery(verification: CertificateVerification, catalogue: Catalogue | undefined, query: string): MeasureAnswer {
  if (catalogue === undefined) return verification.status === 'valid' ? { kind: 'no-catalogue', query } : { kind: 'not-valid', query };
  const found = findMeasures(catalogue, query);
  return found.length === 0 ? { kind: 'not-found', query } : { kind: 'found', query, catalogue, coverage: found.map((measure) => measureCoverage(verification, measure)) };
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}
