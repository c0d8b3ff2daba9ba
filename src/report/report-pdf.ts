/**
 * The self-check / inspection report as a PDF: first the funding decision (what the employer can
 * fund now, and what is needed first for the rest), then the outcome for the home and the
 * improvement plan with honest costs (in the terminal's order), coverage per scenario, the risk
 * profile, per domain the owner basics with their status and why (from the engine's
 * `explainRequirement`), the appendix with the catalogue ids, and the hashes that pin catalogue and
 * answers. Under level D only the referral. The canonical verdict is embedded as verdict.json.
 */
import { DOMAINS } from '../catalogue/catalogue-types.js';
import type { Catalogue, Language } from '../catalogue/catalogue-types.js';
import type { Outcome, RequirementResult, Verdict } from '../verdict/verdict-types.js';
import { describeBasis, explainRequirement, namesOf, riskGroups } from '../verdict/explanation.js';
import { verdictWords } from '../verdict/verdict-words.js';
import { adviceFirstText, describeCost, fundingSummary, planOrder, referenceLines } from './funding-summary.js';
import { formatEuros } from '../i18n/money.js';
import { canonicalVerdictJson } from '../verdict/verdict-json.js';
import { COLOR, band, collectPdf, createPdf, ensureSpace, formatDate, heading, pageFooters, paragraph, table, title as titleBlock } from './pdf-layout.js';
import type { Pdf } from './pdf-layout.js';
import { attachJson, EMBEDDED_NAME } from './embedded-data.js';
import { pdfText } from './pdf-text.js';

export interface RenderOptions {
  lang: Language;
  /**
   * Adds a signature placeholder for `signPdf` (its `/M` is the verdict's clock). The placeholder
   * writer is `addSignaturePlaceholder` from signing/, passed in: report/ comes before signing/.
   */
  signature?: { signerName: string; addPlaceholder: SignaturePlaceholderWriter };
}

