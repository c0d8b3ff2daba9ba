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
import { readAnswers } from '../../src/answers/read-answers.js';
import { evaluate } from '../../src/verdict/evaluate.js';
import { certificateData } from '../../src/report/certificate-data.js';
import { renderCertificatePdf } from '../../src/report/certificate-pdf.js';
import { readTrustedCertificates } from '../../src/signing/trust-store.js';
import { readSigningIdentity } from '../../src/signing/signing-identity.js';
import { CadesSigner, OID } from '../../src/signing/cades-signer.js';
import { verifySignedPdf, type VerifyOptions } from '../../src/signing/verify-signed-pdf.js';
import type { CheckCode, VerificationResult } from '../../src/signing/verification-result.js';
import { INSPECTION, NOW, certify, run, tempDir, testIssuerFiles, type IssuerFiles } from './signing-fixtures.js';

const catalogue = loadCatalogue();

function failed(result: VerificationResult): CheckCode[] {
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
  let options: VerifyOptions;

  beforeAll(async () => {
    issuer = testIssuerFiles();
    dir = tempDir();
    path = await certify(issuer, join(dir, 'certificaat.pdf'));
    original = readFileSync(path);
    options = { trusted: readTrustedCertificates(issuer.trust), at: NOW, catalogues: [catalogue] };
  });

  async function verifyBytes(bytes: Buffer, name: string): Promise<{ result: VerificationResult; code: number; out: string }> {
    const file = join(dir, name);
    writeFileSync(file, bytes);
    const result = await verifySignedPdf(bytes, options);
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
        const result = await verifySignedPdf(tampered, options);
        expect(result.valid).toBe(false);
        // Either the file no longer parses to the same signature, or the digest exposes the change.
        const codes = failed(result);
        expect(codes.includes('message-digest') || codes[0] === 'byte-range' || codes[0] === 'cms-structure').toBe(true);
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
    const answers = readAnswers(INSPECTION, catalogue);
    const data = certificateData(evaluate(catalogue, answers, NOW), answers, catalogue);
    const forged = { ...data, validUntil: '2040-11-27' };
    const unsigned = await renderCertificatePdf(forged, catalogue, { lang: 'nl', signerName: 'TEST Inspectiebedrijf PKVW-light' });
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

  it('fails with signer-valid-at-signing when the firm certificate had expired', async () => {
    const expired = testIssuerFiles({ firmValidFrom: new Date('2024-01-01T00:00:00Z'), firmValidTo: new Date('2025-01-01T00:00:00Z') });
    const file = await certify(expired, join(dir, 'verlopen.pdf'));
    const result = await verifySignedPdf(readFileSync(file), { ...options, trusted: readTrustedCertificates(expired.trust) });
    expect(failed(result)).toEqual(['signer-valid-at-signing']);
    const cli = await run(['verify', file, '--trust', expired.trust]);
    expect(cli.code).toBe(1);
    expect(cli.out).toContain('signer-valid-at-signing');
  });

  it('fails with validity-period when asked about a date after the validity end', async () => {
    const late = await run(['verify', path, '--trust', issuer.trust, '--at', '2030-11-28']);
    expect(late.code).toBe(1);
    expect(late.out).toMatch(/FOUT\s+validity-period/);
    const lastDay = await run(['verify', path, '--trust', issuer.trust, '--at', '2030-11-27']);
    expect(lastDay.code).toBe(0);
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
    expect(report.format).toBe('pkvw-light/verification@1');
    expect(report.valid).toBe(true);
    expect(report.kind).toBe('certificate');
    expect(report.checks.map((c: { check: string }) => c.check)).toContain('signing-certificate-ref');
    expect(report.checks.every((c: { status: string }) => c.status === 'passed')).toBe(true);
  });

  it('never throws on a damaged or foreign file: it answers invalid', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 2000 }), fc.integer({ min: 1, max: 40_000 }).map((n) => original.subarray(0, n))), async (bytes) => {
        const result = await verifySignedPdf(Buffer.from(bytes), options);
        expect(result.valid).toBe(false);
      }),
      { numRuns: 30 },
    );
  });

  it('fails with signing-certificate-ref when the signature names another certificate, though the signature itself verifies', async () => {
    const identity = await readSigningIdentity(issuer.p12, readFileSync(issuer.passphrase, 'utf8').trim());
    const answers = readAnswers(INSPECTION, catalogue);
    const data = certificateData(evaluate(catalogue, answers, NOW), answers, catalogue);
    const unsigned = await renderCertificatePdf(data, catalogue, { lang: 'nl', signerName: identity.signerName });
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
