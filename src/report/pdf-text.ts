/**
 * Every label of the report and certificate PDFs, one map per language with the same keys. The
 * vocabulary shared with the text verdict (outcome, status, domain names) comes from
 * `verdictWords`, so the PDF and the terminal never name a status differently.
 */
import type { Language } from '../catalogue/catalogue-types.js';

export interface PdfText {
  reportTitle: Record<'self-check' | 'inspection', string>;
  reportSubject: string;
  catalogueVersion: (title: string, version: string) => string;
  atAGlance: string;
  outcome: string;
  assessedOn: string;
  role: string;
  risk: string;
  scenario: string;
  level: string;
  basis: string;
  domain: string;
  applicable: string;
  met: string;
  exempt: string;
  notMet: string;
  open: string;
  notApplicable: string;
  id: string;
  basic: string;
  status: string;
  why: string;
  applicableBasics: (applicable: number) => string;
  notApplicableBasics: (count: number) => string;
  noApplicableBasics: string;
  employerHeading: string;
  employerIntro: string;
  gapPlan: string;
  gapNone: string;
  measure: string;
  cost: string;
  costRange: (min: string, max: string) => string;
  noCost: string;
  total: string;
  withoutCost: (count: number) => string;
  accountability: string;
  catalogue: string;
  catalogueHash: string;
  answersHash: string;
  evaluatedAt: string;
  engine: string;
  embedded: (name: string) => string;
  certificateEmbedded: (name: string) => string;
  page: (page: number, pages: number) => string;
  reportFooter: (kind: string) => string;
  // certificate
  certificateTitle: string;
  certificateSubtitle: string;
  certificateNumber: string;
  issuedOn: string;
  inspectedOn: string;
  validUntil: string;
  testIssuer: string;
  testBanner: string;
  firm: string;
  inspector: string;
  dwelling: string;
  keurmerk: string;
  statement: (firm: string, dwelling: string, version: string, date: string, full: boolean) => string;
  coverageTitle: string;
  qrExplanation: (number: string, hash: string) => string;
  coverage: string;
  basicsMet: string;
  certificateScope: string;
  verifyHint: string;
  certificateFooter: (number: string) => string;
  signatureReason: Record<'report' | 'certificate', string>;
  appendix: string;
  name: string;
  detail: string;
}

const nl: PdfText = {
  reportTitle: { 'self-check': 'Rapport zelfcheck PKVW-light', inspection: 'Inspectierapport PKVW-light' },
  reportSubject: 'Basisbeveiliging van de woning van een decentrale bestuurder',
  catalogueVersion: (title, version) => `${title} · versie ${version}`,
  atAGlance: 'In één oogopslag',
  outcome: 'Uitkomst',
  assessedOn: 'Beoordeeld op',
  role: 'Functie',
  risk: 'Risicoprofiel',
  scenario: 'Scenario',
  level: 'Niveau',
  basis: 'Grond',
  domain: 'Domein',
  applicable: 'Van toepassing',
  met: 'Voldaan',
  exempt: 'Uitgezonderd',
  notMet: 'Niet voldaan',
  open: 'Open',
  notApplicable: 'Niet van toepassing',
  id: 'Nr.',
  basic: 'Basismaatregel',
  status: 'Status',
  why: 'Toelichting',
  applicableBasics: (n) => `Basismaatregelen die bij uw risico horen (${n})`,
  notApplicableBasics: (n) => `Niet van toepassing (${n}) en waarom`,
  noApplicableBasics: 'Bij uw risico hoort in dit domein geen basismaatregel.',
  employerHeading: 'Maatregelen van de werkgever',
  employerIntro: 'Ter informatie: deze maatregelen regelt de werkgever; ze tellen niet mee in het oordeel over de bestuurder.',
  gapPlan: 'Verbeterplan',
  gapNone: 'Er is niets te verbeteren: alle basismaatregelen die bij uw risico horen, zijn genomen of uitgezonderd.',
  measure: 'Wat te doen',
  cost: 'Indicatie kosten',
  costRange: (min, max) => (min === max ? min : `${min} – ${max}`),
  noCost: 'geen indicatie',
  total: 'Totaal (indicatie)',
  withoutCost: (n) => `${n} ${n === 1 ? 'maatregel heeft' : 'maatregelen hebben'} geen kostenindicatie in de catalogus.`,
  accountability: 'Verantwoording',
  catalogue: 'Catalogus',
  catalogueHash: 'Catalogushash (SHA-256)',
  answersHash: 'Antwoordenhash (SHA-256)',
  evaluatedAt: 'Beoordeeld op (UTC)',
  engine: 'Programma',
  embedded: (name) => `Het volledige oordeel zit als ${name} in dit PDF-bestand (PDF/A-3, relatie Data).`,
  certificateEmbedded: (name) => `De gegevens van dit certificaat zitten als ${name} in dit PDF-bestand, onder de handtekening.`,
  page: (page, pages) => `pagina ${page} van ${pages}`,
  reportFooter: (kind) => `PKVW-light · ${kind}`,
  certificateTitle: 'Certificaat PKVW-light',
  certificateSubtitle: 'Licht certificaat Veilig Wonen voor decentrale bestuurders',
  certificateNumber: 'Certificaatnummer',
  issuedOn: 'Datum van afgifte',
  inspectedOn: 'Datum van inspectie',
  testIssuer: 'TEST-uitgever',
  testBanner: 'TEST — geen echt certificaat: ondertekend door een TEST-uitgever',
  validUntil: 'Geldig tot en met',
  firm: 'Afgegeven door',
  inspector: 'Inspecteur',
  dwelling: 'Woning (postcode, huisnummer)',
  keurmerk: 'Keurmerk',
  statement: (firm, dwelling, version, date, full) =>
    `${firm} verklaart dat de woning ${dwelling} op ${date} is geïnspecteerd en dat de basismaatregelen van PKVW-light ${version} die bij ${full ? 'alle dreigingsscenario\'s van het vastgestelde risico' : 'de hieronder genoemde dreigingsscenario\'s'} horen, op orde zijn, met het bewijs dat de catalogus vraagt.`,
  coverageTitle: 'Op orde voor de genoemde scenario\'s',
  coverage: 'Gedekte dreigingsscenario\'s',
  qrExplanation: (number, hash) =>
    `De QR-code bevat het certificaatnummer ${number} en de SHA-256 van de ingesloten gegevens (certificate.json):\n${hash}\nZo hoort een papieren kopie bij precies dit ondertekende PDF-bestand; pkvw-light verify toont dezelfde hash.`,
  basicsMet: 'Voldane basismaatregelen voor deze scenario\'s',
  certificateScope:
    'Dit certificaat noemt alleen wat op orde is. Het is geen beveiligingsadvies en zegt niets over dreigingen boven het niveau van dit keurmerk.',
  verifyHint: 'Echtheid controleren: pkvw-light verify certificaat.pdf --trust <map met de CA van het bedrijf>',
  certificateFooter: (number) => `PKVW-light · certificaat ${number}`,
  signatureReason: { report: 'Rapport PKVW-light', certificate: 'Licht certificaat PKVW-light' },
  appendix: 'Bijlage: verwijzingen',
  name: 'Naam',
  detail: 'Niveau of status',
};

