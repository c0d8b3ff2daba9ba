/**
 * PEM and DER as a verifier is given them, from a folder (`verify --trust`), a `--crl` file or a
 * file added on the verification page: pure, so the CLI and the page read them the same way.
 */
import { base64ToBytes, latin1 } from './bytes.js';
import { readCertificate } from './x509-certificate.js';

/** Every `-----BEGIN CERTIFICATE-----` block as DER; undefined when there is none or one is no readable certificate. */
export function certificatesFromPem(bytes: Uint8Array): Uint8Array[] | undefined {
  const blocks = [...latin1(bytes).matchAll(/-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g)];
  if (blocks.length === 0) return undefined;
  try {
    const ders = blocks.map((m) => base64ToBytes(m[1] ?? ''));
    for (const der of ders) readCertificate(der);
    return ders;
  } catch {
    return undefined;
  }
}

/** A CRL as `openssl ca -gencrl` writes it (PEM) or as DER; an unreadable PEM body is left for the CRL check to refuse. */
export function crlDer(bytes: Uint8Array): Uint8Array {
  const pem = /-----BEGIN X509 CRL-----([\s\S]*?)-----END X509 CRL-----/.exec(latin1(bytes));
  if (!pem) return bytes;
  try {
    // Base64 with line breaks, as PEM carries it.
    return base64ToBytes((pem[1] ?? '').replace(/\s+/g, ''));
  } catch {
    return new Uint8Array(0);
  }
}
