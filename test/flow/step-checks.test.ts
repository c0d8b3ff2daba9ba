import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Question } from '../../src/catalogue/catalogue-types.js';
import { answerProblem, parseNumberText, validateClaim } from '../../src/flow/step-checks.js';
import type { ClaimProof } from '../../src/answers/answers-types.js';
import { renderProblemMessage } from '../../src/messages/render-problem.js';
import { catalogue } from './flow-test-kit.js';

const t = (text: string) => ({ nl: text, en: text });
const floors: Question = { id: 'verdiepingen', section: 'wonen', text: t('Hoeveel verdiepingen?'), type: 'number', min: 1, max: 5 };

describe('checking one answer before the flow moves on', () => {
  it('accepts every option of every choice question in the catalogue, and Ja/Nee for yes/no', () => {
    for (const question of catalogue.questions) {
      const valid = question.type === 'boolean' ? [true, false] : question.type === 'choice' ? (question.options ?? []).map((o) => o.value) : [];
      for (const value of valid) expect(answerProblem(question, value)).toBeUndefined();
    }
  });

  it('refuses a value outside the options, naming the options in Dutch and English but never the value', () => {
    const question = catalogue.questions.find((q) => q.type === 'choice');
    if (question === undefined) throw new Error('no choice question');
    const problem = answerProblem(question, 'mijn-adres-is-geheim');
    // A prompt offers only the options, so this is a front end's mistake: the answers file's wording names the question.
    expect(problem?.code).toBe('answers-not-an-option');
    if (problem === undefined) return;
    expect(renderProblemMessage(problem, 'nl')).toMatch(/is geen toegestane keuze \(toegestaan: /);
    expect(renderProblemMessage(problem, 'en')).toMatch(/is not an allowed option \(allowed: /);
    expect(renderProblemMessage(problem, 'nl')).not.toContain('mijn-adres-is-geheim');
  });

  it('keeps numbers within min and max, worded for the prompt', () => {
    expect(answerProblem(floors, 3)).toBeUndefined();
    const [above, below] = [answerProblem(floors, 9), answerProblem(floors, 0)];
    expect([above?.code, below?.code]).toEqual(['flow-answer-out-of-range', 'flow-answer-out-of-range']);
    expect(above === undefined ? '' : renderProblemMessage(above, 'nl')).toBe('vul een getal in van 1 tot en met 5');
    expect(below === undefined ? '' : renderProblemMessage(below, 'en')).toBe('enter a number from 1 to 5');
    const atMost = answerProblem({ ...floors, min: undefined }, 9);
    expect(atMost === undefined ? '' : renderProblemMessage(atMost, 'nl')).toBe('vul een getal in van hoogstens 5');
    const atLeast = answerProblem({ ...floors, max: undefined }, 0);
    expect(atLeast === undefined ? '' : renderProblemMessage(atLeast, 'en')).toBe('enter a number of at least 1');
    const typed = answerProblem(floors, 'drie');
    expect(typed?.code).toBe('flow-answer-wrong-type');
    expect(typed === undefined ? '' : renderProblemMessage(typed, 'nl')).toBe('vul een getal in, bijvoorbeeld 2 of 2,5');
  });

  it('says Ja or Nee for a yes/no question given something else, and refuses an option twice', () => {
    const yesNo = catalogue.questions.find((q) => q.type === 'boolean');
    const incidents = catalogue.questions.find((q) => q.id === 'intake.incidenten');
    if (yesNo === undefined || incidents === undefined) throw new Error('no yes/no or multi question');
    const problem = answerProblem(yesNo, 'ja');
    expect(problem?.code).toBe('flow-answer-wrong-type');
    expect(problem === undefined ? '' : renderProblemMessage(problem, 'en')).toBe('choose Yes or No');
    expect(answerProblem(incidents, ['inbraak', 'inbraak'])?.code).toBe('answers-duplicate-option');
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
        const problem = answerProblem(question, value);
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
    expect(validateClaim(offered, { ...claim, evidence: { level: 'foto' } }, 'self-check')?.code).toBe('flow-evidence-unknown');
    // The answers file's limits, so every claim the flow takes can be written and read back.
    expect(validateClaim(offered, { ...claim, justification: 'x'.repeat(2001) }, 'self-check')?.code).toBe('flow-claim-text-too-long');
    expect(validateClaim(offered, { ...claim, justification: 'x'.repeat(2000) }, 'self-check')).toBeUndefined();
    const long = validateClaim(offered, { ...claim, evidence: { level: 'document', reference: 'R'.repeat(201) } }, 'self-check');
    expect(long === undefined ? '' : renderProblemMessage(long, 'nl')).toBe('houd het kort: hoogstens 200 tekens, zonder details over de woning');
  });

  it('never lets a self-check claim a PKVW firm’s inspection as its evidence; an inspection may', () => {
    const offered = [{ exception: 'EX-MONUMENT', requirements: ['WON-02'] }];
    const claim = { exception: 'EX-MONUMENT', requirements: ['WON-02'], justification: 'Rijksmonument', evidence: { level: 'inspected' } };
    const problem = validateClaim(offered, claim, 'self-check');
    expect(problem?.code).toBe('flow-evidence-unknown');
    expect(problem === undefined ? '' : renderProblemMessage(problem, 'nl')).toBe('onbekend bewijsniveau (kies uit: self-declared, document)');
    expect(validateClaim(offered, claim, 'inspection')).toBeUndefined();
  });

  it('checks the structured proof of a claim: a permit year from the cut-off on, a linked scenario, a real date, nothing empty', () => {
    const offered = [
      { exception: 'EX-NIEUWBOUW', requirements: ['WON-02'], proof: { permitYearFrom: 2000, scenarios: [] } },
      { exception: 'EX-GELIJKWAARDIG', requirements: ['WON-02'], proof: { scenarios: ['SC-10'] } },
      { exception: 'EX-VERHUURDER', requirements: ['WON-02'], proof: { scenarios: [] } },
      { exception: 'EX-MONUMENT', requirements: ['WON-02'], proof: { scenarios: [] } },
    ];
    const claim = (exception: string, proof: ClaimProof) => validateClaim(offered, { exception, requirements: ['WON-02'], proof }, 'self-check');
    expect(claim('EX-NIEUWBOUW', { newBuild: { permitYear: 2004 } })).toBeUndefined();
    const early = claim('EX-NIEUWBOUW', { newBuild: { permitYear: 1985 } });
    expect(early?.code).toBe('flow-claim-permit-year-before-cut-off');
    expect(early === undefined ? '' : renderProblemMessage(early, 'nl')).toBe('deze uitzondering geldt alleen als de vergunning in 2000 of later is verleend');
    expect(claim('EX-NIEUWBOUW', { newBuild: { permitYear: Number.NaN } })?.code).toBe('flow-claim-permit-year-invalid');
    const alternative = (scenario: string) => ({ alternative: { measure: 'Extra slot binnen', scenario, statement: { by: 'commissie' as const, reference: 'CCM-1' } } });
    expect(claim('EX-GELIJKWAARDIG', alternative('SC-10'))).toBeUndefined();
    expect(claim('EX-GELIJKWAARDIG', alternative('SC-01'))?.code).toBe('flow-claim-alternative-scenario');
    const refusal = (date: string) => ({ landlordRefusal: { by: 'verhuurder' as const, date, reference: 'HV-1' } });
    expect(claim('EX-VERHUURDER', refusal('2026-10-17'))).toBeUndefined();
    expect(claim('EX-VERHUURDER', refusal('2026-02-30'))?.code).toBe('flow-claim-date-invalid');
    expect(claim('EX-MONUMENT', { monument: { register: 'gemeentelijk', number: ' ', elements: ['voordeur'] } })?.code).toBe('flow-claim-proof-empty');
  });

  it('lets "Geen van deze" stand only alone, and asks again for a multi question answered with nothing', () => {
    const incidents = catalogue.questions.find((q) => q.id === 'intake.incidenten');
    if (incidents === undefined) throw new Error('no incidents question');
    expect(answerProblem(incidents, ['geen'])).toBeUndefined();
    expect(answerProblem(incidents, ['inbraak', 'doxing'])).toBeUndefined();
    const both = answerProblem(incidents, ['inbraak', 'geen']);
    expect(both === undefined ? '' : renderProblemMessage(both, 'nl')).toBe('"Geen van deze" kan niet samen met andere keuzes: kies "Geen van deze" alleen, of alleen de andere');
    expect(both === undefined ? '' : renderProblemMessage(both, 'en')).toBe('"None of these" cannot go with other choices: choose "None of these" alone, or only the others');
    const empty = answerProblem(incidents, []);
    expect([both?.code, empty?.code]).toEqual(['flow-answer-none-with-others', 'flow-answer-multi-empty']);
    expect(empty === undefined ? '' : renderProblemMessage(empty, 'nl')).toBe('kies minstens één optie; is geen ervan van toepassing, kies dan "Geen van deze"');
  });
});
