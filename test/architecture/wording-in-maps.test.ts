import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/package-paths.js';

/** A branch on the language outside a words or message map: wording that belongs in the map. */
const LANGUAGE_BRANCH = /\b(?:lang|language)\s*[!=]==\s*['"](?:nl|en)['"]/;
/** Where wording lives: the message maps (`*-messages.ts`) and the word tables (`*-words.ts`, `help-text.ts`). */
const isWordingFile = (path: string) => /(-messages|-words|help-text)\.ts$/.test(path);

function languageBranches(files: readonly { path: string; text: string }[]): string[] {
  return files.filter((file) => !isWordingFile(file.path)).flatMap((file) => file.text.split('\n').flatMap((line, i) => (LANGUAGE_BRANCH.test(line) ? [`${file.path}:${i + 1}`] : [])));
}

function sources(dir: string): { path: string; text: string }[] {
  return readdirSync(join(packageRoot, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return { path: relative(packageRoot, path), text: readFileSync(path, 'utf8') };
    });
}

describe('wording', () => {
  it('lives in the message maps and word tables: no branch on the language in src/ or cli/ (file:line of each)', () => {
    expect(languageBranches([...sources('src'), ...sources('cli')])).toEqual([]);
  });

  it('is found when a command words its own output', () => {
    const planted = { path: 'cli/commands/x.ts', text: "const a = 1;\nio.stdout(options.lang === 'nl' ? 'klaar' : 'done');\n" };
    expect(languageBranches([planted, { ...planted, path: 'cli/command-words.ts' }])).toEqual(['cli/commands/x.ts:2']);
  });
});
