/**
 * The words of the terminal self-check in Dutch and English: prompts, key hints, progress, review.
 * Problems (refused answers, state files) have their text in `flow-messages.ts` instead.
 */
import type { AnswerValue, Catalogue, EvidenceLevel, Language, Question } from '../catalogue/catalogue-types.js';
import type { Advice, MonumentRegister } from '../answers/answers-types.js';
import type { FlowStage } from './assessment-machine.js';
import { LOCALE } from '../i18n/language.js';

export interface FlowWords {
  stage: Record<FlowStage, string>;
  /** `[Wonen (domein 1/4) · vraag 3 · nog 12–18 vragen]`: a range, since later answers decide what follows. */
  progress: (stage: string, domain: { index: number; count: number } | undefined, question: number, remaining: { min: number; max: number }) => string;
  moreOptions: (count: number) => string;
  yes: string;
  no: string;
  skip: string;
  none: string;
  skipped: string;
  keys: Record<'navigate' | 'select' | 'toggle' | 'submit' | 'space' | 'back' | 'help' | 'all' | 'invert', string>;
  numberHint: (range: string) => string;
  numberHintRequired: (range: string) => string;
  range: (min: number | undefined, max: number | undefined, unit: string) => string;
  helpNone: string;
  helpLabel: string;
  firstStep: string;
  welcome: (statePath: string) => string[];
  resumed: (answered: number) => string;
  /**
   * After a resume against a changed catalogue: the questions asked again, and why the saved advice is
   * (its parts, rendered). The same version on both sides: the catalogue changed without a new number.
   */
  changed: (version: string, newVersion: string, questions: string[], advice: string[]) => string[];
  stageHeading: (stage: string, domain: { index: number; count: number } | undefined) => string;
  exceptionsIntro: (basics: number, again: boolean) => string;
  exceptionQuestion: (again: boolean) => string;
  exceptionNone: (again: boolean) => string;
  exceptionWhich: (exception: string) => string;
  exceptionFor: (basic: string) => string;
  justificationGuide: string;
  justification: string;
  evidence: (needed: string) => string;
  evidenceLevel: Record<EvidenceLevel, string>;
  /** The level an exception demands, as the end of "nodig is: …". */
  evidenceNeeded: Record<EvidenceLevel, string>;
  reference: string;
  /** The structured proof of an exception, asked after the justification. */
  proof: {
    intro: string;
    register: string;
    registers: Record<MonumentRegister, string>;
    monumentNumber: string;
    elements: string;
    permitYear: string;
    measure: string;
    scenario: string;
    statementBy: string;
    statementByOptions: Record<'pkvw-firm' | 'commissie', string>;
    statementReference: string;
    refusalBy: string;
    refusalByOptions: Record<'verhuurder' | 'vve', string>;
    refusalDate: string;
    refusalReference: string;
  };
  /** The advice step: whether there is a CCV/BVA advice, and what it says. Each prompt has its help (`?`). */
  advice: {
    question: string;
    help: string;
    yes: string;
    no: string;
    reference: string;
    referenceHelp: string;
    date: (answersDate: string) => string;
    dateHelp: string;
    measures: string;
    measuresHelp: string;
    measuresNone: string;
    more: string;
    moreHelp: string;
    moreNo: string;
    moreYes: string;
    levelsWhich: string;
    levelsHelp: string;
    level: (scenario: string) => string;
    /** A threat the advice sets no level for (the web page's choice list). */
    levelNone: string;
    waives: string;
    waivesHelp: string;
    hardConditions: string;
    hardConditionsHelp: string;
    /** In the review. */
    reviewNone: string;
    reviewGiven: (reference: string, date: string) => string;
    reviewMeasures: (measures: string[]) => string;
    reviewLevels: (levels: string[]) => string;
    reviewWaives: (basics: string[]) => string;
    reviewHard: (basics: string[]) => string;
    reviewEdit: string;
  };
  reviewHeading: string;
  /** Under a level that is not certifiable: why the check stopped after the intake (the risk rules' own reasons follow), and what comes next. */
  referred: { intro: string; next: string };
  reviewClaim: (exception: string, basics: string[]) => string;
  reviewToVerdict: string;
  reviewEdit: string;
  reviewWhich: string;
  /** When a saved check exists and neither --resume nor --new was given. */
  startChoice: (statePath: string, complete: boolean, answered: number) => string;
  startResume: (complete: boolean) => string;
  startNew: string;
  startStop: string;
  startedOver: (previousPath: string) => string;
  previousKept: (previousPath: string) => string;
  interrupted: (statePath: string) => string[];
  saved: (statePath: string) => string;
  demo: (file: string) => string;
  demoNext: string;
  replayed: (file: string) => string;
  unusedAnswers: (count: number) => string;
  unusedClaims: (count: number) => string;
  written: string;
  fullReport: string;
  exported: (file: string) => string;
  /** The refusal step ("gemotiveerd afzien"): what refusing means before the user decides, then the reason. */
  refusals: {
    intro: (count: number, again: boolean) => string;
    /** The risks a basic applies through and the measures it blocks and keeps blocking when refused, under its title. */
    scenarios: (names: string[]) => string;
    blocks: (measures: string[]) => string;
    consequence: string;
    question: (again: boolean) => string;
    none: (again: boolean) => string;
    help: string;
    reason: (title: string) => string;
    /** Under a basic the advice makes a hard condition: then a refusal does count against the home. */
    hardCondition: string;
    /** Beside a basic refused before the step was asked anew: its reason is the answer to start from. */
    earlier: string;
  };
  reviewRefusal: (title: string, reason: string) => string;
  reviewEditRefusals: string;
  unusedRefusals: (count: number) => string;
}

