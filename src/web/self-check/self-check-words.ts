/**
 * The words of the web self-check that the terminal has no counterpart for (buttons, the device
 * store, files). Questions, progress, exceptions and review take their words from `flowWords`,
 * the verdict from `verdictWords`, so the page and the terminal say the same.
 */
import type { Language } from '../../catalogue/catalogue-types.js';

export interface SelfCheckWords {
  title: string;
  intro: string[];
  start: string;
  next: string;
  back: string;
  help: string;
  chooseFile: string;
  fileHeading: string;
  fileHint: string;
  fileRead: (answered: number) => string;
  fileProblems: string;
  storedHeading: string;
  storedIntro: string;
  passphrase: string;
  passphraseRepeat: string;
  passphraseHint: string;
  open: string;
  wrongPassphrase: string;
  storeUnreadable: string;
  /** Before what was dropped from the kept check on opening it (a refusal reason that fails the rule). */
  storeDropped: string;
  keepHeading: string;
  keepIntro: string;
  keep: string;
  kept: string;
  keptNow: string;
  passphraseTooShort: (min: number) => string;
  passphraseMismatch: string;
  wipe: string;
  wiped: string;
  exportAnswers: string;
  exportHint: string;
  exported: string;
  print: string;
  printHint: string;
  startOver: string;
  change: string;
  edit: (question: string) => string;
  verdictHeading: string;
  outcomeHeading: string;
  reportHeading: string;
  claimFields: string;
  /** Above the structured proof's fields (the terminal's intro names Esc, which this page has no use for). */
  proofFields: string;
  proofIntro: string;
  noAnswer: string;
  referral: string;
  /** In the review, when the refusal step was offered and nothing was refused. */
  refusalsNone: string;
  /** The button that asks the refusal step again, for a screen reader. */
  editRefusals: string;
}

