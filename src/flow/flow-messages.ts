import { defineMessages, type CodeOf, type Params, type ParamsOf } from '../i18n/message-map.js';

// A prompt offers Ja/Nee and the options to pick from, so only a typed number can be of the wrong type; the rest is for a front end that sends its own.
const promptTypeNl: Record<string, string> = { boolean: 'kies Ja of Nee', number: 'vul een getal in, bijvoorbeeld 2 of 2,5', multi: 'kies uit de opties' };
const promptTypeEn: Record<string, string> = { boolean: 'choose Yes or No', number: 'enter a number, for example 2 or 2.5', multi: 'choose from the options' };

/** Problem messages of src/flow, by code. They name questions and files, never an answer given. */
export const flowMessages = defineMessages({
  nl: {
    'flow-answer-wrong-type': (p: Params<'type'>) => promptTypeNl[String(p.type)] ?? `kies een van de opties`,
    'flow-answer-multi-empty': (p: Params<'noneEn' | 'noneNl'>) => `kies minstens één optie; is geen ervan van toepassing, kies dan "${p.noneNl}"`,
    'flow-answer-none-with-others': (p: Params<'noneEn' | 'noneNl'>) => `"${p.noneNl}" kan niet samen met andere keuzes: kies "${p.noneNl}" alleen, of alleen de andere`,
    'flow-answer-out-of-range': (p: Params<'max' | 'min'>) => (p.min === '-∞' ? `vul een getal in van hoogstens ${p.max}` : p.max === '∞' ? `vul een getal in van minstens ${p.min}` : `vul een getal in van ${p.min} tot en met ${p.max}`),
    'flow-evidence-unknown': (p: Params<'allowed'>) => `onbekend bewijsniveau (kies uit: ${p.allowed})`,
    'flow-claim-not-offered': (p: Params<'exception'>) => `uitzondering ${p.exception} kan hier niet worden geclaimd`,
    'flow-claim-justification-empty': () => `geef kort aan waarom de uitzondering geldt`,
    'flow-claim-no-requirements': () => `kies minstens één basisvoorziening waarvoor de uitzondering geldt`,
    'flow-claim-requirement-not-offered': (p: Params<'exception' | 'requirement'>) => `uitzondering ${p.exception} kan niet worden geclaimd voor eis ${p.requirement}`,
    'flow-claim-text-too-long': (p: Params<'max'>) => `houd het kort: hoogstens ${p.max} tekens, zonder details over de woning`,
    'flow-claim-proof-empty': () => `vul dit in, of laat de uitzondering weg (Esc)`,
    'flow-claim-text-control': () => `typ alleen gewone tekst: een stuurteken (zoals een escape-teken) kan niet in het antwoordbestand`,
    'flow-claim-permit-year-invalid': () => `geef een jaartal, bijvoorbeeld 2004`,
    'flow-claim-permit-year-before-cut-off': (p: Params<'cutOff'>) => `deze uitzondering geldt alleen als de vergunning in ${p.cutOff} of later is verleend`,
    'flow-claim-alternative-scenario': (p: Params<'scenarios'>) => `kies een risico waar deze basisvoorzieningen bij horen (${p.scenarios})`,
    'flow-claim-date-invalid': () => `geef een datum als JJJJ-MM-DD, bijvoorbeeld 2026-10-17`,
    'flow-state-not-json': (p: Params<never, 'detail'>) => `bewaarde zelfcheck is beschadigd of onvolledig (geen geldige JSON${p.detail === undefined ? '' : `: ${p.detail}`}); het bestand is niet gewijzigd`,
    'flow-state-control-character': () => `bewaarde zelfcheck bevat hier een stuurteken (zoals een escape- of richtingsteken), dat geen bewaarde tekst mag bevatten; is het bestand met de hand gewijzigd? Het bestand is niet gewijzigd`,
    'flow-state-not-unicode': () => `bewaarde zelfcheck bevat hier een losse UTF-16-surrogaat, geen geldig Unicode-teken, dat geen bewaarde tekst mag bevatten; is het bestand met de hand gewijzigd? Het bestand is niet gewijzigd`,
    'flow-state-limit': (p: Params<'limit'>) => `bewaarde zelfcheck is hier groter dan een bewaarde zelfcheck kan zijn (grens ${p.limit}); is het bestand met de hand gewijzigd? Het bestand is niet gewijzigd`,
    'flow-state-format': (p: Params<'expected' | 'found'>) => `dit is geen bewaarde zelfcheck van deze versie (formaat ${p.found}, verwacht ${p.expected}); het bestand is niet gewijzigd`,
    'flow-state-shape': (p: Params<'expected' | 'path'>) => `bewaarde zelfcheck is ongeldig bij ${p.path}: ${shapeNl[String(p.expected)] ?? p.expected} verwacht; het bestand is niet gewijzigd`,
    'flow-state-other-catalogue': (p: Params<'expected' | 'found'>) => `bewaarde zelfcheck hoort bij catalogus ${p.found}, niet bij ${p.expected}`,
    'flow-state-unknown-question': (p: Params<'question'>) => `bewaarde zelfcheck noemt een onbekende vraag ${p.question}; is het bestand met de hand gewijzigd? Het bestand is niet gewijzigd`,
    'flow-state-invalid-answer': (p: Params<'question'>) => `bewaard antwoord op vraag ${p.question} is niet toegestaan; is het bestand met de hand gewijzigd? Het bestand is niet gewijzigd`,
    'flow-state-invalid-advice': () => `het bewaarde beveiligingsadvies is niet toegestaan (kenmerk, datum of een genoemde maatregel); is het bestand met de hand gewijzigd? Het bestand is niet gewijzigd`,
    'flow-state-unknown-requirement': (p: Params<'requirement'>) => `bewaarde zelfcheck noemt een onbekende eis ${p.requirement}; het bestand is niet gewijzigd`,
    'flow-state-advice-dropped': (p: Params<'item' | 'part'>) => `het bewaarde beveiligingsadvies wordt opnieuw gevraagd: ${(adviceDroppedNl[String(p.part)] ?? adviceOtherNl)(String(p.item))}`,
    'flow-state-refusal-reason-empty': (p: Params<'requirement'>) => `de bewaarde reden om gemotiveerd af te zien van eis ${p.requirement} is leeg; of u ervan afziet wordt opnieuw gevraagd, de rest van de bewaarde zelfcheck blijft staan`,
    'flow-state-refusal-reason-too-long': (p: Params<'max' | 'requirement'>) => `de bewaarde reden om gemotiveerd af te zien van eis ${p.requirement} is langer dan ${p.max} tekens; of u ervan afziet wordt opnieuw gevraagd, de rest van de bewaarde zelfcheck blijft staan`,
    'flow-state-refusal-reason-control': (p: Params<'requirement'>) => `de bewaarde reden om gemotiveerd af te zien van eis ${p.requirement} bevat een stuurteken dat niet in een antwoordbestand kan; of u ervan afziet wordt opnieuw gevraagd, de rest van de bewaarde zelfcheck blijft staan`,
    'flow-state-claim-text-empty': (p: Params<'exception' | 'part' | 'requirement'>) => `${claimPartNl(p.part)} van het beroep op uitzondering ${p.exception} voor eis ${p.requirement} is leeg; ${claimAgainNl}`,
    'flow-state-claim-text-too-long': (p: Params<'exception' | 'max' | 'part' | 'requirement'>) => `${claimPartNl(p.part)} van het beroep op uitzondering ${p.exception} voor eis ${p.requirement} is langer dan ${p.max} tekens; ${claimAgainNl}`,
    'flow-state-claim-text-control': (p: Params<'exception' | 'part' | 'requirement'>) => `${claimPartNl(p.part)} van het beroep op uitzondering ${p.exception} voor eis ${p.requirement} bevat een stuurteken dat niet in een antwoordbestand kan; ${claimAgainNl}`,
    'flow-state-tampered': () => `bewaarde zelfcheck klopt niet met zijn controlegetal: het bestand is na het bewaren gewijzigd. Het bestand is niet gewijzigd; begin opnieuw met een ander --state-bestand`,
    'flow-new-and-resume': () => `--new begint een nieuwe zelfcheck: gebruik het niet samen met --resume, --answers of --demo`,
    'flow-no-terminal': () => `geen terminal: de zelfcheck stelt vragen en heeft een terminal nodig. Gebruik --answers BESTAND om een antwoordbestand te verwerken, of --demo voor een voorbeeld`,
    'flow-answers-and-resume': () => `gebruik --answers of --resume, niet allebei`,
    'flow-refusal-not-offered': (p: Params<'requirement'>) => `van eis ${p.requirement} kan hier niet gemotiveerd worden afgezien`,
    'flow-refusal-reason-empty': () => `schrijf kort waarom u hiervan afziet, bijvoorbeeld een reden van het ambt`,
    'flow-refusal-reason-too-long': (p: Params<'max'>) => `houd het kort: hoogstens ${p.max} tekens, zonder details over de woning`,
    'flow-refusal-reason-control': () => `typ alleen gewone tekst: een stuurteken (zoals een escape-teken) kan niet in het antwoordbestand`,
  },
  en: {
    'flow-answer-wrong-type': (p) => promptTypeEn[String(p.type)] ?? `choose one of the options`,
    'flow-answer-multi-empty': (p) => `choose at least one option; if none applies, choose "${p.noneEn}"`,
    'flow-answer-none-with-others': (p) => `"${p.noneEn}" cannot go with other choices: choose "${p.noneEn}" alone, or only the others`,
    'flow-answer-out-of-range': (p) => (p.min === '-∞' ? `enter a number of at most ${p.max}` : p.max === '∞' ? `enter a number of at least ${p.min}` : `enter a number from ${p.min} to ${p.max}`),
    'flow-evidence-unknown': (p) => `unknown evidence level (choose from: ${p.allowed})`,
    'flow-claim-not-offered': (p) => `exception ${p.exception} cannot be claimed here`,
    'flow-claim-justification-empty': () => `say briefly why the exception applies`,
    'flow-claim-no-requirements': () => `choose at least one basic the exception applies to`,
    'flow-claim-requirement-not-offered': (p) => `exception ${p.exception} cannot be claimed for requirement ${p.requirement}`,
    'flow-claim-text-too-long': (p) => `keep it short: at most ${p.max} characters, without details of the home`,
    'flow-claim-proof-empty': () => `fill this in, or leave the exception (Esc)`,
    'flow-claim-text-control': () => `type plain text only: a control character (such as an escape) cannot go into the answers file`,
    'flow-claim-permit-year-invalid': () => `give a year, for example 2004`,
    'flow-claim-permit-year-before-cut-off': (p) => `this exception holds only when the permit was granted in ${p.cutOff} or later`,
    'flow-claim-alternative-scenario': (p) => `choose a risk these basics belong to (${p.scenarios})`,
    'flow-claim-date-invalid': () => `give a date as YYYY-MM-DD, for example 2026-10-17`,
    'flow-state-not-json': (p) => `saved self-check is damaged or incomplete (not valid JSON${p.detail === undefined ? '' : `: ${p.detail}`}); the file was not changed`,
    'flow-state-control-character': () => `saved self-check holds a control character here (such as an escape or a direction mark), which no saved text may hold; was the file edited by hand? The file was not changed`,
    'flow-state-not-unicode': () => `saved self-check holds a lone UTF-16 surrogate here, no valid Unicode character, which no saved text may hold; was the file edited by hand? The file was not changed`,
    'flow-state-limit': (p) => `saved self-check is larger here than a saved self-check can be (limit ${p.limit}); was the file edited by hand? The file was not changed`,
    'flow-state-format': (p) => `this is not a saved self-check of this version (format ${p.found}, expected ${p.expected}); the file was not changed`,
    'flow-state-shape': (p) => `saved self-check is invalid at ${p.path}: expected ${shapeEn[String(p.expected)] ?? p.expected}; the file was not changed`,
    'flow-state-other-catalogue': (p) => `saved self-check belongs to catalogue ${p.found}, not to ${p.expected}`,
    'flow-state-unknown-question': (p) => `saved self-check names an unknown question ${p.question}; was the file edited by hand? The file was not changed`,
    'flow-state-invalid-answer': (p) => `saved answer to question ${p.question} is not allowed; was the file edited by hand? The file was not changed`,
    'flow-state-invalid-advice': () => `the saved security advice is not allowed (reference, date or a measure it names); was the file edited by hand? The file was not changed`,
    'flow-state-unknown-requirement': (p) => `saved self-check names an unknown requirement ${p.requirement}; the file was not changed`,
    'flow-state-advice-dropped': (p) => `the saved security advice is asked again: ${(adviceDroppedEn[String(p.part)] ?? adviceOtherEn)(String(p.item))}`,
    'flow-state-refusal-reason-empty': (p) => `the saved reason for refusing requirement ${p.requirement} is empty; whether you refuse it is asked again, the rest of the saved self-check is kept`,
    'flow-state-refusal-reason-too-long': (p) => `the saved reason for refusing requirement ${p.requirement} is longer than ${p.max} characters; whether you refuse it is asked again, the rest of the saved self-check is kept`,
    'flow-state-refusal-reason-control': (p) => `the saved reason for refusing requirement ${p.requirement} holds a control character that an answers file cannot hold; whether you refuse it is asked again, the rest of the saved self-check is kept`,
    'flow-state-claim-text-empty': (p) => `${claimPartEn(p.part)} of the claim on exception ${p.exception} for requirement ${p.requirement} is empty; ${claimAgainEn}`,
    'flow-state-claim-text-too-long': (p) => `${claimPartEn(p.part)} of the claim on exception ${p.exception} for requirement ${p.requirement} is longer than ${p.max} characters; ${claimAgainEn}`,
    'flow-state-claim-text-control': (p) => `${claimPartEn(p.part)} of the claim on exception ${p.exception} for requirement ${p.requirement} holds a control character that an answers file cannot hold; ${claimAgainEn}`,
    'flow-state-tampered': () => `saved self-check does not match its checksum: the file was changed after saving. The file was not changed; start again with another --state file`,
    'flow-new-and-resume': () => `--new starts a new self-check: do not combine it with --resume, --answers or --demo`,
    'flow-no-terminal': () => `no terminal: the self-check asks questions and needs a terminal. Use --answers FILE to process an answers file, or --demo for an example`,
    'flow-answers-and-resume': () => `use --answers or --resume, not both`,
    'flow-refusal-not-offered': (p) => `requirement ${p.requirement} cannot be refused here`,
    'flow-refusal-reason-empty': () => `say briefly why you refuse it, for example a reason of your office`,
    'flow-refusal-reason-too-long': (p) => `keep it short: at most ${p.max} characters, without details of the home`,
    'flow-refusal-reason-control': () => `type plain text only: a control character (such as an escape) cannot go into the answers file`,
  },
});

