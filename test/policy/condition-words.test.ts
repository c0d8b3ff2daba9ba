import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/read-catalogue.js';
import { fixturesDir } from '../../src/package-paths.js';
import { conditionSentence, describeCondition } from '../../src/policy/condition-words.js';
import type { Condition, Language } from '../../src/catalogue/catalogue-types.js';

const catalogue = loadCatalogue(join(fixturesDir, 'catalogues', 'minimal'));
const say = (condition: Condition, lang: Language = 'nl') => conditionSentence(describeCondition(condition, catalogue, lang), lang);

describe('a condition in plain words', () => {
  it('uses the question text and yes/no', () => {
    expect(say({ answer: 'wonen.achterdeur', is: true })).toBe('“Heeft de woning een achterdeur?”: ja');
    expect(say({ answer: 'wonen.achterdeur', is: false }, 'en')).toBe('“Does the home have a back door?”: no');
  });

  it('uses option labels, not values', () => {
    expect(say({ answer: 'wonen.slot', oneOf: ['skg2', 'skg3'] })).toBe('“Welk slot zit op de achterdeur?”: “SKG twee sterren” of “SKG drie sterren”');
    expect(say({ answer: 'wonen.camera', includes: 'voordeur' }, 'en')).toBe('“Where is a camera?”: includes “At the front door”');
  });

  it('joins parts with and/or, nested parts in brackets, and merges choices of one question', () => {
    expect(say({ all: [{ answer: 'wonen.lampen', atLeast: 2 }, { any: [{ answer: 'intake.incident', is: true }, { not: { answer: 'wonen.monument', is: true } }] }] })).toBe(
      '“Hoeveel buitenlampen met sensor zijn er?”: ten minste 2 en (“Was er een incident aan huis?”: ja of niet: “Is de woning een monument?”: ja)',
    );
    expect(say({ any: [{ answer: 'wonen.camera', includes: 'voordeur' }, { answer: 'wonen.camera', includes: 'achterdeur' }] })).toBe(
      '“Waar hangt een camera?”: onder meer “Bij de voordeur” of “Bij de achterdeur”',
    );
  });

  it('names scenarios and levels', () => {
    expect(say({ risk: 'SC-02', atLeast: 'B' })).toBe('risiconiveau “Intimidatie aan huis”: B (Verhoogd) of hoger');
    expect(say({ anyRisk: { atLeast: 'B' } }, 'en')).toBe('the risk level of any scenario: B (Raised) or higher');
  });
});
