import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import type * as VerifyModule from '../../src/certificate/verify-certificate.js';
import { verifyCertificate } from '../../src/certificate/verify-certificate.js';
import { bundleForBrowser, sourceFile } from '../../src/web/browser-build.js';
import { loadCatalogue } from '../../src/catalogue/read-catalogue.js';
import { readTrustedCertificates } from '../../src/signing/trust-store.js';
import { NOW, certify, tempDir, testIssuerFiles, type IssuerFiles } from '../signing/signing-fixtures.js';

describe('the verify path in a browser', () => {
  let issuer: IssuerFiles;
  let pdf: Uint8Array;
  beforeAll(async () => {
    issuer = testIssuerFiles();
    pdf = new Uint8Array(readFileSync(await certify(issuer, join(tempDir(), 'certificaat.pdf'))));
  });

  it('bundles for a browser without Node built-ins or polyfills', async () => {
    const { inputs } = await bundleForBrowser(sourceFile('certificate/verify-certificate'), { minify: false });
    for (const file of ['src/signing/verify-signed-pdf.ts', 'src/signing/signed-pdf-parts.ts', 'src/signing/crl.ts', 'src/certificate/revocation-list.ts', 'src/certificate/catalogue-releases.ts']) {
      expect(inputs).toContain(file);
    }
    expect(inputs.some((input) => input.includes('node_modules/fflate/'))).toBe(true);
  });

  it('gives, run outside Node with only what a browser has, the same result as the CLI for a genuine certificate', async () => {
    const { code } = await bundleForBrowser(sourceFile('certificate/verify-certificate'), { globalName: 'verify' });
    // A bare context: ECMAScript globals plus what every browser has and this path uses (no Buffer, no process).
    const context = { TextEncoder, TextDecoder, crypto: globalThis.crypto, atob, btoa, setTimeout, clearTimeout };
    const browser = runInNewContext(`${code}; verify`, context) as typeof VerifyModule;
    const options = { trusted: readTrustedCertificates(issuer.trust), at: NOW, catalogues: [loadCatalogue()] };
    const inBrowser = await browser.verifyCertificate(pdf, options);
    expect(inBrowser.checks.filter((c) => c.status !== 'passed')).toEqual([]);
    expect(inBrowser.status).toBe('valid');
    expect(JSON.parse(JSON.stringify(inBrowser))).toEqual(JSON.parse(JSON.stringify(await verifyCertificate(pdf, options))));
  });
});
