/**
 * What scripts rely on: with --json a command answers with one JSON document on stdout, also when
 * it fails; exit codes are listed in --help; `assess --fail-on` turns an outcome into exit 1.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runMain } from '../../cli/main.js';
import { ERRORS_FORMAT, type ErrorsJson } from '../../cli/error-json.js';
import { CHECK_FORMAT } from '../../cli/commands/check.js';
import { fixturesDir, packageRoot } from '../../src/package-paths.js';
import { answersSchemaPath } from '../../cli/answers-modeline.js';
import { loadCatalogue } from '../../src/catalogue/read-catalogue.js';
import { readAnswers } from '../../src/verdict/read-answers.js';
import { evaluate } from '../../src/verdict/evaluate.js';
import type { Verdict } from '../../src/verdict/verdict-types.js';
import { captureIo } from '../support/capture-io.js';

const EXAMPLE = join(fixturesDir, 'answers', 'zelfcheck-voorbeeld.yaml');
const dir = mkdtempSync(join(tmpdir(), 'pkvw-json-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = captureIo({ cwd: dir });
  const code = await runMain(argv, io);
  return { code, out: io.out, err: io.err };
}

function errorsOf(out: string): ErrorsJson {
  const document = JSON.parse(out) as ErrorsJson;
  expect(document.format).toBe(ERRORS_FORMAT);
  return document;
}

describe('errors with --json', () => {
  it.each([
    ['assess', ['assess', 'ontbreekt.yaml', '--json']],
    ['check --answers', ['check', '--answers', 'ontbreekt.yaml', '--json']],
    ['verify', ['verify', 'ontbreekt.pdf', '--json']],
    ['spec diff', ['spec', 'diff', 'oud', 'nieuw', '--json']],
    ['spec validate', ['spec', 'validate', 'ontbreekt', '--json']],
  ])('come from %s as one JSON document on stdout with code, message and location, exit 2 for a missing file', async (_name, argv) => {
    const { code, out } = await run(argv);
    expect(code).toBe(2);
    const document = errorsOf(out);
    expect(document.exitCode).toBe(2);
    expect(document.errors[0]).toMatchObject({ code: 'file-not-found', severity: 'error', location: { file: expect.stringMatching(/^(ontbreekt|oud|nieuw)/) } });
    expect(document.errors[0]?.message).toMatch(/niet gevonden/);
  });

  it('locate every problem in an invalid answers file by line and column, in the asked language, exit 1', async () => {
    const bad = join(dir, 'fout.yaml');
    writeFileSync(bad, readFileSync(EXAMPLE, 'utf8').replace(/^format: .*$/m, 'format: pkvw-light/answers@9'));
    const { code, out, err } = await run(['assess', 'fout.yaml', '--json', '--lang', 'en']);
    expect(code).toBe(1);
    const document = errorsOf(out);
    expect(document.exitCode).toBe(1);
    expect(document.errors.length).toBeGreaterThan(0);
    for (const error of document.errors) {
      expect(error.location).toMatchObject({ file: 'fout.yaml', line: expect.any(Number), column: expect.any(Number) });
      expect(error.message).not.toBe('');
    }
    // People still read the text on stderr.
    expect(err).toContain('fout.yaml:');
  });

  it('come for a usage error too, and not without --json', async () => {
    const usage = await run(['assess', EXAMPLE, '--onbekend', '--json']);
    expect(usage.code).toBe(2);
    expect(errorsOf(usage.out).errors).toEqual([
      { code: 'usage-unknown-option', severity: 'error', message: 'onbekende optie --onbekend bij pkvw-light assess (argument 3). Zie: pkvw-light assess --help' },
    ]);
    const text = await run(['assess', 'ontbreekt.yaml']);
    expect(text.code).toBe(2);
    expect(text.out).toBe('');
    expect(text.err).toContain('file-not-found');
  });
});

/** Every command path, found from the help the way a user would: `pkvw-light --help`, then each command's. */
async function leafCommands(path: string[] = []): Promise<string[][]> {
  const { out } = await run([...path, '--help']);
  const section = out.split(/^(?:Commands|Opdrachten):$/m)[1];
  if (section === undefined) return [path];
  const names = [...(section.split(/\n\S/)[0] ?? '').matchAll(/^ {2}(\S+)/gm)].map((match) => match[1] ?? '').filter((name) => name !== 'help');
  return (await Promise.all(names.map((name) => leafCommands([...path, name])))).flat();
}

