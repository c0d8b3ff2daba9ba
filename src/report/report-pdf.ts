/**
 * The self-check / inspection report as a PDF: outcome at a glance, the risk profile, per domain
 * the owner basics with their status and — for exempt, open and not-applicable ones — why (from the
 * engine's `explainRequirement`), the improvement plan with costs for a self-check, and the hashes
 * that pin catalogue and answers. The canonical verdict is embedded as verdict.json.
 */
import { DOMAINS } from '../catalogue/catalogue-types.js';
import type { Catalogue, Language } from '../catalogue/catalogue-types.js';
import type { Outcome, RequirementResult, Verdict } from '../verdict/verdict-types.js';
import { describeBasis, explainRequirement, namesOf } from '../verdict/explanation.js';
import { verdictWords } from '../verdict/verdict-words.js';
import { canonicalVerdictJson } from '../verdict/verdict-json.js';
import { addSignaturePlaceholder } from '../signing/signature-placeholder.js';
import { COLOR, band, collectPdf, createPdf, formatDate, formatEuros, heading, pageFooters, paragraph, table, title as titleBlock } from './pdf-layout.js';
import type { Pdf } from './pdf-layout.js';
import { attachJson, EMBEDDED_NAME } from './embedded-data.js';
import { pdfText } from './pdf-text.js';

export interface RenderOptions {
  lang: Language;
  /** Adds a signature placeholder for `signPdf`; its `/M` is the verdict's clock. */
  signature?: { signerName: string };
}

export const OUTCOME_COLOR: Record<Outcome, string> = {
  'basis-op-orde': '#2e7d32',
  'niet-op-orde': '#c62828',
  onvolledig: '#b26a00',
  doorverwijzen: '#5e35b1',
};

/**
 * @example
 * const pdf = await renderReportPdf(evaluate(catalogue, answers, now), catalogue, { lang: 'nl' });
 */
