import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cpSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { SignPdf } from '@signpdf/signpdf';
import { Signer } from '@signpdf/utils';
import { loadCatalogue } from '../../src/catalogue/read-catalogue.js';
import { bundledSpecDir } from '../../src/package-paths.js';
import { readAnswers } from '../../src/verdict/read-answers.js';
import { evaluate } from '../../src/verdict/evaluate.js';
import { certificateStatement } from '../../src/certificate/certificate-statement.js';
import { identitySigner } from '../../src/certificate/issue-certificate.js';
import { renderCertificatePdf } from '../../src/certificate/certificate-pdf.js';
import type { CertificateData } from '../../src/certificate/certificate-data.js';
import { signPdf } from '../../src/signing/sign-pdf.js';
import { readTrustedCertificates } from '../../src/signing/trust-store.js';
import { readSigningIdentity } from '../../src/signing/signing-identity.js';
import { CadesSigner } from '../../src/signing/cades-signer.js';
import { OID } from '../../src/signing/cms-oids.js';
import { verifyCertificate, type CertificateVerification, type CertificateVerifyOptions } from '../../src/certificate/verify-certificate.js';
import type { CheckCode } from '../../src/signing/verification-result.js';
import { EXAMPLE_FIRM, INSPECTION, NOW, certify, run, tempDir, testIssuerFiles, type IssuerFiles } from './signing-fixtures.js';

const catalogue = loadCatalogue();

function failed(result: CertificateVerification): CheckCode[] {
  return result.checks.filter((c) => c.status === 'failed').map((c) => c.check);
}

/** The byte range of the (single) signature, read from the file as a verifier would. */
function byteRange(pdf: Buffer): [number, number, number, number] {
  const match = /\/ByteRange \[(\d+) (\d+) (\d+) (\d+)\]/.exec(pdf.toString('latin1'));
  if (!match) throw new Error('no byte range');
  return [Number(match[1]), Number(match[2]), Number(match[3]), Number(match[4])];
}

/** A Signer that hands back a CMS taken from another file: an attacker reusing a real signature. */
class ReplayedSigner extends Signer {
  constructor(private readonly cms: Buffer) {
    super();
  }
  override async sign(): Promise<Buffer> {
    return this.cms;
  }
}

/**
 * Signs correctly with the firm's own key, but names another certificate in signing-certificate-v2:
 * pdfsig and a plain `openssl cms -verify` accept this; the verifier must not.
 */
class WrongCertificateRefSigner extends Signer {
  constructor(
    private readonly inner: CadesSigner,
    private readonly privateKey: CryptoKey,
  ) {
    super();
  }
  override async sign(pdfBuffer: Buffer): Promise<Buffer> {
    const good = await this.inner.sign(pdfBuffer);
    const contentInfo = pkijs.ContentInfo.fromBER(new Uint8Array(good));
    const signedData = new pkijs.SignedData({ schema: contentInfo.content });
    const signerInfo = signedData.signerInfos[0];
    if (signerInfo?.signedAttrs === undefined) throw new Error('no signed attributes');
    const otherHash = new asn1js.OctetString({ valueHex: new Uint8Array(32).fill(7) });
    signerInfo.signedAttrs.attributes = signerInfo.signedAttrs.attributes.map((a) =>
      a.type === OID.signingCertificateV2
        ? new pkijs.Attribute({ type: a.type, values: [new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [otherHash] })] })] })] })
        : a,
    );
    // Re-encode the attributes from the list, then sign them again with the genuine key.
    signerInfo.signedAttrs.encodedValue = new ArrayBuffer(0);
    await signedData.sign(this.privateKey, 0, 'SHA-256');
    return Buffer.from(new pkijs.ContentInfo({ contentType: OID.signedData, content: signedData.toSchema(true) }).toSchema().toBER(false));
  }
}

