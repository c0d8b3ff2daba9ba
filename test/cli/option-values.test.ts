import { describe, expect, it } from 'vitest';
import { parseDateOption } from '../../cli/date-option.js';
import { runMain } from '../../cli/main.js';
import { captureIo } from '../support/capture-io.js';

describe('a date on the command line', () => {
  it('is a real calendar date, optionally with a time and zone', () => {
    expect(parseDateOption('2030-02-28')?.toISOString()).toBe('2030-02-28T00:00:00.000Z');
    expect(parseDateOption('2028-02-29')?.toISOString()).toBe('2028-02-29T00:00:00.000Z');
    expect(parseDateOption('2030-02-28T12:30:00+01:00')?.toISOString()).toBe('2030-02-28T11:30:00.000Z');
    expect(parseDateOption('2030-02-28T12:30Z')?.toISOString()).toBe('2030-02-28T12:30:00.000Z');
  });

  it.each(['2030-02-30', '2029-02-29', '2030-13-01', '2030-00-10', '2030-04-31', '2030-02-28T24:00Z', '2030-2-3', '', 'morgen', '1e999', '2030-02-28 ', '2030-02-28T12:00'])(
    'refuses %j instead of rolling it over to another day',
    (text) => expect(parseDateOption(text)).toBeUndefined(),
  );

  it('makes verify --at 2030-02-30 a usage error before the file is read', async () => {
    const io = captureIo();
    expect(await runMain(['verify', 'bestaat-niet.pdf', '--at', '2030-02-30'], io)).toBe(2);
    expect(io.err).toContain('--at 2030-02-30 is geen datum');
  });
});

describe('a certificate number on the command line', () => {
  // One rule, the one certificateStatement applies too: 'pkvwl.1' passed an older, looser check here and was refused only after the key was opened.
  it.each(['', ' ', 'PKVW\u001b[2J', 'a\nb', '-x', 'x'.repeat(65), 'pkvwl.1', 'PKVWL/1', 'ABC', 'A'.repeat(41)])('refuses %j before anything is read or signed', async (number) => {
    const io = captureIo();
    expect(await runMain(['certify', 'bestaat-niet.yaml', '--issuer', 'bestaat-niet.p12', '--out', 'c.pdf', '--number', number], io)).toBe(2);
    expect(io.err).toBe('fout certificate-number-invalid --number: hoofdletters, cijfers en streepjes, 4 tot 40 tekens\n');
    expect(io.err).not.toContain('\u001b');
  });
});
