import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMain } from '../../cli/main.js';
import { fixturesDir } from '../../src/package-paths.js';
import { captureIo } from '../support/capture-io.js';

async function fail(argv: string[]): Promise<{ code: number; err: string; out: string }> {
  const io = captureIo();
  const code = await runMain(argv, io);
  return { code, err: io.err, out: io.out };
}

describe("commander's own errors", () => {
  // Each form of commander's messages this version produces, worded by us and located: command, argument position, help.
  it.each([
    [['check', '--bogus'], 'fout usage-unknown-option onbekende optie --bogus bij pkvw-light check (argument 2). Zie: pkvw-light check --help'],
    [['check', '--stat'], 'fout usage-unknown-option onbekende optie --stat bij pkvw-light check (argument 2). Zie: pkvw-light check --help. Bedoelt u --state?'],
    [['chek'], 'fout usage-unknown-command onbekende opdracht chek bij pkvw-light (argument 1). Zie: pkvw-light --help. Bedoelt u check?'],
    [['assess'], 'fout usage-missing-argument pkvw-light assess mist het argument <antwoorden>. Zie: pkvw-light assess --help'],
    [['check', '--state'], 'fout usage-option-missing-value --state bij pkvw-light check (argument 2) mist zijn waarde. Zie: pkvw-light check --help'],
    [['issuer', 'revoke', '12'], 'fout usage-missing-option pkvw-light issuer revoke vraagt de optie --reason. Zie: pkvw-light issuer revoke --help'],
    [['assess', 'a.yaml', 'b.yaml'], 'fout usage-too-many-arguments pkvw-light assess neemt 1 argument(en), niet 2. Zie: pkvw-light assess --help'],
    [['check', '--lang', 'fr'], 'fout usage-invalid-value ongeldige waarde fr voor --lang bij pkvw-light check (argument 3); kies uit: nl, en'],
  ])('words %j in Dutch by default, with exit 2', async (argv, line) => {
    const { code, err, out } = await fail(argv);
    expect(code).toBe(2);
    expect(err).toBe(line + '\n');
    expect(out).toBe('');
  });

  it('words them in English with --lang en, wherever --lang stands', async () => {
    expect((await fail(['check', '--bogus', '--lang', 'en'])).err).toBe('error usage-unknown-option unknown option --bogus for pkvw-light check (argument 2). See: pkvw-light check --help\n');
    expect((await fail(['assess', '--lang=en'])).err).toBe('error usage-missing-argument pkvw-light assess needs the argument <answers>. See: pkvw-light assess --help\n');
  });

  it('takes --lang before the command as if it came after it', async () => {
    expect((await fail(['--lang', 'en', 'check', '--bogus'])).err).toBe('error usage-unknown-option unknown option --bogus for pkvw-light check (argument 4). See: pkvw-light check --help\n');
    const io = captureIo();
    expect(await runMain(['--lang=en', 'spec', 'validate', '--help'], io)).toBe(0);
    expect(io.out).toMatch(/^Usage: pkvw-light spec validate/);
  });

  it('escapes a control character typed in an option instead of passing it to the terminal', async () => {
    const { err } = await fail(['check', '--x\u001b[2J']);
    expect(err).not.toContain('\u001b');
    expect(err).toContain('onbekende optie --x');
  });
});