describe('verifying a tampered certificate', () => {
  let issuer: IssuerFiles;
  let dir: string;
  let original: Buffer;
  let path: string;
  let options: CertificateVerifyOptions;

  /** The example's certificate data as the issuer would state it. */
  async function statement(): Promise<CertificateData> {
    const identity = await readSigningIdentity(issuer.p12, readFileSync(issuer.passphrase, 'utf8').trim());
    const answers = readAnswers(INSPECTION, catalogue);
    return certificateStatement(evaluate(catalogue, answers, NOW), answers, catalogue, identitySigner(identity));
  }

  beforeAll(async () => {
    issuer = testIssuerFiles();
    dir = tempDir();
    path = await certify(issuer, join(dir, 'certificaat.pdf'));
    original = readFileSync(path);
    options = { trusted: readTrustedCertificates(issuer.trust), at: NOW, catalogues: [catalogue] };
  });

  async function verifyBytes(bytes: Buffer, name: string): Promise<{ result: CertificateVerification; code: number; out: string }> {
    const file = join(dir, name);
    writeFileSync(file, bytes);
    const result = await verifyCertificate(bytes, options);
    const cli = await run(['verify', file, '--trust', issuer.trust]);
    return { result, code: cli.code, out: cli.out };
  }

  it('accepts the untouched file', async () => {
    const { result, code } = await verifyBytes(original, 'ongewijzigd.pdf');
    expect(failed(result)).toEqual([]);
    expect(code).toBe(0);
  });

  it('fails whichever single byte inside the signed ranges is flipped', async () => {
    const [, gapStart, gapEnd] = byteRange(original);
    const signedLength = original.length - (gapEnd - gapStart);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: signedLength - 1 }), fc.integer({ min: 1, max: 255 }), async (index, mask) => {
        const position = index < gapStart ? index : index + (gapEnd - gapStart);
        const tampered = Buffer.from(original);
        tampered[position] = (tampered[position] ?? 0) ^ mask;
        const result = await verifyCertificate(tampered, options);
        expect(result.status).not.toBe('valid');
        // Either the file no longer parses to the same signature, or the digest exposes the change.
        const codes = failed(result);
        expect(result.status === 'not-a-pkvw-light-certificate' || codes.includes('message-digest') || codes[0] === 'byte-range' || codes[0] === 'cms-structure').toBe(true);
      }),
      { numRuns: 25 },
    );
  });

  it('fails with byte-range when bytes are appended, and the command exits 1 naming it', async () => {
    const { result, code, out } = await verifyBytes(Buffer.concat([original, Buffer.from('\n% later\n')]), 'aangevuld.pdf');
    expect(failed(result)).toEqual(['byte-range']);
    expect(result.checks[0]?.reason?.code).toBe('verify-byte-range-not-whole-file');
    expect(code).toBe(1);
    expect(out).toContain('ONGELDIG');
    expect(out).toContain('byte-range');
  });

  it('fails with cms-structure when data is hidden in the signature padding', async () => {
    const [, gapStart, gapEnd] = byteRange(original);
    const tampered = Buffer.from(original);
    tampered.write('41', gapEnd - 3, 'latin1');
    expect(gapEnd - 3).toBeGreaterThan(gapStart);
    const { result, code } = await verifyBytes(tampered, 'opvulling.pdf');
    expect(failed(result)).toContain('cms-structure');
    expect(code).toBe(1);
  });

  it('fails with message-digest when the embedded certificate data is replaced under the old signature', async () => {
    const forged = { ...(await statement()), validUntil: '2040-11-27' };
    const unsigned = await renderCertificatePdf(forged, catalogue, { lang: 'nl', signerName: 'x' });
    const [, gapStart, gapEnd] = byteRange(original);
    const oldCms = Buffer.from(original.subarray(gapStart + 1, gapEnd - 1).toString('latin1'), 'hex');
    const forgedPdf = await new SignPdf().sign(unsigned, new ReplayedSigner(oldCms));
    const { result, code, out } = await verifyBytes(forgedPdf, 'vervangen.pdf');
    expect(failed(result)).toContain('message-digest');
    expect(failed(result)).not.toContain('byte-range');
    expect(code).toBe(1);
    expect(out).toContain('message-digest');
  });

  it('fails with signer-trusted when another, untrusted issuer signed it', async () => {
    const stranger = testIssuerFiles({ label: 'PKVW-light' });
    const file = await certify(stranger, join(dir, 'vreemd.pdf'));
    const { result, code } = await verifyBytes(readFileSync(file), 'vreemd-kopie.pdf');
    expect(failed(result)).toEqual(['signer-trusted']);
    expect(code).toBe(1);
  });

  it('fails with signer-valid-at-signing when the firm certificate had expired when it signed (certify itself refuses that)', async () => {
    const expired = testIssuerFiles({ firmValidFrom: new Date('2024-01-01T00:00:00Z'), firmValidTo: new Date('2025-01-01T00:00:00Z') });
    const refused = await run(['certify', INSPECTION, '--issuer', expired.p12, '--passphrase-file', expired.passphrase, '--out', join(dir, 'nooit.pdf')]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('certificate-signer-not-valid');
    const identity = await readSigningIdentity(expired.p12, readFileSync(expired.passphrase, 'utf8').trim());
    const signed = await signPdf(await renderCertificatePdf(await statement(), catalogue, { lang: 'nl', signerName: identity.signerName }), identity);
    const result = await verifyCertificate(signed, { ...options, trusted: readTrustedCertificates(expired.trust) });
    expect(failed(result)).toEqual(['signer-valid-at-signing']);
    expect(result.status).toBe('invalid');
  });

  it('is expired, not forged, on a date after the validity end, and valid on its last day', async () => {
    const lasting = testIssuerFiles({ firmValidTo: new Date('2031-06-01T00:00:00Z') });
    const file = await certify(lasting, join(dir, 'lang-geldig.pdf'));
    const late = await run(['verify', file, '--trust', lasting.trust, '--at', '2030-11-28']);
    expect(late.code).toBe(1);
    expect(late.out).toMatch(/FOUT\s+validity-period/);
    expect(late.out).toContain('VERLOPEN');
    expect(late.out).not.toContain('ONGELDIG');
    const json = JSON.parse((await run(['verify', file, '--trust', lasting.trust, '--at', '2030-11-28', '--json'])).out);
    expect(json.status).toBe('expired');
    const lastDay = await run(['verify', file, '--trust', lasting.trust, '--at', '2030-11-27']);
    expect(lastDay.code).toBe(0);
    expect(lastDay.out).toContain('GELDIG');
  });

  it('is not valid after the signing certificate expired when no timestamp proves when it signed', async () => {
    const { code, out } = await run(['verify', path, '--trust', issuer.trust, '--at', '2028-06-01', '--json']);
    expect(code).toBe(1);
    const result = JSON.parse(out);
    expect(result.status).toBe('invalid');
    expect(result.checks.find((c: { check: string }) => c.check === 'signer-valid-at-signing').reason.code).toBe('verify-signer-expired-no-timestamp');
  });

  it('fails with signer-trusted and exit 1 when no trusted issuers are given', async () => {
    const { code, out } = await run(['verify', path]);
    expect(code).toBe(1);
    expect(out).toMatch(/FOUT\s+signer-trusted/);
  });

  it('rejects a date it cannot read with exit 2', async () => {
    const { code, err } = await run(['verify', path, '--trust', issuer.trust, '--at', 'morgen']);
    expect(code).toBe(2);
    expect(err).toContain('verify-bad-date');
  });

  it('fails with catalogue-hash when the catalogue of the same id and version was changed', async () => {
    const spec = join(dir, 'spec-gewijzigd');
    cpSync(bundledSpecDir, spec, { recursive: true });
    const file = join(spec, 'keurmerk.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('publisher: ', 'publisher: Iemand anders, '));
    const { code, out } = await run(['verify', path, '--trust', issuer.trust, '--spec', spec, '--lang', 'en']);
    expect(code).toBe(1);
    expect(out).toMatch(/FAIL\s+catalogue-hash/);
    expect(out).toMatch(/--\s+verdict-consistent/);
    expect(out).toContain('INVALID');
  });

  it('reports every check as data with --json', async () => {
    const { code, out } = await run(['verify', path, '--trust', issuer.trust, '--json']);
    const report = JSON.parse(out);
    expect(code).toBe(0);
    expect(report.format).toBe('pkvw-light/verification@2');
    expect(report.valid).toBe(true);
    expect(report.status).toBe('valid');
    expect(report.certificate).toMatchObject({ dwelling: { postcode: '3511 AB', houseNumber: '12' }, inspectedOn: '2026-11-18', issuedOn: '2026-11-28', validUntil: '2030-11-27' });
    expect(report.certificate.issuer.firm).toBe(EXAMPLE_FIRM);
    expect(report.kind).toBe('certificate');
    expect(report.checks.map((c: { check: string }) => c.check)).toContain('signing-certificate-ref');
    expect(report.checks.every((c: { status: string }) => c.status === 'passed')).toBe(true);
  });

  it('never throws on a damaged or foreign file: it answers invalid', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 2000 }), fc.integer({ min: 1, max: 40_000 }).map((n) => original.subarray(0, n))), async (bytes) => {
        const result = await verifyCertificate(Buffer.from(bytes), options);
        expect(result.status).not.toBe('valid');
      }),
      { numRuns: 30 },
    );
  });

  it('fails with signing-certificate-ref when the signature names another certificate, though the signature itself verifies', async () => {
    const identity = await readSigningIdentity(issuer.p12, readFileSync(issuer.passphrase, 'utf8').trim());
    const unsigned = await renderCertificatePdf(await statement(), catalogue, { lang: 'nl', signerName: identity.signerName });
    const signed = await new SignPdf().sign(unsigned, new WrongCertificateRefSigner(new CadesSigner(identity), identity.privateKey));
    const { result, code } = await verifyBytes(signed, 'verkeerde-verwijzing.pdf');
    expect(failed(result)).toEqual(['signing-certificate-ref']);
    expect(code).toBe(1);
  });

  it('refuses a file far larger than any report or certificate before reading it, with exit 1', async () => {
    const huge = join(tempDir(), 'groot.pdf');
    // Sparse: the size is real to the file system, the disk stays empty.
    writeFileSync(huge, '');
    truncateSync(huge, 21 * 1024 * 1024);
    const { code, err } = await run(['verify', huge]);
    expect(code).toBe(1);
    expect(err).toContain('verify-file-too-large');
  });
});
