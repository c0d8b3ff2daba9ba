/**
 * Every reason a verification can give, made to happen through `verifyCertificate` (what
 * `pkvw-light verify` and the verification page run) and asserted by code: one table of signed
 * PDFs that are wrong in exactly one way, built from the TEST issuer, the bundled catalogue and the
 * example inspection. A PDF whose certificate data is the point is a one-page carrier of
 * certificate.json (the verifier reads only that), so the table needs no full certificate render
 * per row. Each row's result is also rendered in Dutch and English, as a user reads it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { SignPdf } from '@signpdf/signpdf';
import { Signer } from '@signpdf/utils';
import { loadCatalogue } from '../../src/catalogue/read-catalogue.js';
import { readAnswers } from '../../src/verdict/read-answers.js';
import { evaluate } from '../../src/verdict/evaluate.js';
import { canonicalJson } from '../../src/canonical/canonical-json.js';
import { certificateStatement } from '../../src/certificate/certificate-statement.js';
import { identitySigner } from '../../src/certificate/issue-certificate.js';
import { renderCertificatePdf } from '../../src/certificate/certificate-pdf.js';
import type { CertificateData } from '../../src/certificate/certificate-data.js';
import { signRevocationList, REVOCATIONS_FORMAT } from '../../src/certificate/revocation-list.js';
import { verifyCertificate, type CertificateStatus, type CertificateVerification, type CertificateVerifyOptions } from '../../src/certificate/verify-certificate.js';
import { renderVerification } from '../../src/certificate/verification-text.js';
import { renderProblemMessage as renderProblem } from '../../src/messages/render-problem.js';
import { attachJson, EMBEDDED_NAME, type EmbeddedName } from '../../src/report/embedded-data.js';
import { collectPdf, createPdf, FONT } from '../../src/report/pdf-layout.js';
import { addSignaturePlaceholder } from '../../src/signing/signature-placeholder.js';
import { CadesSigner } from '../../src/signing/cades-signer.js';
import { OID } from '../../src/signing/cms-oids.js';
import { signPdf } from '../../src/signing/sign-pdf.js';
import { readSigningIdentity, type SigningIdentity } from '../../src/signing/signing-identity.js';
import { readTrustedCertificates } from '../../src/signing/trust-store.js';
import { issueTestCrl } from '../../src/signing/test-crl.js';
import { startTestTsa, type TestTsa } from '../../src/signing/test-tsa.js';
import type { CheckCode, CheckStatus } from '../../src/signing/verification-result.js';
import { INSPECTION, NOW, run, tempDir, testIssuerFiles, type IssuerFiles } from '../signing/signing-fixtures.js';

const catalogue = loadCatalogue();

/** Re-encodes the CMS a genuine `CadesSigner` made after `change` edited it; `resign` signs the (changed) signed attributes again with the firm's key. */
class ChangedCmsSigner extends Signer {
  constructor(
    private readonly identity: SigningIdentity,
    private readonly change: (signedData: pkijs.SignedData, signerInfo: pkijs.SignerInfo) => void,
    private readonly resign: boolean,
    private readonly tsa?: string,
  ) {
    super();
  }
  override async sign(pdfBuffer: Buffer): Promise<Buffer> {
    const good = await new CadesSigner(this.identity, this.tsa === undefined ? {} : { tsa: this.tsa }).sign(pdfBuffer);
    const signedData = new pkijs.SignedData({ schema: pkijs.ContentInfo.fromBER(new Uint8Array(good)).content });
    const signerInfo = signedData.signerInfos[0];
    if (signerInfo?.signedAttrs === undefined) throw new Error('no signed attributes');
    this.change(signedData, signerInfo);
    if (this.resign) {
      signerInfo.signedAttrs.encodedValue = new ArrayBuffer(0);
      await signedData.sign(this.identity.privateKey, 0, 'SHA-256');
    }
    return Buffer.from(new pkijs.ContentInfo({ contentType: OID.signedData, content: signedData.toSchema(true) }).toSchema().toBER(false));
  }
}

