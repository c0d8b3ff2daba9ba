import { beforeAll, describe, expect, it, vi } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { loadCatalogue } from '../../src/catalogue/read-catalogue.js';
import { packageRoot } from '../../src/package-paths.js';
import { readAnswers } from '../../src/verdict/read-answers.js';
import * as evaluation from '../../src/verdict/evaluate.js';
import { certificateStatement } from '../../src/certificate/certificate-statement.js';
import { identitySigner } from '../../src/certificate/issue-certificate.js';
import { verifyCertificate, type CertificateVerification, type CertificateVerifyOptions } from '../../src/certificate/verify-certificate.js';
import { riskOnlyAnswers } from '../../src/certificate/certificate-content.js';
import { renderCertificatePdf } from '../../src/certificate/certificate-pdf.js';
import type { CertificateData } from '../../src/certificate/certificate-data.js';
import { attachJson, EMBEDDED_NAME } from '../../src/report/embedded-data.js';
import { collectPdf, createPdf } from '../../src/report/pdf-layout.js';
import { addSignaturePlaceholder } from '../../src/signing/signature-placeholder.js';
import { readSigningIdentity, type SigningIdentity } from '../../src/signing/signing-identity.js';
import { readTrustedCertificates } from '../../src/signing/trust-store.js';
import { signPdf } from '../../src/signing/sign-pdf.js';
import { useWebCryptoEngine } from '../../src/signing/crypto-engine.js';
import type { CheckCode } from '../../src/signing/verification-result.js';
import { requireTool } from '../support/system-tools.js';
import { INSPECTION, NOW, certify, run, tempDir, testIssuerFiles, type IssuerFiles } from '../signing/signing-fixtures.js';

// `evaluate` wrapped, so a test can see that verify obtains its expected outcome from it.
vi.mock('../../src/verdict/evaluate.js', async (original) => {
  const real = await original<typeof evaluation>();
  return { ...real, evaluate: vi.fn(real.evaluate) };
});

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

/** Rewrites the CMS inside /Contents (zero-padded to the same length): a change the signature does not cover. */
function withCms(pdf: Buffer, change: (signedData: pkijs.SignedData) => void, encoded: (schema: asn1js.Sequence) => void = () => {}): Buffer {
  useWebCryptoEngine();
  const [, gapStart, gapEnd] = byteRange(pdf);
  const hex = pdf.subarray(gapStart + 1, gapEnd - 1).toString('latin1');
  const contentInfo = pkijs.ContentInfo.fromBER(new Uint8Array(Buffer.from(hex, 'hex')));
  const signedData = new pkijs.SignedData({ schema: contentInfo.content });
  change(signedData);
  // pkijs derives some fields (the version) when encoding; `encoded` changes the ASN.1 it produced.
  const schema = signedData.toSchema(true);
  encoded(schema);
  const der = Buffer.from(new pkijs.ContentInfo({ contentType: contentInfo.contentType, content: schema }).toSchema().toBER(false));
  const out = Buffer.from(pdf);
  out.write(der.toString('hex').padEnd(hex.length, '0'), gapStart + 1, 'latin1');
  return out;
}

function unsignedAttribute(type: string, value: asn1js.BaseBlock): (signedData: pkijs.SignedData) => void {
  return (signedData) => {
    const signer = signedData.signerInfos[0];
    if (signer === undefined) throw new Error('no signer');
    signer.unsignedAttrs = new pkijs.SignedAndUnsignedAttributes({ type: 1, attributes: [new pkijs.Attribute({ type, values: [value] })] });
  };
}

