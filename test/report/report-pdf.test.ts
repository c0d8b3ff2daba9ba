import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalogue } from '../../src/catalogue/read-catalogue.js';
import { readAnswers } from '../../src/verdict/read-answers.js';
import { evaluate } from '../../src/verdict/evaluate.js';
import { canonicalVerdictJson } from '../../src/verdict/verdict-json.js';
import { renderVerdictText } from '../../src/report/verdict-text.js';
import { renderReportPdf } from '../../src/report/report-pdf.js';
import { caseVerdict } from '../support/case-verdicts.js';
import { NOW, SELF_CHECK, run, tempDir, testIssuerFiles, tool } from '../signing/signing-fixtures.js';

const catalogue = loadCatalogue();

describe('the self-check report PDF', () => {
  let dir: string;
  let pdf: string;

  beforeAll(async () => {
    dir = tempDir();
    pdf = join(dir, 'rapport.pdf');
    const { code } = await run(['report', SELF_CHECK, '--out', pdf]);
    expect(code).toBe(0);
  });

  it('says in Dutch what the outcome is, what to improve at what cost, and on which page the reader is', () => {
    const { out: text } = tool('pdftotext', [pdf, '-']);
    const verdict = evaluate(catalogue, readAnswers(SELF_CHECK, catalogue), NOW);
    expect(text).toContain('Rapport zelfcheck PKVW-light');
    expect(text).toContain('Basis niet op orde');
    expect(text).toContain('Verbeterplan');
    expect(text).toContain('Totaal (indicatie)');
    for (const gap of verdict.gapPlan.items) expect(text).toContain(gap.requirement);
    expect(text).toMatch(/pagina 1 van \d+/);
    expect(text).toContain(verdict.catalogue.hash);
    expect(text).toContain(verdict.answersHash);
  });

  it('gives the reason for every basic that does not apply', () => {
    const { out: text } = tool('pdftotext', [pdf, '-']);
    expect(text).toContain('Niet van toepassing');
    expect(text).toContain('Geldt niet');
  });

  it('is written in English on request', async () => {
    const english = join(dir, 'report.pdf');
    expect((await run(['report', SELF_CHECK, '--out', english, '--lang', 'en'])).code).toBe(0);
    const { out: text } = tool('pdftotext', [english, '-']);
    expect(text).toContain('PKVW-light self-check report');
    expect(text).toContain('Improvement plan');
    expect(text).toMatch(/page 1 of \d+/);
  });

  it('is PDF 1.7 with PDF/A-3b metadata, embedded fonts only, and passes qpdf --check', () => {
    expect(tool('pdfinfo', [pdf]).out).toMatch(/PDF version:\s+1\.7/);
    expect(tool('pdfinfo', ['-meta', pdf]).out).toContain('<pdfaid:part>3</pdfaid:part>');
    const fonts = tool('pdffonts', [pdf]).out.split('\n').slice(2).filter((l) => l.trim() !== '');
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line).toMatch(/yes\s+yes\s+(yes|no)\s+\d+\s+\d+$/);
    expect(tool('qpdf', ['--check', pdf]).code).toBe(0);
  });

  it('embeds the canonical verdict as verdict.json', () => {
    const out = join(dir, 'bijlagen');
    mkdirSync(out);
    expect(tool('pdfdetach', ['-saveall', '-o', out, pdf]).code).toBe(0);
    const verdict = evaluate(catalogue, readAnswers(SELF_CHECK, catalogue), NOW);
    expect(readFileSync(join(out, 'verdict.json'), 'utf8')).toBe(canonicalVerdictJson(verdict));
  });

  it('is readable only by its owner, because it tells how the home is secured', () => {
    expect(statSync(pdf).mode & 0o777).toBe(0o600);
  });

  it('is not a signed document unless asked: verify says it carries no signature, with exit 1', async () => {
    const { code, out } = await run(['verify', pdf]);
    expect(code).toBe(1);
    expect(out).toContain('GEEN PKVW-LIGHT-CERTIFICAAT');
    expect(out).toContain('draagt geen PKVW-light-handtekening');
    expect(out.trim().split('\n')).toHaveLength(1);
  });

  it('can be signed, and then verifies and is byte-identical on a second run', async () => {
    const issuer = testIssuerFiles();
    const sign = (out: string) => run(['report', SELF_CHECK, '--out', out, '--sign', '--issuer', issuer.p12, '--passphrase-file', issuer.passphrase]);
    expect((await sign(join(dir, 'getekend.pdf'))).code).toBe(0);
    expect((await sign(join(dir, 'getekend-2.pdf'))).code).toBe(0);
    expect(readFileSync(join(dir, 'getekend.pdf')).equals(readFileSync(join(dir, 'getekend-2.pdf')))).toBe(true);
    // Genuinely signed, but a report certifies nothing: verify says so and exits 1.
    const verified = await run(['verify', join(dir, 'getekend.pdf'), '--trust', issuer.trust, '--json']);
    expect(verified.code).toBe(1);
    const result = JSON.parse(verified.out);
    expect(result.status).toBe('not-a-pkvw-light-certificate');
    expect(result.kind).toBe('report');
    expect(result.checks.filter((c: { status: string }) => c.status !== 'passed')).toEqual([]);
  });

  it('refuses --sign without --issuer as a usage error', async () => {
    const { code, err } = await run(['report', SELF_CHECK, '--out', join(dir, 'x.pdf'), '--sign']);
    expect(code).toBe(2);
    expect(err).toContain('--issuer');
  });

  it('refuses --issuer without --sign rather than silently writing an unsigned report', async () => {
    const out = join(dir, 'niet-ondertekend.pdf');
    const { code, err } = await run(['report', SELF_CHECK, '--out', out, '--issuer', 'bedrijf.p12']);
    expect(code).toBe(2);
    expect(err).toContain('report-issuer-without-sign');
    expect(() => statSync(out)).toThrow();
  });
});

describe('a report that followed a CCV/BVA advice', () => {
  it('names the advice by reference and date near the top, in the text and the PDF, and says nothing of one when there is none', async () => {
    const withAdvice = caseVerdict('19b-schade-thuis-met-advies', catalogue);
    const lines = renderVerdictText(withAdvice, catalogue, 'nl').split('\n');
    expect(lines[2]).toBe('Volgt het beveiligingsadvies CCV-advies 2026-0917, vastgesteld op 2026-11-12.');
    expect(renderVerdictText(withAdvice, catalogue, 'en')).toContain('Follows the security advice CCV-advies 2026-0917, established on 2026-11-12.');
    const file = join(tempDir(), 'rapport.pdf');
    writeFileSync(file, await renderReportPdf(withAdvice, catalogue, { lang: 'nl' }));
    const firstPage = tool('pdftotext', ['-f', '1', '-l', '1', file, '-']).out.replace(/\s+/g, ' ');
    expect(firstPage).toContain('Volgt het beveiligingsadvies CCV-advies 2026-0917, vastgesteld op 12 november 2026.');
    const without = caseVerdict('19-schade-thuis-eerst-advies', catalogue);
    expect(renderVerdictText(without, catalogue, 'nl')).not.toContain('Volgt het beveiligingsadvies');
  });
});
