import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { certify, run, tempDir, testIssuerFiles, tool, type IssuerFiles } from '../signing/signing-fixtures.js';

describe('revoking a light certificate', () => {
  let issuer: IssuerFiles;
  let dir: string;
  let pdf: string;
  let number: string;
  const register = () => join(issuer.dir, 'uitgegeven.jsonl');
  const list = () => join(issuer.dir, 'intrekkingen.p7m');

  beforeAll(async () => {
    issuer = testIssuerFiles();
    dir = tempDir();
    pdf = await certify(issuer, join(dir, 'certificaat.pdf'));
    number = JSON.parse((await run(['verify', pdf, '--trust', issuer.trust, '--json'])).out).certificate.number;
  });

  it('keeps a register of what the firm issued, owner-only, one line per certificate', () => {
    const lines = readFileSync(register(), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ event: 'issued', number, dwelling: { postcode: '3511 AB', houseNumber: '12' }, issuedOn: '2026-11-28', validUntil: '2030-11-27' });
    expect(statSync(register()).mode & 0o777).toBe(0o600);
  });

  it('refuses to revoke a number the firm never issued', async () => {
    const { code, err } = await run(['issuer', 'revoke', 'PKVWL-20990101-0000000000', '--reason', 'test', '--issuer', issuer.p12, '--passphrase-file', issuer.passphrase]);
    expect(code).toBe(1);
    expect(err).toContain('issuer-not-issued');
  });

  it('says a register is missing, not that the number is, when --register names no file', async () => {
    const nowhere = join(dir, 'geen-register.jsonl');
    const { code, err } = await run(['issuer', 'revoke', number, '--reason', 'test', '--issuer', issuer.p12, '--passphrase-file', issuer.passphrase, '--register', nowhere]);
    expect(code).toBe(1);
    expect(err).toContain('issuer-register-missing');
    expect(err).toContain(`er is geen register van uitgegeven certificaten op ${nowhere}`);
    expect(err).not.toContain('issuer-not-issued');
  });

  it('revokes: a signed list that verify --revocations reports as revoked with date and reason, exit 1', async () => {
    const before = readFileSync(register(), 'utf8');
    const revoked = await run(['issuer', 'revoke', number, '--reason', 'Woning verkocht', '--issuer', issuer.p12, '--passphrase-file', issuer.passphrase, '--json']);
    expect(revoked.code).toBe(0);
    const printed = JSON.parse(revoked.out);
    expect(printed).toMatchObject({ number, reason: 'Woning verkocht', revocations: list(), count: 1 });
    // Appended to, never rewritten.
    const after = readFileSync(register(), 'utf8');
    expect(after.startsWith(before)).toBe(true);
    expect(after.trim().split('\n').at(-1)).toContain('"event":"revoked"');

    // The list is an ordinary CMS that OpenSSL verifies against the firm's CA.
    const cms = tool('openssl', ['cms', '-verify', '-inform', 'DER', '-in', list(), '-CAfile', join(issuer.trust, 'test-ca.pem'), '-purpose', 'any']);
    expect(cms.out).toContain('Verification successful');
    expect(cms.out).toContain(number);

    const { code, out } = await run(['verify', pdf, '--trust', issuer.trust, '--revocations', list()]);
    expect(code).toBe(1);
    expect(out).toMatch(/FOUT\s+not-revoked/);
    expect(out).toContain('INGETROKKEN');
    expect(out).toContain('Woning verkocht');
    const json = JSON.parse((await run(['verify', pdf, '--trust', issuer.trust, '--revocations', list(), '--json'])).out);
    expect(json.status).toBe('revoked');
    expect(json.revocation.revoked).toMatchObject({ number, reason: 'Woning verkocht' });

    const again = await run(['issuer', 'revoke', number, '--reason', 'nogmaals', '--issuer', issuer.p12, '--passphrase-file', issuer.passphrase]);
    expect(again.code).toBe(1);
    expect(again.err).toContain('issuer-already-revoked');
  });

  it('passes a certificate that is not on the list, and says revocation was checked', async () => {
    const other = await certify(issuer, join(dir, 'ander.pdf'), ['--number', 'PKVWL-ANDER-0001']);
    const { code, out } = await run(['verify', other, '--trust', issuer.trust, '--revocations', list(), '--require-revocation-check']);
    expect(code).toBe(0);
    expect(out).toMatch(/OK\s+not-revoked/);
    expect(out).toContain('intrekking gecontroleerd');
  });

  it('rejects a revocation list that was changed after signing', async () => {
    const forged = join(dir, 'vervalst.p7m');
    const bytes = readFileSync(list());
    const at = bytes.indexOf('Woning verkocht');
    bytes.write('Woning verkochT', at, 'latin1');
    writeFileSync(forged, bytes);
    const json = JSON.parse((await run(['verify', pdf, '--trust', issuer.trust, '--revocations', forged, '--json'])).out);
    expect(json.status).toBe('invalid');
    expect(json.checks.find((c: { check: string }) => c.check === 'not-revoked').reason.code).toBe('verify-revocations-invalid');
  });
});

describe("the TEST CA's CRL", () => {
  it('is verified by openssl crl -verify, and a revoked firm signing certificate fails verify --crl', async () => {
    const issuer = testIssuerFiles();
    const dir = tempDir();
    const pdf = await certify(issuer, join(dir, 'certificaat.pdf'));
    const crl = join(dir, 'leeg.crl.pem');
    expect((await run(['issuer', 'test-crl', issuer.dir, '--out', crl])).code).toBe(0);
    const clean = await run(['verify', pdf, '--trust', issuer.trust, '--crl', crl]);
    expect(clean.code).toBe(0);
    expect(clean.out).toMatch(/OK\s+signer-not-revoked/);

    const revoked = join(dir, 'ingetrokken.crl.pem');
    expect((await run(['issuer', 'test-crl', issuer.dir, '--revoke-firm', '--out', revoked])).code).toBe(0);
    const checked = tool('openssl', ['crl', '-in', revoked, '-CAfile', join(issuer.trust, 'test-ca.pem'), '-noout', '-verify', '-text']);
    expect(checked.out).toContain('verify OK');
    const serial = tool('openssl', ['pkcs12', '-in', issuer.p12, '-nokeys', '-clcerts', '-passin', `file:${issuer.passphrase}`]).out;
    const leaf = join(dir, 'leaf.pem');
    writeFileSync(leaf, serial);
    const leafSerial = tool('openssl', ['x509', '-in', leaf, '-noout', '-serial']).out.trim().replace('serial=', '');
    expect(checked.out).toContain(`Serial Number: ${leafSerial}`);

    const { code, out } = await run(['verify', pdf, '--trust', issuer.trust, '--crl', revoked, '--json']);
    expect(code).toBe(1);
    const result = JSON.parse(out);
    expect(result.status).toBe('revoked');
    expect(result.checks.find((c: { check: string }) => c.check === 'signer-not-revoked').reason.code).toBe('verify-signer-revoked');
  });
});
