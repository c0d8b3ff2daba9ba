/**
 * The words of the terminal self-check in Dutch and English: prompts, key hints, progress, review.
 * Problems (refused answers, state files) have their text in `flow-messages.ts` instead.
 */
import type { AnswerValue, EvidenceLevel, Language, Question } from '../catalogue/catalogue-types.js';
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
  changed: (version: string, newVersion: string, questions: string[]) => string[];
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
    registers: Record<'rijksmonumentenregister' | 'provinciaal' | 'gemeentelijk', string>;
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
}

const nl: FlowWords = {
  stage: {
    intake: 'Intake',
    wonen: 'Wonen',
    werk: 'Werk',
    verplaatsen: 'Verplaatsen',
    informatie: 'Informatie',
    exceptions: 'Uitzonderingen',
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
  changed: (version, newVersion, questions) => [
    `De catalogus is bijgewerkt (versie ${version} → ${newVersion}). Deze vragen zijn veranderd en worden opnieuw gesteld:`,
    ...questions.map((question) => `  - ${question}`),
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
};

const en: FlowWords = {
  stage: {
    intake: 'Intake',
    wonen: 'Home',
    werk: 'Work',
    verplaatsen: 'Travel',
    informatie: 'Information',
    exceptions: 'Exceptions',
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
  changed: (version, newVersion, questions) => [
    `The catalogue was updated (version ${version} → ${newVersion}). These questions changed and are asked again:`,
    ...questions.map((question) => `  - ${question}`),
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
