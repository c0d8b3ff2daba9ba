/**
 * The first line of an answers file the tool writes, so an editor with the YAML language server
 * checks it as the user edits it. It sits in cli/, the edge, because it names where the schema lies on disk,
 * relative to the written file (an editor offline cannot fetch the schema's `$id` URL).
 */
import { dirname, join, relative, sep } from 'node:path';
import { packageRoot } from '../src/package-paths.js';

/** The published schema of answers files, as installed with the package. */
export const answersSchemaPath = join(packageRoot, 'spec', 'schema', 'answers.schema.json');

/** @example answersModeline('/home/w/antwoorden.yaml') // '# yaml-language-server: $schema=../../…/spec/schema/answers.schema.json' */
export function answersModeline(file: string): string {
  const schema = relative(dirname(file), answersSchemaPath).split(sep).join('/');
  return `# yaml-language-server: $schema=${schema.startsWith('.') ? schema : `./${schema}`}`;
}