export async function renderReportPdf(verdict: Verdict, catalogue: Catalogue, options: RenderOptions): Promise<Buffer> {
  const { lang } = options;
  const text = pdfText[lang];
  const words = verdictWords[lang];
  const names = namesOf(catalogue, lang);
  const date = new Date(verdict.evaluatedAt);
  const title = text.reportTitle[verdict.kind];
  const doc = createPdf({ title, subject: text.reportSubject, author: 'pkvw-light', lang, creationDate: date });
  const bytes = collectPdf(doc);
  const requirementTitle = (id: string) => catalogue.requirements.find((r) => r.id === id)?.title[lang] ?? id;
  const why = (result: RequirementResult) => explainRequirement(result, catalogue, lang).join(' ');

  // Title block.
  titleBlock(doc, title, text.catalogueVersion(catalogue.metadata.title[lang], verdict.catalogue.version));
  doc.moveDown(1);

  // Outcome at a glance: a coloured band with the outcome and what it means.
  outcomeBand(doc, words.outcome[verdict.outcome], words.outcomeMeaning[verdict.outcome], OUTCOME_COLOR[verdict.outcome]);
  if (verdict.kind === 'inspection') paragraph(doc, verdict.certifiable ? words.certifiable : words.notCertifiable);
  else if (verdict.outcome === 'basis-op-orde') paragraph(doc, words.selfCheckNoCertificate);
  doc.moveDown(0.5);
  table(
    doc,
    [
      { header: text.domain, width: 0.24, bold: true },
      { header: text.applicable, width: 0.18 },
      { header: text.met, width: 0.13 },
      { header: text.exempt, width: 0.17 },
      { header: text.notMet, width: 0.15 },
      { header: text.open, width: 0.13 },
    ],
    verdict.domains.map((d) => [words.domainName[d.domain], String(d.applicable), String(d.met), String(d.exempt), String(d.notMet), String(d.unanswered)]),
  );

  heading(doc, text.risk);
  table(
    doc,
    [
      { header: text.scenario, width: 0.34 },
      { header: text.level, width: 0.1, bold: true },
      { header: text.basis, width: 0.56 },
    ],
    verdict.risk.map((r) => [names.scenario(r.scenario), r.level, describeBasis(r.basis, words, catalogue, lang)]),
  );

  for (const domain of DOMAINS) {
    const owner = verdict.requirements.filter((r) => r.domain === domain && r.responsibility === 'bestuurder');
    const applicable = owner.filter((r) => r.status !== 'not-applicable');
    const notApplicable = owner.filter((r) => r.status === 'not-applicable');
    doc.addPage();
    heading(doc, words.domainName[domain], 16);
    paragraph(doc, text.applicableBasics(applicable.length), { bold: true });
    doc.moveDown(0.3);
    if (applicable.length === 0) paragraph(doc, text.noApplicableBasics, { color: COLOR.muted });
    else
      table(
        doc,
        [
          { header: text.id, width: 0.12, bold: true },
          { header: text.basic, width: 0.33 },
          { header: text.status, width: 0.14 },
          { header: text.why, width: 0.41 },
        ],
        applicable.map((r) => [r.requirement, requirementTitle(r.requirement), words.status[r.status], r.status === 'met' ? '' : why(r)]),
      );
    if (notApplicable.length > 0) {
      doc.moveDown(0.3);
      paragraph(doc, text.notApplicableBasics(notApplicable.length), { bold: true });
      doc.moveDown(0.3);
      table(
        doc,
        [
          { header: text.id, width: 0.12, bold: true },
          { header: text.basic, width: 0.33 },
          { header: text.why, width: 0.55 },
        ],
        notApplicable.map((r) => [r.requirement, requirementTitle(r.requirement), why(r)]),
        { fontSize: 8 },
      );
    }
  }

  const employer = verdict.requirements.filter((r) => r.status === 'context');
  if (employer.length > 0) {
    heading(doc, text.employerHeading);
    paragraph(doc, text.employerIntro, { color: COLOR.muted });
    doc.moveDown(0.3);
    table(
      doc,
      [
        { header: text.id, width: 0.12, bold: true },
        { header: text.basic, width: 0.88 },
      ],
      employer.map((r) => [r.requirement, requirementTitle(r.requirement)]),
      { fontSize: 8 },
    );
  }

  if (verdict.kind === 'self-check') gapPlan(doc, verdict, catalogue, lang);

  heading(doc, text.accountability);
  table(
    doc,
    [
      { header: '', width: 0.3, bold: true },
      { header: '', width: 0.7 },
    ],
    [
      [text.catalogue, `${verdict.catalogue.id} ${verdict.catalogue.version}`],
      [text.catalogueHash, verdict.catalogue.hash],
      [text.answersHash, verdict.answersHash],
      [text.evaluatedAt, verdict.evaluatedAt],
      [text.engine, `${verdict.engine.name} ${verdict.engine.version}`],
    ],
    { fontSize: 8, header: false },
  );
  paragraph(doc, text.embedded(EMBEDDED_NAME.verdict), { size: 8, color: COLOR.muted });

  attachJson(doc, EMBEDDED_NAME.verdict, canonicalVerdictJson(verdict), date, 'PKVW-light verdict (RFC 8785 canonical JSON)');
  pageFooters(doc, `${text.reportFooter(words.kind[verdict.kind])} · ${formatDate(verdict.evaluatedAt, lang)}`, text.page);
  if (options.signature) addSignaturePlaceholder(doc, { signingTime: date, reason: text.signatureReason.report, name: options.signature.signerName });
  doc.end();
  return bytes;
}

function gapPlan(doc: Pdf, verdict: Verdict, catalogue: Catalogue, lang: Language): void {
  const text = pdfText[lang];
  heading(doc, text.gapPlan);
  const { items, total, withoutCost } = verdict.gapPlan;
  if (items.length === 0) {
    paragraph(doc, text.gapNone);
    return;
  }
  const euros = (n: number) => formatEuros(n, lang);
  const rows = items.map((item) => {
    const requirement = catalogue.requirements.find((r) => r.id === item.requirement);
    const what = `${requirement?.title[lang] ?? item.requirement}${item.status === 'unanswered' ? ` (${verdictWords[lang].status.unanswered})` : ''}: ${requirement?.remedy[lang] ?? ''}`;
    return [item.requirement, what, item.cost ? text.costRange(euros(item.cost.min), euros(item.cost.max)) : text.noCost];
  });
  rows.push(['', text.total, total.max === 0 ? text.noCost : text.costRange(euros(total.min), euros(total.max))]);
  table(
    doc,
    [
      { header: text.id, width: 0.12, bold: true },
      { header: text.measure, width: 0.64 },
      { header: text.cost, width: 0.24 },
    ],
    rows,
  );
  if (withoutCost > 0) paragraph(doc, text.withoutCost(withoutCost), { size: 8, color: COLOR.muted });
}

/** A coloured bar at the left, the outcome in bold beside it, and its meaning below. */
export function outcomeBand(doc: Pdf, outcome: string, meaning: string, color: string): void {
  band(doc, outcome, meaning, color);
}
