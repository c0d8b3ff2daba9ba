import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/read-catalogue.js';
import { readAnswers } from '../../src/verdict/read-answers.js';
import { evaluate } from '../../src/verdict/evaluate.js';
import { validityEnd } from '../../src/certificate/certificate-data.js';
import { certificateStatement, type StatementSigner } from '../../src/certificate/certificate-statement.js';
import { UserError } from '../../src/problems/errors.js';
import { EXAMPLE_FIRM, INSPECTION, NOW } from '../signing/signing-fixtures.js';

const catalogue = loadCatalogue();
const signer: StatementSigner = { organization: EXAMPLE_FIRM, test: true, validFrom: '2026-01-01T00:00:00.000Z', validTo: '2027-01-01T00:00:00.000Z' };

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return error instanceof UserError ? (error.problems[0]?.code ?? 'none') : 'other';
  }
  return 'issued';
}

describe('what a certificate states', () => {
  const answers = readAnswers(INSPECTION, catalogue);
  const verdict = evaluate(catalogue, answers, NOW);

  it('gets a deterministic number from the date and the verdict', () => {
    expect(certificateStatement(verdict, answers, catalogue, signer).number).toBe(certificateStatement(verdict, answers, catalogue, signer).number);
    expect(certificateStatement(verdict, answers, catalogue, signer).number).toMatch(/^PKVWL-20261128-/);
  });

  it('names only the owner basics met, never an exempted or missing one', () => {
    const stated = certificateStatement(verdict, answers, catalogue, signer).basicsMet;
    const met = verdict.requirements.filter((r) => r.responsibility === 'bestuurder' && r.status === 'met').map((r) => r.requirement);
    expect(stated).toEqual(met);
    const exempted = { ...verdict, requirements: verdict.requirements.map((r) => (r.requirement === 'WON-01' ? { ...r, status: 'exempt' as const } : r)) };
    expect(certificateStatement(exempted, answers, catalogue, signer).basicsMet).not.toContain('WON-01');
  });

  it('takes the inspection date from the inspection and the firm from the signer', () => {
    const data = certificateStatement(verdict, answers, catalogue, signer);
    expect(data.inspectedOn).toBe('2026-11-18');
    expect(data.issuedOn).toBe('2026-11-28');
    expect(data.issuer).toEqual({ firm: EXAMPLE_FIRM, inspector: 'J. de Vries', test: true });
  });

  it('refuses what is not true: another outcome, weak evidence, a future or stale inspection, another firm, a signer not valid then', () => {
    expect(refusal(() => certificateStatement({ ...verdict, outcome: 'niet-op-orde' }, answers, catalogue, signer))).toBe('certificate-outcome');
    expect(refusal(() => certificateStatement({ ...verdict, certifiable: false }, answers, catalogue, signer))).toBe('certificate-evidence');
    expect(refusal(() => certificateStatement(verdict, { ...answers, date: '2026-11-29' }, catalogue, signer))).toBe('certificate-inspection-in-future');
    expect(refusal(() => certificateStatement(verdict, { ...answers, date: '2026-08-27' }, catalogue, signer))).toBe('certificate-inspection-too-old');
    expect(refusal(() => certificateStatement(verdict, answers, catalogue, { ...signer, organization: 'Politie Nederland' }))).toBe('certificate-firm-mismatch');
    expect(refusal(() => certificateStatement(verdict, answers, catalogue, { ...signer, validTo: '2026-11-01T00:00:00.000Z' }))).toBe('certificate-signer-not-valid');
    expect(refusal(() => certificateStatement(verdict, answers, catalogue, signer))).toBe('issued');
  });

  // What the answers file must name for a certificate to say it, and the number it may carry.
  it.each([
    ['certificate-no-dwelling', () => certificateStatement(verdict, { ...answers, subject: { role: answers.subject.role } }, catalogue, signer)],
    // readAnswers already refuses an inspection without it (answers-inspection-missing); an Answers built in code can still lack it.
    ['certificate-no-inspection', () => certificateStatement(verdict, { ...answers, inspection: undefined }, catalogue, signer)],
    ['certificate-number-invalid', () => certificateStatement(verdict, answers, catalogue, signer, { number: 'pkvwl.1' })],
  ])('refuses with %s', (code, run) => {
    expect(refusal(run)).toBe(code);
  });

  it('compares firm names as written, ignoring only spacing and Unicode form', () => {
    expect(refusal(() => certificateStatement(verdict, answers, catalogue, { ...signer, organization: `  ${EXAMPLE_FIRM.replace(' ', '  ')} ` }))).toBe('issued');
    expect(refusal(() => certificateStatement(verdict, answers, catalogue, { ...signer, organization: EXAMPLE_FIRM.toUpperCase() }))).toBe('certificate-firm-mismatch');
  });

  it('ends its validity the day before the same date the catalogue months later', () => {
    expect(validityEnd('2026-11-28', 48)).toBe('2030-11-27');
    expect(validityEnd('2026-01-01', 12)).toBe('2026-12-31');
    expect(validityEnd('2026-08-31', 6)).toBe('2027-02-27');
  });
});
