import type { Language } from '../i18n/language.js';
import type { Problem, ProblemIn, Severity } from '../problems/problem.js';
import type { CodeOf, MessageMap, Messages, ParamsTable } from '../i18n/message-map.js';
import type { UserErrorIn } from '../problems/errors.js';
import { generalMessages } from '../i18n/general-messages.js';
import { escapeForTerminal } from '../i18n/escape-for-terminal.js';
import { yamlMessages } from '../yaml/yaml-messages.js';
import { catalogueMessages } from '../catalogue/catalogue-messages.js';
import { schemaValidationMessages } from '../schema-validation/schema-validation-messages.js';
import { answersMessages } from '../answers/answers-messages.js';
import { verdictMessages } from '../verdict/verdict-messages.js';
import { flowMessages } from '../flow/flow-messages.js';
import { signingMessages } from '../signing/signing-messages.js';
import { reportMessages } from '../report/report-messages.js';
import { policyMessages } from '../policy/policy-messages.js';
import { analysisMessages } from '../catalogue/analysis-messages.js';
import { certificateMessages } from '../certificate/certificate-messages.js';

/**
 * Every concept's messages, registered here at the edge (above every concept, below web and cli), so
 * no concept depends on the ones after it. Code below the edge that shows a problem gets
 * `renderProblemMessage` passed in. A meta-test checks codes are unique across concepts and present in both languages.
 */
export const messagesByConcept = {
  general: generalMessages,
  yaml: yamlMessages,
  catalogue: catalogueMessages,
  analysis: analysisMessages,
  'schema-validation': schemaValidationMessages,
  answers: answersMessages,
  verdict: verdictMessages,
  flow: flowMessages,
  signing: signingMessages,
  report: reportMessages,
  policy: policyMessages,
  certificate: certificateMessages,
} as const;

export const allMessages: readonly Messages[] = Object.values(messagesByConcept);

/** Every problem code, derived from the message maps (as zod derives its issue codes): a code without a message is no code. */
export type ProblemCode = { [Concept in keyof typeof messagesByConcept]: CodeOf<(typeof messagesByConcept)[Concept]> }[keyof typeof messagesByConcept];

type ParamsTables = { [Concept in keyof typeof messagesByConcept]: ParamsTable<(typeof messagesByConcept)[Concept]> };

/** Every code → the parameters its message reads: what code above the concepts (web, cli) types its problems with. */
export type ProblemParamsByCode = { [Code in ProblemCode]: { [Concept in keyof ParamsTables]: Code extends keyof ParamsTables[Concept] ? ParamsTables[Concept][Code] : never }[keyof ParamsTables] };

/** A problem with any code and the parameters its message reads: `{ … } satisfies TypedProblem` has tsc check a literal. */
export type TypedProblem<Code extends ProblemCode = ProblemCode> = ProblemIn<ProblemParamsByCode, Code>;

/** `userError` for any code, as cli/ and web/ use it: tsc checks each call's parameters against its code's message. */
export type ProblemUserError = UserErrorIn<ProblemParamsByCode>;

const merged: Record<Language, MessageMap> = {
  nl: Object.assign({}, ...allMessages.map((m) => m.nl)) as MessageMap,
  en: Object.assign({}, ...allMessages.map((m) => m.en)) as MessageMap,
};

/**
 * The message text of a problem in the given language; an unknown code shows the code and its
 * parameters. Parameters come from files and arguments, so their control characters are escaped.
 */
export function renderProblemMessage(problem: Problem, lang: Language): string {
  const params = Object.fromEntries(Object.entries(problem.params).map(([key, value]) => [key, typeof value === 'string' ? escapeForTerminal(value) : value]));
  const template = merged[lang][problem.code];
  if (template) return template(params);
  return `${problem.code} ${JSON.stringify(params)}`;
}

const SEVERITY: Record<Language, Record<Severity, string>> = { nl: { error: 'fout', warning: 'waarschuwing' }, en: { error: 'error', warning: 'warning' } };

/** `file:line:column: severity code message`, the form editors and CI logs can jump to. */
export function formatProblemLine(problem: Problem, lang: Language): string {
  const where = [problem.file === undefined ? undefined : escapeForTerminal(problem.file), problem.line, problem.column].filter((x) => x !== undefined).join(':');
  return `${where ? where + ': ' : ''}${SEVERITY[lang][problem.severity]} ${problem.code} ${renderProblemMessage(problem, lang)}`;
}

export function isKnownProblemCode(code: string): code is ProblemCode {
  return code in merged.nl;
}
