import type { Domain, EvidenceLevel, Language, LocalizedText, QuestionSection, QuestionType, Responsibility } from '../catalogue/catalogue-types.js';

/** The fixed words of the generated catalogue documents, per language. */
export interface DocumentLabels {
  contents: string;
  metadata: string;
  id: string;
  version: string;
  status: Record<'draft' | 'adopted', string>;
  statusLabel: string;
  effectiveDate: string;
  publisher: string;
  languages: string;
  certificateValidity: string;
  months: (n: number) => string;
  hash: string;
  generatedNote: string;
  riskScale: string;
  riskScaleIntro: string;
  level: string;
  descriptionLabel: string;
  keurmerk: string;
  certifiable: string;
  notCertifiable: string;
  scenarios: string;
  domainsLabel: string;
  baseline: string;
  riskRules: string;
  riskRulesIntro: string;
  raisesTo: (scenarios: string, level: string) => string;
  when: string;
  because: string;
  adviceFirst: string;
  adviceFirstText: string;
  matrix: string;
  matrixIntro: string;
  requirement: string;
  requirementsIn: (domain: string) => string;
  responsibilityLabel: string;
  appliesFrom: string;
  appliesFromLink: (scenario: string, level: string) => string;
  onlyWhen: string;
  metWhen: string;
  noMetWhen: string;
  evidenceLabel: string;
  norms: string;
  cost: string;
  costRange: (min: string, max: string) => string;
  costClassLabel: string;
  costKind: { 'no-purchase': string; craftsman: string; 'known-amount': (amount: string) => string };
  paidBy: Record<Responsibility, string>;
  quoteNote: (amount: string) => string;
  measureLabel: string;
  pkvwCoreLabel: string;
  pkvwCoreText: string;
  refusalLabel: string;
  refusalText: string;
  cutOffLabel: string;
  cutOffText: (year: number) => string;
  vatIncl: string;
  vatExcl: string;
  rationale: string;
  remedy: string;
  exceptionsLabel: string;
  sourcesLabel: string;
  exceptions: string;
  claimableWhen: string;
  justification: string;
  questions: string;
  question: string;
  questionsIntro: string;
  askedWhen: string;
  answerType: string;
  options: string;
  sources: string;
  sourceKind: Record<'primary' | 'secondary' | 'proposal', string>;
  domain: Record<Domain, string>;
  section: Record<QuestionSection, string>;
  responsibility: Record<Responsibility, string>;
  evidence: Record<EvidenceLevel, string>;
  questionType: Record<QuestionType, string>;
  yes: string;
  no: string;
  none: string;
}

