/**
 * What the verification page does with the files a user gives it, without the DOM: the same
 * `verifyCertificate` as `pkvw-light verify`, against the trust anchors the page was built with
 * plus a CA file the user adds, with the revocation files the user adds sorted into CA CRLs
 * (`--crl`) and firm revocation lists (`--revocations`). Bounded as the CLI bounds its files.
 */
import * as pkijs from 'pkijs';
import type { Catalogue } from '../../catalogue/catalogue-types.js';
import { findCatalogue } from '../../certificate/catalogue-releases.js';
import { MAX_REVOCATION_FILE_BYTES, MAX_VERIFIED_PDF_BYTES, verifyCertificate, type CertificateVerification } from '../../certificate/verify-certificate.js';
import { certificatesFromPem, crlDer } from '../../signing/pem.js';
import type { Reason } from '../../signing/verification-result.js';
import type { ProblemCode, ProblemParamsByCode } from '../../messages/render-problem.js';

export interface GivenFile {
  name: string;
  bytes: Uint8Array;
}

export interface PageVerificationInput {
  pdf: GivenFile;
  /** DER certificates built into the page (`web --trust DIR`). */
  builtInTrust: readonly Uint8Array[];
  /** A PEM file of CA certificates the user added. */
  caFile?: GivenFile;
  /** CRLs of a CA and revocation lists of a firm, in any order. */
  revocationFiles: readonly GivenFile[];
  at: Date;
  /** The bundled catalogue; released ones are found by `findCatalogue`. */
  catalogues: readonly Catalogue[];
}

export type PageVerification =
  | { kind: 'verified'; result: CertificateVerification; catalogue?: Catalogue }
  | { kind: 'refused'; problem: Reason };

export async function verifyGivenFiles(input: PageVerificationInput): Promise<PageVerification> {
  const refused = <Code extends ProblemCode>(code: Code, params: ProblemParamsByCode[Code]): PageVerification => ({ kind: 'refused', problem: { code, params } });
  if (input.pdf.bytes.length > MAX_VERIFIED_PDF_BYTES) return refused('verify-file-too-large', { path: input.pdf.name, size: input.pdf.bytes.length, limit: MAX_VERIFIED_PDF_BYTES });
  let added: Uint8Array[] = [];
  if (input.caFile !== undefined) {
    const certificates = input.caFile.bytes.length > MAX_REVOCATION_FILE_BYTES ? undefined : certificatesFromPem(input.caFile.bytes);
    if (certificates === undefined) return refused('verify-trust-unreadable', { path: input.caFile.name });
    added = certificates;
  }
  const crls: Uint8Array[] = [];
  const revocationLists: Uint8Array[] = [];
  for (const file of input.revocationFiles) {
    if (file.bytes.length > MAX_REVOCATION_FILE_BYTES) return refused('file-too-large', { path: file.name, limit: MAX_REVOCATION_FILE_BYTES });
    const der = crlDer(file.bytes);
    if (isCrl(der)) crls.push(der);
    else revocationLists.push(file.bytes);
  }
  const result = await verifyCertificate(input.pdf.bytes, {
    trusted: [...input.builtInTrust, ...added],
    at: input.at,
    catalogues: input.catalogues,
    revocationLists,
    crls,
  });
  const named = result.certificate?.catalogue;
  const catalogue = named === undefined ? undefined : findCatalogue(named.id, named.version, input.catalogues);
  return { kind: 'verified', result, ...(catalogue ? { catalogue } : {}) };
}

/** An X.509 CRL (what `verify --crl` takes), as opposed to a firm's signed list (`verify --revocations`). */
function isCrl(der: Uint8Array): boolean {
  try {
    pkijs.CertificateRevocationList.fromBER(new Uint8Array(der));
    return true;
  } catch {
    return false;
  }
}
