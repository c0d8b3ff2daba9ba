import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import * as pkijs from 'pkijs';
import { startTestTsa, type TestTsa } from '../../src/signing/test-tsa.js';
import { readTrustedCertificates } from '../../src/signing/trust-store.js';
import { verifyCertificate } from '../../src/certificate/verify-certificate.js';
import { loadCatalogue } from '../../src/catalogue/read-catalogue.js';
import { useWebCryptoEngine } from '../../src/signing/crypto-engine.js';
import * as asn1js from 'asn1js';
import fc from 'fast-check';
import { timestampNonce } from '../../src/signing/timestamp-client.js';
import { INSPECTION, NOW, certify, run, tempDir, testIssuerFiles, tool, type IssuerFiles } from '../signing/signing-fixtures.js';

/** The CMS of the one signature in a PDF, and its SignerInfo. */
function signerInfoOf(pdf: Buffer): { hex: string; start: number; signedData: pkijs.SignedData; contentType: string } {
  useWebCryptoEngine();
  const match = /\/ByteRange \[(\d+) (\d+) (\d+) (\d+)\]/.exec(pdf.toString('latin1'));
  if (!match) throw new Error('no byte range');
  const start = Number(match[2]) + 1;
  const hex = pdf.subarray(start, Number(match[3]) - 1).toString('latin1');
  const contentInfo = pkijs.ContentInfo.fromBER(new Uint8Array(Buffer.from(hex, 'hex')));
  return { hex, start, signedData: new pkijs.SignedData({ schema: contentInfo.content }), contentType: contentInfo.contentType };
}

describe('a certificate with an RFC 3161 signature timestamp (PAdES baseline-T)', () => {
  let issuer: IssuerFiles;
  let tsa: TestTsa;
  let dir: string;
  let stamped: string;
  let plain: string;

  beforeAll(async () => {
    // The firm's signing certificate ends a year after issue; the light certificate runs four years.
    issuer = testIssuerFiles({ firmValidFrom: new Date('2026-11-01T00:00:00Z'), firmValidTo: new Date('2027-11-01T00:00:00Z') });
    tsa = await startTestTsa({ certPem: readFileSync(join(issuer.dir, 'test-tsa.pem'), 'utf8'), keyPem: readFileSync(join(issuer.dir, 'test-tsa.key'), 'utf8'), clock: () => NOW });
    dir = tempDir();
    stamped = await certify(issuer, join(dir, 'met-tijdstempel.pdf'), ['--tsa', tsa.url]);
    // Another number, so its signature value differs from the stamped one's.
    plain = await certify(issuer, join(dir, 'zonder-tijdstempel.pdf'), ['--number', 'PKVWL-ZONDER-0001']);
  });

  afterAll(async () => {
    await tsa.close();
  });

  it('carries a token that openssl ts -verify accepts against the TSA CA, over the signature value', () => {
    const { signedData } = signerInfoOf(readFileSync(stamped));
    const signer = signedData.signerInfos[0];
    const token = signer?.unsignedAttrs?.attributes.find((a) => a.type === '1.2.840.113549.1.9.16.2.14')?.values[0];
    if (signer === undefined || token === undefined) throw new Error('no timestamp token');
    const tokenFile = join(dir, 'token.der');
    writeFileSync(tokenFile, Buffer.from(token.toBER(false)));
    const digest = createHash('sha256').update(Buffer.from(signer.signature.valueBlock.valueHexView)).digest('hex');
    const verified = tool('openssl', ['ts', '-verify', '-token_in', '-in', tokenFile, '-digest', digest, '-CAfile', join(issuer.trust, 'test-ca.pem'), '-untrusted', join(issuer.dir, 'test-tsa.pem')]);
    expect(verified.out).toContain('Verification: OK');
  });

  it('verifies, naming the time of the timestamp', async () => {
    const { code, out } = await run(['verify', stamped, '--trust', issuer.trust, '--json']);
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result.status).toBe('valid');
    expect(result.timestamp.time).toBe(NOW.toISOString());
    expect(result.signingTimeSource).toBe('timestamp');
    expect(result.checks.find((c: { check: string }) => c.check === 'signature-timestamp').status).toBe('passed');
    const text = await run(['verify', stamped, '--trust', issuer.trust]);
    expect(text.out).toContain('volgens tijdstempel');
  });

  it('stays valid after the signing certificate expired, within the certificate validity; without a timestamp it does not', async () => {
    const later = await run(['verify', stamped, '--trust', issuer.trust, '--at', '2029-06-01', '--json']);
    expect(JSON.parse(later.out).status).toBe('valid');
    expect(later.code).toBe(0);
    const unstamped = await run(['verify', plain, '--trust', issuer.trust, '--at', '2029-06-01', '--json']);
    expect(unstamped.code).toBe(1);
    expect(JSON.parse(unstamped.out).status).toBe('invalid');
    // Both are fine while the signing certificate is still valid.
    expect((await run(['verify', plain, '--trust', issuer.trust, '--at', '2027-06-01'])).code).toBe(0);
  });

  it('is not valid with a timestamp over other bytes: a token moved from another signature', async () => {
    const donor = signerInfoOf(readFileSync(stamped)).signedData.signerInfos[0]?.unsignedAttrs;
    const target = readFileSync(plain);
    const { hex, start, signedData, contentType } = signerInfoOf(target);
    const signer = signedData.signerInfos[0];
    if (signer === undefined || donor === undefined) throw new Error('no signer');
    signer.unsignedAttrs = donor;
    const der = Buffer.from(new pkijs.ContentInfo({ contentType, content: signedData.toSchema(true) }).toSchema().toBER(false));
    const moved = Buffer.from(target);
    moved.write(der.toString('hex').padEnd(hex.length, '0'), start, 'latin1');
    const catalogue = loadCatalogue();
    const result = await verifyCertificate(moved, { trusted: readTrustedCertificates(issuer.trust), at: new Date('2029-06-01T00:00:00Z'), catalogues: [catalogue] });
    expect(result.status).toBe('invalid');
    const check = result.checks.find((c) => c.check === 'signature-timestamp');
    expect(check?.status).toBe('failed');
    expect(check?.reason?.code).toBe('verify-timestamp-other-bytes');
  });

  it('refuses to sign when the TSA cannot be reached, and writes nothing', async () => {
    const out = join(dir, 'nooit.pdf');
    const unreachable = await run(['certify', INSPECTION, '--issuer', issuer.p12, '--passphrase-file', issuer.passphrase, '--out', out, '--tsa', 'http://127.0.0.1:9/tsa']);
    expect(unreachable.code).toBe(2);
    expect(unreachable.err).toContain('signing-tsa-failed');
    expect(() => readFileSync(out)).toThrow();
  });
});

describe('the nonce of a timestamp request', () => {
  it('is a minimal, positive DER INTEGER whatever the random bytes (a leading 0x00 made openssl refuse one run in 256)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 8, maxLength: 8 }), (random) => {
        const der = Buffer.from(new asn1js.Integer({ valueHex: timestampNonce(Buffer.from(random)) }).toBER(false));
        // tag, length 8, then the value: no padding byte, and the top bit clear.
        expect(der.subarray(0, 2)).toEqual(Buffer.from([0x02, 0x08]));
        expect(der[2]! >= 0x01 && der[2]! <= 0x7f).toBe(true);
      }),
      { examples: [[new Uint8Array([0, 0, 1, 2, 3, 4, 5, 6])], [new Uint8Array([0x80, 0, 0, 0, 0, 0, 0, 0])]] },
    );
  });
});