const nl: FlowWords = {
  stage: {
    intake: 'Intake',
    advice: 'Beveiligingsadvies',
    wonen: 'Wonen',
    werk: 'Werk',
    verplaatsen: 'Verplaatsen',
    informatie: 'Informatie',
    exceptions: 'Uitzonderingen',
    refusals: 'Gemotiveerd afzien',
    review: 'Overzicht',
    verdict: 'Oordeel',
  },
  progress: (stage, domain, question, remaining) =>
    `[${stage}${domain ? ` (domein ${domain.index}/${domain.count})` : ''} · vraag ${question} · nog ${span(remaining)} ${remaining.max === 1 ? 'vraag' : 'vragen'}]`,
  moreOptions: (count) => `(${count} opties; met ↓ ziet u meer…)`,
  yes: 'Ja',
  no: 'Nee',
  skip: 'Weet ik niet (open laten)',
  none: 'geen',
  skipped: 'open gelaten',
  keys: { navigate: 'kiezen', select: 'bevestigen', toggle: 'aan/uit', submit: 'klaar', space: 'spatie', back: 'terug', help: 'uitleg', all: 'alles', invert: 'omkeren' },
  numberHint: (range) => `(${range}; leeg = weet ik niet; ? = uitleg; esc = terug)`,
  numberHintRequired: (range) => `(${range}; ? = uitleg; esc = terug)`,
  range: (min, max, unit) => `getal${min !== undefined ? ` vanaf ${min}` : ''}${max !== undefined ? ` tot en met ${max}` : ''}${unit ? ` ${unit}` : ''}`,
  helpNone: 'Bij deze vraag is geen extra uitleg.',
  helpLabel: 'Uitleg:',
  firstStep: 'Dit is de eerste vraag: verder terug kan niet.',
  welcome: (statePath) => [
    'PKVW-light zelfcheck: de beveiliging van uw woning, werk, verplaatsingen en informatie.',
    'U krijgt alleen de vragen die voor uw situatie gelden. Pijltjes en Enter om te kiezen,',
    'Esc om terug te gaan, ? voor uitleg bij een vraag, Ctrl-C om te stoppen.',
    `Na elk antwoord wordt uw voortgang bewaard in ${statePath} (alleen voor u leesbaar).`,
  ],
  resumed: (answered) => `Verder met uw bewaarde zelfcheck (${answered} ${answered === 1 ? 'antwoord' : 'antwoorden'} bewaard).`,
  changed: (version, newVersion, questions, advice) => [
    `${version === newVersion ? `De catalogus is bijgewerkt zonder nieuw versienummer (nog steeds versie ${version}, maar de inhoud is gewijzigd).` : `De catalogus is bijgewerkt (versie ${version} → ${newVersion}).`}${questions.length > 0 ? ' Deze vragen zijn veranderd en worden opnieuw gesteld:' : ''}`,
    ...questions.map((question) => `  - ${question}`),
    ...advice.map((reason) => `  - ${reason}`),
  ],
  stageHeading: (stage, domain) => `── ${stage}${domain ? ` (domein ${domain.index} van ${domain.count})` : ''} ──`,
  exceptionsIntro: (basics, again) =>
    again
      ? `Voor ${basics === 1 ? 'deze basisvoorziening' : `deze ${basics} basisvoorzieningen`} geldt nog geen uitzondering:`
      : `${basics === 1 ? 'Deze basisvoorziening is' : `Deze ${basics} basisvoorzieningen zijn`} niet op orde of nog open. Soms kan dat redelijkerwijs niet worden gevraagd, en geldt een uitzondering:`,
  exceptionQuestion: (again) => (again ? 'Geldt er voor de overige nog een uitzondering?' : 'Geldt een van deze uitzonderingen voor uw woning?'),
  exceptionNone: (again) => (again ? 'Nee, verder geen uitzondering' : 'Nee, geen uitzondering'),
  exceptionWhich: (exception) => `Voor welke basisvoorzieningen geldt "${exception}"?`,
  exceptionFor: (basic) => `Deze uitzondering geldt dan voor: ${basic}.`,
  justificationGuide: 'Wat u opschrijft:',
  justification: 'Uw onderbouwing (kort; geen adres of details die de woning herkenbaar maken)',
  evidence: (needed) => `Welk bewijs heeft u? Voor deze uitzondering is nodig: ${needed}.`,
  evidenceLevel: {
    'self-declared': 'Alleen mijn eigen verklaring',
    document: 'Een document (bijvoorbeeld een registernummer of besluit)',
    inspected: 'Gecontroleerd door een PKVW-bedrijf',
  },
  evidenceNeeded: { 'self-declared': 'uw eigen verklaring', document: 'een document, zoals een registernummer of besluit', inspected: 'een controle door een PKVW-bedrijf' },
  reference: 'Verwijzing naar het bewijs, bijvoorbeeld een registernummer (leeg = geen)',
  proof: {
    intro: 'Om de uitzondering te bewijzen zijn nog deze gegevens nodig (Esc: opnieuw kiezen).',
    register: 'In welk register staat de woning?',
    registers: { rijksmonumentenregister: 'Rijksmonumentenregister', provinciaal: 'Provinciale monumentenlijst', gemeentelijk: 'Gemeentelijke monumentenlijst' },
    monumentNumber: 'Monumentnummer uit dat register',
    elements: "Om welke elementen gaat het, bijvoorbeeld voordeur of achterraam? (gescheiden door komma's)",
    permitYear: 'In welk jaar is de (omgevings)vergunning voor de bouw verleend?',
    measure: 'Welke maatregel heeft u in plaats daarvan genomen?',
    scenario: 'Tegen welk risico beschermt die maatregel?',
    statementBy: 'Wie verklaart dat die maatregel even goed beschermt?',
    statementByOptions: { 'pkvw-firm': 'Een PKVW-bedrijf', commissie: 'De Commissie van Compenserende Maatregelen' },
    statementReference: 'Kenmerk van die verklaring',
    refusalBy: 'Wie heeft de aanpassing geweigerd?',
    refusalByOptions: { verhuurder: 'De verhuurder', vve: 'De VvE' },
    refusalDate: 'Datum van de schriftelijke weigering (JJJJ-MM-DD)',
    refusalReference: 'Kenmerk van de weigering (brief, e-mail of besluit)',
  },
  advice: {
    question: 'Heeft u een beveiligingsadvies op maat van het CCV, vastgesteld door de Beveiligingsautoriteit (BVA) van BZK?',
    help:
      'Via de Regeling beveiliging decentrale bestuurders vraagt u een beveiligingsadvies aan bij het CCV (Centrum voor Criminaliteitspreventie en Veiligheid); de Beveiligingsautoriteit (BVA) van het ministerie van BZK stelt het vast. Uw werkgever bekostigt de maatregelen die een vastgesteld advies noemt. Kies Nee als u geen advies heeft of het nog niet is vastgesteld: het oordeel zegt dan of u er eerst een moet aanvragen.',
    yes: 'Ja, ik heb een vastgesteld advies',
    no: 'Nee (nog) niet',
    reference: 'Kenmerk van het advies (zoals het op het advies staat)',
    referenceHelp: 'Het kenmerk of dossiernummer bovenaan het advies, bijvoorbeeld CCV-advies 2026-0917. Het komt in uw rapport als bewijs; typ geen adres of andere details van uw woning.',
    date: (answersDate) => `Datum waarop het advies is vastgesteld (JJJJ-MM-DD, uiterlijk ${answersDate})`,
    dateHelp: 'De datum van vaststelling door de BVA, te vinden in de brief of op het advies. Die ligt niet na vandaag (de datum van deze zelfcheck).',
    measures: 'Welke maatregelen van de werkgever noemt het advies?',
    measuresHelp: 'Vink de maatregelen aan die het advies u toekent; uw werkgever bekostigt die. Staat een maatregel niet in deze lijst, of noemt het advies er geen, kies dan de laatste optie: het oordeel beoordeelt dan alle maatregelen.',
    measuresNone: 'Geen van deze / staat er niet tussen',
    more: 'Noemt het advies ook risiconiveaus, of basismaatregelen die vervallen of die juist een harde voorwaarde zijn?',
    moreHelp:
      'Soms zegt het advies per dreiging hoe groot het risico is (niveau A tot D), dat een basismaatregel voor uw woning niet nodig is, of dat een basismaatregel eerst op orde moet voordat de geadviseerde maatregelen worden bekostigd. Staat zoiets niet in het advies, kies dan Nee.',
    moreNo: 'Nee, alleen maatregelen',
    moreYes: 'Ja, dat noemt het advies ook',
    levelsWhich: 'Voor welke dreigingen stelt het advies een risiconiveau vast? (geen aanvinken = geen)',
    levelsHelp: 'Het advies stelt het niveau vast in plaats van de intake. Een niveau dat de intake hoger zette door betrokkenheid van politie of OM (niveau D) verlaagt een advies nooit.',
    level: (scenario) => `Welk niveau geeft het advies voor: ${scenario}?`,
    levelNone: 'Geen niveau genoemd',
    waives: 'Welke basismaatregelen zijn volgens het advies niet nodig? (geen aanvinken = geen)',
    waivesHelp: 'Een basismaatregel die het advies laat vervallen telt als op orde en blokkeert geen maatregel.',
    hardConditions: 'Welke basismaatregelen maakt het advies een harde voorwaarde? (geen aanvinken = geen)',
    hardConditionsHelp: 'Een harde voorwaarde moet op orde zijn voordat uw werkgever de geadviseerde maatregelen bekostigt, ongeacht het risico waar hij bij hoort.',
    reviewNone: 'Beveiligingsadvies  →  geen',
    reviewGiven: (reference, date) => `Beveiligingsadvies  →  ${reference}, vastgesteld ${date}`,
    reviewMeasures: (measures) => `geadviseerde maatregelen: ${measures.length === 0 ? 'geen genoemd' : measures.join(', ')}`,
    reviewLevels: (levels) => `risiconiveaus: ${levels.join(', ')}`,
    reviewWaives: (basics) => `niet nodig: ${basics.join(', ')}`,
    reviewHard: (basics) => `harde voorwaarde: ${basics.join(', ')}`,
    reviewEdit: 'Het beveiligingsadvies',
  },
  reviewHeading: 'Overzicht van uw antwoorden',
  referred: {
    intro: 'Meer vragen zijn niet nodig. Uw situatie gaat boven wat een zelfcheck kan beoordelen, dus PKVW-light beoordeelt uw woning niet en verwijst u door:',
    next: 'Bevestig hieronder uw antwoorden; het oordeel zegt wat u nu het beste kunt doen.',
  },
  reviewClaim: (exception, basics) => `Uitzondering "${exception}" voor: ${basics.join(', ')}`,
  reviewToVerdict: 'Klaar: toon het oordeel',
  reviewEdit: 'Een antwoord wijzigen',
  reviewWhich: 'Welk antwoord wilt u wijzigen?',
  startChoice: (statePath, complete, answered) =>
    complete
      ? `U heeft de zelfcheck al eens afgerond (bewaard in ${statePath}). Wat wilt u doen?`
      : `Er staat een zelfcheck klaar die nog niet af is (${answered} ${answered === 1 ? 'antwoord' : 'antwoorden'}, bewaard in ${statePath}). Wat wilt u doen?`,
  startResume: (complete) => (complete ? 'Mijn antwoorden bekijken of wijzigen' : 'Verdergaan waar ik was'),
  startNew: 'Opnieuw beginnen (de vorige antwoorden en uitkomst blijven bewaard tot de nieuwe zelfcheck af is)',
  startStop: 'Stoppen',
  startedOver: (previousPath) => `U begint opnieuw. Uw vorige antwoorden staan tot het einde van deze zelfcheck in ${previousPath}.`,
  previousKept: (previousPath) => `Uw vorige antwoorden en uitkomst blijven bewaard (${previousPath}) tot deze nieuwe zelfcheck af is.`,
  interrupted: (statePath) => [
    `Gestopt. Uw antwoorden zijn bewaard in ${statePath}.`,
    `Ga later verder met: npx pkvw-light check --resume ${statePath}`,
  ],
  saved: (statePath) => `Uw antwoorden blijven bewaard in ${statePath}; wijzigen kan met: npx pkvw-light check --resume ${statePath}`,
  demo: (file) => `Demonstratie: de zelfcheck met de meegeleverde voorbeeldantwoorden (${file}).`,
  demoNext: 'Doe de zelfcheck voor uw eigen situatie met: npx pkvw-light check (in een terminal; stoppen en later verdergaan kan altijd).',
  replayed: (file) => `Antwoorden uit ${file} verwerkt met dezelfde vragen als de interactieve zelfcheck.`,
  unusedAnswers: (count) => `${count} antwoord(en) in het bestand niet gebruikt: die vragen worden bij deze antwoorden niet gesteld.`,
  unusedClaims: (count) => `${count} uitzondering(en) in het bestand niet gebruikt: de eis is op orde of de uitzondering geldt hier niet.`,
  written: 'Geschreven:',
  fullReport: 'Het volledige rapport, met de uitleg per maatregel, staat in rapport.txt en rapport.pdf.',
  exported: (file) => `Antwoordbestand: ${file} (te gebruiken met: npx pkvw-light assess ${file})`,
  refusals: {
    intro: (count, again) =>
      again
        ? `Van ${count === 1 ? 'deze eis' : `deze ${count} eisen`} ziet u nog niet af:`
        : `${count === 1 ? 'Deze eis is' : `Deze ${count} eisen zijn`} niet op orde. Om redenen van uw ambt mag u er gemotiveerd van afzien, bijvoorbeeld omdat een openbaar account bij het ambt hoort:`,
    scenarios: (names) => `Risico's: ${names.join(', ')}`,
    blocks: (measures) => (measures.length === 0 ? 'Houdt geen maatregel van de werkgever tegen' : `Houdt tegen, ook als u ervan afziet: ${measures.join(', ')}`),
    consequence:
      'Afzien is uw eigen keuze en uw eigen risico. Het telt niet als tekortkoming van de woning, maar de eis houdt dan de maatregelen van dezelfde risico\'s tegen, net als een eis die niet op orde is: die kan de werkgever niet bekostigen.',
    question: (again) => (again ? 'Wilt u van nog een van deze eisen afzien?' : 'Wilt u van een van deze eisen gemotiveerd afzien?'),
    none: (again) => (again ? 'Nee, verder niet' : 'Nee, ik zie van geen van deze af'),
    help: 'Gemotiveerd afzien kan alleen bij eisen over zichtbaarheid die de catalogus daarvoor openstelt (nooit bij de kern van het Politiekeurmerk). Uw reden komt in het oordeel en het antwoordbestand, als uw eigen keuze en risico. Of een reden van het ambt zwaarder weegt, kan een CCV/BVA-advies zeggen: laat het advies de eis los, dan houdt zij niets meer tegen.',
    reason: (title) => `Waarom ziet u af van "${title}"? (kort; geen adres of details die de woning herkenbaar maken)`,
    hardCondition: 'Let op: uw beveiligingsadvies maakt deze eis een harde voorwaarde. Ziet u ervan af, dan telt dat hier wel als tekortkoming van de woning.',
    earlier: '(eerder afgezien: uw reden staat al ingevuld)',
  },
  reviewRefusal: (title, reason) => `Gemotiveerd afgezien van "${title}": ${reason}`,
  reviewEditRefusals: 'Gemotiveerd afzien (opnieuw kiezen)',
  unusedRefusals: (count) => `${count} gemotiveerd afzien in het bestand niet gebruikt: de eis is op orde, open gelaten, of een uitzondering of het advies geldt.`,
};

