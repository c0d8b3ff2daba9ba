/**
 * The one rule set for a single answer: right type, an allowed option, no option twice, "Geen van
 * deze" alone, within min/max. The answers file check locates each finding in the file; the flow
 * asks the same rules while the user types and words the finding for the prompt. A finding names
 * the question and the catalogue's limits, never the value given, which may describe the home.
 */
import type { AnswerValue, Question } from '../catalogue/catalogue-types.js';
import type { AnswersParams } from './answers-messages.js';

/**
 * PKVW-light's convention for a multi question: its option `geen` ("Geen van deze") means none of the
 * others, so it cannot be chosen with them, and a question that has it cannot be answered with nothing.
 */
export const NONE_OPTION = 'geen';

/** The option of `question` that excludes all others, if it has one. */
export function exclusiveOption(question: Question): string | undefined {
  return question.type === 'multi' && question.options?.some((option) => option.value === NONE_OPTION) ? NONE_OPTION : undefined;
}

type AnswerValueCode = 'answers-wrong-type' | 'answers-out-of-range' | 'answers-not-an-option' | 'answers-duplicate-option' | 'answers-multi-empty' | 'answers-none-with-others';

/** One finding about an answer, with the parameters its message reads; `item` is the index in a list answer it is about, if one. */
export type AnswerValueProblem = { [Code in AnswerValueCode]: { code: Code; params: AnswersParams<Code>; item?: number } }[AnswerValueCode];

/**
 * Every reason `value` is not an answer to `question`; empty when it is one.
 * @example
 * answerValueProblems({ id: 'verdiepingen', type: 'number', min: 1, max: 5, ... }, 9)
 * // [{ code: 'answers-out-of-range', params: { question: 'verdiepingen', min: 1, max: 5 } }]
 */
export function answerValueProblems(question: Question, value: unknown): AnswerValueProblem[] {
  const id = question.id;
  const wrongType: AnswerValueProblem[] = [{ code: 'answers-wrong-type', params: { question: id, type: question.type } }];
  const options = (question.options ?? []).map((option) => option.value);
  const notAnOption = (item?: number): AnswerValueProblem => ({ code: 'answers-not-an-option', params: { question: id, options: options.join(', ') }, ...(item === undefined ? {} : { item }) });
  switch (question.type) {
    case 'boolean':
      return typeof value === 'boolean' ? [] : wrongType;
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return wrongType;
      const tooLow = question.min !== undefined && value < question.min;
      const tooHigh = question.max !== undefined && value > question.max;
      return tooLow || tooHigh ? [{ code: 'answers-out-of-range', params: { question: id, min: question.min ?? '-∞', max: question.max ?? '∞' } }] : [];
    }
    case 'choice':
      if (typeof value !== 'string') return wrongType;
      return options.includes(value) ? [] : [notAnOption()];
    case 'multi': {
      if (!Array.isArray(value)) return wrongType;
      const found: AnswerValueProblem[] = [];
      const seen = new Set<unknown>();
      value.forEach((item: unknown, index) => {
        if (typeof item !== 'string' || !options.includes(item)) found.push(notAnOption(index));
        else if (seen.has(item)) found.push({ code: 'answers-duplicate-option', params: { question: id }, item: index });
        seen.add(item);
      });
      const none = exclusiveOption(question);
      if (found.length > 0 || none === undefined) return found;
      const label = question.options?.find((option) => option.value === none)?.label;
      const names = { question: id, none, noneNl: label?.nl ?? none, noneEn: label?.en ?? none };
      if (value.length === 0) return [{ code: 'answers-multi-empty', params: names }];
      const at = value.indexOf(none);
      return at >= 0 && value.length > 1 ? [{ code: 'answers-none-with-others', params: names, item: at }] : [];
    }
  }
}

/** True when `value` is a valid answer to `question`. */
export function isValidAnswer(question: Question, value: unknown): value is AnswerValue {
  return answerValueProblems(question, value).length === 0;
}