export const selfCheckWords: Record<Language, SelfCheckWords> = {
  nl: {
    title: 'Zelfcheck woningbeveiliging',
    intro: [
      'Met deze zelfcheck ziet u welke beveiligingsmaatregelen uw werkgever nu kan bekostigen, en wat daarvoor eerst nodig is. U krijgt alleen de vragen die voor uw situatie gelden.',
      'Uw antwoorden blijven in deze pagina: er gaat niets over internet. Sluit u de pagina, dan zijn ze weg, tenzij u ze versleuteld op dit apparaat bewaart of als bestand exporteert.',
    ],
    start: 'Begin de zelfcheck',
    next: 'Volgende',
    back: 'Vorige',
    help: 'Uitleg',
    chooseFile: 'Antwoordenbestand (.yaml)',
    fileHeading: 'Verder met een antwoordenbestand',
    fileHint: 'Een bestand dat u eerder exporteerde, of dat pkvw-light check schreef.',
    fileRead: (answered) => `Het bestand is gelezen: ${answered} ${answered === 1 ? 'antwoord' : 'antwoorden'}. U gaat verder bij de eerste open vraag.`,
    fileProblems: 'Dit bestand kan niet worden gebruikt:',
    storedHeading: 'Bewaarde zelfcheck op dit apparaat',
    storedIntro: 'Op dit apparaat is een versleutelde zelfcheck bewaard. Vul uw wachtwoordzin in om verder te gaan.',
    passphrase: 'Wachtwoordzin',
    passphraseRepeat: 'Wachtwoordzin nogmaals',
    passphraseHint: 'Minstens 10 tekens. Zonder deze wachtwoordzin kan niemand de antwoorden lezen, ook u niet.',
    open: 'Openen',
    wrongPassphrase: 'Deze wachtwoordzin klopt niet.',
    storeUnreadable: 'De bewaarde zelfcheck is beschadigd of van een andere catalogus en kan niet worden geopend. U kunt hem wissen.',
    storeDropped: 'De bewaarde zelfcheck is geopend. Niet overgenomen:',
    keepHeading: 'Bewaren op dit apparaat',
    keepIntro: 'Wilt u later verdergaan? Bewaar uw antwoorden dan versleuteld in deze browser. Na elke stap wordt het bewaarde bijgewerkt.',
    keep: 'Versleuteld bewaren',
    kept: 'Uw antwoorden worden versleuteld bewaard op dit apparaat en na elke stap bijgewerkt.',
    keptNow: 'Bewaard.',
    passphraseTooShort: (min) => `Kies een wachtwoordzin van minstens ${min} tekens.`,
    passphraseMismatch: 'De twee wachtwoordzinnen zijn niet gelijk.',
    wipe: 'Wis mijn gegevens',
    wiped: 'Uw gegevens zijn gewist van dit apparaat.',
    exportAnswers: 'Antwoorden exporteren',
    exportHint: 'Als bestand, bijvoorbeeld voor een PKVW-bedrijf (npx pkvw-light assess antwoorden.yaml).',
    exported: 'Het antwoordenbestand is gedownload.',
    print: 'Rapport afdrukken',
    printHint: 'Afdrukken of opslaan als PDF via het afdrukvenster van de browser.',
    startOver: 'Opnieuw beginnen',
    change: 'Wijzig',
    edit: (question) => `Wijzig het antwoord op: ${question}`,
    verdictHeading: 'Uw oordeel',
    outcomeHeading: 'Uw woning',
    reportHeading: 'Het volledige rapport',
    claimFields: 'Over deze uitzondering',
    proofFields: 'Het bewijs',
    proofIntro: 'Om de uitzondering te bewijzen zijn ook deze gegevens nodig.',
    noAnswer: 'Kies eerst een antwoord.',
    referral: 'Uw situatie valt buiten PKVW-light: neem contact op met uw werkgever voor een beveiligingsadvies.',
    refusalsNone: 'U ziet van geen eis gemotiveerd af.',
    editRefusals: 'Wijzig het gemotiveerd afzien',
  },
  en: {
    title: 'Home security self-check',
    intro: [
      'This self-check shows which security measures your employer can fund now, and what is needed first. You only get the questions that apply to your situation.',
      'Your answers stay in this page: nothing goes over the internet. When you close the page they are gone, unless you keep them encrypted on this device or export them as a file.',
    ],
    start: 'Start the self-check',
    next: 'Next',
    back: 'Back',
    help: 'Explanation',
    chooseFile: 'Answers file (.yaml)',
    fileHeading: 'Continue from an answers file',
    fileHint: 'A file you exported earlier, or one written by pkvw-light check.',
    fileRead: (answered) => `The file was read: ${answered} ${answered === 1 ? 'answer' : 'answers'}. You continue at the first open question.`,
    fileProblems: 'This file cannot be used:',
    storedHeading: 'Self-check kept on this device',
    storedIntro: 'An encrypted self-check is kept on this device. Enter your passphrase to continue.',
    passphrase: 'Passphrase',
    passphraseRepeat: 'Passphrase again',
    passphraseHint: 'At least 10 characters. Without it nobody can read the answers, you included.',
    open: 'Open',
    wrongPassphrase: 'This passphrase is not right.',
    storeUnreadable: 'The kept self-check is damaged or belongs to another catalogue and cannot be opened. You can wipe it.',
    storeDropped: 'The kept self-check was opened. Not taken over:',
    keepHeading: 'Keep on this device',
    keepIntro: 'Want to continue later? Keep your answers encrypted in this browser. What is kept is updated after every step.',
    keep: 'Keep encrypted',
    kept: 'Your answers are kept encrypted on this device and updated after every step.',
    keptNow: 'Kept.',
    passphraseTooShort: (min) => `Choose a passphrase of at least ${min} characters.`,
    passphraseMismatch: 'The two passphrases differ.',
    wipe: 'Wipe my data',
    wiped: 'Your data has been wiped from this device.',
    exportAnswers: 'Export answers',
    exportHint: 'As a file, for instance for a PKVW firm (npx pkvw-light assess antwoorden.yaml).',
    exported: 'The answers file was downloaded.',
    print: 'Print the report',
    printHint: "Print, or save as PDF, from the browser's print dialog.",
    startOver: 'Start again',
    change: 'Change',
    edit: (question) => `Change the answer to: ${question}`,
    verdictHeading: 'Your verdict',
    outcomeHeading: 'Your home',
    reportHeading: 'The full report',
    claimFields: 'About this exception',
    proofFields: 'The proof',
    proofIntro: 'To prove the exception, these details are needed too.',
    noAnswer: 'Choose an answer first.',
    referral: 'Your situation is beyond PKVW-light: ask your employer for a security advice.',
    refusalsNone: 'You refuse no requirement.',
    editRefusals: 'Change the reasoned refusals',
  },
};
