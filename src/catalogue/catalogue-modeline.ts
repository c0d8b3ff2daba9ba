import type { Problem } from '../problems/problem.js';
import type { ProblemOf } from '../i18n/message-map.js';
import type { catalogueMessages } from './catalogue-messages.js';

/** The first line of every catalogue file: editors with the YAML language server then validate while typing. */
export const CATALOGUE_MODELINE = '# yaml-language-server: $schema=./schema/catalogue-file.schema.json';

/** A warning when a catalogue file does not start with the schema modeline. */
export function modelineProblems(text: string, file: string): Problem[] {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  // Any relative path to the schema will do: fixtures live in other folders than spec/.
  if (/^#\s*yaml-language-server:\s*\$schema=\S*catalogue-file\.schema\.json\s*$/.test(firstLine)) return [];
  return [{ code: 'modeline-missing', severity: 'warning', file, line: 1, column: 1, params: { modeline: CATALOGUE_MODELINE } } satisfies ProblemOf<typeof catalogueMessages>];
}