const en: FlowWords = {
  stage: {
    intake: 'Intake',
    advice: 'Security advice',
    wonen: 'Home',
    werk: 'Work',
    verplaatsen: 'Travel',
    informatie: 'Information',
    exceptions: 'Exceptions',
    refusals: 'Reasoned refusal',
    review: 'Review',
    verdict: 'Verdict',
  },
  progress: (stage, domain, question, remaining) =>
    `[${stage}${domain ? ` (domain ${domain.index}/${domain.count})` : ''} · question ${question} · ${span(remaining)} more to go]`,
  moreOptions: (count) => `(${count} options; ↓ shows more…)`,
  yes: 'Yes',
  no: 'No',
  skip: "Don't know (leave open)",
  none: 'none',
  skipped: 'left open',
  keys: { navigate: 'move', select: 'choose', toggle: 'toggle', submit: 'done', space: 'space', back: 'back', help: 'help', all: 'all', invert: 'invert' },
  numberHint: (range) => `(${range}; empty = don't know; ? = help; esc = back)`,
  numberHintRequired: (range) => `(${range}; ? = help; esc = back)`,
  range: (min, max, unit) => `number${min !== undefined ? ` from ${min}` : ''}${max !== undefined ? ` up to ${max}` : ''}${unit ? ` ${unit}` : ''}`,
  helpNone: 'There is no further help for this question.',
  helpLabel: 'Help:',
  firstStep: 'This is the first question: you cannot go further back.',
  welcome: (statePath) => [
    'PKVW-light self-check: the security of your home, work, travel and information.',
    'You only get the questions that apply to your situation. Arrows and Enter to choose,',
    'Esc to go back, ? for help on a question, Ctrl-C to stop.',
    `Your progress is saved after every answer in ${statePath} (readable only by you).`,
  ],
  resumed: (answered) => `Continuing your saved self-check (${answered} ${answered === 1 ? 'answer' : 'answers'} saved).`,
  changed: (version, newVersion, questions, advice) => [
    `${version === newVersion ? `The catalogue was updated without a new version number (still version ${version}, but its content changed).` : `The catalogue was updated (version ${version} → ${newVersion}).`}${questions.length > 0 ? ' These questions changed and are asked again:' : ''}`,
    ...questions.map((question) => `  - ${question}`),
    ...advice.map((reason) => `  - ${reason}`),
  ],
  stageHeading: (stage, domain) => `── ${stage}${domain ? ` (domain ${domain.index} of ${domain.count})` : ''} ──`,
  exceptionsIntro: (basics, again) =>
    again
      ? `No exception holds yet for ${basics === 1 ? 'this basic' : `these ${basics} basics`}:`
      : `${basics === 1 ? 'This basic is' : `These ${basics} basics are`} not met or still open. Sometimes that cannot reasonably be asked, and an exception holds:`,
  exceptionQuestion: (again) => (again ? 'Does an exception hold for the others?' : 'Does one of these exceptions hold for your home?'),
  exceptionNone: (again) => (again ? 'No further exception' : 'No exception'),
  exceptionWhich: (exception) => `For which basics does "${exception}" hold?`,
  exceptionFor: (basic) => `The exception then holds for: ${basic}.`,
  justificationGuide: 'What to write:',
  justification: 'Your justification (brief; no address or details that identify the home)',
  evidence: (needed) => `What evidence do you have? This exception needs ${needed}.`,
  evidenceLevel: {
    'self-declared': 'Only my own statement',
    document: 'A document (for example a register number or decision)',
    inspected: 'Checked by a PKVW firm',
  },
  evidenceNeeded: { 'self-declared': 'your own statement', document: 'a document, such as a register number or decision', inspected: 'an inspection by a PKVW firm' },
  reference: 'Reference to the evidence, for example a register number (empty = none)',
  proof: {
    intro: 'To prove the exception, these details are still needed (Esc: choose again).',
    register: 'Which register lists the home?',
    registers: { rijksmonumentenregister: 'National monuments register', provinciaal: 'Provincial monuments list', gemeentelijk: 'Municipal monuments list' },
    monumentNumber: 'Monument number in that register',
    elements: 'Which elements does it concern, for example front door or rear window? (separated by commas)',
    permitYear: 'In which year was the building (or environmental) permit granted?',
    measure: 'Which measure did you take instead?',
    scenario: 'Which risk does that measure protect against?',
    statementBy: 'Who states that the measure protects as well?',
    statementByOptions: { 'pkvw-firm': 'A PKVW firm', commissie: 'The Commissie van Compenserende Maatregelen' },
    statementReference: 'Reference of that statement',
    refusalBy: 'Who refused the change?',
    refusalByOptions: { verhuurder: 'The landlord', vve: "The owners' association (VvE)" },
    refusalDate: 'Date of the written refusal (YYYY-MM-DD)',
    refusalReference: 'Reference of the refusal (letter, e-mail or decision)',
  },
  advice: {
    question: 'Do you have a tailored security advice from the CCV, established by the Security Authority (BVA) of the Ministry of the Interior (BZK)?',
    help:
      "Under the security scheme for local administrators you request a security advice from the CCV (Centre for Crime Prevention and Safety); the BVA of the Ministry of the Interior establishes it. Your employer funds the measures an established advice names. Choose No if you have no advice or it has not been established yet: the verdict then says whether you should request one first.",
    yes: 'Yes, I have an established advice',
    no: 'No, not (yet)',
    reference: 'Reference of the advice (as printed on it)',
    referenceHelp: 'The reference or case number at the top of the advice, for example CCV-advies 2026-0917. It goes into your report as evidence; do not type an address or other details of your home.',
    date: (answersDate) => `Date the advice was established (YYYY-MM-DD, ${answersDate} at the latest)`,
    dateHelp: 'The date the BVA established it, found in the letter or on the advice. It is not after today (the date of this self-check).',
    measures: 'Which employer measures does the advice name?',
    measuresHelp: 'Tick the measures the advice grants you; your employer funds those. If a measure is not in this list, or the advice names none, choose the last option: the verdict then judges every measure.',
    measuresNone: 'None of these / not listed',
    more: 'Does the advice also name risk levels, or basics that are not needed or that are a hard condition?',
    moreHelp:
      'Sometimes the advice says per threat how high the risk is (level A to D), that a basic is not needed for your home, or that a basic must be in order before the advised measures are funded. If the advice says nothing of the kind, choose No.',
    moreNo: 'No, measures only',
    moreYes: 'Yes, the advice names those too',
    levelsWhich: 'For which threats does the advice set a risk level? (tick none = none)',
    levelsHelp: 'The advice sets the level instead of the intake. A level the intake raised because of police or public prosecutor involvement (level D) is never lowered by an advice.',
    level: (scenario) => `Which level does the advice give for: ${scenario}?`,
    levelNone: 'No level named',
    waives: 'Which basics does the advice say are not needed? (tick none = none)',
    waivesHelp: 'A basic the advice lets go counts as in order and blocks no measure.',
    hardConditions: 'Which basics does the advice make a hard condition? (tick none = none)',
    hardConditionsHelp: 'A hard condition must be in order before your employer funds the advised measures, whatever risk it belongs to.',
    reviewNone: 'Security advice  →  none',
    reviewGiven: (reference, date) => `Security advice  →  ${reference}, established ${date}`,
    reviewMeasures: (measures) => `advised measures: ${measures.length === 0 ? 'none named' : measures.join(', ')}`,
    reviewLevels: (levels) => `risk levels: ${levels.join(', ')}`,
    reviewWaives: (basics) => `not needed: ${basics.join(', ')}`,
    reviewHard: (basics) => `hard condition: ${basics.join(', ')}`,
    reviewEdit: 'The security advice',
  },
  reviewHeading: 'Review of your answers',
  referred: {
    intro: 'No more questions are needed. Your situation is beyond what a self-check can judge, so PKVW-light does not judge your home and refers you:',
    next: 'Confirm your answers below; the verdict says what best to do now.',
  },
  reviewClaim: (exception, basics) => `Exception "${exception}" for: ${basics.join(', ')}`,
  reviewToVerdict: 'Done: show the verdict',
  reviewEdit: 'Change an answer',
  reviewWhich: 'Which answer do you want to change?',
  startChoice: (statePath, complete, answered) =>
    complete
      ? `You have completed the self-check before (saved in ${statePath}). What do you want to do?`
      : `There is a self-check that is not finished yet (${answered} ${answered === 1 ? 'answer' : 'answers'}, saved in ${statePath}). What do you want to do?`,
  startResume: (complete) => (complete ? 'Review or change my answers' : 'Continue where I was'),
  startNew: 'Start over (the previous answers and outcome are kept until the new self-check is finished)',
  startStop: 'Stop',
  startedOver: (previousPath) => `You are starting over. Your previous answers are kept in ${previousPath} until this self-check ends.`,
  previousKept: (previousPath) => `Your previous answers and outcome are kept (${previousPath}) until this new self-check is finished.`,
  interrupted: (statePath) => [
    `Stopped. Your answers are saved in ${statePath}.`,
    `Continue later with: npx pkvw-light check --resume ${statePath} --lang en`,
  ],
  saved: (statePath) => `Your answers stay saved in ${statePath}; change them with: npx pkvw-light check --resume ${statePath} --lang en`,
  demo: (file) => `Demonstration: the self-check with the bundled example answers (${file}).`,
  demoNext: 'Do the self-check for your own situation with: npx pkvw-light check --lang en (in a terminal; you can always stop and continue later).',
  replayed: (file) => `Answers from ${file} processed with the same questions as the interactive self-check.`,
  unusedAnswers: (count) => `${count} answer(s) in the file not used: those questions are not asked given the other answers.`,
  unusedClaims: (count) => `${count} exception(s) in the file not used: the requirement is met or the exception does not apply here.`,
  written: 'Written:',
  fullReport: 'The full report, explaining every measure, is in rapport.txt and rapport.pdf.',
  exported: (file) => `Answers file: ${file} (use with: npx pkvw-light assess ${file})`,
  refusals: {
    intro: (count, again) =>
      again
        ? `You do not yet refuse ${count === 1 ? 'this requirement' : `these ${count} requirements`}:`
        : `${count === 1 ? 'This requirement is' : `These ${count} requirements are`} not met. For reasons of your office you may refuse ${count === 1 ? 'it' : 'them'} with a reason, for example because a public account belongs to the office:`,
    scenarios: (names) => `Risks: ${names.join(', ')}`,
    blocks: (measures) => (measures.length === 0 ? 'Blocks no employer measure' : `Blocks, also when refused: ${measures.join(', ')}`),
    consequence:
      'Refusing is your own choice and your own risk. It does not count as a shortcoming of the home, but the requirement then blocks the measures of the same risks, as a requirement not met does: the employer cannot fund those.',
    question: (again) => (again ? 'Do you refuse another of these requirements?' : 'Do you refuse one of these requirements, with a reason?'),
    none: (again) => (again ? 'No, no further refusal' : 'No, I refuse none of these'),
    help: 'A reasoned refusal is possible only for the visibility requirements the catalogue opens to it (never for the core of the Politiekeurmerk). Your reason goes into the verdict and the answers file, as your own choice and risk. Whether a reason of office weighs more can be said by a CCV/BVA advice: if the advice lets the requirement go, it blocks nothing any more.',
    reason: (title) => `Why do you refuse "${title}"? (briefly; no address or details that identify the home)`,
    hardCondition: 'Note: your security advice makes this requirement a hard condition. If you refuse it, that does count here as a shortcoming of the home.',
    earlier: '(refused before: your reason is filled in)',
  },
  reviewRefusal: (title, reason) => `Reasoned refusal of "${title}": ${reason}`,
  reviewEditRefusals: 'Reasoned refusal (choose again)',
  unusedRefusals: (count) => `${count} reasoned refusal(s) in the file not used: the requirement is met or left open, or an exception or the advice applies.`,
};

