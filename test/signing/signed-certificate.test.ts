import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NOW, SELF_CHECK, INSPECTION, certify, run, tempDir, testIssuerFiles, tool, type IssuerFiles } from './signing-fixtures.js';

describe('a signed light certificate', () => {
  let issuer: IssuerFiles;
  let pdf: string;
  let dir: string;

  beforeAll(async () => {
    issuer = testIssuerFiles();
    dir = tempDir();
    pdf = await certify(issuer, join(dir, 'certificaat.pdf'));
  });

  it('is reported valid by pdfsig as a CAdES detached signature over the whole document', () => {
    const { out } = tool('pdfsig', [pdf]);
    expect(out).toContain('Signature Type: ETSI.CAdES.detached');
    expect(out).toContain('Total document signed');
    expect(out).toContain('Signature Validation: Signature is Valid.');
    expect(out).toContain('Signer Certificate Common Name: TEST Inspectiebedrijf PKVW-light');
  });

  it('is trusted by pdfsig once the TEST CA is in an NSS database', () => {
    const nss = join(dir, 'nss');
    mkdirSync(nss);
    expect(tool('certutil', ['-N', '-d', `sql:${nss}`, '--empty-password']).code).toBe(0);
    expect(tool('certutil', ['-A', '-d', `sql:${nss}`, '-n', 'pkvw-test-ca', '-t', 'CT,C,C', '-i', join(issuer.trust, 'test-ca.pem')]).code).toBe(0);
    const { out } = tool('pdfsig', ['-nssdir', `sql:${nss}`, pdf]);
    expect(out).toContain('Signature is Valid.');
    expect(out).toContain('Certificate is Trusted.');
  });

  it('passes qpdf --check', () => {
    const { code, out } = tool('qpdf', ['--check', pdf]);
    expect(code).toBe(0);
    expect(out).toContain('No syntax or stream encoding errors found');
  });

  it('shows the outcome, the certificate number, the validity end and the dwelling', async () => {
    const { out: text } = tool('pdftotext', ['-layout', pdf, '-']);
    const verified = await run(['verify', pdf, '--trust', issuer.trust, '--json']);
    const number: string = JSON.parse(verified.out).certificate.number;
    expect(number).toMatch(/^PKVWL-20261128-[0-9A-F]{10}$/);
    expect(text).toContain('Basis op orde');
    expect(text).toContain(number);
    expect(text).toContain('27 november 2030');
    expect(text).toContain('3511 AB 12');
    expect(text).toContain('pagina 1 van');
  });

  it('names no weak point: no gaps, no open or unmet basics', () => {
    const { out: text } = tool('pdftotext', [pdf, '-']);
    for (const word of ['niet voldaan', 'uitgezonderd via', 'Verbeterplan', 'Wat te doen']) expect(text).not.toContain(word);
    expect(text).not.toMatch(/\bopen\b/);
  });

  it('embeds certificate data without any answer value', () => {
    const out = join(dir, 'detached');
    mkdirSync(out);
    expect(tool('pdfdetach', ['-saveall', '-o', out, pdf]).code).toBe(0);
    const data = JSON.parse(readFileSync(join(out, 'certificate.json'), 'utf8'));
    expect(Object.keys(data).sort()).toEqual(
      ['answersHash', 'catalogue', 'dwelling', 'format', 'issuedAt', 'issuedOn', 'issuer', 'number', 'outcome', 'requirements', 'risk', 'validUntil', 'verdictHash'].sort(),
    );
    expect(data.dwelling).toEqual({ postcode: '3511 AB', houseNumber: '12' });
    expect(JSON.stringify(data)).not.toMatch(/"answers"|"value"|justification|intake\./);
  });

  it('verifies with exit 0 and says which checks passed', async () => {
    const { code, out } = await run(['verify', pdf, '--trust', issuer.trust]);
    expect(code).toBe(0);
    expect(out).toContain('GELDIG');
    expect(out).toMatch(/OK\s+signer-trusted/);
    expect(out).toMatch(/OK\s+verdict-consistent/);
  });

  it('is byte-identical when made twice with the same clock and issuer', async () => {
    const again = await certify(issuer, join(dir, 'opnieuw.pdf'));
    expect(readFileSync(again).equals(readFileSync(pdf))).toBe(true);
  });

  it('is readable by others, while the firm key and passphrase are private', () => {
    expect(statSync(pdf).mode & 0o777).toBe(0o644);
    expect(statSync(issuer.p12).mode & 0o777).toBe(0o600);
    expect(statSync(issuer.passphrase).mode & 0o777).toBe(0o600);
  });

  it('is refused for a self-check, saying why, with exit 1', async () => {
    const { code, err } = await run(['certify', SELF_CHECK, '--issuer', issuer.p12, '--passphrase-file', issuer.passphrase, '--out', join(dir, 'x.pdf')]);
    expect(code).toBe(1);
    expect(err).toContain('certificate-needs-inspection');
  });

  it('needs a passphrase from a file or the environment, and never echoes a wrong one', async () => {
    const missing = await run(['certify', INSPECTION, '--issuer', issuer.p12, '--out', join(dir, 'y.pdf')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('PKVW_P12_PASSPHRASE');
    const wrongFile = join(dir, 'wrong.txt');
    writeFileSync(wrongFile, 'geheim-fout-123');
    const wrong = await run(['certify', INSPECTION, '--issuer', issuer.p12, '--passphrase-file', wrongFile, '--out', join(dir, 'z.pdf')]);
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain('signing-p12-unreadable');
    expect(wrong.err).not.toContain('geheim-fout-123');
  });

  it('uses the clock for the issue date', async () => {
    const later = await run(['verify', pdf, '--trust', issuer.trust, '--json'], new Date('2027-01-01T00:00:00Z'));
    expect(JSON.parse(later.out).certificate.issuedOn).toBe(NOW.toISOString().slice(0, 10));
  });
});
