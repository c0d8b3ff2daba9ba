/**
 * The cost of one light certificate, warm and in-process: rendering with pdfkit, signing (PAdES-B-B
 * CMS with WebCrypto RSA-2048), and both together, beside pdfkit rendering the same document
 * unsigned in the same run (target: render + sign ≤ 1.5 × the unsigned render). Then `certify` and
 * `verify` as whole processes beside `node -e ""`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCatalogue } from '../src/catalogue/read-catalogue.js';
import { readAnswers } from '../src/answers/read-answers.js';
import { evaluate } from '../src/verdict/evaluate.js';
import { certificateStatement } from '../src/certificate/certificate-statement.js';
import { identitySigner } from '../src/certificate/issue-certificate.js';
import { renderCertificatePdf } from '../src/report/certificate-pdf.js';
import { createTestIssuer, writeTestIssuer } from '../src/signing/test-issuer.js';
import { readSigningIdentity } from '../src/signing/signing-identity.js';
import { signPdf } from '../src/signing/sign-pdf.js';
import { fixturesDir, packageRoot } from '../src/package-paths.js';
import { formatTiming, timeBareNode, timeInProcess, timeProcess } from './measure.js';

export async function bench(print: (line: string) => void): Promise<void> {
  const now = new Date('2026-11-28T12:00:00Z');
  const catalogue = loadCatalogue();
  const example = join(fixturesDir, 'answers', 'inspectie-voorbeeld.yaml');
  const answers = readAnswers(example, catalogue);
  const dir = mkdtempSync(join(tmpdir(), 'pkvw-bench-'));
  try {
    const issuer = createTestIssuer({ now });
    const paths = writeTestIssuer(dir, issuer);
    const identity = await readSigningIdentity(paths.p12, issuer.passphrase);
    const data = certificateStatement(evaluate(catalogue, answers, now), answers, catalogue, identitySigner(identity));
    const options = { lang: 'nl' as const, signerName: identity.signerName };
    const withPlaceholder = await renderCertificatePdf(data, catalogue, options);

    const unsigned = await timeInProcess('certificate: pdfkit render, unsigned', () => renderCertificatePdf(data, catalogue, { lang: 'nl', signerName: null }), 2000);
    const render = await timeInProcess('certificate: render with placeholder', () => renderCertificatePdf(data, catalogue, options), 2000);
    const sign = await timeInProcess('certificate: sign (CMS + byte range)', () => signPdf(withPlaceholder, identity), 2000);
    const both = await timeInProcess('certificate: render + sign', async () => signPdf(await renderCertificatePdf(data, catalogue, options), identity), 2000);
    for (const t of [unsigned, render, sign, both]) print(formatTiming(t));
    const ratio = both.meanMs / unsigned.meanMs;
    print(`certificate: (render + sign) / unsigned render = ${ratio.toFixed(2)}×  (target ≤ 1.50×: ${ratio <= 1.5 ? 'met' : 'NOT met'})`);

    const bare = timeBareNode(5);
    print(formatTiming(bare));
    const cli = join(packageRoot, 'dist', 'cli', 'bin.js');
    const out = join(dir, 'certificaat.pdf');
    const certify = [process.execPath, cli, 'certify', example, '--issuer', paths.p12, '--passphrase-file', paths.passphrase, '--out', out, '--issued-at', '2026-11-28T12:00:00Z'];
    print(formatTiming(timeProcess('pkvw-light certify inspectie-voorbeeld.yaml', certify, 5), bare));
    print(formatTiming(timeProcess('pkvw-light verify certificaat.pdf --trust …', [process.execPath, cli, 'verify', out, '--trust', join(dir, 'trust')], 5), bare));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
