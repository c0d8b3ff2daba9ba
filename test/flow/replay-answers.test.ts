import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readAnswers } from '../../src/verdict/read-answers.js';
import { evaluate } from '../../src/verdict/evaluate.js';
import { fixturesDir } from '../../src/package-paths.js';
import { replayAnswers } from '../../src/flow/replay-answers.js';
import { runMain } from '../../cli/main.js';
import { catalogue, clock, NOW } from './flow-test-kit.js';
import { captureIo } from '../support/capture-io.js';

const casesDir = join(fixturesDir, 'cases');
const cases = readdirSync(casesDir).filter((name) => statSync(join(casesDir, name)).isDirectory());
const exampleFiles = ['zelfcheck-voorbeeld.yaml', 'inspectie-voorbeeld.yaml'].map((name) => join(fixturesDir, 'answers', name));

describe('replaying an answers file through the assessment machine', () => {
  it.each(cases)('gives case %s the expected outcome and the statuses the engine gives for the file', (name) => {
    const answers = readAnswers(join(casesDir, name, 'answers.yaml'), catalogue);
    const expected = parse(readFileSync(join(casesDir, name, 'expected.yaml'), 'utf8')) as { outcome: string; requirements?: Record<string, string> };
    const { verdict } = replayAnswers(catalogue, answers, clock);
    const direct = evaluate(catalogue, answers, NOW);
    expect(verdict.outcome).toBe(expected.outcome);
    expect(verdict.requirements.map((r) => [r.requirement, r.status])).toEqual(direct.requirements.map((r) => [r.requirement, r.status]));
    expect(verdict.risk).toEqual(direct.risk);
    for (const [requirement, status] of Object.entries(expected.requirements ?? {})) {
      expect([requirement, verdict.requirements.find((r) => r.requirement === requirement)?.status]).toEqual([requirement, status]);
    }
  });

  it.each(exampleFiles)('keeps the evidence and exceptions of %s, so the verdict equals the engine’s', (file) => {
    const answers = readAnswers(file, catalogue);
    const replay = replayAnswers(catalogue, answers, clock);
    const direct = evaluate(catalogue, answers, NOW);
    expect(replay.unusedAnswers).toEqual([]);
    expect({ ...replay.verdict, answersHash: '' }).toEqual({ ...direct, answersHash: '' });
  });
});

describe('pkvw-light check --answers', () => {
  it('writes the verdict, the report as text and PDF, and an exported answers file that assess accepts, all 0600', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pkvw-replay-'));
    try {
      const io = captureIo({ cwd: dir, now: NOW });
      const file = join(fixturesDir, 'answers', 'inspectie-voorbeeld.yaml');
      expect(await runMain(['check', '--answers', file, '--out', 'uit', '--export', 'antwoorden.yaml'], io)).toBe(0);
      expect(io.out).toContain('Antwoorden uit');
      expect(io.out).toContain('Antwoordbestand: antwoorden.yaml');
      for (const path of ['uit/oordeel.json', 'uit/rapport.txt', 'uit/rapport.pdf', 'antwoorden.yaml']) expect(statSync(join(dir, path)).mode & 0o777).toBe(0o600);
      expect(readFileSync(join(dir, 'uit', 'rapport.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
      const exported = readAnswers(join(dir, 'antwoorden.yaml'), catalogue);
      const original = readAnswers(file, catalogue);
      expect(evaluate(catalogue, exported, NOW)).toEqual(evaluate(catalogue, original, NOW));
      const verdict = JSON.parse(readFileSync(join(dir, 'uit', 'oordeel.json'), 'utf8')) as { outcome: string };
      expect(verdict.outcome).toBe(evaluate(catalogue, original, NOW).outcome);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports a broken answers file with its location and exit 1, writing nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pkvw-replay-'));
    try {
      const io = captureIo({ cwd: dir, now: NOW });
      const file = join(casesDir, cases[0] ?? '', 'expected.yaml');
      expect(await runMain(['check', '--answers', file, '--out', 'uit'], io)).toBe(1);
      expect(io.err).toMatch(/expected\.yaml:\d+:\d+: fout /);
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('tells a user who wrote "nee" for a yes/no answer which words to type, without quoting the answer', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pkvw-replay-'));
    try {
      const example = readFileSync(join(fixturesDir, 'answers', 'zelfcheck-voorbeeld.yaml'), 'utf8');
      const line = /^( {2}intake\.concrete-dreiging:) \S+$/m;
      expect(example).toMatch(line);
      writeFileSync(join(dir, 'antwoorden.yaml'), example.replace(line, '$1 nee'));
      const io = captureIo({ cwd: dir, now: NOW });
      expect(await runMain(['check', '--answers', 'antwoorden.yaml', '--out', 'uit'], io)).toBe(1);
      expect(io.err).toMatch(/antwoorden\.yaml:\d+:\d+: fout .*'intake\.concrete-dreiging' moet true \(ja\) of false \(nee\), zonder aanhalingstekens zijn/);
      expect(existsSync(join(dir, 'uit'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('speaks English with --lang en', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pkvw-replay-'));
    try {
      const io = captureIo({ cwd: dir, now: NOW });
      expect(await runMain(['check', '--demo', '--lang', 'en', '--out', 'uit'], io)).toBe(0);
      expect(io.out).toContain('Demonstration: the self-check with the bundled example answers');
      expect(io.out).toContain('Written:');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