/** Writes the empty signature field into the document before it ends (signing/signature-placeholder.ts). */
export type SignaturePlaceholderWriter = (doc: PDFKit.PDFDocument, options: { signingTime: Date; reason: string; name: string }) => void;

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
  const why = (result: RequirementResult) => explainRequirement(result, catalogue, lang, verdict.risk, { basis: false }).join(' ');

  // Title block.
  titleBlock(doc, title, text.catalogueVersion(catalogue.metadata.title[lang], verdict.catalogue.version));
  if (verdict.advice) paragraph(doc, words.adviceFollowed(verdict.advice.reference, verdict.advice.date && formatDate(verdict.advice.date, lang)));
  doc.moveDown(1);

  if (verdict.outcome === 'doorverwijzen') {
    // Level D: the referral and what to do next, nothing judged.
    outcomeBand(doc, words.outcome.doorverwijzen, words.outcomeMeaning.doorverwijzen, OUTCOME_COLOR.doorverwijzen);
    paragraph(doc, words.referralScenarios((verdict.referral?.scenarios ?? []).map(names.scenarioName).join(', ')));
    doc.moveDown(0.3);
    paragraph(doc, words.referralNext, { bold: true });
  } else {
    // An advice awaited comes before everything: until it is there, the rest is provisional.
    const adviceFirst = adviceFirstText(verdict, catalogue, lang);
    if (adviceFirst) {
      outcomeBand(doc, words.adviceFirstHeading, adviceFirst, OUTCOME_COLOR.onvolledig);
      doc.moveDown(0.5);
    }
    fundingDecision(doc, verdict, catalogue, lang);

    heading(doc, words.homeTitle);
    outcomeBand(doc, words.outcome[verdict.outcome], words.outcomeMeaning[verdict.outcome], OUTCOME_COLOR[verdict.outcome]);
    if (verdict.adviceFirst) paragraph(doc, words.adviceFirstProvisional, { bold: true });
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
      verdict.domains.map((d) => [
        words.domainName[d.domain],
        String(d.applicable),
        String(d.met + d.waived),
        String(d.exempt),
        String(d.notMet + d.refused),
        String(d.unanswered + d.claimed),
      ]),
    );

    // What the bestuurder must do first, right after the outcome and in the terminal's order.
    if (verdict.kind === 'self-check') gapPlan(doc, verdict, catalogue, lang);

    heading(doc, words.coverageTitle);
    paragraph(doc, words.coverageNote.charAt(0).toUpperCase() + words.coverageNote.slice(1) + '.', { size: 8, color: COLOR.muted });
    doc.moveDown(0.3);
    table(
      doc,
      [
        { header: text.scenario, width: 0.5 },
        { header: text.status, width: 0.2, bold: true },
        { header: text.basic, width: 0.3 },
      ],
      verdict.coverage
        .filter((c) => c.basics.length > 0)
        .map((c) => [names.scenario(c.scenario), words.coverage[c.status] + (c.awaitingAdvice ? ` (${words.coverageAwaitingAdvice})` : ''), c.notInOrder.map((r) => requirementTitle(r.requirement)).join(', ')]),
      { fontSize: 8 },
    );
  }

  heading(doc, text.risk);
  table(
    doc,
    [
      { header: text.scenario, width: 0.34 },
      { header: text.level, width: 0.1, bold: true },
      { header: text.basis, width: 0.56 },
    ],
    // One row per level and reason, so each reason is said once.
    riskGroups(verdict.risk).map((g) => [g.scenarios.map(names.scenario).join('; '), g.level, describeBasis(g.basis, words, catalogue, lang)]),
  );

  // Under level D there are no requirement results: no domain pages.
  for (const domain of verdict.requirements.length === 0 ? [] : DOMAINS) {
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
          { header: text.basic, width: 0.36, bold: true },
          { header: text.status, width: 0.16 },
          { header: text.why, width: 0.48 },
        ],
        applicable.map((r) => [requirementTitle(r.requirement), words.status[r.status], r.status === 'met' ? '' : why(r)]),
      );
    if (notApplicable.length > 0) {
      doc.moveDown(0.3);
      paragraph(doc, text.notApplicableBasics(notApplicable.length), { bold: true });
      doc.moveDown(0.3);
      table(
        doc,
        [
          { header: text.basic, width: 0.4, bold: true },
          { header: text.why, width: 0.6 },
        ],
        notApplicable.map((r) => [requirementTitle(r.requirement), why(r)]),
        { fontSize: 8 },
      );
    }
  }

  const decided = new Set(verdict.funding.map((f) => f.measure));
  const employer = verdict.requirements.filter((r) => r.status === 'context' && !decided.has(r.requirement));
  if (employer.length > 0) {
    heading(doc, text.employerHeading);
    paragraph(doc, text.employerIntro, { color: COLOR.muted });
    doc.moveDown(0.3);
    table(
      doc,
      [{ header: text.basic, width: 1, bold: true }],
      employer.map((r) => [requirementTitle(r.requirement)]),
      { fontSize: 8 },
    );
  }

  appendix(doc, verdict, catalogue, lang);

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
  if (options.signature) options.signature.addPlaceholder(doc, { signingTime: date, reason: text.signatureReason.report, name: options.signature.signerName });
  doc.end();
  return bytes;
}

