import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMain } from '../../cli/main.js';
import { captureIo } from '../support/capture-io.js';
import { INSPECTION } from '../signing/signing-fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'pkvw-claim-'));

/** The example inspection with the rear windows not certified and WON-02 claimed under EX-GELIJKWAARDIG. */
function inspectionWithClaim(evidence: string): string {
  const file = join(dir, `claim-${evidence.length}.yaml`);
  writeFileSync(
    file,
    readFileSync(INSPECTION, 'utf8')
      .replace('format: pkvw-light/answers@1', 'format: pkvw-light/answers@2')
      .replace('wonen.overige-gevels.gecertificeerd: { value: true, evidence: inspected }', 'wonen.overige-gevels.gecertificeerd: { value: false, evidence: inspected }') +
      `exceptions:\n  - exception: EX-GELIJKWAARDIG\n    requirements: [WON-02]\n    justification: Er hangt een camera achter.\n    evidence: ${evidence}\n`,
  );
  return file;
}

async function certify(file: string, lang = 'nl') {
  const io = captureIo();
  // The issuer does not exist: the claim is refused before any key is opened.
  const code = await runMain(['certify', file, '--issuer', join(dir, 'geen.p12'), '--out', join(dir, 'c.pdf'), '--lang', lang], io);
  return { code, err: io.err };
}

describe('certify and a claim that is not proven', () => {
  it('refuses with exit 1, naming the requirement and the exception at the claim in the file', async () => {
    const file = inspectionWithClaim('{ level: self-declared }');
    const lines = readFileSync(file, 'utf8').split('\n');
    const line = lines.findIndex((l) => l.includes('- exception: EX-GELIJKWAARDIG')) + 1;
    const { code, err } = await certify(file);
    expect(code).toBe(1);
    expect(err).toContain(`${file}:${line}:`);
    expect(err).toContain('fout certificate-claim-unproven ');
    expect(err).toContain('het beroep op EX-GELIJKWAARDIG voor WON-02 is niet bewezen');
    expect(err).toContain('bewijs op niveau document');
    expect(err).toContain('de alternatieve maatregel, het scenario en de verklaring');
    expect(err).not.toMatch(/\n\s+at /);
  });

  it('says what is missing in English too, and asks for the reference at level document', async () => {
    const { code, err } = await certify(inspectionWithClaim('{ level: document }'), 'en');
    expect(code).toBe(1);
    expect(err).toContain('the claim on EX-GELIJKWAARDIG for WON-02 is not proven (missing: the reference to the document, and the alternative measure');
    expect(err).not.toContain('evidence at level');
  });
});
