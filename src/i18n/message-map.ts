import type { Language } from './language.js';
import type { Problem, ProblemParams } from '../problems/problem.js';

/** One message per problem code; parameters are filled in by the template. */
export type MessageTemplate = (params: ProblemParams) => string;
export type MessageMap = Record<string, MessageTemplate>;

/** The same codes in every language: a meta-test checks that nl and en hold identical keys. */
export type Messages = Record<Language, MessageMap>;

/** A problem as text in a language: the registry at the edge (`src/messages/`) passes it to code below it. */
export type ProblemRenderer = (problem: Problem, lang: Language) => string;

/**
 * A concept's message map with its codes kept as literal types, as zod keeps its issue codes: the
 * English map must hold exactly the Dutch map's codes, or tsc fails. `CodeOf` reads the codes back.
 * @example
 * export const flowMessages = defineMessages({ nl: { 'flow-x': () => 'x' }, en: { 'flow-x': () => 'x' } });
 * type FlowCode = CodeOf<typeof flowMessages>; // 'flow-x'
 */
export function defineMessages<const Nl extends MessageMap>(messages: { nl: Nl; en: { [Code in keyof Nl]: MessageTemplate } }): { nl: Nl; en: { [Code in keyof Nl]: MessageTemplate } } {
  return messages;
}

/** The codes of a message map made with `defineMessages`. */
export type CodeOf<M extends { nl: MessageMap }> = keyof M['nl'] & string;
