import type { Language } from './language.js';
import type { Problem, ProblemParams } from '../problems/problem.js';

/** One message per problem code; parameters are filled in by the template. */
export type MessageTemplate = (params: ProblemParams) => string;
export type MessageMap = Record<string, MessageTemplate>;

/** The same codes in every language: a meta-test checks that nl and en hold identical keys. */
export type Messages = Record<Language, MessageMap>;

/** A problem as text in a language: the registry at the edge (`src/messages/`) passes it to code below it. */
export type ProblemRenderer = (problem: Problem, lang: Language) => string;
