/**
 * What the verifier reads from an X.509 certificate, with pkijs (no node:crypto): names as one line
 * the way OpenSSL prints them (`CN=…, O=…, C=NL`, RFC 2253 escapes), the validity window, the serial
 * as OpenSSL writes it (upper-case hex, no leading zero bytes) and the extended key usages.
 */
import * as pkijs from 'pkijs';
import { bytesToHex } from './bytes.js';

const SHORT_NAMES: Record<string, string> = {
  '2.5.4.3': 'CN',
  '2.5.4.4': 'SN',
  '2.5.4.5': 'serialNumber',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.9': 'street',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.12': 'title',
  '2.5.4.17': 'postalCode',
  '2.5.4.42': 'GN',
  '2.5.4.97': 'organizationIdentifier',
  '0.9.2342.19200300.100.1.25': 'DC',
  '1.2.840.113549.1.9.1': 'emailAddress',
};

const EXTENDED_KEY_USAGE = '2.5.29.37';

export function readCertificate(der: Uint8Array): pkijs.Certificate {
  return pkijs.Certificate.fromBER(new Uint8Array(der));
}

export function certificateDer(certificate: pkijs.Certificate): Uint8Array<ArrayBuffer> {
  return new Uint8Array(certificate.toSchema().toBER(false));
}

/** The values of one attribute type (e.g. O) in a name, in order. */
export function nameValues(name: pkijs.RelativeDistinguishedNames, type: string): string[] {
  return name.typesAndValues.filter((t) => t.type === type).map((t) => String(t.value.valueBlock.value));
}

/** Most specific first, as a reader names a signer: `CN=…, O=…, C=NL`. */
export function distinguishedName(name: pkijs.RelativeDistinguishedNames): string {
  return name.typesAndValues
    .map((t) => `${SHORT_NAMES[t.type] ?? t.type}=${escapeValue(String(t.value.valueBlock.value))}`)
    .reverse()
    .join(', ');
}

export function validFrom(certificate: pkijs.Certificate): Date {
  return certificate.notBefore.value;
}

export function validTo(certificate: pkijs.Certificate): Date {
  return certificate.notAfter.value;
}

export function serialNumberHex(certificate: pkijs.Certificate): string {
  const bytes = certificate.serialNumber.valueBlock.valueHexView;
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start++;
  return bytesToHex(bytes.subarray(start)).toUpperCase();
}

/** The extended key usage OIDs; none when the extension is absent or unreadable. */
export function extendedKeyUsages(certificate: pkijs.Certificate): string[] {
  const extension = certificate.extensions?.find((e) => e.extnID === EXTENDED_KEY_USAGE);
  const parsed: unknown = extension?.parsedValue;
  return parsed instanceof pkijs.ExtKeyUsage ? parsed.keyPurposes : [];
}

/** RFC 2253 escapes and control characters as \XX, as OpenSSL prints a name: a comma in a value cannot look like a new field. */
function escapeValue(value: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is escaped
  let out = value.replace(/[,+"\\<>;]/g, (c) => `\\${c}`).replace(/[\u0000-\u001f\u007f]/g, (c) => `\\${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  if (out.startsWith('#') || out.startsWith(' ')) out = `\\${out}`;
  if (out.endsWith(' ') && out.length > 1) out = `${out.slice(0, -1)}\\ `;
  return out;
}
