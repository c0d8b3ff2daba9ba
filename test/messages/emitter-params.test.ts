import { describe, expect, it } from 'vitest';
import { validateCatalogue } from '../../src/catalogue/validate-catalogue.js';
import { formatProblemLine } from '../../src/messages/render-problem.js';

/**
 * Emitters that did not give what their message reads, found when tsc began checking parameters
 * per code (#12): each case shows the message as a user reads it now.
 */
describe('a problem found by an emitter the typing corrected', () => {
  it('names the folder of an empty catalogue (validateCatalogue said "found in undefined")', () => {
    const { catalogue, problems } = validateCatalogue([], 'mijn-spec');
    expect(catalogue).toBeUndefined();
    expect(problems.map((p) => formatProblemLine(p, 'nl'))).toEqual(['mijn-spec: fout catalogue-empty geen catalogusbestanden (*.yaml) gevonden in mijn-spec']);
    expect(problems.map((p) => formatProblemLine(p, 'en'))).toEqual(['mijn-spec: error catalogue-empty no catalogue files (*.yaml) found in mijn-spec']);
  });
});
