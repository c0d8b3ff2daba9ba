import { describe, expect, it } from 'vitest';
import { answersMessages, type AnswersParams } from '../../src/answers/answers-messages.js';

// `npm test` runs tsc over this file: each @ts-expect-error fails it the day the typing stops refusing.
describe('the parameters of a problem code', () => {
  it('are the names its message reads, so tsc refuses an emitter that gives fewer or other names', () => {
    const given: AnswersParams<'answers-out-of-range'> = { question: 'wonen.verdiepingen', min: 1, max: 5 };
    // @ts-expect-error: min and max are missing
    const fewer: AnswersParams<'answers-out-of-range'> = { question: 'wonen.verdiepingen' };
    // @ts-expect-error: the message reads `question`, not `id`
    const misnamed: AnswersParams<'answers-unknown-question'> = { id: 'x' };
    expect(answersMessages.nl['answers-out-of-range'](given)).toBe("het antwoord op 'wonen.verdiepingen' moet tussen 1 en 5 liggen");
    expect([fewer, misnamed].length).toBe(2);
  });

  it('are none for a message that reads none', () => {
    const none: AnswersParams<'answers-inspection-missing'> = {};
    // @ts-expect-error: a message without parameters takes none
    const extra: AnswersParams<'answers-inspection-missing'> = { firm: 'x' };
    expect(answersMessages.en['answers-inspection-missing'](none)).toMatch(/^an inspection names the PKVW firm/);
    expect(extra).toBeDefined();
  });
});
