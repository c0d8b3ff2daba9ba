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
    const leaf = pkijs.Certificate.fromBER(leafDer);
    const digest = createHash('sha256').update(pdfBuffer).digest();
    const certHash = createHash('sha256').update(leafDer).digest();

    const signedData = new pkijs.SignedData({
      version: 1,
      encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: OID.data }),
      signerInfos: [
        new pkijs.SignerInfo({
          version: 1,
          sid: new pkijs.IssuerAndSerialNumber({ issuer: leaf.issuer, serialNumber: leaf.serialNumber }),
          signedAttrs: new pkijs.SignedAndUnsignedAttributes({
            type: 0,
            attributes: [
              new pkijs.Attribute({ type: OID.contentType, values: [new asn1js.ObjectIdentifier({ value: OID.data })] }),
              new pkijs.Attribute({ type: OID.messageDigest, values: [new asn1js.OctetString({ valueHex: digest })] }),
              new pkijs.Attribute({ type: OID.signingCertificateV2, values: [signingCertificateV2(leaf, certHash)] }),
            ],
          }),
        }),
      ],
      certificates: [leaf, ...chainDer.map((der) => pkijs.Certificate.fromBER(der))],
    });
    await signedData.sign(this.#identity.privateKey, 0, 'SHA-256');
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

/** SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 }; SHA-256 is the default hash, so it is omitted (DER). */
export function signingCertificateV2(leaf: pkijs.Certificate, certHash: Buffer): asn1js.Sequence {
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