export const flowWords: Record<Language, FlowWords> = { nl, en };

/** `12–18`, or `5` once both ends meet. */
function span(range: { min: number; max: number }): string {
  return range.min === range.max ? String(range.min) : `${range.min}–${range.max}`;
}

/** An answer as the user chose it: option labels, Ja/Nee, the number with its unit. */
export function describeAnswer(question: Question, value: AnswerValue | undefined, lang: Language): string {
  const words = flowWords[lang];
  if (value === undefined) return words.skipped;
  const label = (option: string) => question.options?.find((candidate) => candidate.value === option)?.label[lang] ?? option;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (Array.isArray(value)) return value.length === 0 ? words.none : value.map(label).join(', ');
  // No digit grouping: the catalogue's numbers are calendar years, and "1.975" misreads as a quantity.
  if (typeof value === 'number') return `${value.toLocaleString(LOCALE[lang], { useGrouping: false })}${question.unit ? ' ' + question.unit[lang] : ''}`;
  return label(value);
}

/**
 * The advice step's answer as the review shows it, in names: the first line says whether there is an
 * advice (its reference and date), the others what it names.
 */
export function describeAdvice(advice: Advice | null, catalogue: Catalogue, lang: Language): string[] {
  const words = flowWords[lang].advice;
  if (advice === null) return [words.reviewNone];
  const title = (id: string) => catalogue.requirements.find((requirement) => requirement.id === id)?.title[lang] ?? id;
  const scenario = (id: string) => catalogue.scenarios.find((candidate) => candidate.id === id)?.name[lang] ?? id;
  return [
    words.reviewGiven(advice.reference, advice.date ?? '?'),
    words.reviewMeasures(advice.measures.map(title)),
    ...(Object.keys(advice.levels).length > 0 ? [words.reviewLevels(Object.entries(advice.levels).map(([id, level]) => `${scenario(id)} ${level}`))] : []),
    ...(advice.waives.length > 0 ? [words.reviewWaives(advice.waives.map(title))] : []),
    ...(advice.hardConditions.length > 0 ? [words.reviewHard(advice.hardConditions.map(title))] : []),
  ];
}
