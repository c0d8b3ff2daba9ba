import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Question } from '../../src/catalogue/catalogue-types.js';
import { parseNumberText, validateAnswerValue, validateClaim } from '../../src/flow/answer-validation.js';
import { renderProblemMessage } from '../../src/i18n/render-problem.js';
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

  it('refuses a claim on an exception that is not offered, or without a justification', () => {
    const claim = { exception: 'EX-MONUMENT', justification: 'Rijksmonument', evidence: { level: 'document' } };
    expect(validateClaim(['EX-MONUMENT'], claim)).toBeUndefined();
    expect(validateClaim(['EX-GELIJKWAARDIG'], claim)?.code).toBe('flow-claim-not-offered');
    expect(validateClaim(['EX-MONUMENT'], { ...claim, justification: '  ' })?.code).toBe('flow-claim-justification-empty');
    expect(validateClaim(['EX-MONUMENT'], { ...claim, evidence: { level: 'foto' } })?.code).toBe('flow-claim-evidence-unknown');
  });
});
