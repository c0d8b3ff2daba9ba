/**
 * With `--json`, a failure is data on stdout, like every result: a script reads one JSON document
 * whether the command worked or not, and branches on the error codes instead of parsing text.
 */
import type { Language } from '../src/catalogue/catalogue-types.js';
import type { Problem } from '../src/problems/problem.js';
import { renderProblemMessage } from '../src/messages/render-problem.js';

export const ERRORS_FORMAT = 'pkvw-light/errors@1';

export interface ErrorJson {
  code: string;
  severity: Problem['severity'];
  /** In the asked language, as the text output shows it. */
  message: string;
  /** Where the problem is, when it is in a file: the file as the user named it, line and column from 1, the path inside the document. */
  location?: Pick<Problem, 'file' | 'line' | 'column' | 'path'>;
}

export interface ErrorsJson {
  format: typeof ERRORS_FORMAT;
  exitCode: number;
  errors: ErrorJson[];
}

/** The JSON document for a failed command; parameters stay out, as they do of the text (only the message shows them). */
export function renderErrorsJson(problems: readonly Problem[], exitCode: number, lang: Language): string {
  const errors = problems.map((problem): ErrorJson => {
    const location = Object.fromEntries((['file', 'line', 'column', 'path'] as const).flatMap((key) => (problem[key] === undefined ? [] : [[key, problem[key]]])));
    return {
      code: problem.code,
      severity: problem.severity,
      message: renderProblemMessage(problem, lang),
      ...(Object.keys(location).length > 0 ? { location } : {}),
    };
  });
  const document: ErrorsJson = { format: ERRORS_FORMAT, exitCode, errors };
  return JSON.stringify(document, null, 2) + '\n';
}
