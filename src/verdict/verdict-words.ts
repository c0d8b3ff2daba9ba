/**
 * Every sentence the verdict is told in, one map per language with the same keys, so the Dutch and
 * English explanation always say the same thing. Used by the explanation and the text report.
 */
import type { Language } from '../catalogue/catalogue-types.js';
import type { Outcome, RequirementStatus } from './verdict-types.js';

export interface VerdictWords {
  yes: string;
  no: string;
  notAnswered: string;
  and: string;
  scenarioAt: (scenario: string, level: string) => string;
  appliesBecause: (reasons: string) => string;
  appliesBecauseLink: (scenarioAt: string, minLevel: string) => string;
  basisBaseline: string;
  basisRule: (because: string) => string;
  basisAdvice: (reference: string) => string;
  belowLevel: (links: string) => string;
  belowLevelLink: (scenarioAt: string, minLevel: string) => string;
  conditionNotHolding: (answers: string) => string;
  met: (answers: string) => string;
  notMet: (remedy: string) => string;
  unanswered: (questions: string) => string;
  exempt: (exception: string, justification: string) => string;
  context: string;
  evidence: (given: string, required: string, sufficient: boolean) => string;
  evidenceLevel: Record<'self-declared' | 'document' | 'inspected', string>;
  status: Record<RequirementStatus, string>;
  outcome: Record<Outcome, string>;
  outcomeMeaning: Record<Outcome, string>;
  title: (kind: string) => string;
  kind: Record<'self-check' | 'inspection', string>;
  catalogueLine: (id: string, version: string, date: string) => string;
  /** The CCV/BVA advice the verdict followed, so a reader knows which one (its reference and date). */
  adviceFollowed: (reference: string, date: string | undefined) => string;
  certifiable: string;
  notCertifiable: string;
  selfCheckNoCertificate: string;
  riskHeading: string;
  domainHeading: (domain: string, applicable: number, met: number, exempt: number, notMet: number, unanswered: number) => string;
  notApplicableList: (titles: string) => string;
  gapHeading: string;
  gapNone: string;
  gapTotal: (min: string, max: string) => string;
  gapWithoutCost: (count: number) => string;
  gapExceptions: (ids: string) => string;
  gapAnswerFirst: string;
  free: string;
  employerHeading: string;
  employerNone: string;
  domainName: Record<'wonen' | 'werk' | 'verplaatsen' | 'informatie', string>;
  appliesToEveryone: (scenarios: string) => string;
  aboutHome: string;
  fundingTitle: string;
  blockedTitle: string;
  coverageTitle: string;
  homeTitle: string;
  claimed: (exception: string, missing: string) => string;
  claimGap: { evidenceLevel: (required: string) => string; reference: string; field: Record<string, string> };
  refused: (reason: string) => string;
  waived: (reference: string) => string;
  hardCondition: string;
  fundingHeading: string;
  fundingNone: string;
  blockedHeading: string;
  fundable: string;
  against: (scenarios: string) => string;
  firstNeeded: string;
  blockerAnswer: string;
  blockerProve: string;
  blockerRefused: string;
  blockerHard: string;
  measureCertifiable: string;
  noMeasures: string;
  coverageNote: string;
  coverage: Record<'in-order' | 'not-in-order' | 'open', string>;
  kaderNote: string;
  costNoPurchase: string;
  costCraftsman: string;
  costQuote: (amount: string, vat: string) => string;
  costKnown: (amount: string, vat: string) => string;
  costRange: (min: string, max: string) => string;
  costUnknown: string;
  paidByEmployer: string;
  vat: Record<'incl' | 'excl', string>;
  gapTotalPriced: (min: string, max: string) => string;
  gapTotalExcl: (amount: string) => string;
  gapNoPurchase: (count: number) => string;
  gapHome: string;
  gapBlocks: (measures: string) => string;
  gapChoices: (titles: string) => string;
  referralNext: string;
  referralScenarios: (scenarios: string) => string;
  adviceFirstHeading: string;
  adviceFirst: (reasons: string, scenarios: string) => string;
  adviceFirstProvisional: string;
  blockerAdvice: (scenarios: string) => string;
  coverageAwaitingAdvice: string;
  appendixHeading: string;
  appendixIntro: string;
  appendixScenarios: string;
  appendixRequirements: string;
  appendixExceptions: string;
  appendixRule: (rule: string) => string;
  appendixBlocked: string;
}