/** A signed attribute replaced by `attribute` (or added, when no attribute of its type is there). */
function withSignedAttribute(attribute: pkijs.Attribute): (signedData: pkijs.SignedData, signerInfo: pkijs.SignerInfo) => void {
  return (_, signerInfo) => {
    const attributes = signerInfo.signedAttrs?.attributes ?? [];
    const others = attributes.filter((a) => a.type !== attribute.type);
    if (signerInfo.signedAttrs) signerInfo.signedAttrs.attributes = [...others, attribute];
  };
}

interface Row {
  code: string;
  /** The check whose reason it is; none when the file is no PKVW-light certificate at all. */
  check?: CheckCode;
  status?: CheckStatus;
  /** The overall status that follows. */
  outcome: CertificateStatus;
  make: () => Promise<{ bytes: Uint8Array; options?: Partial<CertificateVerifyOptions> }>;
}

describe('every verification reason, made to happen', () => {
  let issuer: IssuerFiles;
  let stranger: IssuerFiles;
  let identity: SigningIdentity;
  let strangerIdentity: SigningIdentity;
  let data: CertificateData;
  /** The full certificate PDF with its placeholder, before signing. */
  let unsigned: Buffer;
  let good: Buffer;
  let stamped: Buffer;
  let tsa: TestTsa;
  let strangerTsa: TestTsa;
  /** Signed by the example firm, timestamped by the TSA of another CA. */
  let stampedByStranger: Buffer;
  let options: CertificateVerifyOptions;
  let dir: string;

  /** A one-page PDF that carries `files` as embedded files and a signature placeholder: what the verifier reads of a certificate. */
  async function carrier(files: readonly { name: string; json: string }[]): Promise<Buffer> {
    const doc = createPdf({ title: 'PKVW-light', subject: 'test', author: 'test', lang: 'nl', creationDate: new Date(data.issuedAt) });
    const bytes = collectPdf(doc);
    doc.font(FONT.regular).text('PKVW-light');
    for (const file of files) attachJson(doc, file.name as EmbeddedName, file.json, new Date(data.issuedAt), 'test');
    addSignaturePlaceholder(doc, { signingTime: new Date(data.issuedAt), reason: 'test', name: identity.signerName });
    doc.end();
    return bytes;
  }
  /** The certificate data changed by `change`, embedded canonically and signed by the example firm. */
  async function signedData(change: (d: CertificateData) => CertificateData, by: SigningIdentity = identity): Promise<Buffer> {
    return signPdf(await carrier([{ name: EMBEDDED_NAME.certificate, json: canonicalJson(change(structuredClone(data))) }]), by);
  }
  /** The full certificate with its bytes changed before signing (same length, so the PDF's offsets hold). */
  async function signedChanged(from: RegExp, to: string): Promise<Buffer> {
    const latin = unsigned.toString('latin1');
    const changed = Buffer.from(latin.replace(from, to), 'latin1');
    expect(changed.length).toBe(unsigned.length);
    expect(changed.equals(unsigned)).toBe(false);
    return signPdf(changed, identity);
  }
  function cms(change: (signedData: pkijs.SignedData, signerInfo: pkijs.SignerInfo) => void, resign: boolean): Promise<Buffer> {
    return new SignPdf().sign(unsigned, new ChangedCmsSigner(identity, change, resign));
  }
  /** `good` with `from` replaced by `to` (same length) after signing. */
  function edited(from: string, to: string): Buffer {
    const latin = good.toString('latin1');
    expect(latin).toContain(from);
    return Buffer.from(latin.replace(from, to), 'latin1');
  }
  const caKey = (files: IssuerFiles) => readFileSync(join(files.dir, 'test-ca.key'), 'utf8');

  beforeAll(async () => {
    issuer = testIssuerFiles();
    stranger = testIssuerFiles({ label: 'Vreemd' });
    const passphrase = (files: IssuerFiles) => readFileSync(files.passphrase, 'utf8').trim();
    identity = await readSigningIdentity(issuer.p12, passphrase(issuer));
    strangerIdentity = await readSigningIdentity(stranger.p12, passphrase(stranger));
    const answers = readAnswers(INSPECTION, catalogue);
    data = certificateStatement(evaluate(catalogue, answers, NOW), answers, catalogue, identitySigner(identity));
    unsigned = await renderCertificatePdf(data, catalogue, { lang: 'nl', signerName: identity.signerName });
    good = await signPdf(unsigned, identity);
    tsa = await startTestTsa({ certPem: readFileSync(join(issuer.dir, 'test-tsa.pem'), 'utf8'), keyPem: readFileSync(join(issuer.dir, 'test-tsa.key'), 'utf8'), clock: () => NOW });
    stamped = await signPdf(unsigned, identity, { tsa: tsa.url });
    strangerTsa = await startTestTsa({ certPem: readFileSync(join(stranger.dir, 'test-tsa.pem'), 'utf8'), keyPem: readFileSync(join(stranger.dir, 'test-tsa.key'), 'utf8'), clock: () => NOW });
    stampedByStranger = await signPdf(unsigned, identity, { tsa: strangerTsa.url });
    options = { trusted: readTrustedCertificates(issuer.trust), at: NOW, catalogues: [catalogue] };
    dir = tempDir();
  });
  afterAll(async () => {
    await tsa?.close();
    await strangerTsa?.close();
  });

  const rows: Row[] = [
    // Not a certificate at all.
    { code: 'verify-not-a-pdf', outcome: 'not-a-pkvw-light-certificate', make: async () => ({ bytes: new TextEncoder().encode('dit is geen PDF\n') }) },
    { code: 'verify-no-signature', outcome: 'not-a-pkvw-light-certificate', make: async () => ({ bytes: await collectUnsignedReport() }) },
    {
      code: 'verify-is-report',
      outcome: 'not-a-pkvw-light-certificate',
      make: async () => ({ bytes: await signPdf(await carrier([{ name: EMBEDDED_NAME.verdict, json: '{}' }]), identity) }),
    },
    // The byte range (src/signing/signed-pdf-parts.ts).
    { code: 'verify-signature-count', check: 'byte-range', status: 'failed', outcome: 'invalid', make: async () => ({ bytes: Buffer.concat([good, Buffer.from('%/ByteRange [0 1 2 3]\n')]) }) },
    { code: 'verify-byte-range-malformed', check: 'byte-range', status: 'failed', outcome: 'invalid', make: async () => ({ bytes: edited('/ByteRange [0 ', '/ByteRange [1 ') }) },
    { code: 'verify-byte-range-malformed', check: 'byte-range', status: 'failed', outcome: 'invalid', make: async () => ({ bytes: unsigned }) },
    { code: 'verify-byte-range-gap', check: 'byte-range', status: 'failed', outcome: 'invalid', make: async () => ({ bytes: edited('/Contents <', '/Contentz <') }) },
    { code: 'verify-skipped-after', check: 'cms-structure', status: 'skipped', outcome: 'invalid', make: async () => ({ bytes: edited('/Contents <', '/Contentz <') }) },
    // The CMS (src/signing/verify-signed-pdf.ts).
    {
      code: 'verify-cms-signed-attribute',
      check: 'cms-structure',
      status: 'failed',
      outcome: 'invalid',
      make: async () => ({
        bytes: await cms(withSignedAttribute(new pkijs.Attribute({ type: OID.signingTime, values: [new asn1js.UTCTime({ valueDate: NOW })] })), true),
      }),
    },
    {
      code: 'verify-signature-algorithm',
      check: 'cades-profile',
      status: 'failed',
      outcome: 'invalid',
      make: async () => ({
        // ecdsa-with-SHA256: outside the signed attributes, so the RSA signature itself still verifies.
        bytes: await cms((_, signerInfo) => void (signerInfo.signatureAlgorithm = new pkijs.AlgorithmIdentifier({ algorithmId: '1.2.840.10045.4.3.2' })), false),
      }),
    },
    {
      code: 'verify-attribute-missing',
      check: 'cades-profile',
      status: 'failed',
      outcome: 'invalid',
      make: async () => ({
        bytes: await cms(withSignedAttribute(new pkijs.Attribute({ type: OID.contentType, values: [new asn1js.ObjectIdentifier({ value: OID.signedData })] })), true),
      }),
    },
    {
      code: 'verify-signature-invalid',
      check: 'signature-value',
      status: 'failed',
      outcome: 'invalid',
      make: async () => ({
        bytes: await cms((_, signerInfo) => {
          const value = new Uint8Array(signerInfo.signature.valueBlock.valueHexView);
          value[10] = (value[10] ?? 0) ^ 0xff;
          signerInfo.signature = new asn1js.OctetString({ valueHex: value });
        }, false),
      }),
    },
    {
      code: 'verify-signing-certificate-mismatch',
      check: 'signing-certificate-ref',
      status: 'failed',
      outcome: 'invalid',
      make: async () => {
        const otherHash = new asn1js.OctetString({ valueHex: new Uint8Array(32).fill(7) });
        const ref = new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [otherHash] })] })] });
        return { bytes: await cms(withSignedAttribute(new pkijs.Attribute({ type: OID.signingCertificateV2, values: [ref] })), true) };
      },
    },
    { code: 'verify-skipped-signature', check: 'signer-valid-at-signing', status: 'skipped', outcome: 'invalid', make: async () => ({ bytes: good, options: { trusted: [] } }) },
    // Who signed, and when.
    { code: 'verify-no-trust', check: 'signer-trusted', status: 'failed', outcome: 'invalid', make: async () => ({ bytes: good, options: { trusted: [] } }) },
    { code: 'verify-untrusted', check: 'signer-trusted', status: 'failed', outcome: 'invalid', make: async () => ({ bytes: await signPdf(unsigned, strangerIdentity) }) },
    { code: 'verify-signer-is', check: 'signer-trusted', status: 'passed', outcome: 'valid', make: async () => ({ bytes: good }) },
    { code: 'verify-timestamp-at', check: 'signature-timestamp', status: 'passed', outcome: 'valid', make: async () => ({ bytes: stamped }) },
    { code: 'verify-signer-valid-at-timestamp', check: 'signer-valid-at-signing', status: 'passed', outcome: 'valid', make: async () => ({ bytes: stamped }) },
    {
      code: 'verify-timestamp-untrusted',
      check: 'signature-timestamp',
      status: 'failed',
      outcome: 'invalid',
      // The firm's CA is trusted, the TSA's (another CA) is not.
      make: async () => ({ bytes: stampedByStranger }),
    },
    { code: 'verify-signer-valid-at-m', check: 'signer-valid-at-signing', status: 'passed', outcome: 'valid', make: async () => ({ bytes: good }) },
    { code: 'verify-no-signing-time', check: 'signer-valid-at-signing', status: 'failed', outcome: 'invalid', make: async () => ({ bytes: await signedChanged(/\/M \(D:/, '/X (D:') }) },
    // The PDF under a signature that holds (src/signing/signed-pdf-parts.ts).
    { code: 'verify-signature-dictionary', check: 'cades-profile', status: 'failed', outcome: 'invalid', make: async () => ({ bytes: await signedChanged(/\/FT \/Sig/g, '/FT /Sag') }) },
    { code: 'verify-subfilter', check: 'cades-profile', status: 'failed', outcome: 'invalid', make: async () => ({ bytes: await signedChanged(/\/ETSI\.CAdES\.detached/, '/ETSI.CAdES.detachee') }) },
    { code: 'verify-pdf-unreadable', check: 'embedded-data', status: 'failed', outcome: 'invalid', make: async () => ({ bytes: await unreadable() }) },
    { code: 'verify-skipped-pdf', check: 'signer-valid-at-signing', status: 'skipped', outcome: 'invalid', make: async () => ({ bytes: await unreadable() }) },
    { code: 'verify-embedded-filter', check: 'embedded-data', status: 'failed', outcome: 'invalid', make: async () => ({ bytes: await signedChanged(/\/FlateDecode/g, '/LZWDecode  ') }) },
    {
      code: 'verify-embedded-too-many',
      check: 'embedded-data',
      status: 'failed',
      outcome: 'invalid',
      make: async () => ({ bytes: await signPdf(await carrier(Array.from({ length: 9 }, (_, i) => ({ name: `bijlage-${i}.json`, json: '{}' }))), identity) }),
    },
    // What certificate.json says (src/certificate/certificate-content.ts).
    { code: 'verify-embedded-missing', check: 'embedded-data', status: 'failed', outcome: 'invalid', make: async () => ({ bytes: await signedChanged(/certificate\.json/g, 'certificatX.json') }) },
    {
      code: 'verify-embedded-unparseable',
      check: 'embedded-data',
      status: 'failed',
      outcome: 'invalid',
      make: async () => ({ bytes: await signPdf(await carrier([{ name: EMBEDDED_NAME.certificate, json: '{"format":' }]), identity) }),
    },
    {
      code: 'verify-embedded-not-canonical',
      check: 'embedded-data',
      status: 'failed',
      outcome: 'invalid',
      make: async () => ({ bytes: await signPdf(await carrier([{ name: EMBEDDED_NAME.certificate, json: JSON.stringify(data, null, 2) }]), identity) }),
    },
    { code: 'verify-embedded-shape', check: 'embedded-data', status: 'failed', outcome: 'invalid', make: async () => ({ bytes: await signedData((d) => ({ ...d, coverage: 'alles' }) as unknown as CertificateData) }) },
    { code: 'verify-skipped-after', check: 'catalogue-hash', status: 'skipped', outcome: 'invalid', make: async () => ({ bytes: await signPdf(await carrier([{ name: EMBEDDED_NAME.certificate, json: '{}' }]), identity) }) },
    { code: 'verify-firm-mismatch', check: 'firm-matches-signer', status: 'failed', outcome: 'invalid', make: async () => ({ bytes: await signedData((d) => ({ ...d, issuer: { ...d.issuer, firm: 'Een Ander Slotenbedrijf B.V.' } })) }) },
    { code: 'verify-firm-is', check: 'firm-matches-signer', status: 'passed', outcome: 'valid', make: async () => ({ bytes: good }) },
    { code: 'verify-catalogue-is', check: 'catalogue-hash', status: 'passed', outcome: 'valid', make: async () => ({ bytes: good }) },
    {
      code: 'verify-catalogue-unavailable',
      check: 'catalogue-hash',
      status: 'failed',
      outcome: 'invalid',
      make: async () => ({ bytes: await signedData((d) => ({ ...d, catalogue: { ...d.catalogue, version: '9.9.9' } })) }),
    },
    {
      code: 'verify-catalogue-hash-mismatch',
      check: 'catalogue-hash',
      status: 'failed',
      outcome: 'invalid',
      make: async () => ({ bytes: await signedData((d) => ({ ...d, catalogue: { ...d.catalogue, hash: '0'.repeat(64) } })) }),
    },
    { code: 'verify-consistent-certificate', check: 'verdict-consistent', status: 'passed', outcome: 'valid', make: async () => ({ bytes: good }) },
    // Before these had codes of their own they read 'de dekking van scenario - ...' and 'duplicate hoort niet bij ...'.
    { code: 'verify-coverage-empty', check: 'verdict-consistent', status: 'failed', outcome: 'invalid', make: async () => ({ bytes: await signedData((d) => ({ ...d, coverage: [] })) }) },
    { code: 'verify-coverage-twice', check: 'verdict-consistent', status: 'failed', outcome: 'invalid', make: async () => ({ bytes: await signedData((d) => ({ ...d, coverage: [...d.coverage, d.coverage[0]!] })) }) },
    {
      code: 'verify-risk-incomplete',
      check: 'verdict-consistent',
      status: 'failed',
      outcome: 'invalid',
      // A scenario the catalogue does not have: nothing derives its coverage.
      make: async () => ({ bytes: await signedData((d) => ({ ...d, coverage: d.coverage.map((c, i) => (i === 0 ? { ...c, scenario: 'SC-99' } : c)) })) }),
    },
    {
      code: 'verify-requirement-twice',
      check: 'verdict-consistent',
      status: 'failed',
      outcome: 'invalid',
      make: async () => ({ bytes: await signedData((d) => ({ ...d, basicsMet: [...d.basicsMet, d.basicsMet[0]!] })) }),
    },
    { code: 'verify-requirement-status', check: 'verdict-consistent', status: 'failed', outcome: 'invalid', make: async () => ({ bytes: await signedData((d) => ({ ...d, basicsMet: [...d.basicsMet, 'BESTAAT-NIET'] })) }) },
    { code: 'verify-validity-mismatch', check: 'verdict-consistent', status: 'failed', outcome: 'invalid', make: async () => ({ bytes: await signedData((d) => ({ ...d, validUntil: '2040-11-27' })) }) },
    { code: 'verify-inspection-date', check: 'verdict-consistent', status: 'failed', outcome: 'invalid', make: async () => ({ bytes: await signedData((d) => ({ ...d, inspectedOn: '2026-12-01' })) }) },
    // When, and whether withdrawn.
    { code: 'verify-within-validity', check: 'validity-period', status: 'passed', outcome: 'valid', make: async () => ({ bytes: good }) },
    { code: 'verify-outside-validity', check: 'validity-period', status: 'failed', outcome: 'expired', make: async () => ({ bytes: stamped, options: { at: new Date('2031-01-01T00:00:00Z') } }) },
    { code: 'verify-revoked', check: 'not-revoked', status: 'failed', outcome: 'revoked', make: async () => ({ bytes: good, options: { revocationLists: [await revocationList(identity, [data.number])] } }) },
    { code: 'verify-not-on-list', check: 'not-revoked', status: 'passed', outcome: 'valid', make: async () => ({ bytes: good, options: { revocationLists: [await revocationList(identity, ['PKVWL-20260101-0000000000'])] } }) },
    { code: 'verify-revocation-required', check: 'not-revoked', status: 'failed', outcome: 'invalid', make: async () => ({ bytes: good, options: { requireRevocationCheck: true } }) },
    { code: 'verify-revocations-untrusted', check: 'not-revoked', status: 'failed', outcome: 'invalid', make: async () => ({ bytes: good, options: { revocationLists: [await revocationList(strangerIdentity, [data.number])] } }) },
    // X.509 CRLs of the firm's CA (src/signing/crl.ts).
    { code: 'verify-crl-unreadable', check: 'signer-not-revoked', status: 'failed', outcome: 'invalid', make: async () => ({ bytes: good, options: { crls: [new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x01])] } }) },
    {
      code: 'verify-crl-untrusted',
      check: 'signer-not-revoked',
      status: 'failed',
      outcome: 'invalid',
      // Names the firm's CA as issuer but is signed by another CA's key.
      make: async () => ({ bytes: good, options: { crls: [await issueTestCrl(issuer.caPem, caKey(stranger), [], NOW, 1)] } }),
    },
    {
      code: 'verify-crl-not-for-issuer',
      check: 'signer-not-revoked',
      status: 'failed',
      outcome: 'invalid',
      make: async () => ({ bytes: good, options: { crls: [await issueTestCrl(stranger.caPem, caKey(stranger), [], NOW, 1)] } }),
    },
    { code: 'verify-crl-not-listed', check: 'signer-not-revoked', status: 'passed', outcome: 'valid', make: async () => ({ bytes: good, options: { crls: [await issueTestCrl(issuer.caPem, caKey(issuer), [], NOW, 1)] } }) },
  ];

  let unreadableOnce: Promise<Buffer> | undefined;
  /** A genuine signature over a PDF pdf-lib cannot read: the catalog (root) object damaged before signing. */
  function unreadable(): Promise<Buffer> {
    unreadableOnce ??= signedChanged(/\/Type \/Catalog/, '/Type [Catalog');
    return unreadableOnce;
  }
  /** A signed list of the firm `by` revoking `numbers`. */
  async function revocationList(by: SigningIdentity, numbers: string[]): Promise<Uint8Array> {
    const firm = identitySigner(by).organization;
    return signRevocationList({ format: REVOCATIONS_FORMAT, firm, updatedAt: NOW.toISOString(), revocations: numbers.map((number) => ({ number, revokedOn: '2026-11-29', reason: 'Woning verkocht' })) }, by);
  }
  /** A PDF without any signature: the unsigned report `report` writes. */
  async function collectUnsignedReport(): Promise<Uint8Array> {
    const out = join(dir, 'rapport.pdf');
    const { code } = await run(['report', INSPECTION, '--out', out]);
    expect(code).toBe(0);
    return readFileSync(out);
  }

  it.each(rows.map((row) => [row.code, row.check ?? '-', row] as const))('%s (%s)', async (code, _check, row) => {
    const { bytes, options: extra } = await row.make();
    const result: CertificateVerification = await verifyCertificate(bytes, { ...options, ...extra });
    if (row.check === undefined) expect(result.notCertificate?.code).toBe(code);
    else {
      const check = result.checks.find((c) => c.check === row.check);
      expect({ status: check?.status, code: check?.reason?.code }).toEqual({ status: row.status, code });
    }
    expect(result.status).toBe(row.outcome);
    // As a user reads it: the reason in words, with every parameter filled in.
    for (const lang of ['nl', 'en'] as const) {
      const text = renderVerification(result, 'certificaat.pdf', lang, renderProblem);
      expect(text).not.toMatch(/undefined|NaN|\[object |\$\{/);
      const reason = row.check === undefined ? result.notCertificate : result.checks.find((c) => c.check === row.check)?.reason;
      expect(text).toContain(renderProblem({ code, severity: 'error', params: reason?.params ?? {} }, lang));
    }
  });

  it('makes verify exit 0 only for a valid certificate, 1 otherwise', async () => {
    const file = join(dir, 'certificaat.pdf');
    writeFileSync(file, good);
    expect((await run(['verify', file, '--trust', issuer.trust])).code).toBe(0);
    writeFileSync(file, edited('/Contents <', '/Contentz <'));
    const broken = await run(['verify', file, '--trust', issuer.trust]);
    expect(broken.code).toBe(1);
    expect(broken.out).toMatch(/FOUT\s+byte-range/);
  });

  // What each check establishes, in the words `verify` prints beside it: every check runs on a stamped certificate verified with a CRL and a revocation list.
  it.each([
    ['byte-range', 'verify-check-byte-range'],
    ['cms-structure', 'verify-check-cms-structure'],
    ['cades-profile', 'verify-check-cades-profile'],
    ['message-digest', 'verify-check-message-digest'],
    ['signature-value', 'verify-check-signature-value'],
    ['signing-certificate-ref', 'verify-check-signing-certificate-ref'],
    ['signer-trusted', 'verify-check-signer-trusted'],
    ['signature-timestamp', 'verify-check-signature-timestamp'],
    ['signer-valid-at-signing', 'verify-check-signer-valid-at-signing'],
    ['signer-not-revoked', 'verify-check-signer-not-revoked'],
    ['embedded-data', 'verify-check-embedded-data'],
    ['firm-matches-signer', 'verify-check-firm-matches-signer'],
    ['catalogue-hash', 'verify-check-catalogue-hash'],
    ['verdict-consistent', 'verify-check-verdict-consistent'],
    ['validity-period', 'verify-check-validity-period'],
    ['not-revoked', 'verify-check-not-revoked'],
  ])('names what %s establishes (%s) on its line of verify', async (check, code) => {
    const printed = await everyCheckPrinted();
    for (const lang of ['nl', 'en'] as const) {
      const line = printed[lang].split('\n').find((l) => l.startsWith(`OK   ${check} `));
      expect(line, `${lang}: ${printed[lang]}`).toContain(renderProblem({ code, severity: 'error', params: {} }, lang));
    }
  });

  let printedOnce: Promise<Record<'nl' | 'en', string>> | undefined;
  function everyCheckPrinted(): Promise<Record<'nl' | 'en', string>> {
    printedOnce ??= (async () => {
      const file = join(dir, 'met-alles.pdf');
      writeFileSync(file, stamped);
      const crl = join(dir, 'ca.crl');
      writeFileSync(crl, await issueTestCrl(issuer.caPem, caKey(issuer), [], NOW, 1));
      const list = join(dir, 'intrekkingen.p7m');
      writeFileSync(list, await revocationList(identity, []));
      const printed = { nl: '', en: '' };
      for (const lang of ['nl', 'en'] as const) {
        const { code, out } = await run(['verify', file, '--trust', issuer.trust, '--crl', crl, '--revocations', list, '--lang', lang]);
        expect(code).toBe(0);
        printed[lang] = out;
      }
      return printed;
    })();
    return printedOnce;
  }
});