function gapPlan(doc: Pdf, verdict: Verdict, catalogue: Catalogue, lang: Language): void {
  const text = pdfText[lang];
  const words = verdictWords[lang];
  // The heading stays with the table's header and first item.
  ensureSpace(doc, 110);
  heading(doc, text.gapPlan);
  const { items, total, totalExclVat, withoutCost, noPurchase } = verdict.gapPlan;
  if (items.length === 0) {
    paragraph(doc, text.gapNone);
    return;
  }
  const euros = (n: number) => formatEuros(n, lang);
  const { remaining, toAnswer } = planOrder(verdict);
  const rows = [...remaining, ...toAnswer].map((item) => {
    const requirement = catalogue.requirements.find((r) => r.id === item.requirement);
    const status = item.status === 'not-met' ? '' : ` (${words.status[item.status]})`;
    // Part of the outcome for the home: a wonen basic, or else a hard condition of the advice.
    const home = item.home ? (requirement?.domain === 'wonen' ? words.gapHome : words.blockerHard) : '';
    const title = (id: string) => catalogue.requirements.find((r) => r.id === id)?.title[lang] ?? id;
    const tags = [home, item.blocks.length > 0 ? words.gapBlocks(item.blocks.map(title).join(', ')) : ''].filter(Boolean).join('; ');
    const what = `${requirement?.title[lang] ?? item.requirement}${status}: ${requirement?.remedy[lang] ?? ''}${tags ? ` [${tags}]` : ''}`;
    return [what, describeCost(item, catalogue, lang)];
  });
  // Only real prices are added up: an item without a price is counted, never shown as € 0.
  const totals = [
    total.max > 0 ? words.gapTotalPriced(euros(total.min), euros(total.max)) : '',
    totalExclVat > 0 ? words.gapTotalExcl(euros(totalExclVat)) : '',
    noPurchase > 0 ? words.gapNoPurchase(noPurchase) : '',
    withoutCost > 0 ? words.gapWithoutCost(withoutCost) : '',
  ].filter(Boolean);
  rows.push([text.total, totals.join('; ')]);
  table(
    doc,
    [
      { header: text.measure, width: 0.64 },
      { header: text.cost, width: 0.36 },
    ],
    rows,
  );
}

/** What the employer can fund now and, per blocked measure, what is needed first, cheapest first. */
function fundingDecision(doc: Pdf, verdict: Verdict, catalogue: Catalogue, lang: Language): void {
  const words = verdictWords[lang];
  const { fundable, blocked } = fundingSummary(verdict, catalogue, lang);
  heading(doc, words.fundingTitle, 16);
  if (verdict.funding.length === 0) paragraph(doc, words.noMeasures);
  else if (fundable.length === 0) paragraph(doc, words.fundingNone);
  for (const f of fundable) {
    paragraph(doc, `✓ ${f.title} — ${words.fundable}`, { bold: true, color: OUTCOME_COLOR['basis-op-orde'] });
    paragraph(doc, f.against, { size: 9, color: COLOR.muted });
  }
  if (blocked.length === 0) return;
  heading(doc, words.blockedTitle);
  for (const b of blocked) {
    paragraph(doc, b.title, { bold: true });
    paragraph(doc, `${b.against}. ${words.firstNeeded}`, { size: 9, color: COLOR.muted });
    b.steps.forEach((step, i) => paragraph(doc, `${i + 1}. ${step}`, { size: 9 }));
    doc.moveDown(0.3);
  }
}

/**
 * "Bijlage: verwijzingen", on its own page: the catalogue ids of everything the main text names, for
 * the PKVW firm. The main text uses names only (issue #16); this is the one place for ids.
 */
function appendix(doc: Pdf, verdict: Verdict, catalogue: Catalogue, lang: Language): void {
  const text = pdfText[lang];
  const words = verdictWords[lang];
  const { scenarios, requirements, exceptions } = referenceLines(verdict, catalogue, lang);
  doc.addPage();
  heading(doc, text.appendix, 16);
  paragraph(doc, words.appendixIntro, { color: COLOR.muted });
  const section = (title: string, lines: readonly { id: string; name: string; detail: string }[]) => {
    if (lines.length === 0) return;
    // The heading stays with the table's header and first rows.
    ensureSpace(doc, 110);
    heading(doc, title);
    table(
      doc,
      [
        { header: text.id, width: 0.24, bold: true },
        { header: text.name, width: 0.46 },
        { header: text.detail, width: 0.3 },
      ],
      lines.map((l) => [l.id, l.name, l.detail]),
      { fontSize: 8 },
    );
  };
  section(words.appendixScenarios, scenarios);
  section(words.appendixRequirements, requirements);
  section(words.appendixExceptions, exceptions);
}

/** A coloured bar at the left, the outcome in bold beside it, and its meaning below. */
export function outcomeBand(doc: Pdf, outcome: string, meaning: string, color: string): void {
  band(doc, outcome, meaning, color);
}
