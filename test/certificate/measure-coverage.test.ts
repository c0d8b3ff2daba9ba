import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/read-catalogue.js';
import { catalogueMeasures, findMeasures, measureCoverage } from '../../src/certificate/measure-coverage.js';
import type { CertificateVerification } from '../../src/certificate/verify-certificate.js';

const catalogue = loadCatalogue();

/** A verification result as verify gives it, covering `scenarios`. */
function verified(status: CertificateVerification['status'], scenarios: string[]): CertificateVerification {
  const certificate = {
    number: 'PKVWL-TEST-0001', issuedAt: '2026-11-28T10:30:00.000Z', issuedOn: '2026-11-28', validUntil: '2030-11-27', inspectedOn: '2026-11-18',
    issuer: { firm: 'Firma', inspector: 'I', test: true }, dwelling: { postcode: '3511 AB', houseNumber: '12' },
    catalogue: { id: 'pkvw-light', version: catalogue.metadata.version, hash: catalogue.hash },
    coverage: scenarios.map((scenario) => ({ scenario, level: 'A' })), fullCoverage: false, basicsMet: [],
  };
  return { status, checks: [], certificate, revocation: { checked: false, lists: 0, crls: 0 } };
}

describe('whether a certificate covers a measure', () => {
  it('finds a measure by its code in any case, or by words of its Dutch or English title, ignoring accents', () => {
    expect(findMeasures(catalogue, 'won-16').map((m) => m.id)).toEqual(['WON-16']);
    expect(findMeasures(catalogue, 'Brievenbus').map((m) => m.id)).toContain('WON-16');
    expect(findMeasures(catalogue, 'letterbox').map((m) => m.id)).toContain('WON-16');
    expect(findMeasures(catalogue, '  ')).toEqual([]);
    expect(findMeasures(catalogue, 'geen-maatregel-zo')).toEqual([]);
    // Only measures: an owner basic is no measure, even by its code.
    const basic = catalogue.requirements.find((r) => r.responsibility === 'bestuurder' && !r.measure);
    expect(findMeasures(catalogue, basic?.id ?? 'x')).toEqual([]);
  });

  it('covers a measure exactly when every one of its scenarios is covered by a valid certificate', () => {
    for (const measure of catalogueMeasures(catalogue)) {
      expect(measureCoverage(verified('valid', measure.scenarios), measure)).toEqual({ measure, covered: true });
      const [first, ...rest] = measure.scenarios;
      if (first !== undefined) {
        expect(measureCoverage(verified('valid', rest), measure)).toEqual({ measure, covered: false, notCovered: { reason: 'scenarios-outside', scenarios: [first] } });
      }
      for (const status of ['expired', 'revoked', 'invalid'] as const) {
        expect(measureCoverage(verified(status, measure.scenarios), measure)).toEqual({ measure, covered: false, notCovered: { reason: 'certificate-not-valid' } });
      }
    }
  });
});
