import * as pkijs from 'pkijs';
import { distinguishedName, nameValues, readCertificate, serialNumberHex, validFrom, validTo } from './x509-certificate.js';

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
export function signerIdentity(leaf: pkijs.Certificate | Uint8Array): SignerIdentity {
  const certificate = leaf instanceof pkijs.Certificate ? leaf : readCertificate(leaf);
  const values = (type: string) => nameValues(certificate.subject, type);
  return {
    subject: distinguishedName(certificate.subject),
    issuer: distinguishedName(certificate.issuer),
    commonName: values(COMMON_NAME)[0] ?? '',
    organization: values(ORGANIZATION)[0] ?? '',
    test: values(ORGANIZATIONAL_UNIT).includes(TEST_UNIT),
    validFrom: validFrom(certificate).toISOString(),
    validTo: validTo(certificate).toISOString(),
    serialNumber: serialNumberHex(certificate),
  };
}