describe('verifying a certificate', () => {
  let issuer: IssuerFiles;
  let identity: SigningIdentity;
  let dir: string;
  let original: Buffer;
  let path: string;
  let options: CertificateVerifyOptions;

  async function statement(): Promise<CertificateData> {
    const answers = readAnswers(INSPECTION, catalogue);
    return certificateStatement(evaluation.evaluate(catalogue, answers, NOW), answers, catalogue, identitySigner(identity));
  }

  async function signedWith(data: CertificateData): Promise<Buffer> {
    return signPdf(await renderCertificatePdf(data, catalogue, { lang: 'nl', signerName: identity.signerName }), identity);
  }

  beforeAll(async () => {
    issuer = testIssuerFiles();
    identity = await readSigningIdentity(issuer.p12, readFileSync(issuer.passphrase, 'utf8').trim());
    dir = tempDir();
    path = await certify(issuer, join(dir, 'certificaat.pdf'));
    original = readFileSync(path);
    options = { trusted: readTrustedCertificates(issuer.trust), at: NOW, catalogues: [catalogue] };
  });

  it('is valid untouched, with every check passed', async () => {
    const result = await verifyCertificate(original, options);
    expect(result.status).toBe('valid');
    expect(result.checks.every((c) => c.status === 'passed')).toBe(true);
  });

  const payload = new asn1js.OctetString({ valueHex: new Uint8Array(3072).fill(0x41) });
  const tamperings: { name: string; change: (pdf: Buffer) => Buffer | Promise<Buffer>; check: CheckCode; reason?: string }[] = [
    { name: 'the encapsulated content type changed', change: (pdf) => withCms(pdf, (sd) => void (sd.encapContentInfo.eContentType = '1.2.840.113549.1.9.16.1.4')), check: 'cms-structure', reason: 'verify-cms-content-type' },
    { name: 'a 3 KB payload hidden in an unsigned attribute', change: (pdf) => withCms(pdf, unsignedAttribute('1.2.3.4.5.6', payload)), check: 'cms-structure', reason: 'verify-cms-unsigned-attribute' },
    {
      name: 'the digest-algorithm list changed to SHA-1',
      change: (pdf) => withCms(pdf, (sd) => void (sd.digestAlgorithms = [new pkijs.AlgorithmIdentifier({ algorithmId: '1.3.14.3.2.26', algorithmParams: new asn1js.Null() })])),
      check: 'cades-profile',
      reason: 'verify-digest-algorithm',
    },
    {
      name: 'the CMS version changed',
      change: (pdf) => withCms(pdf, () => {}, (schema) => void (schema.valueBlock.value[0] = new asn1js.Integer({ value: 4 }))),
      check: 'cms-structure',
      reason: 'verify-cms-version',
    },
    { name: 'junk posing as a signature timestamp', change: (pdf) => withCms(pdf, unsignedAttribute('1.2.840.113549.1.9.16.2.14', payload)), check: 'signature-timestamp', reason: 'verify-timestamp-invalid' },
    { name: 'bytes appended after signing', change: (pdf) => Buffer.concat([pdf, Buffer.from('\n% later\n')]), check: 'byte-range', reason: 'verify-byte-range-not-whole-file' },
    {
      name: 'data hidden in the signature padding',
      change: (pdf) => {
        const out = Buffer.from(pdf);
        out.write('41', byteRange(pdf)[2] - 3, 'latin1');
        return out;
      },
      check: 'cms-structure',
      reason: 'verify-cms-malformed',
    },
    {
      name: 'one byte of the page content changed',
      change: (pdf) => {
        const out = Buffer.from(pdf);
        const at = pdf.indexOf('/Title');
        out[at + 2] = (out[at + 2] ?? 0) ^ 0x20;
        return out;
      },
      check: 'message-digest',
    },
  ];

  for (const { name, change, check, reason } of tamperings) {
    it(`fails ${check} when ${name}`, async () => {
      const result = await verifyCertificate(await change(original), options);
      expect(failed(result)).toEqual([check]);
      if (reason) expect(result.checks.find((c) => c.check === check)?.reason?.code).toBe(reason);
      expect(result.status).toBe('invalid');
    });
  }

  it('fails firm-matches-signer when genuinely signed data names another firm, or hides the TEST mark', async () => {
    const data = await statement();
    for (const forged of [{ ...data, issuer: { ...data.issuer, firm: 'Politie Nederland' } }, { ...data, issuer: { ...data.issuer, test: false } }]) {
      const result = await verifyCertificate(await signedWith(forged), options);
      expect(failed(result)).toEqual(['firm-matches-signer']);
      expect(result.status).toBe('invalid');
    }
  });

  it('obtains its expected outcome from evaluate, with the certificate risk levels fixed', async () => {
    const evaluate = vi.mocked(evaluation.evaluate);
    evaluate.mockClear();
    const result = await verifyCertificate(original, options);
    expect(result.status).toBe('valid');
    expect(evaluate).toHaveBeenCalledTimes(1);
    const data = await statement();
    expect(evaluate.mock.calls[0]?.[0]).toBe(catalogue);
    expect(evaluate.mock.calls[0]?.[1]).toEqual(riskOnlyAnswers(data));

    // When evaluate refers these levels on, the certificate's basis-op-orde no longer follows.
    const real = evaluate.getMockImplementation();
    evaluate.mockImplementationOnce((c, a, n) => ({ ...(real ? real(c, a, n) : evaluation.evaluate(c, a, n)), outcome: 'doorverwijzen' }));
    const referred = await verifyCertificate(original, options);
    expect(failed(referred)).toEqual(['verdict-consistent']);
    expect(referred.checks.find((c) => c.check === 'verdict-consistent')?.reason).toEqual({
      code: 'verify-outcome-mismatch',
      params: { expected: 'doorverwijzen' },
    });
  });

  it('fails verdict-consistent when a genuinely signed certificate lists a basic that does not apply at its levels', async () => {
    const data = await statement();
    const notApplying = catalogue.requirements.find((r) => r.responsibility === 'bestuurder' && !data.basicsMet.includes(r.id) && r.appliesWhen === undefined);
    if (notApplying === undefined) throw new Error('every basic applies');
    const result = await verifyCertificate(await signedWith({ ...data, basicsMet: [...data.basicsMet, notApplying.id] }), options);
    expect(failed(result)).toEqual(['verdict-consistent']);
  });

  it('never exits 0 with a skipped check: a catalogue it does not have fails catalogue-hash', async () => {
    const data = await statement();
    const file = join(dir, 'onbekende-versie.pdf');
    writeFileSync(file, await signedWith({ ...data, catalogue: { ...data.catalogue, version: '9.9.9' } }));
    const { code, out } = await run(['verify', file, '--trust', issuer.trust, '--json']);
    expect(code).toBe(1);
    const result = JSON.parse(out);
    expect(result.status).toBe('invalid');
    expect(result.checks.find((c: { check: string }) => c.check === 'catalogue-hash').status).toBe('failed');
  });

  it('verifies a 0.1.0 certificate under the release shipped in spec/releases after the bundled catalogue moved on', async () => {
    const release = join(packageRoot, 'spec', 'releases', '0.1.0');
    expect(catalogue.metadata.version).not.toBe('0.1.0');
    const file = await certify(issuer, join(dir, 'oud.pdf'), ['--spec', release], join(packageRoot, 'test', 'certificate', 'inspectie-0.1.0.yaml'));
    const result = await verifyCertificate(readFileSync(file), options);
    expect(result.checks.filter((c) => c.status !== 'passed')).toEqual([]);
    expect(result.status).toBe('valid');
    expect(result.certificate?.catalogue.version).toBe('0.1.0');
    const { code } = await run(['verify', file, '--trust', issuer.trust]);
    expect(code).toBe(0);
  });

  it('says in one line that a PDF without signature carries no PKVW-light signature', async () => {
    const unsigned = await renderCertificatePdf(await statement(), catalogue, { lang: 'nl', signerName: null });
    const file = join(dir, 'ongetekend.pdf');
    writeFileSync(file, unsigned);
    const { code, out } = await run(['verify', file, '--trust', issuer.trust]);
    expect(code).toBe(1);
    expect(out.trim()).toBe(`GEEN PKVW-LIGHT-CERTIFICAAT: ${file} want dit bestand draagt geen PKVW-light-handtekening`);
  });

  it('prints firm, dwelling, dates, what it covers, and that revocation was not checked', async () => {
    const { code, out } = await run(['verify', path, '--trust', issuer.trust]);
    expect(code).toBe(0);
    expect(out).toContain('Voorbeeld Sloten en Beveiliging B.V. (erkend PKVW-bedrijf) (TEST-uitgever, geen echt certificaat)');
    expect(out).toContain('3511 AB 12');
    expect(out).toMatch(/Geïnspecteerd op\s+2026-11-18/);
    expect(out).toMatch(/Geldig tot en met\s+2030-11-27/);
    expect(out).toMatch(/Dekt\s+alle scenario's van het vastgestelde risico \(\d+\)/);
    expect(out).toContain('SC-13 Inbraak en vermogenscriminaliteit bij de woning (A)');
    expect(out).toMatch(/Basismaatregelen\s+\d+ voldane basismaatregelen: .*WON-01/);
    expect(out).toContain('intrekking niet gecontroleerd');
    expect(out.trim().split('\n').at(-1)).toBe(`GELDIG: ${path}`);
  });

  it('fails with --require-revocation-check when no revocation list was given', async () => {
    const { code, out } = await run(['verify', path, '--trust', issuer.trust, '--require-revocation-check']);
    expect(code).toBe(1);
    expect(out).toMatch(/FOUT\s+not-revoked/);
  });

  it('refuses a deflate bomb under a genuine signature without inflating it beyond the cap', async () => {
    const doc = createPdf({ title: 'bom', subject: 'bom', author: 'x', lang: 'nl', creationDate: NOW });
    const bytes = collectPdf(doc);
    attachJson(doc, EMBEDDED_NAME.certificate, ' '.repeat(32 * 1024 * 1024), NOW, 'bom');
    addSignaturePlaceholder(doc, { signingTime: NOW, reason: 'bom', name: identity.signerName });
    doc.end();
    const bomb = await signPdf(await bytes, identity);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const before = process.memoryUsage().rss;
    const result = await verifyCertificate(bomb, options);
    expect(failed(result)).toEqual(['embedded-data']);
    expect(result.checks.find((c) => c.check === 'embedded-data')?.reason?.code).toBe('verify-embedded-too-large');
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });

  it('never reads a FIFO or /dev/zero: a located error with exit 2, within the kill timeout', () => {
    const fifo = join(tempDir(), 'pijp.pdf');
    execFileSync(requireTool('mkfifo'), [fifo]);
    const cli = join(packageRoot, 'dist', 'cli', 'bin.js');
    for (const file of [fifo, '/dev/zero']) {
      const result = spawnSync(process.execPath, [cli, 'verify', file], { encoding: 'utf8', timeout: 30_000 });
      expect(result.signal, file).toBeNull();
      expect(result.status, file).toBe(2);
      expect(result.stderr).toContain('file-not-regular');
    }
  });
});
