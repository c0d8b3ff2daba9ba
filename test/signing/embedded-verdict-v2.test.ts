import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/read-catalogue.js';
import { checkVerdictConsistency } from '../../src/signing/embedded-data-check.js';
import { caseVerdict } from '../support/case-verdicts.js';

const catalogue = loadCatalogue();

describe('the consistency check of an embedded verdict@2', () => {
  it.each(['06-alleen-tweestaps-email', '07-doorverwijzen-stelsel', '12-achterdeur-openbare-weg'])('accepts the engine’s own verdict for case %s', (name) => {
    expect(checkVerdictConsistency(caseVerdict(name, catalogue), catalogue)).toBeUndefined();
  });

  it('refuses an outcome for the home that its wonen results do not give', () => {
    const verdict = caseVerdict('12-achterdeur-openbare-weg', catalogue);
    expect(checkVerdictConsistency({ ...verdict, outcome: 'basis-op-orde' }, catalogue)?.code).toBe('verify-outcome-mismatch');
  });

  it('refuses a referral that still lists requirement results', () => {
    const verdict = caseVerdict('07-doorverwijzen-stelsel', catalogue);
    const other = caseVerdict('06-alleen-tweestaps-email', catalogue);
    expect(checkVerdictConsistency({ ...verdict, requirements: other.requirements }, catalogue)?.code).toBe('verify-outcome-mismatch');
  });
});
