import type { YamlDocument } from '../yaml/yaml-document.js';
import { UserError } from '../problems/errors.js';
import { YAML_FILE_LIMIT, parseYamlDocument } from '../yaml/yaml-document.js';
import { readUserFile } from '../files/read-user-file.js';

/**
 * Reads an answers file as a located YAML document; validating it is `readAnswers`'s (verdict/).
 * Throws `UserError`: exit 2 when the file cannot be read, exit 1 when it is not well-formed YAML.
 * Problems name the file as `label` (the path as the user wrote it).
 */
export function readAnswersDocument(path: string, label: string): YamlDocument {
  const bytes = readUserFile(path, { label, ...YAML_FILE_LIMIT });
  const parsed = parseYamlDocument(bytes, label);
  if (!parsed.document) throw new UserError(parsed.problems);
  return parsed.document;
}