const nl: VerdictWords = {
  yes: 'ja',
  no: 'nee',
  notAnswered: 'niet beantwoord',
  and: ', en ',
  scenarioAt: (scenario, level) => `het risico ‘${scenario}’ op niveau ${level} staat`,
  appliesBecause: (reasons) => `Geldt omdat ${reasons}.`,
  appliesBecauseLink: (scenarioAt, minLevel) => `${scenarioAt} (minimaal ${minLevel})`,
  basisBaseline: 'het basisniveau voor elke bestuurder',
  basisRule: (because) => `uit de intake: ${because}`,
  basisAdvice: (reference) => `het beveiligingsadvies ${reference}`,
  belowLevel: (links) => `Geldt niet: ${links}.`,
  belowLevelLink: (scenarioAt, minLevel) => `${scenarioAt}, onder het minimum ${minLevel}`,
  conditionNotHolding: (answers) => `Geldt niet voor deze woning: de voorwaarde is niet vervuld (${answers}).`,
  met: (answers) => `Voldaan (${answers}).`,
  notMet: (remedy) => `Niet voldaan. Wat te doen: ${remedy}`,
  unanswered: (questions) => `Nog niet te beoordelen: beantwoord ${questions}.`,
  exempt: (exception, justification) => `Uitgezonderd via ${exception}. Onderbouwing: ${justification}`,
  context: 'Maatregel van de werkgever: ter informatie, telt niet mee in het oordeel over de bestuurder.',
  evidence: (given, required, sufficient) =>
    `Bewijs: ${given}; vereist voor een certificaat: ${required}${sufficient ? '.' : ' — onvoldoende voor een certificaat.'}`,
  evidenceLevel: { 'self-declared': 'eigen verklaring', document: 'document', inspected: 'inspectie ter plaatse' },
  status: {
    met: 'voldaan',
    'not-met': 'niet voldaan',
    'not-applicable': 'niet van toepassing',
    exempt: 'uitgezonderd',
    unanswered: 'open',
    claimed: 'geclaimd, nog niet bewezen',
    refused: 'gemotiveerd afgezien',
    waived: 'niet nodig volgens advies',
    context: 'werkgever',
  },
  outcome: { 'basis-op-orde': 'Basis op orde', 'niet-op-orde': 'Basis niet op orde', onvolledig: 'Onvolledig', doorverwijzen: 'Doorverwijzen' },
  outcomeMeaning: {
    'basis-op-orde': 'De basis van uw woning die bij uw risico hoort, is op orde: genomen, terecht uitgezonderd of volgens het advies niet nodig.',
    'niet-op-orde':
      'Aan uw woning ontbreekt nog een basismaatregel die bij uw risico hoort, of een harde eis uit het beveiligingsadvies. Een basismaatregel blokkeert alleen de maatregelen tegen hetzelfde risico; het verbeterplan zegt wat er nodig is.',
    onvolledig: 'Aan uw woning ontbreekt niets dat al bekend is, maar er zijn nog vragen open of een uitzondering is nog niet bewezen.',
    doorverwijzen:
      'Uw risico is hoger dan wat met basismaatregelen te regelen is. Neem contact op met uw werkgever en de politie (Bewaken en Beveiligen); dit keurmerk oordeelt hier niet.',
  },
  title: (kind) => `PKVW-light — oordeel (${kind})`,
  kind: { 'self-check': 'zelfcheck', inspection: 'inspectie' },
  catalogueLine: (id, version, date) => `Catalogus ${id} ${version} · beoordeeld op ${date}`,
  adviceFollowed: (reference, date) => `Volgt het beveiligingsadvies ${reference}${date ? `, vastgesteld op ${date}` : ''}.`,
  certifiable: 'Het bewijs volstaat: een licht certificaat kan worden afgegeven.',
  notCertifiable: 'Nog geen certificaat: niet elke maatregel is met het vereiste bewijs vastgesteld.',
  selfCheckNoCertificate: 'Dit is een zelfcheck, geen certificaat: een PKVW-bedrijf moet de woning inspecteren.',
  riskHeading: 'RISICOPROFIEL',
  domainHeading: (domain, applicable, met, exempt, notMet, unanswered) =>
    `${domain.toUpperCase()} — ${applicable} van toepassing: ${[`${met} voldaan`, exempt > 0 ? `${exempt} uitgezonderd` : '', notMet > 0 ? `${notMet} niet voldaan` : '', unanswered > 0 ? `${unanswered} open of geclaimd` : ''].filter(Boolean).join(', ')}`,
  notApplicableList: (titles) => `Niet van toepassing: ${titles}`,
  gapHeading: 'VERBETERPLAN',
  gapNone: 'Niets te doen: alle basismaatregelen zijn op orde.',
  gapTotal: (min, max) => `Totaal indicatief: ${min} – ${max} (incl. btw)`,
  gapWithoutCost: (count) => `${count} ${count === 1 ? 'maatregel' : 'maatregelen'} zonder prijs`,
  gapExceptions: (ids) => `of beroep op uitzondering ${ids}`,
  gapAnswerFirst: 'Eerst nog beantwoorden (zie hierboven)',
  free: 'kosteloos',
  employerHeading: 'MAATREGELEN VAN DE WERKGEVER (ter informatie)',
  employerNone: 'Geen.',
  domainName: { wonen: 'Wonen', werk: 'Werk', verplaatsen: 'Verplaatsen', informatie: 'Informatie' },
  appliesToEveryone: (scenarios) => `Geldt voor iedere bestuurder (basis tegen ${scenarios}).`,
  aboutHome: 'woning',
  fundingTitle: 'Wat uw werkgever nu kan bekostigen',
  blockedTitle: 'Wat eerst nodig is',
  coverageTitle: 'Dekking per scenario',
  homeTitle: 'Uw woning (lid 5b van de Regeling)',
  claimed: (exception, missing) => `Beroep op ${exception} is geclaimd maar nog niet bewezen; ontbreekt: ${missing}. Tot het bewijs er is, telt het niet als uitzondering.`,
  claimGap: {
    evidenceLevel: (required) => `bewijs op niveau ${required}`,
    reference: 'de verwijzing naar het document',
    field: { monument: 'register, monumentnummer en de betrokken elementen', newBuild: 'het jaar waarin de (omgevings)vergunning is verleend', alternative: 'de alternatieve maatregel, het scenario en de verklaring van een PKVW-bedrijf of de Commissie', landlordRefusal: 'de schriftelijke weigering van verhuurder of VvE' },
  },
  refused: (reason) => `Gemotiveerd afgezien: de eigen keuze en het eigen risico van de bestuurder; de werkgever kan daar niet op worden aangesproken. Reden: ${reason}`,
  waived: (reference) => `Niet nodig volgens beveiligingsadvies ${reference}.`,
  hardCondition: 'Het beveiligingsadvies maakt dit een harde eis vóór de geadviseerde maatregelen.',
  fundingHeading: 'WAT UW WERKGEVER NU KAN BEKOSTIGEN',
  fundingNone: 'Nog geen maatregel: eerst is hieronder iets nodig.',
  blockedHeading: 'WAT EERST NODIG IS',
  fundable: 'kan nu worden bekostigd',
  against: (scenarios) => `tegen: ${scenarios}`,
  firstNeeded: 'Eerst nodig (goedkoopste eerst):',
  blockerAnswer: 'beantwoord eerst de vraag',
  blockerProve: 'maak het beroep op de uitzondering af',
  blockerRefused: 'u heeft hiervan gemotiveerd afgezien; heroverweeg dat, of laat het beveiligingsadvies zeggen of ervan kan worden afgeweken',
  blockerHard: 'harde eis van het advies',
  measureCertifiable: 'Een licht certificaat kan de scenario’s van deze maatregel dekken.',
  noMeasures: 'De catalogus noemt voor uw risico geen maatregelen van de werkgever.',
  coverageNote: 'werk, verplaatsen en informatie zijn een kader: ze blokkeren alleen de maatregelen van hun eigen scenario’s',
  coverage: { 'in-order': 'in orde', 'not-in-order': 'niet in orde', open: 'nog open' },
  kaderNote: 'Dit oordeel gaat over de woning (lid 5b van de Regeling), met de harde eisen van het advies.',
  costNoPurchase: 'geen aanschafkosten',
  costCraftsman: 'vakman nodig; de prijs volgt uit de offerte',
  costQuote: (amount, vat) => `boven ${amount} ${vat} geeft een PKVW-bedrijf een schriftelijke offerte`,
  costKnown: (amount, vat) => `${amount} ${vat}`,
  costRange: (min, max) => `indicatief ${min} – ${max} incl. btw`,
  costUnknown: 'prijs onbekend',
  paidByEmployer: 'betaalt de werkgever, kosteloos voor u',
  vat: { incl: 'incl. btw', excl: 'excl. btw' },
  gapTotalPriced: (min, max) => `Met prijs: ${min} – ${max} (incl. btw)`,
  gapTotalExcl: (amount) => `plus ${amount} excl. btw`,
  gapNoPurchase: (count) => `${count} ${count === 1 ? 'maatregel' : 'maatregelen'} zonder aanschafkosten`,
  gapHome: 'woning',
  gapBlocks: (measures) => `blokkeert: ${measures}`,
  gapChoices: (titles) => `Gemotiveerd afgezien (uw eigen keuze): ${titles}`,
  referralNext:
    'Wat nu: neem contact op met uw werkgever en de politie (Bewaken en Beveiligen). Dit keurmerk geeft hier geen eisen, geen plan en geen kosten: uw beveiliging loopt via het stelsel.',
  referralScenarios: (scenarios) => `Boven wat dit keurmerk beoordeelt: ${scenarios}.`,
  adviceFirstHeading: 'VRAAG EERST EEN BEVEILIGINGSADVIES AAN',
  adviceFirst: (reasons, scenarios) =>
    `${reasons} Vraag daarom eerst een beveiligingsadvies aan bij het CCV: een adviseur bekijkt in een gesprek bij u thuis de risico's, en de Beveiligingsautoriteit van BZK stelt het advies vast. Uw werkgever bekostigt de maatregelen uit dat advies; tot het er is, kan uw werkgever niets bekostigen tegen: ${scenarios}.`,
  adviceFirstProvisional: 'Voorlopig: het beveiligingsadvies stelt de risiconiveaus vast, en daarmee welke basiseisen gelden.',
  blockerAdvice: (scenarios) => `Eerst een vastgesteld beveiligingsadvies van het CCV (${scenarios}): vraag het aan; de werkgever bekostigt wat het advies noemt`,
  coverageAwaitingAdvice: 'wacht op het beveiligingsadvies',
  appendixHeading: 'BIJLAGE: VERWIJZINGEN',
  appendixIntro: 'Voor het PKVW-bedrijf en de werkgever: de nummers in de catalogus van alles wat hierboven met naam staat.',
  appendixScenarios: "Scenario's (niveau, waarom)",
  appendixRequirements: 'Eisen en maatregelen (status)',
  appendixExceptions: 'Uitzonderingen',
  appendixRule: (rule) => `intakeregel ${rule}`,
  appendixBlocked: 'nog niet te bekostigen',
};

