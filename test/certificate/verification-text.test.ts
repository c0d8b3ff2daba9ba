/**
 * What `verify` prints comes partly from the PDF: the firm, inspector and dwelling are whatever a
 * key holder signed. A genuinely signed certificate whose fields carry escape sequences and line
 * breaks must be shown with them escaped, so it cannot clear the screen, recolour it or forge the
 * "GELDIG: …" line a reader trusts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalogue } from '../../src/catalogue/read-catalogue.js';
import { readAnswers } from '../../src/verdict/read-answers.js';
import { evaluate } from '../../src/verdict/evaluate.js';
import { certificateStatement } from '../../src/certificate/certificate-statement.js';
import { identitySigner } from '../../src/certificate/issue-certificate.js';
import { verifyCertificate, type CertificateVerification } from '../../src/certificate/verify-certificate.js';
import { renderVerification } from '../../src/certificate/verification-text.js';
import { renderProblemMessage } from '../../src/messages/render-problem.js';
import { renderCertificatePdf } from '../../src/certificate/certificate-pdf.js';
import { readSigningIdentity } from '../../src/signing/signing-identity.js';
import { readTrustedCertificates } from '../../src/signing/trust-store.js';
import { signPdf } from '../../src/signing/sign-pdf.js';
import { INSPECTION, NOW, run, tempDir, testIssuerFiles } from '../signing/signing-fixtures.js';

// eslint-disable-next-line no-control-regex -- exactly what must not reach a terminal
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/;

// The firm is the organisation in the signer's certificate too, so it passes firm-matches-signer.
const FIRM = 'Slot\u001b[2J\u001b[31m B.V.\u202e';
const INSPECTOR = 'Jan\u001b]0;titel\u0007 de Vries';
const POSTCODE = '1234 AB\u001b[1A';
const HOUSE_NUMBER = '1\r\nGELDIG: vervalst.pdf';

describe('the verification text of a genuinely signed certificate with control characters in its data', () => {
  const catalogue = loadCatalogue();
  let result: CertificateVerification;
  let file: string;
  let trust: string;

  beforeAll(async () => {
    const issuer = testIssuerFiles({ firm: FIRM });
    trust = issuer.trust;
    const identity = await readSigningIdentity(issuer.p12, readFileSync(issuer.passphrase, 'utf8').trim());
    const answers = readAnswers(INSPECTION, catalogue);
    const genuine = certificateStatement(evaluate(catalogue, answers, NOW), answers, catalogue, { ...identitySigner(identity), organization: answers.inspection?.firm ?? '' });
    const data = { ...genuine, issuer: { ...genuine.issuer, firm: FIRM, inspector: INSPECTOR }, dwelling: { postcode: POSTCODE, houseNumber: HOUSE_NUMBER } };
    const pdf = await signPdf(await renderCertificatePdf(data, catalogue, { lang: 'nl', signerName: identity.signerName }), identity);
    file = join(tempDir(), 'certificaat.pdf');
    writeFileSync(file, pdf);
    result = await verifyCertificate(pdf, { trusted: readTrustedCertificates(trust), at: NOW, catalogues: [catalogue] });
  });

  it('is valid: every check passes, so the hostile text is what a genuine signature vouches for', () => {
    expect(result.checks.filter((c) => c.status !== 'passed')).toEqual([]);
    expect(result.status).toBe('valid');
    expect(result.certificate?.issuer.firm).toBe(FIRM);
  });

  it.each(['nl', 'en'] as const)('shows every field escaped, in %s', (lang) => {
    const text = renderVerification(result, 'certificaat\u001b[2J.pdf', lang, renderProblemMessage);
    expect(text).not.toMatch(UNSAFE);
    for (const shown of ['Slot\\u{1b}[2J\\u{1b}[31m B.V.\\u{202e}', 'Jan\\u{1b}]0;titel\\u{7} de Vries', '1234 AB\\u{1b}[1A 1\\u{d}\\u{a}GELDIG: vervalst.pdf', 'certificaat\\u{1b}[2J.pdf']) {
      expect(text).toContain(shown);
    }
    // The forged line stays part of the dwelling's row: the one status line is the last line.
    expect(text.trimEnd().split('\n').filter((line) => /^(GELDIG|VALID):/.test(line))).toHaveLength(1);
  });

  it('prints it so through `verify`, exit 0', async () => {
    const { code, out } = await run(['verify', file, '--trust', trust]);
    expect(out).not.toMatch(UNSAFE);
    expect(out).toContain('Slot\\u{1b}[2J');
    expect(code).toBe(0);
  });
});
