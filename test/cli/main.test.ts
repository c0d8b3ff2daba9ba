import { describe, expect, it } from 'vitest';
import { runMain } from '../../cli/main.js';
import { captureIo } from '../support/capture-io.js';

describe('the pkvw-light command', () => {
  it('shows help listing every command and exits 0', async () => {
    const io = captureIo();
    expect(await runMain(['--help'], io)).toBe(0);
    for (const command of ['spec', 'assess', 'check', 'report', 'certify', 'verify', 'issuer']) expect(io.out).toContain(command);
  });

  it('rejects an unknown command with exit code 2 and no stack trace', async () => {
    const io = captureIo();
    expect(await runMain(['bestaat-niet'], io)).toBe(2);
    expect(io.err).toContain('onbekende opdracht bestaat-niet bij pkvw-light (argument 1)');
    expect(io.err).not.toMatch(/\n\s+at /);
  });

  it('rejects an unsupported language with exit code 2', async () => {
    const io = captureIo();
    expect(await runMain(['spec', 'validate', '--lang', 'fr'], io)).toBe(2);
    expect(io.err).toContain('fr');
  });
});