const en: VerdictWords = {
  yes: 'yes',
  no: 'no',
  notAnswered: 'not answered',
  and: ', and ',
  scenarioAt: (scenario, level) => `the risk ‘${scenario}’ is at level ${level}`,
  appliesBecause: (reasons) => `Applies because ${reasons}.`,
  appliesBecauseLink: (scenarioAt, minLevel) => `${scenarioAt} (minimum ${minLevel})`,
  basisBaseline: 'the baseline for every administrator',
  basisRule: (because) => `from the intake: ${because}`,
  basisAdvice: (reference) => `security advice ${reference}`,
  belowLevel: (links) => `Does not apply: ${links}.`,
  belowLevelLink: (scenarioAt, minLevel) => `${scenarioAt}, below the minimum ${minLevel}`,
  conditionNotHolding: (answers) => `Does not apply to this home: its condition does not hold (${answers}).`,
  met: (answers) => `Met (${answers}).`,
  notMet: (remedy) => `Not met. What to do: ${remedy}`,
  unanswered: (questions) => `Cannot be judged yet: answer ${questions}.`,
  exempt: (exception, justification) => `Exempt through ${exception}. Justification: ${justification}`,
  context: "Employer's measure: shown for context, not part of the verdict on the administrator.",
  evidence: (given, required, sufficient) =>
    `Evidence: ${given}; required for a certificate: ${required}${sufficient ? '.' : ' — not enough for a certificate.'}`,
  evidenceLevel: { 'self-declared': 'self-declared', document: 'document', inspected: 'inspected on site' },
  status: {
    met: 'met',
    'not-met': 'not met',
    'not-applicable': 'not applicable',
    exempt: 'exempt',
    unanswered: 'open',
    claimed: 'claimed, not yet proven',
    refused: 'reasoned refusal',
    waived: 'not needed per the advice',
    context: 'employer',
  },
  outcome: { 'basis-op-orde': 'Basics in order', 'niet-op-orde': 'Basics not in order', onvolledig: 'Incomplete', doorverwijzen: 'Refer on' },
  outcomeMeaning: {
    'basis-op-orde': 'The basics of your home that go with your risk are in order: in place, rightly exempted, or not needed according to the advice.',
    'niet-op-orde':
      'Your home still lacks a basic measure that goes with your risk, or a hard condition of the security advice is not met. A basic blocks only the measures against that same risk; the improvement plan says what is needed.',
    onvolledig: 'Nothing known is missing at your home, but questions are still open or an exception is not yet proven.',
    doorverwijzen:
      'Your risk is higher than basic measures can handle. Contact your employer and the police (Surveillance and Protection); this keurmerk does not judge here.',
  },
  title: (kind) => `PKVW-light — verdict (${kind})`,
  kind: { 'self-check': 'self-check', inspection: 'inspection' },
  catalogueLine: (id, version, date) => `Catalogue ${id} ${version} · assessed on ${date}`,
  adviceFollowed: (reference, date) => `Follows the security advice ${reference}${date ? `, established on ${date}` : ''}.`,
  certifiable: 'The evidence suffices: a light certificate can be issued.',
  notCertifiable: 'No certificate yet: not every measure was established with the evidence required.',
  selfCheckNoCertificate: 'This is a self-check, not a certificate: a PKVW firm must inspect the home.',
  riskHeading: 'RISK PROFILE',
  domainHeading: (domain, applicable, met, exempt, notMet, unanswered) =>
    `${domain.toUpperCase()} — ${applicable} applicable: ${[`${met} met`, exempt > 0 ? `${exempt} exempt` : '', notMet > 0 ? `${notMet} not met` : '', unanswered > 0 ? `${unanswered} open or claimed` : ''].filter(Boolean).join(', ')}`,
  notApplicableList: (titles) => `Not applicable: ${titles}`,
  gapHeading: 'IMPROVEMENT PLAN',
  gapNone: 'Nothing to do: every basic measure is in order.',
  gapTotal: (min, max) => `Indicative total: ${min} – ${max} (incl. VAT)`,
  gapWithoutCost: (count) => `${count} ${count === 1 ? 'measure' : 'measures'} without a price`,
  gapExceptions: (ids) => `or claim exception ${ids}`,
  gapAnswerFirst: 'Still to answer (see above)',
  free: 'free of charge',
  employerHeading: "EMPLOYER'S MEASURES (for context)",
  employerNone: 'None.',
  domainName: { wonen: 'Home', werk: 'Work', verplaatsen: 'Travel', informatie: 'Information' },
  appliesToEveryone: (scenarios) => `Applies to every administrator (basic protection against ${scenarios}).`,
  aboutHome: 'home',
  fundingTitle: 'What your employer can fund now',
  blockedTitle: 'What is needed first',
  coverageTitle: 'Coverage per scenario',
  homeTitle: 'Your home (lid 5b of the Regeling)',
  claimed: (exception, missing) => `The claim on ${exception} is made but not proven; missing: ${missing}. Until the evidence is there, it does not count as an exception.`,
  claimGap: {
    evidenceLevel: (required) => `evidence at level ${required}`,
    reference: 'the reference to the document',
    field: { monument: 'register, monument number and the elements concerned', newBuild: 'the year the (environmental) permit was granted', alternative: 'the alternative measure, its scenario and the statement of a PKVW firm or the Commissie', landlordRefusal: "the landlord's or VvE's refusal in writing" },
  },
  refused: (reason) => `Reasoned refusal: the administrator's own choice and own risk; the employer cannot be held responsible for it. Reason: ${reason}`,
  waived: (reference) => `Not needed according to security advice ${reference}.`,
  hardCondition: 'The security advice makes this a hard condition before the advised measures.',
  fundingHeading: 'WHAT YOUR EMPLOYER CAN FUND NOW',
  fundingNone: 'No measure yet: something below is needed first.',
  blockedHeading: 'WHAT IS NEEDED FIRST',
  fundable: 'can be funded now',
  against: (scenarios) => `against: ${scenarios}`,
  firstNeeded: 'Needed first (cheapest first):',
  blockerAnswer: 'answer the question first',
  blockerProve: 'complete the claim on the exception',
  blockerRefused: 'you chose not to do this; reconsider it, or let the security advice say whether it may be departed from',
  blockerHard: 'hard condition of the advice',
  measureCertifiable: "A light certificate can cover this measure's scenarios.",
  noMeasures: 'For your risk the catalogue names no employer measures.',
  coverageNote: 'work, travel and information are a framework: they block only the measures of their own scenarios',
  coverage: { 'in-order': 'in order', 'not-in-order': 'not in order', open: 'still open' },
  kaderNote: 'This verdict is about the home (lid 5b of the Regeling), with the hard conditions of the advice.',
  costNoPurchase: 'no purchase needed',
  costCraftsman: 'needs a craftsman; the price follows from the quote',
  costQuote: (amount, vat) => `above ${amount} ${vat} a PKVW firm gives a written quote`,
  costKnown: (amount, vat) => `${amount} ${vat}`,
  costRange: (min, max) => `indicative ${min} – ${max} incl. VAT`,
  costUnknown: 'price unknown',
  paidByEmployer: 'paid by the employer, at no cost to you',
  vat: { incl: 'incl. VAT', excl: 'excl. VAT' },
  gapTotalPriced: (min, max) => `Priced: ${min} – ${max} (incl. VAT)`,
  gapTotalExcl: (amount) => `plus ${amount} excl. VAT`,
  gapNoPurchase: (count) => `${count} ${count === 1 ? 'measure' : 'measures'} with no purchase needed`,
  gapHome: 'home',
  gapBlocks: (measures) => `blocks: ${measures}`,
  gapChoices: (titles) => `Reasoned refusals (your own choice): ${titles}`,
  referralNext:
    'What now: contact your employer and the police (Surveillance and Protection). This keurmerk gives no requirements, no plan and no costs here: your protection runs through the stelsel.',
  referralScenarios: (scenarios) => `Beyond what this keurmerk judges: ${scenarios}.`,
  adviceFirstHeading: 'ASK FOR A SECURITY ADVICE FIRST',
  adviceFirst: (reasons, scenarios) =>
    `${reasons} So first ask the CCV for a security advice: an adviser looks at the risks in a conversation at your home, and the Security Authority of BZK establishes the advice. Your employer funds the measures in that advice; until it is there, your employer can fund nothing against: ${scenarios}.`,
  adviceFirstProvisional: 'Provisional: the security advice sets the risk levels, and with them which basics apply.',
  blockerAdvice: (scenarios) => `First an established security advice from the CCV (${scenarios}): ask for it; the employer funds what the advice names`,
  coverageAwaitingAdvice: 'awaits the security advice',
  appendixHeading: 'APPENDIX: REFERENCES',
  appendixIntro: 'For the PKVW firm and the employer: the catalogue numbers of everything named above.',
  appendixScenarios: 'Scenarios (level, why)',
  appendixRequirements: 'Requirements and measures (status)',
  appendixExceptions: 'Exceptions',
  appendixRule: (rule) => `intake rule ${rule}`,
  appendixBlocked: 'not fundable yet',
};

export const verdictWords: Record<Language, VerdictWords> = { nl, en };
