/**
 * Free text of an answers file (an advice's reference, an exception's justification and evidence,
 * a refusal's reason, the inspection's firm…) is shown back in the verdict text. Written with
 * escape sequences and line breaks, it must never reach the terminal or rapport.txt raw, or an
 * answers file could clear the screen or forge a line of the verdict. A file is refused when
 * parsed (yaml-control-character); answers built through the library reach renderVerdictText,
 * which escapes them.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMap, isScalar, parseDocument, visit } from 'yaml';
import { runMain } from '../../cli/main.js';
import { loadCatalogue } from '../../src/catalogue/read-catalogue.js';
import { readAnswers } from '../../src/verdict/read-answers.js';
import { evaluate } from '../../src/verdict/evaluate.js';
import { renderVerdictText } from '../../src/report/verdict-text.js';
import { fixturesDir } from '../../src/package-paths.js';
import { captureIo } from '../support/capture-io.js';

// eslint-disable-next-line no-control-regex -- exactly what must not be printed
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/;
const HOSTILE = '\u001b[2J\u001b[31m\u202e\r\nGELDIG: vervalst';
/** Free-text fields: no enum, pattern or format in the answers schema. */
const FREE_TEXT = new Set(['reference', 'justification', 'reason', 'number', 'firm', 'inspector', 'houseNumber']);

const dir = mkdtempSync(join(tmpdir(), 'pkvw-text-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The case's answers file with HOSTILE appended to every free-text value; how many it changed. */
function hostileCopy(name: string): { file: string; changed: number } {
  const document = parseDocument(readFileSync(join(fixturesDir, 'cases', name, 'answers.yaml'), 'utf8'));
  let changed = 0;
  visit(document, {
    Pair(_, pair) {
      if (isScalar(pair.key) && FREE_TEXT.has(String(pair.key.value)) && isScalar(pair.value) && typeof pair.value.value === 'string') {
        pair.value.value += HOSTILE;
        changed++;
      }
    },
  });
  const file = join(dir, `${name}.yaml`);
  writeFileSync(file, document.toString());
  return { file, changed };
}

const cases = readdirSync(join(fixturesDir, 'cases')).filter((name) => isMap(parseDocument(readFileSync(join(fixturesDir, 'cases', name, 'answers.yaml'), 'utf8')).contents));

describe('free text from an answers file in the verdict text', () => {
  it('reaches enough places to prove something: a reference, a justification and a reason among the cases', () => {
    const changed = cases.map((name) => hostileCopy(name).changed);
    expect(changed.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(10);
  });

  it.each(cases)('%s: assess and check --answers (terminal and rapport.txt) show it escaped', async (name) => {
    const { file } = hostileCopy(name);
    const assess = captureIo({ cwd: dir });
    await runMain(['assess', file], assess);
    expect(assess.out + assess.err).not.toMatch(UNSAFE);
    const check = captureIo({ cwd: dir });
    const out = join(dir, `uitkomst-${name}`);
    await runMain(['check', '--answers', file, '--out', out], check);
    expect(check.out + check.err).not.toMatch(UNSAFE);
    if (readdirSync(dir).includes(`uitkomst-${name}`)) expect(readFileSync(join(out, 'rapport.txt'), 'utf8')).not.toMatch(UNSAFE);
  });
});

describe('free text in answers built through the library', () => {
  it('is escaped by renderVerdictText, in both languages', () => {
    const catalogue = loadCatalogue();
    const answers = readAnswers(join(fixturesDir, 'cases', '08-bva-advies-overschrijft', 'answers.yaml'), catalogue);
    if (answers.advice === undefined) throw new Error('case 08 has an advice');
    const hostile = { ...answers, advice: { ...answers.advice, reference: `BVA${HOSTILE}` } };
    const verdict = evaluate(catalogue, hostile, new Date('2026-11-28T12:00:00Z'));
    for (const lang of ['nl', 'en'] as const) {
      const text = renderVerdictText(verdict, catalogue, lang);
      expect(text).toContain('BVA\\u{1b}[2J');
      expect(text).not.toMatch(UNSAFE);
    }
  });
});
