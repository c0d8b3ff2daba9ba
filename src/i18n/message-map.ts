import type { Language } from './language.js';
import type { Problem, ProblemIn, ProblemParams } from '../problems/problem.js';
import type { IoErrorIn, UserErrorIn } from '../problems/errors.js';

/**
 * One message per problem code; parameters are filled in by the template. Written as a method so a
 * template that names its parameters (`(p: Params<'question' | 'min'>) => …`) still fits a map: the
 * names it declares are what `ParamsOf` asks every emitter of that code for.
 */
export type MessageTemplate = { template(params: ProblemParams): string }['template'];
export type MessageMap = Record<string, MessageTemplate>;

/**
 * The parameters a template reads, by name; `Optional` are those it reads only when given
 * (`p.suggestion === undefined ? '' : …`).
 */
export type Params<Name extends string, Optional extends string = never> = Record<Name, string | number> & Partial<Record<Optional, string | number>>;

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
export function defineMessages<const Nl extends MessageMap>(messages: { nl: Nl; en: { [Code in keyof Nl]: (params: TemplateParams<Nl[Code]>) => string } }): { nl: Nl; en: { [Code in keyof Nl]: (params: TemplateParams<Nl[Code]>) => string } } {
  return messages;
}

/** The codes of a message map made with `defineMessages`. */
export type CodeOf<M extends { nl: MessageMap }> = keyof M['nl'] & string;

/**
 * The parameters the Dutch template of `Code` declares: the English one reads the same, and an
 * emitter typed with it must give each of them (tsc fails on one missing or misnamed).
 * @example
 * type P = ParamsOf<typeof answersMessages, 'answers-out-of-range'>; // Params<'max' | 'min' | 'question'>
 */
export type ParamsOf<M extends { nl: MessageMap }, Code extends CodeOf<M>> = TemplateParams<M['nl'][Code]>;

/** Code → the parameters its message reads, for every code of a map: what `ProblemIn` and `UserErrorIn` are typed with. */
export type ParamsTable<M extends { nl: MessageMap }> = { [Code in CodeOf<M>]: ParamsOf<M, Code> };

/**
 * A problem with one of the map's codes and the parameters that code's message reads: a list typed
 * `ProblemOf<typeof signingMessages>[]` refuses `{ code: 'verify-untrusted', params: {} }`.
 */
export type ProblemOf<M extends { nl: MessageMap }, Code extends CodeOf<M> = CodeOf<M>> = ProblemIn<ParamsTable<M>, Code>;

/** `userError` for the codes of one map: `const refuse: UserErrorOf<typeof certificateMessages> = userError`. */
export type UserErrorOf<M extends { nl: MessageMap }> = UserErrorIn<ParamsTable<M>>;

/** `ioError` for the codes of one map. */
export type IoErrorOf<M extends { nl: MessageMap }> = IoErrorIn<ParamsTable<M>>;

/** A template without parameters takes none; one with `(p) =>` takes any `ProblemParams`. */
type TemplateParams<Template> = Template extends (...args: infer Args) => string ? (Args extends [infer P, ...unknown[]] ? P : Record<string, never>) : never;