const en: PdfText = {
  reportTitle: { 'self-check': 'PKVW-light self-check report', inspection: 'PKVW-light inspection report' },
  reportSubject: 'Basic security of the home of a local administrator',
  catalogueVersion: (title, version) => `${title} · version ${version}`,
  atAGlance: 'At a glance',
  outcome: 'Outcome',
  assessedOn: 'Assessed on',
  role: 'Office',
  risk: 'Risk profile',
  scenario: 'Scenario',
  level: 'Level',
  basis: 'Basis',
  domain: 'Domain',
  applicable: 'Applicable',
  met: 'Met',
  exempt: 'Exempt',
  notMet: 'Not met',
  open: 'Open',
  notApplicable: 'Not applicable',
  id: 'No.',
  basic: 'Basic measure',
  status: 'Status',
  why: 'Explanation',
  applicableBasics: (n) => `Basic measures that go with your risk (${n})`,
  notApplicableBasics: (n) => `Not applicable (${n}) and why`,
  noApplicableBasics: 'No basic measure in this domain goes with your risk.',
  employerHeading: "The employer's measures",
  employerIntro: 'For information: the employer arranges these measures; they do not count in the verdict on the administrator.',
  gapPlan: 'Improvement plan',
  gapNone: 'Nothing to improve: every basic measure that goes with your risk is in place or exempted.',
  measure: 'What to do',
  cost: 'Cost indication',
  costRange: (min, max) => (min === max ? min : `${min} – ${max}`),
  noCost: 'no indication',
  total: 'Total (indication)',
  withoutCost: (n) => `${n} ${n === 1 ? 'measure has' : 'measures have'} no cost indication in the catalogue.`,
  accountability: 'Accountability',
  catalogue: 'Catalogue',
  catalogueHash: 'Catalogue hash (SHA-256)',
  answersHash: 'Answers hash (SHA-256)',
  evaluatedAt: 'Assessed at (UTC)',
  engine: 'Program',
  embedded: (name) => `The full verdict is embedded in this PDF as ${name} (PDF/A-3, relationship Data).`,
  certificateEmbedded: (name) => `The data of this certificate is embedded in this PDF as ${name}, under the signature.`,
  page: (page, pages) => `page ${page} of ${pages}`,
  reportFooter: (kind) => `PKVW-light · ${kind}`,
  certificateTitle: 'PKVW-light certificate',
  certificateSubtitle: 'Light Safe Living certificate for local administrators',
  certificateNumber: 'Certificate number',
  issuedOn: 'Date of issue',
  inspectedOn: 'Date of inspection',
  testIssuer: 'TEST issuer',
  testBanner: 'TEST — not a real certificate: signed by a TEST issuer',
  validUntil: 'Valid until',
  firm: 'Issued by',
  inspector: 'Inspector',
  dwelling: 'Dwelling (postcode, house number)',
  keurmerk: 'Keurmerk',
  statement: (firm, dwelling, version, date, full) =>
    `${firm} declares that the dwelling ${dwelling} was inspected on ${date} and that the basic measures of PKVW-light ${version} that go with ${full ? 'every threat scenario of the established risk' : 'the threat scenarios named below'} are in order, with the evidence the catalogue demands.`,
  coverageTitle: 'In order for the scenarios named',
  coverage: 'Threat scenarios covered',
  qrExplanation: (number, hash) =>
    `The QR code holds the certificate number ${number} and the SHA-256 of the embedded data (certificate.json):\n${hash}\nSo a paper copy belongs to exactly this signed PDF; pkvw-light verify shows the same hash.`,
  basicsMet: 'Basic measures met for these scenarios',
  certificateScope:
    'This certificate names only what is in order. It is not security advice and says nothing about threats beyond the level of this keurmerk.',
  verifyHint: 'Check authenticity: pkvw-light verify certificate.pdf --trust <folder with the firm\'s CA>',
  certificateFooter: (number) => `PKVW-light · certificate ${number}`,
  signatureReason: { report: 'PKVW-light report', certificate: 'PKVW-light light certificate' },
  appendix: 'Appendix: references',
  name: 'Name',
  detail: 'Level or status',
};

export const pdfText: Record<Language, PdfText> = { nl, en };
