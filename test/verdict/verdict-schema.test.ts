import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/verdict/evaluate.js';
import { smallAnswers, smallCatalogue } from '../support/small-catalogue.js';
import { verdictSchemaValidator } from '../support/verdict-schema.js';

describe('the verdict schema', () => {
  it('describes verdicts of every status, an exemption and a gap plan', () => {
    const validate = verdictSchemaValidator();
    const claim = { exception: 'EXC-MON', requirements: ['WON-02'], justification: 'Rijksmonument', evidence: { level: 'document' as const } };
    const verdicts = [
      evaluate(smallCatalogue(), smallAnswers({ functie: 'burgemeester', dreiging: false, achterdeur: true, slot: 'geen', monument: true }, { exceptions: [claim] }), new Date(0)),
      evaluate(smallCatalogue(), smallAnswers({ functie: 'burgemeester', dreiging: true, ernstig: true, achterdeur: false, verlichting: false }), new Date(0)),
    ];
    for (const verdict of verdicts) expect(validate(verdict) ? [] : validate.errors).toEqual([]);
  });

  it('rejects a verdict with a field it does not describe', () => {
    const validate = verdictSchemaValidator();
    const verdict = { ...evaluate(smallCatalogue(), smallAnswers({ functie: 'wethouder', dreiging: false }), new Date(0)), extra: 1 };
    expect(validate(verdict)).toBe(false);
  });
});
