import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { certify, run, tempDir, testIssuerFiles, type IssuerFiles } from '../signing/signing-fixtures.js';

describe('pkvw-light verify --measure', () => {
  let issuer: IssuerFiles;
  let file: string;
  beforeAll(async () => {
    issuer = testIssuerFiles();
    file = await certify(issuer, join(tempDir(), 'certificaat.pdf'));
  });

  it('answers for each measure before the status line, and exits 0 only when every one is covered', async () => {
    const covered = await run(['verify', file, '--trust', issuer.trust, '--measure', 'brievenbus', '--measure', 'WRK-17']);
    expect(covered.code).toBe(0);
    const lines = covered.out.trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(/^GELDIG: /);
    expect(covered.out).toMatch(/\(WON-16\): gedekt\./);
    expect(covered.out).toMatch(/\(WRK-17\): gedekt\./);

    const unknown = await run(['verify', file, '--trust', issuer.trust, '--measure', 'brievenbus', '--measure', 'vliegende schotel']);
    expect(unknown.code).toBe(1);
    expect(unknown.out).toContain('Geen maatregel in de catalogus heet “vliegende schotel”.');
  });

  it('an expired certificate covers nothing: exit 1, and --json gives each answer', async () => {
    const expired = await run(['verify', file, '--trust', issuer.trust, '--at', '2031-01-01', '--measure', 'WON-16', '--json']);
    expect(expired.code).toBe(1);
    const json = JSON.parse(expired.out) as { valid: boolean; measures: unknown[] };
    expect(json.valid).toBe(false);
    expect(json.measures).toEqual([{ query: 'WON-16', found: false, covered: false, reason: 'certificate-not-valid' }]);
    const valid = JSON.parse((await run(['verify', file, '--trust', issuer.trust, '--measure', 'WON-16', '--json', '--lang', 'en'])).out) as { measures: unknown[] };
    expect(valid.measures).toEqual([{ query: 'WON-16', found: true, covered: true, coverage: [{ measure: 'WON-16', covered: true }] }]);
  });
});