describe('every command that produces a result', () => {
  const PENDING: string[] = [];

  it('takes --json', async () => {
    const commands = (await leafCommands()).map((path) => path.join(' '));
    expect(commands).toEqual(expect.arrayContaining(['spec validate', 'spec docs', 'assess', 'check', 'report', 'certify', 'verify', ...PENDING]));
    const without: string[] = [];
    for (const command of commands.filter((name) => !PENDING.includes(name))) {
      if (!(await run([...command.split(' '), '--help'])).out.includes('--json')) without.push(command);
    }
    expect(without).toEqual([]);
  });

  it('issuer create-test --json: the files of the TEST issuer, and no passphrase in the output', async () => {
    const { code, out } = await run(['issuer', 'create-test', '--out', 'uitgever', '--json']);
    expect(code).toBe(0);
    const result = JSON.parse(out) as Record<string, unknown>;
    expect(result).toMatchObject({ format: 'pkvw-light/test-issuer@1', test: true, dir: 'uitgever', passphraseFile: join('uitgever', 'test-firm.passphrase') });
    expect(out).not.toContain(readFileSync(join(dir, 'uitgever', 'test-firm.passphrase'), 'utf8').trim());
  });

  it('report --json: the file written and the outcome', async () => {
    const { code, out } = await run(['report', EXAMPLE, '--out', 'rapport.pdf', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({ format: 'pkvw-light/report@1', file: 'rapport.pdf', outcome: 'niet-op-orde', signed: false });
    expect(readFileSync(join(dir, 'rapport.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('spec docs --json: the file written', async () => {
    const { code, out } = await run(['spec', 'docs', '--format', 'md', '--out', 'docs', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({ format: 'pkvw-light/docs@1', file: join('docs', 'catalogus.nl.md') });
    expect(existsSync(join(dir, 'docs', 'catalogus.nl.md'))).toBe(true);
  });
});

describe('check --answers --json', () => {
  it('prints the verdict and the files it wrote as one JSON document', async () => {
    const { code, out } = await run(['check', '--answers', EXAMPLE, '--out', 'uit', '--json']);
    expect(code).toBe(0);
    const result = JSON.parse(out) as { format: string; written: string[]; verdict: Verdict };
    expect(result.format).toBe(CHECK_FORMAT);
    expect(result.verdict.outcome).toBe('niet-op-orde');
    expect(result.written).toEqual([join('uit', 'oordeel.json'), join('uit', 'rapport.txt'), join('uit', 'rapport.pdf')]);
    for (const file of result.written) expect(existsSync(join(dir, file))).toBe(true);
  });

  it('is refused for the interactive check, whose questions need the terminal', async () => {
    const { code, out } = await run(['check', '--json']);
    expect(code).toBe(2);
    expect(errorsOf(out).errors[0]?.code).toBe('check-json-needs-answers');
  });
});

describe('assess --fail-on', () => {
  it('exits 1 when the outcome is one it names, after printing the verdict', async () => {
    const { code, out, err } = await run(['assess', EXAMPLE, '--json', '--fail-on', 'onvolledig,niet-op-orde']);
    expect(code).toBe(1);
    expect((JSON.parse(out) as Verdict).outcome).toBe('niet-op-orde');
    expect(err).toContain('assess-outcome-fails');
  });

  it('exits 0 when the outcome is not one it names', async () => {
    expect((await run(['assess', EXAMPLE, '--fail-on', 'doorverwijzen'])).code).toBe(0);
  });

  it('refuses an outcome that does not exist, naming the ones that do, with exit 2', async () => {
    const { code, out } = await run(['assess', EXAMPLE, '--fail-on', 'niet-op-order', '--json']);
    expect(code).toBe(2);
    expect(errorsOf(out).errors[0]?.message).toContain('basis-op-orde, niet-op-orde, onvolledig, doorverwijzen');
  });
});

describe('--help', () => {
  it.each([[[]], [['assess']], [['spec', 'validate']], [['verify']]])('lists the exit codes (pkvw-light %j --help)', async (command) => {
    const { code, out } = await run([...command, '--help']);
    expect(code).toBe(0);
    for (const exit of ['0 ', '1 ', '2 ', '70 ', '130 ']) expect(out).toMatch(new RegExp(`^  ${exit}`, 'm'));
    expect(out).toContain(ERRORS_FORMAT);
  });
});

describe('an answers file written by check --export', () => {
  it('starts with a modeline pointing at the bundled schema by a relative path, and reads back to the same verdict', async () => {
    const exported = join(dir, 'sub', 'antwoorden.yaml');
    const { code } = await run(['check', '--answers', EXAMPLE, '--out', 'uit2', '--export', 'sub/antwoorden.yaml']);
    expect(code).toBe(0);
    const firstLine = readFileSync(exported, 'utf8').split('\n', 1)[0] ?? '';
    const schema = /^# yaml-language-server: \$schema=(\.\.?\/\S+)$/.exec(firstLine)?.[1];
    expect(schema).toBeDefined();
    expect(resolve(dirname(exported), schema ?? '')).toBe(answersSchemaPath);
    const catalogue = loadCatalogue();
    const now = new Date('2026-11-28T12:00:00Z');
    expect(evaluate(catalogue, readAnswers(exported, catalogue), now).outcome).toBe(evaluate(catalogue, readAnswers(EXAMPLE, catalogue), now).outcome);
  });
});

describe('the JSON Schemas', () => {
  it('share one $id base, each named by its file', () => {
    const schemaDir = join(packageRoot, 'spec', 'schema');
    for (const name of ['answers.schema.json', 'catalogue-file.schema.json', 'verdict.schema.json']) {
      const schema = JSON.parse(readFileSync(join(schemaDir, name), 'utf8')) as { $id: string };
      expect(schema.$id).toBe(`https://pkvw-light.example/schema/${name}`);
    }
  });
});
