import type { Catalogue } from '../catalogue/catalogue-types.js';
import type { Answers } from '../answers/answers-types.js';
import type { Problem } from '../problems/problem.js';
import { UserError } from '../problems/errors.js';
import type { YamlDocument } from '../yaml/yaml-document.js';
import { readAnswersDocument } from '../answers/read-answers.js';
import { validateAnswers } from './answers-judge.js';

export interface ReadAnswersOptions {
  label?: string;
  onWarnings?: (warnings: Problem[]) => void;
  /** Receives the parsed document, so a later check (e.g. certify's) can point into the file too. */
  onDocument?: (document: YamlDocument) => void;
}

/**
 * Reads and validates an answers file (the reading is `answers/read-answers.ts`, the edge; this
 * adds the judgement only the verdict can make). Throws `UserError`: exit 2 when the file cannot be
 * read, exit 1 with every located problem when it is invalid. Problems name the file as `label`
 * (the path as the user wrote it; default `path`); warnings go to `onWarnings`.
 * @example
 * const answers = readAnswers('antwoorden.yaml', catalogue, { onWarnings: (w) => warnings.push(...w) });
 */
export function readAnswers(path: string, catalogue: Catalogue, options: ReadAnswersOptions = {}): Answers {
  const document = readAnswersDocument(path, options.label ?? path);
  options.onDocument?.(document);
  const { answers, problems } = validateAnswers(document, catalogue);
  if (!answers) throw new UserError(problems);
  if (problems.length > 0) options.onWarnings?.(problems);
  return answers;
}
