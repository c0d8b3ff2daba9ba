import { dirname, relative, sep } from 'node:path';
import { answersSchemaPath } from './answers-schema.js';

/**
 * The first line of an answers file the tool writes, so an editor with the YAML language server
 * checks it as the user edits it. A relative path to the bundled schema: an editor offline cannot
 * fetch the schema's `$id` URL.
 * @example answersModeline('/home/w/antwoorden.yaml') // '# yaml-language-server: $schema=../../…/spec/schema/answers.schema.json'
 */
export function answersModeline(file: string): string {
  const schema = relative(dirname(file), answersSchemaPath).split(sep).join('/');
  return `# yaml-language-server: $schema=${schema.startsWith('.') ? schema : `./${schema}`}`;
}