const nl: DocumentLabels = {
  contents: 'Inhoud',
  metadata: 'Over deze catalogus',
  id: 'Kenmerk',
  version: 'Versie',
  status: { draft: 'concept', adopted: 'vastgesteld' },
  statusLabel: 'Status',
  effectiveDate: 'Geldig vanaf',
  publisher: 'Uitgever',
  languages: 'Talen',
  certificateValidity: 'Geldigheid licht certificaat',
  months: (n) => `${n} maanden`,
  hash: 'Vingerafdruk (SHA-256)',
  generatedNote: 'Dit document is gegenereerd uit de catalogus (spec/*.yaml) met `pkvw-light spec docs`. Wijzig de catalogus, niet dit document.',
  riskScale: 'Risicoschaal',
  riskScaleIntro: 'De niveaus van laag naar hoog. Een eis geldt wanneer een gekoppeld scenario het minimumniveau van de eis bereikt.',
  level: 'Niveau',
  descriptionLabel: 'Omschrijving',
  keurmerk: 'Keurmerk',
  certifiable: 'binnen het keurmerk',
  notCertifiable: 'buiten het keurmerk: doorverwijzen naar politie/OM',
  scenarios: "Dreigingsscenario's",
  domainsLabel: 'Domeinen',
  baseline: 'Basisniveau',
  riskRules: 'Risicoregels',
  riskRulesIntro: 'Elke regel verhoogt een of meer scenario\'s naar een niveau wanneer de voorwaarde geldt. Het hoogste niveau van alle geldende regels telt.',
  raisesTo: (scenarios, level) => `verhoogt ${scenarios} naar ${level}`,
  when: 'Wanneer',
  because: 'Waarom',
  adviceFirst: 'Eerst advies',
  adviceFirstText: "het niveau is voorlopig tot er een CCV/BVA-beveiligingsadvies is; tot dan bekostigt de werkgever niets tegen deze scenario's en dekt geen certificaat ze",
  matrix: 'Welke eis bij welk scenario',
  matrixIntro: 'Per eis het niveau vanaf waar die eis geldt voor elk scenario. Een leeg vak: de eis hoort niet bij dat scenario.',
  requirement: 'Eis',
  requirementsIn: (domain) => `Eisen: ${domain}`,
  responsibilityLabel: 'Verantwoordelijk',
  appliesFrom: 'Geldt vanaf',
  appliesFromLink: (scenario, level) => `${scenario}: vanaf niveau ${level}`,
  onlyWhen: 'Alleen als',
  metWhen: 'Voldaan als',
  noMetWhen: 'beoordeeld door de werkgever; telt niet mee in het oordeel over de bestuurder',
  evidenceLabel: 'Bewijs voor een certificaat',
  norms: 'Normen',
  cost: 'Kostenindicatie',
  costRange: (min, max) => `${min} tot ${max} (incl. btw)`,
  costClassLabel: 'Kosten en wie betaalt',
  costKind: { 'no-purchase': 'geen aanschaf', craftsman: 'een vakman doet het; de prijs volgt uit de offerte', 'known-amount': (amount) => amount },
  paidBy: { bestuurder: 'betaald door de bestuurder', werkgever: 'kosteloos voor de bestuurder: de werkgever betaalt' },
  quoteNote: (amount) => `een PKVW-bedrijf geeft boven ${amount} incl. btw een schriftelijke offerte`,
  measureLabel: 'Maatregel tegen',
  pkvwCoreLabel: 'PKVW-kern',
  pkvwCoreText: 'ja: hiervan kan niet gemotiveerd worden afgezien',
  refusalLabel: 'Gemotiveerd afzien',
  refusalText: 'mogelijk, met een reden die het ambt raakt',
  cutOffLabel: 'Grens (keuze van PKVW-light)',
  cutOffText: (year) => `vergunning verleend in ${year} of later`,
  vatIncl: 'incl. btw',
  vatExcl: 'excl. btw',
  rationale: 'Onderbouwing',
  remedy: 'Wat te doen',
  exceptionsLabel: 'Mogelijke uitzonderingen',
  sourcesLabel: 'Bronnen',
  exceptions: 'Uitzonderingen',
  claimableWhen: 'Alleen in te roepen als',
  justification: 'De onderbouwing moet vermelden',
  questions: 'Vragen',
  question: 'Vraag',
  questionsIntro: 'De vragen van de zelfcheck, per deel, in de volgorde waarin ze gesteld worden.',
  askedWhen: 'Alleen gesteld als',
  answerType: 'Antwoord',
  options: 'Keuzes',
  sources: 'Bronnen',
  sourceKind: { primary: 'primaire bron', secondary: 'secundaire bron', proposal: 'voorstel' },
  domain: { wonen: 'Wonen', werk: 'Werk', verplaatsen: 'Verplaatsen', informatie: 'Informatie' },
  section: { intake: 'Intake', wonen: 'Wonen', werk: 'Werk', verplaatsen: 'Verplaatsen', informatie: 'Informatie' },
  responsibility: { bestuurder: 'de bestuurder (eigenaar)', werkgever: 'de werkgever' },
  evidence: { 'self-declared': 'eigen verklaring', document: 'document (foto, factuur, certificaat)', inspected: 'ter plaatse gecontroleerd' },
  questionType: { boolean: 'ja/nee', choice: 'één keuze', multi: 'meerdere keuzes', number: 'getal' },
  yes: 'ja',
  no: 'nee',
  none: 'geen',
};

