import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/read-catalogue.js';
import { answerMeasureQuery, catalogueMeasures, findMeasures, measureCoverage } from '../../src/certificate/measure-coverage.js';
import { measureAnswerLines } from '../../src/certificate/verification-text.js';
import type { CertificateVerification } from '../../src/certificate/verify-certificate.js';

const catalogue = loadCatalogue();

/** A verification result as verify gives it, covering `scenarios`. */
function verified(status: CertificateVerification['status'], scenarios: readonly string[]): CertificateVerification {
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

describe('does this certificate cover measure X: the one answer of the verification page and `verify --measure`', () => {
  const letterbox = catalogueMeasures(catalogue).find((m) => m.id === 'WON-16')!;

  it.each([
    ['covered', verified('valid', letterbox.scenarios), 'brievenbus', 'nl', /^Vuurwerkbestendige brievenbus.*\(WON-16\): gedekt\. .*SC-02 Explosief/],
    ['a scenario outside', verified('valid', letterbox.scenarios.slice(1)), 'WON-16', 'nl', /\(WON-16\): niet gedekt\. Het certificaat dekt deze scenario's van de maatregel niet: SC-02 Explosief/],
    ['not valid', verified('expired', letterbox.scenarios), 'letterbox', 'en', /\(WON-16\): not covered, because this certificate is not valid\./],
    ['no such measure', verified('valid', letterbox.scenarios), 'vliegende schotel', 'nl', /^Geen maatregel in de catalogus heet “vliegende schotel”\.$/],
  ] as const)('%s', (_name, verification, query, lang, text) => {
    const lines = measureAnswerLines(answerMeasureQuery(verification, catalogue, query), lang);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.text).toMatch(text);
    expect(lines[0]!.covered).toBe(_name === 'covered');
  });

  it('says so when the catalogue is not available, and that an invalid certificate covers nothing even then', () => {
    expect(measureAnswerLines(answerMeasureQuery(verified('valid', []), undefined, 'brievenbus'), 'nl')[0]!.text).toMatch(/niet beschikbaar/);
    expect(measureAnswerLines(answerMeasureQuery({ ...verified('invalid', []), certificate: undefined }, undefined, 'brievenbus'), 'nl')[0]!.text).toBe('“brievenbus”: niet gedekt, want dit certificaat is niet geldig.');
  });
});
