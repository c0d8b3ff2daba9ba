import type { Catalogue } from '../catalogue/catalogue-types.js';
import type { Answers } from './answers-types.js';
import type { Problem } from '../problems/problem.js';
import { UserError } from '../problems/errors.js';
import { YAML_FILE_LIMIT, parseYamlDocument, type YamlDocument } from '../yaml/yaml-document.js';
import { readUserFile } from '../files/read-user-file.js';
import { validateAnswers } from './validate-answers.js';

export { validateAnswers } from './validate-answers.js';

export interface ReadAnswersOptions {
  label?: string;
  onWarnings?: (warnings: Problem[]) => void;
  /** Receives the parsed document, so a later check (e.g. certify's) can point into the file too. */
  onDocument?: (document: YamlDocument) => void;
}

/**
 * Reads and validates an answers file. Throws `UserError`: exit 2 when the file cannot be read,
 * exit 1 with every located problem when it is invalid. Problems name the file as `label` (the
 * path as the user wrote it; default `path`); warnings go to `onWarnings`.
 * @example
 * const answers = readAnswers('antwoorden.yaml', catalogue, { onWarnings: (w) => warnings.push(...w) });
 */
export function readAnswers(path: string, catalogue: Catalogue, options: ReadAnswersOptions = {}): Answers {
  const label = options.label ?? path;
  const bytes = readUserFile(path, { label, ...YAML_FILE_LIMIT });
  const parsed = parseYamlDocument(bytes, label);
  if (!parsed.document) throw new UserError(parsed.problems);
  options.onDocument?.(parsed.document);
  const { answers, problems } = validateAnswers(parsed.document, catalogue);
  if (!answers) throw new UserError(problems);
  if (problems.length > 0) options.onWarnings?.(problems);
  return answers;
}