const en: DocumentLabels = {
  contents: 'Contents',
  metadata: 'About this catalogue',
  id: 'Identifier',
  version: 'Version',
  status: { draft: 'draft', adopted: 'adopted' },
  statusLabel: 'Status',
  effectiveDate: 'Effective from',
  publisher: 'Publisher',
  languages: 'Languages',
  certificateValidity: 'Light certificate validity',
  months: (n) => `${n} months`,
  hash: 'Fingerprint (SHA-256)',
  generatedNote: 'This document is generated from the catalogue (spec/*.yaml) with `pkvw-light spec docs`. Change the catalogue, not this document.',
  riskScale: 'Risk scale',
  riskScaleIntro: 'The levels from low to high. A requirement applies when a linked scenario reaches the requirement\'s minimum level.',
  level: 'Level',
  descriptionLabel: 'Description',
  keurmerk: 'Keurmerk',
  certifiable: 'within the keurmerk',
  notCertifiable: 'beyond the keurmerk: refer to the police/public prosecutor',
  scenarios: 'Threat scenarios',
  domainsLabel: 'Domains',
  baseline: 'Baseline level',
  riskRules: 'Risk rules',
  riskRulesIntro: 'Each rule raises one or more scenarios to a level when its condition holds. The highest level of all rules that hold wins.',
  raisesTo: (scenarios, level) => `raises ${scenarios} to ${level}`,
  when: 'When',
  because: 'Why',
  adviceFirst: 'Advice first',
  adviceFirstText: 'the level is provisional until there is a CCV/BVA security advice; until then the employer funds nothing against these scenarios and no certificate covers them',
  matrix: 'Which requirement serves which scenario',
  matrixIntro: 'For each requirement, the level from which it applies for each scenario. An empty cell: the requirement does not serve that scenario.',
  requirement: 'Requirement',
  requirementsIn: (domain) => `Requirements: ${domain}`,
  responsibilityLabel: 'Responsible',
  appliesFrom: 'Applies from',
  appliesFromLink: (scenario, level) => `${scenario}: from level ${level}`,
  onlyWhen: 'Only when',
  metWhen: 'Met when',
  noMetWhen: 'judged by the employer; not part of the verdict on the administrator',
  evidenceLabel: 'Evidence for a certificate',
  norms: 'Norms',
  cost: 'Cost indication',
  costRange: (min, max) => `${min} to ${max} (incl. VAT)`,
  costClassLabel: 'Cost and who pays',
  costKind: { 'no-purchase': 'no purchase', craftsman: 'a craftsman does it; the price follows from the quote', 'known-amount': (amount) => amount },
  paidBy: { bestuurder: 'paid by the administrator', werkgever: 'free for the administrator: the employer pays' },
  quoteNote: (amount) => `a PKVW firm gives a written quote above ${amount} incl. VAT`,
  measureLabel: 'Measure against',
  pkvwCoreLabel: 'PKVW core',
  pkvwCoreText: 'yes: no reasoned refusal is possible',
  refusalLabel: 'Reasoned refusal',
  refusalText: 'possible, for a reason that concerns the office',
  cutOffLabel: "Cut-off (PKVW-light's choice)",
  cutOffText: (year) => `permit granted in ${year} or later`,
  vatIncl: 'incl. VAT',
  vatExcl: 'excl. VAT',
  rationale: 'Rationale',
  remedy: 'What to do',
  exceptionsLabel: 'Possible exceptions',
  sourcesLabel: 'Sources',
  exceptions: 'Exceptions',
  claimableWhen: 'Only claimable when',
  justification: 'The justification must state',
  questions: 'Questions',
  question: 'Question',
  questionsIntro: 'The questions of the self-check, per part, in the order they are asked.',
  askedWhen: 'Only asked when',
  answerType: 'Answer',
  options: 'Options',
  sources: 'Sources',
  sourceKind: { primary: 'primary source', secondary: 'secondary source', proposal: 'proposal' },
  domain: { wonen: 'Home', werk: 'Work', verplaatsen: 'Travel', informatie: 'Information' },
  section: { intake: 'Intake', wonen: 'Home', werk: 'Work', verplaatsen: 'Travel', informatie: 'Information' },
  responsibility: { bestuurder: 'the administrator (owner)', werkgever: 'the employer' },
  evidence: { 'self-declared': 'own statement', document: 'document (photo, invoice, certificate)', inspected: 'checked on site' },
  questionType: { boolean: 'yes/no', choice: 'one choice', multi: 'several choices', number: 'number' },
  yes: 'yes',
  no: 'no',
  none: 'none',
};

export const documentLabels: Record<Language, DocumentLabels> = { nl, en };

/** The text in the asked language. */
export function localized(text: LocalizedText, lang: Language): string {
  return text[lang];
}