describe('our own refusals of an invocation, before anything is written or signed', () => {
  const inspection = join(fixturesDir, 'answers', 'inspectie-voorbeeld.yaml');
  const selfCheck = join(fixturesDir, 'answers', 'zelfcheck-voorbeeld.yaml');
  // Each row: the arguments, what the working folder holds, the code, its exit, and the line stderr starts with.
  it.each([
    { code: 'bad-option', argv: ['assess', selfCheck, '--fail-on', 'slecht'], exit: 2, line: 'fout bad-option ongeldige waarde voor --fail-on: slecht (verwacht: ' },
    { code: 'flow-answers-and-resume', argv: ['check', '--resume', 'voortgang.json', '--answers', selfCheck], exit: 2, line: 'fout flow-answers-and-resume ' },
    { code: 'flow-new-and-resume', argv: ['check', '--new', '--resume', 'voortgang.json'], exit: 2, line: 'fout flow-new-and-resume ' },
    { code: 'report-sign-needs-issuer', argv: ['report', selfCheck, '--out', 'rapport.pdf', '--sign'], exit: 2, line: 'fout report-sign-needs-issuer ' },
    { code: 'issuer-reason-missing', argv: ['issuer', 'revoke', 'PKVWL-20261128-0000000000', '--reason', '  ', '--issuer', 'firma.p12'], exit: 2, line: 'fout issuer-reason-missing ' },
    { code: 'issuer-valid-from-invalid', argv: ['issuer', 'create-test', '--out', 'uitgever', '--valid-from', 'gisteren'], exit: 2, line: 'fout issuer-valid-from-invalid ' },
    { code: 'certificate-issued-at-invalid', argv: ['certify', inspection, '--issuer', 'firma.p12', '--out', 'c.pdf', '--issued-at', 'morgen'], exit: 2, line: 'fout certificate-issued-at-invalid ' },
    // No --passphrase-file and no PKVW_P12_PASSPHRASE: refused before the key file is even looked for.
    { code: 'signing-passphrase-missing', argv: ['certify', inspection, '--issuer', 'firma.p12', '--out', 'c.pdf'], exit: 2, line: 'fout signing-passphrase-missing ' },
    { code: 'signing-passphrase-file-not-regular', argv: ['certify', inspection, '--issuer', 'firma.p12', '--out', 'c.pdf', '--passphrase-file', 'map'], exit: 2, line: 'map: fout signing-passphrase-file-not-regular ' },
    { code: 'file-not-regular-write', argv: ['certify', inspection, '--issuer', 'firma.p12', '--out', 'c.pdf', '--register', 'map'], exit: 2, line: 'map: fout file-not-regular-write ' },
    { code: 'file-unwritable', argv: ['certify', inspection, '--issuer', 'firma.p12', '--out', 'c.pdf', '--register', 'geen-map/uitgegeven.jsonl'], exit: 2, line: 'geen-map/uitgegeven.jsonl: fout file-unwritable kan geen-map/uitgegeven.jsonl niet schrijven: de map bestaat niet (ENOENT)' },
    { code: 'issuer-register-damaged', argv: ['issuer', 'revoke', 'PKVWL-20261128-0000000000', '--reason', 'verkocht', '--issuer', 'firma.p12'], exit: 1, line: 'uitgegeven.jsonl:2:1: fout issuer-register-damaged uitgegeven.jsonl regel 2 is geen registerregel' },
    { code: 'verify-trust-not-a-folder', argv: ['verify', 'c.pdf', '--trust', 'c.pdf'], exit: 2, line: 'c.pdf: fout verify-trust-not-a-folder ' },
    { code: 'verify-trust-empty', argv: ['verify', 'c.pdf', '--trust', 'map'], exit: 2, line: 'map: fout verify-trust-empty ' },
  ])('$code, exit $exit', async ({ code, argv, exit, line }) => {
    const dir = mkdtempSync(join(tmpdir(), 'pkvw-refusal-'));
    mkdirSync(join(dir, 'map'));
    writeFileSync(join(dir, 'c.pdf'), '%PDF-1.7\n');
    writeFileSync(join(dir, 'uitgegeven.jsonl'), '{"format":"pkvw-light/register-line@1","event":"issued","number":"PKVWL-20261128-0000000000"}\nkapot\n');
    for (const lang of ['nl', 'en'] as const) {
      const io = captureIo({ cwd: dir });
      expect(await runMain([...argv, '--lang', lang], io)).toBe(exit);
      // Dutch: the whole start of the line given; English: where, and the code.
      const where = line.slice(0, line.indexOf('fout '));
      expect(io.err.startsWith(lang === 'nl' ? line : `${where}error ${code} `), io.err).toBe(true);
      expect(io.err.trimEnd().split('\n')).toHaveLength(1);
      expect(io.err).not.toMatch(/undefined|NaN|\n\s+at /);
      expect(io.out).toBe('');
    }
  });
});
