import { describe, expect, it } from 'vitest';
import { relevantQuestionIds } from '../../src/verdict/question-relevance.js';
import { smallAnswers, smallCatalogue } from '../support/small-catalogue.js';

const catalogue = smallCatalogue();

describe('which questions are relevant', () => {
  it('asks the intake first, then only what the requirements at this risk level need', () => {
    expect(relevantQuestionIds(catalogue, smallAnswers({}))).toEqual(['functie', 'dreiging', 'verlichting', 'sociale-media']);
    expect(relevantQuestionIds(catalogue, smallAnswers({ functie: 'wethouder', dreiging: false }))).toEqual(['functie', 'dreiging', 'verlichting', 'sociale-media']);
  });

  it('asks a follow-up only once the answer it depends on makes it apply', () => {
    expect(relevantQuestionIds(catalogue, smallAnswers({ functie: 'wethouder', dreiging: true }))).toEqual([
      'functie', 'dreiging', 'ernstig', 'verlichting', 'achterdeur', 'monument', 'camera', 'sociale-media',
    ]);
  });

  it('adds the questions of requirements that a higher risk brings into play', () => {
    const asked = relevantQuestionIds(catalogue, smallAnswers({ functie: 'burgemeester', dreiging: false }));
    expect(asked).toEqual(['functie', 'dreiging', 'verlichting', 'achterdeur', 'monument', 'camera', 'sociale-media']);
    expect(relevantQuestionIds(catalogue, smallAnswers({ functie: 'burgemeester', dreiging: false, achterdeur: true }))).toContain('slot');
  });

  it('drops what a requirement needs once its condition rules it out', () => {
    const asked = relevantQuestionIds(catalogue, smallAnswers({ functie: 'burgemeester', dreiging: false, achterdeur: false }));
    expect(asked).toContain('achterdeur');
    expect(asked).not.toContain('slot');
    expect(asked).not.toContain('monument');
  });
});
