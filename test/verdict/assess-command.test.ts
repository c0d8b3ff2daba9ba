import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMain } from '../../cli/main.js';
import { fixturesDir } from '../../src/package-paths.js';
import { loadCatalogue } from '../../src/catalogue/read-catalogue.js';
import { readAnswers } from '../../src/verdict/read-answers.js';
import { evaluate } from '../../src/verdict/evaluate.js';
import { canonicalVerdictJson } from '../../src/verdict/verdict-json.js';
import { captureIo } from '../support/capture-io.js';

const clock = new Date('2026-11-28T12:00:00Z');
const selfCheck = join(fixturesDir, 'answers', 'zelfcheck-voorbeeld.yaml');
const inspection = join(fixturesDir, 'answers', 'inspectie-voorbeeld.yaml');

/** An answers file in a fresh folder, made from the self-check example with one edit. */
function editedExample(edit: (text: string) => string): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'pkvw-assess-'));
  writeFileSync(join(dir, 'antwoorden.yaml'), edit(readFileSync(selfCheck, 'utf8')));
  return { dir, file: 'antwoorden.yaml' };
}

describe('pkvw-light assess', () => {
  it('prints the funding decision first, then the outcome for the home and the plan, the coverage, the risk profile and the domains, and exits 0', async () => {
    const io = captureIo({ now: clock });
    expect(await runMain(['assess', selfCheck], io)).toBe(0);
    const first = io.out.split('\n').find((line) => line.startsWith('>> '));
    expect(first).toMatch(/^>> (BASIS OP ORDE|BASIS NIET OP ORDE|ONVOLLEDIG) \(WONING\)$/);
    const order = ['WAT UW WERKGEVER NU KAN BEKOSTIGEN', '>> ', 'VERBETERPLAN', 'DEKKING PER SCENARIO', 'RISICOPROFIEL', 'WONEN —', 'MAATREGELEN VAN DE WERKGEVER'].map((h) => io.out.indexOf(h));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(Math.max(...io.out.split('\n').map((line) => line.length))).toBeLessThanOrEqual(80);
  });

  it('tells an inspection that passes with enough evidence that a certificate can be issued, in English', async () => {
    const io = captureIo({ now: clock });
    expect(await runMain(['assess', inspection, '--lang', 'en'], io)).toBe(0);
    expect(io.out).toContain('>> BASICS IN ORDER (HOME)');
    expect(io.out).toContain('a light certificate can be issued');
  });

  it('prints the verdict as JSON with --json and writes the canonical verdict with --out, readable only by its owner', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pkvw-assess-'));
    const io = captureIo({ cwd: dir, now: clock });
    expect(await runMain(['assess', selfCheck, '--json', '--out', 'oordeel.json'], io)).toBe(0);
    const catalogue = loadCatalogue();
    const expected = evaluate(catalogue, readAnswers(selfCheck, catalogue), clock);
    expect(JSON.parse(io.out)).toEqual(expected);
    expect(readFileSync(join(dir, 'oordeel.json'), 'utf8')).toBe(canonicalVerdictJson(expected));
    expect(statSync(join(dir, 'oordeel.json')).mode & 0o777).toBe(0o600);
  });

  it('rejects an answers file for another catalogue version at file:line:column with exit 1', async () => {
    const { dir, file } = editedExample((text) => text.replace(/version: "[^"]+"/, 'version: "9.0.0"'));
    const io = captureIo({ cwd: dir, now: clock });
    expect(await runMain(['assess', file], io)).toBe(1);
    expect(io.err).toMatch(/^antwoorden\.yaml:\d+:\d+: fout answers-catalogue-version /m);
    expect(io.out).toBe('');
  });

  it('rejects an unknown question without quoting any answer, and never shows a stack trace', async () => {
    const { dir, file } = editedExample((text) => text.replace(/^answers:\n/m, 'answers:\n  wonen.geheim-antwoord: "kluis-code-1234"\n'));
    const io = captureIo({ cwd: dir, now: clock });
    expect(await runMain(['assess', file, '--lang', 'en'], io)).toBe(1);
    expect(io.err).toMatch(/^antwoorden\.yaml:\d+:3: error answers-unknown-question /m);
    expect(io.err).not.toContain('kluis-code-1234');
    expect(io.err).not.toMatch(/\n\s+at /);
  });

  it('exits 2 when the answers file does not exist', async () => {
    const io = captureIo({ cwd: mkdtempSync(join(tmpdir(), 'pkvw-assess-')), now: clock });
    expect(await runMain(['assess', 'bestaat-niet.yaml'], io)).toBe(2);
    expect(io.err).toContain('bestaat-niet.yaml');
  });
});
