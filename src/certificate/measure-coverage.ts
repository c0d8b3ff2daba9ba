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

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}
