/**
 * The words of the terminal self-check in Dutch and English: prompts, key hints, progress, review.
 * Problems (refused answers, state files) have their text in `flow-messages.ts` instead.
 */
import type { AnswerValue, EvidenceLevel, Language, Question } from '../catalogue/catalogue-types.js';
import type { FlowStage } from './assessment-machine.js';

export interface FlowWords {
  stage: Record<FlowStage, string>;
  /** `[Wonen (domein 1/4) · vraag 3 van ±12]`: ± because later answers change the total. */
  progress: (stage: string, domain: { index: number; count: number } | undefined, question: number, total: number) => string;
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
  exceptionIntro: (requirement: string, title: string, status: 'not-met' | 'unanswered') => string;
  exceptionNone: string;
  justification: string;
  evidence: string;
  evidenceLevel: Record<EvidenceLevel, string>;
  reference: string;
  reviewHeading: string;
  reviewClaim: (requirement: string, exception: string) => string;
  reviewToVerdict: string;
  reviewEdit: string;
  reviewWhich: string;
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
  progress: (stage, domain, question, total) =>
    `[${stage}${domain ? ` (domein ${domain.index}/${domain.count})` : ''} · vraag ${question} van ±${total}]`,
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
  exceptionIntro: (requirement, title, status) =>
    `Eis ${requirement} "${title}" is ${status === 'not-met' ? 'niet op orde' : 'nog open'}. Voor deze eis mag u een uitzondering claimen.`,
  exceptionNone: 'Geen uitzondering claimen',
  justification: 'Uw onderbouwing (kort; geen adres of details die de woning herkenbaar maken)',
  evidence: 'Welk bewijs is er?',
  evidenceLevel: {
    'self-declared': 'Eigen verklaring',
    document: 'Een document (bijvoorbeeld een registernummer of besluit)',
    inspected: 'Gecontroleerd door een PKVW-bedrijf',
  },
  reference: 'Verwijzing naar het bewijs, bijvoorbeeld een registernummer (leeg = geen)',
  reviewHeading: 'Overzicht van uw antwoorden',
  reviewClaim: (requirement, exception) => `Uitzondering voor ${requirement}: ${exception}`,
  reviewToVerdict: 'Klaar: toon het oordeel',
  reviewEdit: 'Een antwoord wijzigen',
  reviewWhich: 'Welk antwoord wilt u wijzigen?',
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
  progress: (stage, domain, question, total) =>
    `[${stage}${domain ? ` (domain ${domain.index}/${domain.count})` : ''} · question ${question} of ~${total}]`,
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
  exceptionIntro: (requirement, title, status) =>
    `Requirement ${requirement} "${title}" is ${status === 'not-met' ? 'not met' : 'still open'}. You may claim an exception for it.`,
  exceptionNone: 'Claim no exception',
  justification: 'Your justification (brief; no address or details that identify the home)',
  evidence: 'What evidence is there?',
  evidenceLevel: {
    'self-declared': 'Own statement',
    document: 'A document (for example a register number or decision)',
    inspected: 'Checked by a PKVW firm',
  },
  reference: 'Reference to the evidence, for example a register number (empty = none)',
  reviewHeading: 'Review of your answers',
  reviewClaim: (requirement, exception) => `Exception for ${requirement}: ${exception}`,
  reviewToVerdict: 'Done: show the verdict',
  reviewEdit: 'Change an answer',
  reviewWhich: 'Which answer do you want to change?',
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

/** An answer as the user chose it: option labels, Ja/Nee, the number with its unit. */
export function describeAnswer(question: Question, value: AnswerValue | undefined, lang: Language): string {
  const words = flowWords[lang];
  if (value === undefined) return words.skipped;
  const label = (option: string) => question.options?.find((candidate) => candidate.value === option)?.label[lang] ?? option;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (Array.isArray(value)) return value.length === 0 ? words.none : value.map(label).join(', ');
  if (typeof value === 'number') return `${value.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB')}${question.unit ? ' ' + question.unit[lang] : ''}`;
  return label(value);
}
