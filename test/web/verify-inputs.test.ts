import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundledCatalogue } from '../../src/catalogue/precompiled-catalogue.js';
import { MAX_VERIFIED_PDF_BYTES } from '../../src/certificate/verify-certificate.js';
import { verifyGivenFiles, type PageVerificationInput } from '../../src/web/verify/verify-inputs.js';
import { NOW, certify, run, tempDir, testIssuerFiles, type IssuerFiles } from '../signing/signing-fixtures.js';

describe('the files a user gives the verification page', () => {
  let issuer: IssuerFiles;
  let dir: string;
  let input: PageVerificationInput;
  const file = (path: string) => ({ name: path.split('/').pop() ?? path, bytes: new Uint8Array(readFileSync(path)) });

  beforeAll(async () => {
    issuer = testIssuerFiles();
    dir = tempDir();
    const pdf = await certify(issuer, join(dir, 'certificaat.pdf'));
    input = { pdf: file(pdf), builtInTrust: [], revocationFiles: [], at: NOW, catalogues: [bundledCatalogue()] };
  });

  it('trusts a CA file the user adds when the page has none built in, and without it the signer is untrusted', async () => {
    const without = await verifyGivenFiles(input);
    expect(without.kind === 'verified' && without.result.status).toBe('invalid');
    expect(without.kind === 'verified' && without.result.checks.find((c) => c.check === 'signer-trusted')?.status).toBe('failed');
    const added = await verifyGivenFiles({ ...input, caFile: file(join(issuer.trust, 'test-ca.pem')) });
    expect(added.kind === 'verified' && added.result.status).toBe('valid');
    expect(added.kind === 'verified' && added.catalogue?.hash).toBe(bundledCatalogue().hash);
  });

  it('refuses a CA file without a readable certificate, and a PDF larger than verify reads, naming the file', async () => {
    expect(await verifyGivenFiles({ ...input, caFile: { name: 'ca.pem', bytes: new TextEncoder().encode('geen certificaat') } })).toEqual({
      kind: 'refused',
      problem: { code: 'verify-trust-unreadable', params: { path: 'ca.pem' } },
    });
    const huge = await verifyGivenFiles({ ...input, pdf: { name: 'groot.pdf', bytes: new Uint8Array(MAX_VERIFIED_PDF_BYTES + 1) } });
    expect(huge).toMatchObject({ kind: 'refused', problem: { code: 'verify-file-too-large', params: { path: 'groot.pdf' } } });
  });

  it("sorts the revocation files: the firm's signed list revokes the certificate, the CA's CRL is checked as a CRL", async () => {
    const number = JSON.parse((await run(['verify', join(dir, 'certificaat.pdf'), '--trust', issuer.trust, '--json'])).out).certificate.number;
    expect((await run(['issuer', 'revoke', number, '--reason', 'Woning verkocht', '--issuer', issuer.p12, '--passphrase-file', issuer.passphrase])).code).toBe(0);
    const crl = join(dir, 'leeg.crl.pem');
    expect((await run(['issuer', 'test-crl', issuer.dir, '--out', crl])).code).toBe(0);
    const caFile = file(join(issuer.trust, 'test-ca.pem'));
    const outcome = await verifyGivenFiles({ ...input, caFile, revocationFiles: [file(crl), file(join(issuer.dir, 'intrekkingen.p7m'))] });
    if (outcome.kind !== 'verified') throw new Error('refused');
    expect(outcome.result.status).toBe('revoked');
    expect(outcome.result.revocation).toMatchObject({ checked: true, lists: 1, crls: 1, revoked: { number, reason: 'Woning verkocht' } });
    expect(outcome.result.checks.find((c) => c.check === 'signer-not-revoked')?.status).toBe('passed');
  });
});
