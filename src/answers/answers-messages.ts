import type { Messages } from '../i18n/message-map.js';

// YAML writes yes and no as true and false; `ja` or `nee` is read as text, so the message names the words to type.
const expectedNl: Record<string, string> = { boolean: 'true (ja) of false (nee), zonder aanhalingstekens', choice: 'één keuze (tekst)', multi: 'een lijst van keuzes', number: 'een getal' };
const expectedEn: Record<string, string> = { boolean: 'true (yes) or false (no), without quotes', choice: 'one option (text)', multi: 'a list of options', number: 'a number' };

/**
 * Problem messages of src/answers, by code. They name question ids, options and limits from the
 * catalogue, never the answer given: answers describe how an official's home is secured.
 */
export const answersMessages: Messages = {
  nl: {
    'answers-catalogue-id': (p) => `dit antwoordbestand hoort bij catalogus ${p.given}, niet bij ${p.expected}`,
    'answers-catalogue-version': (p) =>
      `dit antwoordbestand is ingevuld voor catalogusversie ${p.given}; deze catalogus is versie ${p.expected}. Vul de antwoorden opnieuw in (pkvw-light check) of kies de juiste catalogus met --spec`,
    'answers-catalogue-patch': (p) =>
      `ingevuld voor catalogusversie ${p.given}, beoordeeld met ${p.expected}: een patchversie verandert alleen teksten, niet de eisen`,
    'answers-unknown-question': (p) => `onbekende vraag '${p.question}': deze catalogus kent die vraag niet`,
    'answers-wrong-type': (p) => `het antwoord op '${p.question}' moet ${expectedNl[String(p.type)] ?? p.type} zijn`,
    'answers-not-an-option': (p) => `het antwoord op '${p.question}' is geen toegestane keuze (toegestaan: ${p.options})`,
    'answers-duplicate-option': (p) => `het antwoord op '${p.question}' noemt een keuze twee keer`,
    'answers-out-of-range': (p) => `het antwoord op '${p.question}' moet tussen ${p.min} en ${p.max} liggen`,
    'answers-intake-missing': (p) => `de intakevraag '${p.question}' is niet beantwoord; zonder dit antwoord is het risiconiveau niet te bepalen`,
    'answers-not-relevant': (p) => `de vraag '${p.question}' doet er bij deze antwoorden niet toe; het antwoord telt niet mee`,
    'answers-advice-unknown-scenario': (p) => `het beveiligingsadvies noemt scenario '${p.scenario}', dat deze catalogus niet kent`,
    'answers-advice-unknown-level': (p) => `het beveiligingsadvies geeft scenario '${p.scenario}' een niveau dat niet bestaat (niveaus: ${p.levels})`,
    'answers-inspection-missing': () => `bij een inspectie horen het PKVW-bedrijf en de inspecteur: voeg 'inspection: { firm: …, inspector: … }' toe`,
    'answers-exception-unknown': (p) => `onbekende uitzondering '${p.exception}'`,
    'answers-exception-requirement-unknown': (p) => `uitzondering '${p.exception}' noemt eis '${p.requirement}', die deze catalogus niet kent`,
    'answers-exception-not-allowed': (p) => `uitzondering '${p.exception}' mag niet worden ingeroepen voor eis '${p.requirement}'`,
    'answers-exception-not-claimable': (p) =>
      `uitzondering '${p.exception}' geldt niet voor deze woning: de voorwaarde ervan is niet vervuld of de antwoorden om dat te beoordelen ontbreken`,
  },
  en: {
    'answers-catalogue-id': (p) => `this answers file belongs to catalogue ${p.given}, not ${p.expected}`,
    'answers-catalogue-version': (p) =>
      `this answers file was given for catalogue version ${p.given}; this catalogue is version ${p.expected}. Answer again (pkvw-light check) or choose the matching catalogue with --spec`,
    'answers-catalogue-patch': (p) =>
      `given for catalogue version ${p.given}, assessed with ${p.expected}: a patch version changes wording only, not the requirements`,
    'answers-unknown-question': (p) => `unknown question '${p.question}': this catalogue has no such question`,
    'answers-wrong-type': (p) => `the answer to '${p.question}' must be ${expectedEn[String(p.type)] ?? p.type}`,
    'answers-not-an-option': (p) => `the answer to '${p.question}' is not an allowed option (allowed: ${p.options})`,
    'answers-duplicate-option': (p) => `the answer to '${p.question}' names an option twice`,
    'answers-out-of-range': (p) => `the answer to '${p.question}' must be between ${p.min} and ${p.max}`,
    'answers-intake-missing': (p) => `intake question '${p.question}' is not answered; without it the risk level cannot be set`,
    'answers-not-relevant': (p) => `question '${p.question}' does not matter for these answers; its answer is not counted`,
    'answers-advice-unknown-scenario': (p) => `the security advice names scenario '${p.scenario}', which this catalogue does not have`,
    'answers-advice-unknown-level': (p) => `the security advice gives scenario '${p.scenario}' a level that does not exist (levels: ${p.levels})`,
    'answers-inspection-missing': () => `an inspection names the PKVW firm and the inspector: add 'inspection: { firm: …, inspector: … }'`,
    'answers-exception-unknown': (p) => `unknown exception '${p.exception}'`,
    'answers-exception-requirement-unknown': (p) => `exception '${p.exception}' names requirement '${p.requirement}', which this catalogue does not have`,
    'answers-exception-not-allowed': (p) => `exception '${p.exception}' may not be claimed for requirement '${p.requirement}'`,
    'answers-exception-not-claimable': (p) =>
      `exception '${p.exception}' does not apply to this home: its condition does not hold or the answers needed to judge it are missing`,
  },
};
