import type { X509Certificate } from 'node:crypto';
import * as pkijs from 'pkijs';

/** The organisational unit every TEST firm certificate carries (see test-issuer.ts): what makes a signer a TEST one. */
export const TEST_UNIT = 'TEST';

const ORGANIZATION = '2.5.4.10';
const ORGANIZATIONAL_UNIT = '2.5.4.11';
const COMMON_NAME = '2.5.4.3';

/** Who signed, as a certificate verifier and a reader need it. */
export interface SignerIdentity {
  /** The subject as one line, e.g. `CN=…, O=…, C=NL`. */
  subject: string;
  issuer: string;
  commonName: string;
  /** The organisation (O) in the signer's certificate: the firm a certificate must name. */
  organization: string;
  /** A TEST signer (OU=TEST): every page of what it signs says so. */
  test: boolean;
  validFrom: string;
  validTo: string;
  serialNumber: string;
}

/** Reads the names from the DER with pkijs, so a comma or newline in a name cannot shift a field. */
export function signerIdentity(leaf: X509Certificate, leafDer: Uint8Array): SignerIdentity {
  const certificate = pkijs.Certificate.fromBER(new Uint8Array(leafDer));
  const values = (type: string) =>
    certificate.subject.typesAndValues.filter((t) => t.type === type).map((t) => String(t.value.valueBlock.value));
  const line = (name: string) => name.split('\n').reverse().join(', ');
  return {
    subject: line(leaf.subject),
    issuer: line(leaf.issuer),
    commonName: values(COMMON_NAME)[0] ?? '',
    organization: values(ORGANIZATION)[0] ?? '',
    test: values(ORGANIZATIONAL_UNIT).includes(TEST_UNIT),
    validFrom: new Date(leaf.validFrom).toISOString(),
    validTo: new Date(leaf.validTo).toISOString(),
    serialNumber: leaf.serialNumber.toUpperCase(),
  };
}
