/**
 * Issue #16: the bestuurder reads names; catalogue ids (WON-01, SC-13, RR-…, EX-…, question ids)
 * appear only in the appendix "Bijlage: verwijzingen", in the terminal text and in the PDF alike.
 */
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalogue } from '../../src/catalogue/read-catalogue.js';
import { readAnswers } from '../../src/verdict/read-answers.js';
import { evaluate } from '../../src/verdict/evaluate.js';
import { renderVerdictText } from '../../src/report/verdict-text.js';
import { renderReportPdf } from '../../src/report/report-pdf.js';
import { fixturesDir } from '../../src/package-paths.js';
import type { Language } from '../../src/catalogue/catalogue-types.js';
import type { Verdict } from '../../src/verdict/verdict-types.js';
import { CASE_CLOCK, caseVerdict } from '../support/case-verdicts.js';
import { tempDir, tool } from '../signing/signing-fixtures.js';

const catalogue = loadCatalogue();
/** Every id the catalogue gives anything a report could name. */
const catalogueIds = [
  ...catalogue.requirements.map((r) => r.id),
  ...catalogue.scenarios.map((s) => s.id),
  ...catalogue.riskRules.map((r) => r.id),
  ...catalogue.exceptions.map((e) => e.id),
  ...catalogue.questions.map((q) => q.id),
];
/** The shape of an id, for ids a future catalogue adds: a domain, scenario, rule or exception prefix and a hyphen. */
const ID_SHAPE = /\b(?:WON|WRK|VPL|INF|SC|RR|EX)-[A-Z0-9]/;
const APPENDIX = { nl: { text: 'BIJLAGE: VERWIJZINGEN', pdf: 'Bijlage: verwijzingen' }, en: { text: 'APPENDIX: REFERENCES', pdf: 'Appendix: references' } };

const verdicts: [string, Verdict][] = [
  ['the demo', evaluate(catalogue, readAnswers(join(fixturesDir, 'answers', 'zelfcheck-voorbeeld.yaml'), catalogue), CASE_CLOCK)],
  ['the inspection example', evaluate(catalogue, readAnswers(join(fixturesDir, 'answers', 'inspectie-voorbeeld.yaml'), catalogue), CASE_CLOCK)],
  ...['01-brievenbus-raam-verdieping', '05-burgemeester-concrete-dreiging', '02-rijksmonument-alternatief', '07-doorverwijzen-stelsel', '18-burgemeester-publiek-account', '19-schade-thuis-eerst-advies'].map(
    (name): [string, Verdict] => [`case ${name}`, caseVerdict(name, catalogue)],
  ),
];

/** The text before the appendix heading, and the appendix; fails when there is no appendix at all. */
function split(text: string, heading: string): { main: string; appendix: string } {
  const at = text.indexOf(heading);
  // The main text is there (not an empty slice before a heading at the top).
  expect(at, `no "${heading}"`).toBeGreaterThan(500);
  return { main: text.slice(0, at), appendix: text.slice(at) };
}

function expectNoIds(main: string): void {
  expect(main).not.toMatch(ID_SHAPE);
  const found = catalogueIds.filter((id) => new RegExp(`(^|[^\\w.-])${id.replace(/[.]/g, '\\.')}($|[^\\w-])`).test(main));
  expect(found).toEqual([]);
}

function expectIdsInAppendix(appendix: string, verdict: Verdict): void {
  for (const r of verdict.risk) expect(appendix).toContain(r.scenario);
  for (const r of verdict.requirements.filter((x) => x.status !== 'not-applicable')) expect(appendix).toContain(r.requirement);
}

describe.each(verdicts)('the report for %s', (_, verdict) => {
  it.each(['nl', 'en'] as Language[])('names no catalogue id in the main text of the terminal (%s), only in the appendix', (lang) => {
    const { main, appendix } = split(renderVerdictText(verdict, catalogue, lang), APPENDIX[lang].text);
    expectNoIds(main);
    expectIdsInAppendix(appendix, verdict);
  });

  it('names no catalogue id in the main text of the PDF, only in its appendix', async () => {
    const file = join(tempDir(), 'rapport.pdf');
    writeFileSync(file, await renderReportPdf(verdict, catalogue, { lang: 'nl' }));
    const { code, out } = tool('pdftotext', ['-layout', file, '-']);
    expect(code).toBe(0);
    // pdftotext breaks long lines; an id split over two lines would still be an id on the page.
    const { main, appendix } = split(out, APPENDIX.nl.pdf);
    expectNoIds(main);
    expectIdsInAppendix(appendix.replace(/\s+/g, ' '), verdict);
  });
});

describe('the id check itself', () => {
  it('finds an id the main text would show', () => {
    expect(() => expectNoIds('[v] WON-01 Gecertificeerd hang- en sluitwerk')).toThrow();
    expect(() => expectNoIds('Eerst nog beantwoorden: werk.melden-intern')).toThrow();
    expect(() => expectNoIds('Niet nodig volgens beveiligingsadvies CCV-2026-0412 (PKVW-light)')).not.toThrow();
  });
});
