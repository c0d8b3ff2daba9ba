import { describe, expect, it } from 'vitest';
import { runMain } from '../../cli/main.js';
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
