import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/package-paths.js';

/** The named (value) imports of a source file, by module. */
function valueImports(path: string): Map<string, string[]> {
  const source = readFileSync(path, 'utf8');
  const imports = new Map<string, string[]>();
  for (const match of source.matchAll(/^import (type )?\{([^}]*)\} from '([^']+)';$/gm)) {
    if (match[1] !== undefined) continue;
    const names = (match[2] ?? '').split(',').map((name) => name.trim()).filter((name) => name !== '' && !name.startsWith('type '));
    imports.set(match[3] ?? '', names);
  }
  return imports;
}

describe('the terminal session', () => {
  // The machine owns every decision (skip, back, offers, review, refusals); the terminal renders and sends.
  it('decides nothing itself: it reaches no navigation, review, validation rule or verdict engine', () => {
    const imports = valueImports(join(packageRoot, 'src', 'flow', 'terminal-session.ts'));
    for (const module of ['./flow-navigation.js', './flow-review.js', '../verdict/evaluate.js', '../verdict/answers-judge.js']) expect(imports.has(module), module).toBe(false);
    // Reading the digits or the list a user typed is input, not a decision (the web page reads them the same way).
    expect(imports.get('./step-checks.js') ?? []).toEqual(['elementsOf', 'parseNumberText']);
    expect(imports.get('./assessment-machine.js')).toEqual(expect.arrayContaining(['createAssessmentMachine', 'stepProblem']));
  });
});