export type FlowCode = CodeOf<typeof flowMessages>;

/** What the message of `Code` reads: an emitter that gives less, or other names, fails tsc. */
export type FlowParams<Code extends FlowCode> = ParamsOf<typeof flowMessages, Code>;

/** What a part of a saved state should have been, in words; a structure such as `{ id, version, hash }` is shown as it is. */
const shapeNl: Record<string, string> = { object: 'een object', text: 'tekst', 'list of question ids': 'een lijst van vraag-ids', 'object of hashes': 'een object met hashes', 'object of reasons': 'een object met redenen (tekst)' };
const shapeEn: Record<string, string> = { object: 'an object', text: 'text', 'list of question ids': 'a list of question ids', 'object of hashes': 'an object of hashes', 'object of reasons': 'an object of reasons (text)' };

/** Why a saved advice no longer fits a changed catalogue, by the part of it that does not; `item` is the id it names there. */
const adviceDroppedNl: Record<string, (item: string) => string> = {
  measure: (item) => `het noemt ${item} als geadviseerde maatregel, maar dat is in deze catalogus geen maatregel van de werkgever meer`,
  scenario: (item) => `het geeft een niveau voor scenario ${item}, dat deze catalogus niet meer kent`,
  level: (item) => `het niveau dat het scenario ${item} geeft, bestaat in deze catalogus niet meer`,
  waives: (item) => `het laat ${item} los, maar dat is in deze catalogus geen basismaatregel van de bestuurder meer`,
  hardConditions: (item) => `het maakt ${item} een harde voorwaarde, maar dat is in deze catalogus geen basismaatregel van de bestuurder meer`,
};
const adviceOtherNl = () => `het past niet meer bij deze catalogus`;
const adviceDroppedEn: Record<string, (item: string) => string> = {
  measure: (item) => `it names ${item} as an advised measure, but that is no longer an employer measure in this catalogue`,
  scenario: (item) => `it gives a level for scenario ${item}, which this catalogue no longer has`,
  level: (item) => `the level it gives scenario ${item} no longer exists in this catalogue`,
  waives: (item) => `it lets ${item} go, but that is no longer an owner basic in this catalogue`,
  hardConditions: (item) => `it makes ${item} a hard condition, but that is no longer an owner basic in this catalogue`,
};
const adviceOtherEn = () => `it no longer fits this catalogue`;

/** Which words of a saved claim break the rule (answers/claim-rules.ts `ClaimTextProblem['part']`), as a message's start. */
const claimPartNl = (part: unknown) => ({ justification: 'de bewaarde onderbouwing', reference: 'het bewaarde kenmerk van het bewijs', proof: 'het bewaarde gestructureerde bewijs' })[String(part)] ?? 'een bewaarde tekst';
const claimPartEn = (part: unknown) => ({ justification: 'the saved justification', reference: 'the saved evidence reference', proof: 'the saved structured proof' })[String(part)] ?? 'a saved text';
const claimAgainNl = 'of de uitzondering geldt wordt opnieuw gevraagd, de rest van de bewaarde zelfcheck blijft staan';
const claimAgainEn = 'whether the exception holds is asked again, the rest of the saved self-check is kept';
