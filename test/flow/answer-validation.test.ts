import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Question } from '../../src/catalogue/catalogue-types.js';
import { parseNumberText, validateAnswerValue, validateClaim } from '../../src/flow/answer-validation.js';
import { renderProblemMessage } from '../../src/messages/render-problem.js';
import { catalogue } from './flow-test-kit.js';

const t = (text: string) => ({ nl: text, en: text });
const floors: Question = { id: 'verdiepingen', section: 'wonen', text: t('Hoeveel verdiepingen?'), type: 'number', min: 1, max: 5 };

describe('checking one answer before the flow moves on', () => {
  it('accepts every option of every choice question in the catalogue, and Ja/Nee for yes/no', () => {
    for (const question of catalogue.questions) {
      const valid = question.type === 'boolean' ? [true, false] : question.type === 'choice' ? (question.options ?? []).map((o) => o.value) : [];
      for (const value of valid) expect(validateAnswerValue(question, value)).toBeUndefined();
    }
  });

  it('refuses a value outside the options, naming the options in Dutch and English but never the value', () => {
    const question = catalogue.questions.find((q) => q.type === 'choice');
    if (question === undefined) throw new Error('no choice question');
    const problem = validateAnswerValue(question, 'mijn-adres-is-geheim');
    expect(problem?.code).toBe('flow-answer-not-choice');
    if (problem === undefined) return;
    expect(renderProblemMessage(problem, 'nl')).toMatch(/^kies een van de opties/);
    expect(renderProblemMessage(problem, 'en')).toMatch(/^choose one of the options/);
    expect(renderProblemMessage(problem, 'nl')).not.toContain('mijn-adres-is-geheim');
  });

  it('keeps numbers within min and max with a Dutch message', () => {
    expect(validateAnswerValue(floors, 3)).toBeUndefined();
    const above = validateAnswerValue(floors, 9);
    expect(above === undefined ? '' : renderProblemMessage(above, 'nl')).toBe('vul een getal in van hoogstens 5');
    const below = validateAnswerValue(floors, 0);
    expect(below === undefined ? '' : renderProblemMessage(below, 'nl')).toBe('vul een getal in van minstens 1');
    expect(validateAnswerValue(floors, '3')?.code).toBe('flow-answer-not-number');
  });

  it('reads numbers as people type them, with a comma or a point', () => {
    expect(parseNumberText(' 2,5 ')).toBe(2.5);
    expect(parseNumberText('2.5')).toBe(2.5);
    expect(parseNumberText('3')).toBe(3);
    for (const text of ['', 'drie', '3 meter', '1.000,5', '2,']) expect(parseNumberText(text)).toBeUndefined();
  });

  it('never throws on any value for any question (fast-check)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...catalogue.questions, floors), fc.anything(), (question, value) => {
        const problem = validateAnswerValue(question, value);
        if (problem !== undefined) expect(renderProblemMessage(problem, 'nl')).not.toMatch(/^flow-/);
      }),
    );
  });

  it('refuses a claim on an exception that is not offered, for a basic it cannot waive, or without a justification', () => {
    const offered = [{ exception: 'EX-MONUMENT', requirements: ['WON-01', 'WON-02'] }];
    const claim = { exception: 'EX-MONUMENT', requirements: ['WON-02'], justification: 'Rijksmonument', evidence: { level: 'document' } };
    expect(validateClaim(offered, claim, 'self-check')).toBeUndefined();
    expect(validateClaim([{ exception: 'EX-GELIJKWAARDIG', requirements: ['WON-02'] }], claim, 'self-check')?.code).toBe('flow-claim-not-offered');
    expect(validateClaim(offered, { ...claim, requirements: [] }, 'self-check')?.code).toBe('flow-claim-no-requirements');
    expect(validateClaim(offered, { ...claim, requirements: ['WON-03'] }, 'self-check')?.code).toBe('flow-claim-requirement-not-offered');
    expect(validateClaim(offered, { ...claim, justification: '  ' }, 'self-check')?.code).toBe('flow-claim-justification-empty');
    expect(validateClaim(offered, { ...claim, evidence: { level: 'foto' } }, 'self-check')?.code).toBe('flow-claim-evidence-unknown');
  });

  it('never lets a self-check claim a PKVW firm’s inspection as its evidence; an inspection may', () => {
    const offered = [{ exception: 'EX-MONUMENT', requirements: ['WON-02'] }];
    const claim = { exception: 'EX-MONUMENT', requirements: ['WON-02'], justification: 'Rijksmonument', evidence: { level: 'inspected' } };
    const problem = validateClaim(offered, claim, 'self-check');
    expect(problem?.code).toBe('flow-claim-evidence-unknown');
    expect(problem === undefined ? '' : renderProblemMessage(problem, 'nl')).toBe('onbekend bewijsniveau (kies uit: self-declared, document)');
    expect(validateClaim(offered, claim, 'inspection')).toBeUndefined();
  });

  it('lets "Geen van deze" stand only alone, and asks again for a multi question answered with nothing', () => {
    const incidents = catalogue.questions.find((q) => q.id === 'intake.incidenten');
    if (incidents === undefined) throw new Error('no incidents question');
    expect(validateAnswerValue(incidents, ['geen'])).toBeUndefined();
    expect(validateAnswerValue(incidents, ['inbraak', 'doxing'])).toBeUndefined();
    const both = validateAnswerValue(incidents, ['inbraak', 'geen']);
    expect(both === undefined ? '' : renderProblemMessage(both, 'nl')).toBe('"Geen van deze" kan niet samen met andere keuzes: kies "Geen van deze" alleen, of alleen de andere');
    expect(both === undefined ? '' : renderProblemMessage(both, 'en')).toBe('"None of these" cannot go with other choices: choose "None of these" alone, or only the others');
    const empty = validateAnswerValue(incidents, []);
    expect(empty === undefined ? '' : renderProblemMessage(empty, 'nl')).toBe('kies minstens één optie; is geen ervan van toepassing, kies dan "Geen van deze"');
  });
});
