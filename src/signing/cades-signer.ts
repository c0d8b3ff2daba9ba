import { createHash } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { Signer } from '@signpdf/utils';
import { useWebCryptoEngine } from './crypto-engine.js';
import { OID } from './cms-oids.js';
import type { SigningIdentity } from './signing-identity.js';
import { requestTimestampToken } from './timestamp-client.js';

/**
 * An @signpdf `Signer` that builds a CAdES detached CMS (PAdES baseline B): signed attributes
 * content-type, message-digest and ESS signing-certificate-v2, and no signing-time attribute — the
 * time is the signature dictionary's `/M`. RSA PKCS#1 v1.5 signatures are deterministic, so a fixed
 * clock gives byte-identical PDFs.
 */
export class CadesSigner extends Signer {
  readonly #identity: SigningIdentity;
  readonly #tsa: string | undefined;

  constructor(identity: SigningIdentity, options: { tsa?: string } = {}) {
    super();
    this.#identity = identity;
    this.#tsa = options.tsa;
  }

  override async sign(pdfBuffer: Buffer): Promise<Buffer> {
    useWebCryptoEngine();
    const [leafDer, ...chainDer] = this.#identity.certificates;
    if (leafDer === undefined) throw new Error('signing identity without certificate');
    const signedData = await cadesSignedData({
      content: { type: OID.data, digest: createHash('sha256').update(pdfBuffer).digest() },
      signer: { certificate: pkijs.Certificate.fromBER(leafDer), der: leafDer, key: this.#identity.privateKey },
      certificates: chainDer,
    });
    const signerInfo = signedData.signerInfos[0];
    if (this.#tsa !== undefined && signerInfo !== undefined) {
      // PAdES baseline-T: a TSA's token over the signature value, as an unsigned attribute.
      const token = await requestTimestampToken(this.#tsa, Buffer.from(signerInfo.signature.valueBlock.valueHexView));
      signerInfo.unsignedAttrs = new pkijs.SignedAndUnsignedAttributes({
        type: 1,
        attributes: [new pkijs.Attribute({ type: OID.signatureTimeStampToken, values: [asn1js.fromBER(token).result] })],
      });
    }
    const contentInfo = new pkijs.ContentInfo({ contentType: OID.signedData, content: signedData.toSchema(true) });
    return Buffer.from(contentInfo.toSchema().toBER(false));
  }
}

/**
 * A CAdES SignedData with the three signed attributes both our signatures carry: content-type,
 * message-digest and ESS signing-certificate-v2 (no signing-time: the time is elsewhere). Used for
 * the PDF signature (detached, `data`) and the test TSA's token (TSTInfo encapsulated, RFC 3161).
 */
export async function cadesSignedData(input: {
  content: { type: string; digest: Uint8Array; encapsulated?: Uint8Array };
  signer: { certificate: pkijs.Certificate; der: Uint8Array; key: CryptoKey };
  /** Further certificates (DER) after the signer's; undefined: leave the signer's out too (RFC 3161 without certReq). */
  certificates?: readonly Uint8Array<ArrayBuffer>[];
}): Promise<pkijs.SignedData> {
  const { content, signer } = input;
  const signedData = new pkijs.SignedData({
    // RFC 5652 §5.1: version 3 when the encapsulated content is not id-data.
    version: content.type === OID.data ? 1 : 3,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({
      eContentType: content.type,
      ...(content.encapsulated ? { eContent: new asn1js.OctetString({ valueHex: content.encapsulated }) } : {}),
    }),
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({ issuer: signer.certificate.issuer, serialNumber: signer.certificate.serialNumber }),
        signedAttrs: new pkijs.SignedAndUnsignedAttributes({
          type: 0,
          attributes: [
            new pkijs.Attribute({ type: OID.contentType, values: [new asn1js.ObjectIdentifier({ value: content.type })] }),
            new pkijs.Attribute({ type: OID.messageDigest, values: [new asn1js.OctetString({ valueHex: content.digest })] }),
            new pkijs.Attribute({ type: OID.signingCertificateV2, values: [signingCertificateV2(signer.certificate, createHash('sha256').update(signer.der).digest())] }),
          ],
        }),
      }),
    ],
    ...(input.certificates ? { certificates: [signer.certificate, ...input.certificates.map((der) => pkijs.Certificate.fromBER(der))] } : {}),
  });
  await signedData.sign(signer.key, 0, 'SHA-256');
  return signedData;
}

/** SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 }; SHA-256 is the default hash, so it is omitted (DER). */
function signingCertificateV2(leaf: pkijs.Certificate, certHash: Uint8Array): asn1js.Sequence {
  const issuerSerial = new asn1js.Sequence({
    value: [
      new asn1js.Sequence({
        // GeneralNames with one directoryName [4] EXPLICIT Name.
        value: [new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 4 }, value: [leaf.issuer.toSchema()] })],
      }),
      new asn1js.Integer({ valueHex: leaf.serialNumber.valueBlock.valueHexView }),
    ],
  });
  const essCertIdV2 = new asn1js.Sequence({ value: [new asn1js.OctetString({ valueHex: certHash }), issuerSerial] });
  return new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [essCertIdV2] })] });
}
