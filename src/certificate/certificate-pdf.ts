/**
 * The light certificate as a PDF: who issued it, for which dwelling, until when, and the basics in
 * place — nothing about gaps, answers or the home beyond postcode and house number. Its data is
 * embedded as certificate.json, and the signature placeholder is always added: a certificate is
 * only ever handed out signed.
 */
import { DOMAINS } from '../catalogue/catalogue-types.js';
import type { Catalogue, Language } from '../catalogue/catalogue-types.js';
import { canonicalJson, sha256Hex } from '../canonical/canonical-json.js';
import { verdictWords } from '../verdict/verdict-words.js';
import { addSignaturePlaceholder } from '../signing/signature-placeholder.js';
import { COLOR, FONT, collectPdf, contentWidth, createPdf, ensureSpace, formatDate, heading, pageFooters, paragraph, table } from '../report/pdf-layout.js';
import { certificateQrText, drawQrCode } from './certificate-qr.js';
import { attachJson, EMBEDDED_NAME } from '../report/embedded-data.js';
import type { CertificateData } from './certificate-data.js';
import { OUTCOME_COLOR, outcomeBand } from '../report/report-pdf.js';
import { pdfText } from '../report/pdf-text.js';

export interface CertificateRenderOptions {
  lang: Language;
  /** The signer's name for the placeholder; `null` renders without one (only the benchmark does). */
  signerName: string | null;
}

/**
 * @example
 * const pdf = await renderCertificatePdf(certificateData(verdict, answers, catalogue), catalogue, { lang: 'nl', signerName });
 * const signed = await signPdf(pdf, identity);
 */
export async function renderCertificatePdf(data: CertificateData, catalogue: Catalogue, options: CertificateRenderOptions): Promise<Buffer> {
  const { lang } = options;
  const text = pdfText[lang];
  const words = verdictWords[lang];
  const issued = new Date(data.issuedAt);
  const doc = createPdf({ title: `${text.certificateTitle} ${data.number}`, subject: text.certificateSubtitle, author: data.issuer.firm, lang, creationDate: issued });
  const bytes = collectPdf(doc);
  const dwelling = `${data.dwelling.postcode} ${data.dwelling.houseNumber}`;

  doc.rect(0, 0, doc.page.width, 10).fill(COLOR.accent);
  doc.font(FONT.bold).fontSize(24).fillColor(COLOR.accent).text(text.certificateTitle, doc.page.margins.left, 56);
  doc.font(FONT.regular).fontSize(11).fillColor(COLOR.muted).text(text.certificateSubtitle);
  doc.moveDown(1);

  outcomeBand(
    doc,
    data.fullCoverage ? words.outcome['basis-op-orde'] : text.coverageTitle,
    text.statement(data.issuer.firm, dwelling, data.catalogue.version, formatDate(data.inspectedOn, lang), data.fullCoverage),
    OUTCOME_COLOR['basis-op-orde'],
  );

  table(
    doc,
    [
      { header: '', width: 0.4, bold: true },
      { header: '', width: 0.6 },
    ],
    [
      [text.certificateNumber, data.number],
      [text.inspectedOn, formatDate(data.inspectedOn, lang)],
      [text.issuedOn, formatDate(data.issuedOn, lang)],
      [text.validUntil, formatDate(data.validUntil, lang)],
      [text.firm, data.issuer.test ? `${data.issuer.firm} (${text.testIssuer})` : data.issuer.firm],
      [text.inspector, data.issuer.inspector],
      [text.dwelling, dwelling],
      [text.keurmerk, `${catalogue.metadata.title[lang]} (${data.catalogue.id} ${data.catalogue.version})`],
    ],
    { fontSize: 10, header: false },
  );

  // The QR code beside its own words: number and hash, so a paper copy can be matched to the PDF.
  const json = canonicalJson(data);
  const qrSize = 76;
  ensureSpace(doc, qrSize + 12);
  const qrTop = doc.y + 4;
  const left = doc.page.margins.left;
  drawQrCode(doc, certificateQrText(data.number, json), left, qrTop, qrSize);
  doc.font(FONT.regular).fontSize(8).fillColor(COLOR.muted);
  doc.text(text.qrExplanation(data.number, sha256Hex(json)), left + qrSize + 12, qrTop + 8, { width: contentWidth(doc) - qrSize - 12, lineGap: 1.5 });
  doc.font(FONT.regular).fontSize(10).fillColor(COLOR.text);
  doc.x = left;
  doc.y = Math.max(doc.y, qrTop + qrSize) + 4;

  heading(doc, text.coverage);
  const levelName = (id: string) => catalogue.levels.find((l) => l.id === id)?.name[lang] ?? id;
  table(
    doc,
    [
      { header: text.scenario, width: 0.62 },
      { header: text.level, width: 0.38 },
    ],
    data.coverage.map((c) => [catalogue.scenarios.find((s) => s.id === c.scenario)?.name[lang] ?? c.scenario, `${c.level} · ${levelName(c.level)}`]),
    { fontSize: 8 },
  );

  heading(doc, text.basicsMet);
  const byId = new Map(catalogue.requirements.map((r) => [r.id, r]));
  // In the catalogue's domain order (wonen first), as the report shows them.
  const rank = (id: string) => DOMAINS.findIndex((d) => d === byId.get(id)?.domain);
  const basics = [...data.basicsMet].sort((a, b) => rank(a) - rank(b));
  table(
    doc,
    [
      { header: text.domain, width: 0.2 },
      { header: text.id, width: 0.13, bold: true },
      { header: text.basic, width: 0.67 },
    ],
    basics.map((id) => {
      const requirement = byId.get(id);
      return [requirement ? words.domainName[requirement.domain] : '', id, requirement?.title[lang] ?? id];
    }),
    { fontSize: 8 },
  );

  paragraph(doc, text.certificateScope, { size: 8, color: COLOR.muted });
  doc.moveDown(0.3);
  paragraph(doc, text.verifyHint, { size: 8, color: COLOR.muted });
  paragraph(doc, `${text.catalogueHash}: ${data.catalogue.hash}`, { size: 7, color: COLOR.muted });
  paragraph(doc, text.certificateEmbedded(EMBEDDED_NAME.certificate), { size: 7, color: COLOR.muted });

  attachJson(doc, EMBEDDED_NAME.certificate, json, issued, 'PKVW-light certificate (RFC 8785 canonical JSON)');
  if (data.issuer.test) testMarks(doc, text.testBanner);
  pageFooters(doc, text.certificateFooter(data.number), text.page);
  if (options.signerName !== null) addSignaturePlaceholder(doc, { signingTime: issued, reason: text.signatureReason.certificate, name: options.signerName });
  doc.end();
  return bytes;
}

/** A TEST issuer's certificate says so at the top of every page, in red, so no one takes it for a real one. */
function testMarks(doc: PDFKit.PDFDocument, banner: string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const top = doc.page.margins.top;
    doc.page.margins.top = 0;
    doc.rect(0, 10, doc.page.width, 24).fill('#b00020');
    doc.font(FONT.bold).fontSize(11).fillColor('#ffffff').text(banner, 0, 16, { width: doc.page.width, align: 'center', lineBreak: false });
    doc.page.margins.top = top;
  }
}
