/**
 * One light certificate, warm and in-process: rendering it with pdfkit (target: ≤ 30 ms), and
 * signing it (PAdES-B-B CMS with WebCrypto RSA-2048) for context.
 */
import { join } from 'node:path';
import { loadCatalogue } from '../src/catalogue/read-catalogue.js';
import { readAnswers } from '../src/verdict/read-answers.js';
import { evaluate } from '../src/verdict/evaluate.js';
import { certificateStatement } from '../src/certificate/certificate-statement.js';
import { identitySigner } from '../src/certificate/issue-certificate.js';
import { renderCertificatePdf } from '../src/certificate/certificate-pdf.js';
import { createTestIssuer } from '../src/signing/test-issuer.js';
import { signPdf } from '../src/signing/sign-pdf.js';
import { readSigningIdentity } from '../src/signing/signing-identity.js';
import { writeTestIssuer } from '../src/signing/test-issuer.js';
import { fixturesDir } from '../src/package-paths.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { medianInProcess } from './measure.js';
import type { BenchRow, Print } from './row.js';

export async function bench(print: Print): Promise<BenchRow[]> {
  const now = new Date('2026-11-28T12:00:00Z');
  const catalogue = loadCatalogue();
  const answers = readAnswers(join(fixturesDir, 'answers', 'inspectie-voorbeeld.yaml'), catalogue);
  const dir = mkdtempSync(join(tmpdir(), 'pkvw-bench-certificate-'));
  try {
    const issuer = createTestIssuer({ now });
    const paths = writeTestIssuer(dir, issuer);
    const identity = await readSigningIdentity(paths.p12, issuer.passphrase);
    const data = certificateStatement(evaluate(catalogue, answers, now), answers, catalogue, identitySigner(identity));
    const options = { lang: 'nl' as const, signerName: identity.signerName };
    const render = await medianInProcess(() => renderCertificatePdf(data, catalogue, options), 2000);
    print(`certificate render (warm, in process)              median ${render.medianMs.toFixed(2)} ms  (${render.runs} runs)`);
    const pdf = await renderCertificatePdf(data, catalogue, options);
    const sign = await medianInProcess(() => signPdf(pdf, identity), 1000);
    print(`certificate sign (CMS + byte range, warm)          median ${sign.medianMs.toFixed(2)} ms  (${sign.runs} runs)`);
    return [{ measure: 'warm certificate render', result: `${render.medianMs.toFixed(1)} ms`, target: '≤ 30 ms', met: render.medianMs <= 30 }];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
