import { defineMessages, type CodeOf, type Params, type ParamsOf } from '../i18n/message-map.js';

// YAML writes yes and no as true and false; `ja` or `nee` is read as text, so the message names the words to type.
const expectedNl: Record<string, string> = { boolean: 'true (ja) of false (nee), zonder aanhalingstekens', choice: 'één keuze (tekst)', multi: 'een lijst van keuzes', number: 'een getal' };
const expectedEn: Record<string, string> = { boolean: 'true (yes) or false (no), without quotes', choice: 'one option (text)', multi: 'a list of options', number: 'a number' };

/**
 * Problem messages of src/answers, by code. They name question ids, options and limits from the
 * catalogue, never the answer given: answers describe how an official's home is secured.
 */
export const answersMessages = defineMessages({
  nl: {
    'answers-catalogue-id': (p: Params<'expected' | 'given'>) => `dit antwoordbestand hoort bij catalogus ${p.given}, niet bij ${p.expected}`,
    'answers-catalogue-version': (p: Params<'expected' | 'given'>) =>
      `dit antwoordbestand is ingevuld voor catalogusversie ${p.given}; deze catalogus is versie ${p.expected}. Vul de antwoorden opnieuw in (pkvw-light check) of kies de juiste catalogus met --spec`,
    'answers-catalogue-patch': (p: Params<'expected' | 'given'>) =>
      `ingevuld voor catalogusversie ${p.given}, beoordeeld met ${p.expected}: een patchversie verandert alleen teksten, niet de eisen`,
    'answers-unknown-question': (p: Params<'question'>) => `onbekende vraag '${p.question}': deze catalogus kent die vraag niet`,
    'answers-wrong-type': (p: Params<'question' | 'type'>) => `het antwoord op '${p.question}' moet ${expectedNl[String(p.type)] ?? p.type} zijn`,
    'answers-not-an-option': (p: Params<'options' | 'question'>) => `het antwoord op '${p.question}' is geen toegestane keuze (toegestaan: ${p.options})`,
    'answers-duplicate-option': (p: Params<'question'>) => `het antwoord op '${p.question}' noemt een keuze twee keer`,
    'answers-out-of-range': (p: Params<'max' | 'min' | 'question'>) => `het antwoord op '${p.question}' moet tussen ${p.min} en ${p.max} liggen`,
    'answers-multi-empty': (p: Params<'none' | 'noneEn' | 'noneNl' | 'question'>) => `het antwoord op '${p.question}' kiest niets; is geen van de opties van toepassing, geef dan [${p.none}] ("${p.noneNl}")`,
    'answers-none-with-others': (p: Params<'none' | 'noneEn' | 'noneNl' | 'question'>) => `het antwoord op '${p.question}' kiest ${p.none} ("${p.noneNl}") samen met andere opties; geef ${p.none} alleen, of alleen de andere`,
    'answers-intake-missing': (p: Params<'question'>) => `de intakevraag '${p.question}' is niet beantwoord; zonder dit antwoord is het risiconiveau niet te bepalen`,
    'answers-not-relevant': (p: Params<'question'>) => `de vraag '${p.question}' doet er bij deze antwoorden niet toe; het antwoord telt niet mee`,
    'answers-advice-unknown-scenario': (p: Params<'scenario'>) => `het beveiligingsadvies noemt scenario '${p.scenario}', dat deze catalogus niet kent`,
    'answers-advice-unknown-level': (p: Params<'levels' | 'scenario'>) => `het beveiligingsadvies geeft scenario '${p.scenario}' een niveau dat niet bestaat (niveaus: ${p.levels})`,
    'answers-inspection-missing': () => `bij een inspectie horen het PKVW-bedrijf en de inspecteur: voeg 'inspection: { firm: …, inspector: … }' toe`,
    'answers-exception-unknown': (p: Params<'exception'>) => `onbekende uitzondering '${p.exception}'`,
    'answers-exception-requirement-unknown': (p: Params<'exception' | 'requirement'>) => `uitzondering '${p.exception}' noemt eis '${p.requirement}', die deze catalogus niet kent`,
    'answers-exception-not-allowed': (p: Params<'exception' | 'requirement'>) => `uitzondering '${p.exception}' mag niet worden ingeroepen voor eis '${p.requirement}'`,
    'answers-exception-not-claimable': (p: Params<'exception'>) =>
      `uitzondering '${p.exception}' geldt niet voor deze woning: de voorwaarde ervan is niet vervuld of de antwoorden om dat te beoordelen ontbreken`,
    'answers-migrated': (p: Params<'from'>) => `dit bestand heeft het oudere formaat ${p.from}; het is omgezet naar pkvw-light/answers@2. Sla het opnieuw op met pkvw-light check --answers om de melding kwijt te raken`,
    'answers-migrated-catalogue': (p: Params<'expected' | 'given'>) => `ingevuld voor catalogusversie ${p.given} en omgezet naar ${p.expected}; wat niet meer past, staat hieronder als opnieuw te geven`,
    'answers-migrated-dropped': (p: Params<'question'>) => `opnieuw te geven: de vraag '${p.question}' bestaat niet meer in deze catalogus; het antwoord telt niet mee`,
    'answers-migrated-give-again': (p: Params<'question'>) => `opnieuw te geven: de vraag '${p.question}' is veranderd (bijvoorbeeld van ja/nee in een jaartal); het oude antwoord telt niet mee`,
    'answers-migrated-advice': () => `opnieuw te geven: het beveiligingsadvies (adviceRisk) had alleen niveaus; schrijf het als advice: { reference: …, date: …, measures: [...] }, met de datum van vaststelling en de geadviseerde maatregelen`,
    'answers-migrated-claim': (p: Params<'exception' | 'proof'>) =>
      `opnieuw te geven: het beroep op uitzondering '${p.exception}' vraagt nu gestructureerd bewijs (${p.proof}); tot dat er is, blijft het beroep 'geclaimd' en telt het niet als uitzondering`,
    'answers-advice-not-a-measure': (p: Params<'measures' | 'requirement'>) => `het beveiligingsadvies noemt '${p.requirement}' als maatregel, maar dat is geen maatregel van de werkgever in deze catalogus (maatregelen: ${p.measures})`,
    'answers-advice-not-a-basic': (p: Params<'list' | 'requirement'>) => `het beveiligingsadvies noemt '${p.requirement}' onder ${p.list}, maar dat is geen basismaatregel van de bestuurder in deze catalogus`,
    'answers-advice-waived-and-hard': (p: Params<'requirement'>) => `het beveiligingsadvies noemt '${p.requirement}' zowel onder waives als onder hardConditions; kies één van beide`,
    'answers-refusal-unknown': (p: Params<'requirement'>) => `gemotiveerd afzien van '${p.requirement}': deze catalogus kent die eis niet`,
    'answers-refusal-not-allowed': (p: Params<'requirement'>) => `van eis '${p.requirement}' kan niet gemotiveerd worden afgezien: de catalogus staat dat alleen toe bij eisen buiten de PKVW-kern die dat zeggen`,
    'answers-refusal-duplicate': (p: Params<'requirement'>) => `gemotiveerd afzien van '${p.requirement}' staat er twee keer; noem elke eis één keer`,
    'answers-claim-text-empty': (p: Params<'exception' | 'part'>) =>
      `het beroep op uitzondering '${p.exception}' heeft ${claimPartNl(p.part)} van alleen spaties; schrijf die in gewone woorden`,
    'answers-claim-field-not-allowed': (p: Params<'exception' | 'expected' | 'field'>) => `het beroep op uitzondering '${p.exception}' geeft '${p.field}', maar deze uitzondering vraagt ${p.expected === '—' ? 'geen gestructureerd bewijs' : `'${p.expected}'`}`,
    'answers-permit-year-before-cut-off': (p: Params<'cutOff' | 'exception'>) =>
      `uitzondering '${p.exception}' geldt alleen als de (omgevings)vergunning in ${p.cutOff} of later is verleend (een keuze van PKVW-light); dit jaar ligt daarvoor, dus de uitzondering geldt niet`,
    'answers-permit-year-future': (p: Params<'exception'>) => `uitzondering '${p.exception}': het vergunningsjaar ligt na de datum van de antwoorden; geef het jaar waarin de vergunning is verleend`,
    'answers-alternative-scenario': (p: Params<'exception' | 'scenarios'>) => `uitzondering '${p.exception}': de alternatieve maatregel moet beschermen tegen een scenario van de geclaimde eisen (${p.scenarios})`,
    'answers-advice-reference-empty': () => `het kenmerk van het beveiligingsadvies is leeg; neem het kenmerk over dat op het advies staat`,
    'answers-advice-reference-too-long': (p: Params<'max'>) => `het kenmerk van het beveiligingsadvies is te lang: hoogstens ${p.max} tekens`,
    'answers-advice-reference-control': () => `het kenmerk van het beveiligingsadvies bevat een stuurteken (zoals een tab of een regeleinde); typ alleen het kenmerk`,
    'answers-advice-date-invalid': () => `de datum van het beveiligingsadvies is geen bestaande datum in de vorm JJJJ-MM-DD (bijvoorbeeld 2026-11-12)`,
    'answers-advice-date-future': (p: Params<'answersDate'>) => `de datum van het beveiligingsadvies ligt na de datum van de antwoorden (${p.answersDate}); geef de datum waarop het advies is vastgesteld`,
    'answers-advice-duplicate': (p: Params<'requirement'>) => `het beveiligingsadvies noemt '${p.requirement}' twee keer; noem elke eis één keer`,
    'answers-refusal-reason-empty': (p: Params<'requirement'>) => `de reden voor het gemotiveerd afzien van '${p.requirement}' is leeg; schrijf kort waarom u ervan afziet`,
    'answers-refusal-reason-too-long': (p: Params<'max' | 'requirement'>) => `de reden voor het gemotiveerd afzien van '${p.requirement}' is te lang: hoogstens ${p.max} tekens`,
    'answers-refusal-reason-control': (p: Params<'requirement'>) => `de reden voor het gemotiveerd afzien van '${p.requirement}' bevat een stuurteken (zoals een escape-teken); typ alleen gewone tekst`,
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
    'answers-multi-empty': (p) => `the answer to '${p.question}' chooses nothing; if none of the options applies, give [${p.none}] ("${p.noneEn}")`,
    'answers-none-with-others': (p) => `the answer to '${p.question}' chooses ${p.none} ("${p.noneEn}") together with other options; give ${p.none} alone, or only the others`,
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
    'answers-migrated': (p) => `this file has the earlier format ${p.from}; it was migrated to pkvw-light/answers@2. Save it again with pkvw-light check --answers to lose this notice`,
    'answers-migrated-catalogue': (p) => `given for catalogue version ${p.given} and migrated to ${p.expected}; what no longer fits is listed below as to give again`,
    'answers-migrated-dropped': (p) => `to give again: question '${p.question}' no longer exists in this catalogue; its answer is not counted`,
    'answers-migrated-give-again': (p) => `to give again: question '${p.question}' has changed (for example from yes/no to a year); the old answer is not counted`,
    'answers-migrated-advice': () => `to give again: the security advice (adviceRisk) had levels only; write it as advice: { reference: …, date: …, measures: [...] }, with the date it was established and the measures it advises`,
    'answers-migrated-claim': (p) =>
      `to give again: the claim on exception '${p.exception}' now needs structured evidence (${p.proof}); until then the claim stays 'claimed' and does not count as an exception`,
    'answers-advice-not-a-measure': (p) => `the security advice names '${p.requirement}' as a measure, but it is not an employer measure in this catalogue (measures: ${p.measures})`,
    'answers-advice-not-a-basic': (p) => `the security advice names '${p.requirement}' under ${p.list}, but it is not an owner basic in this catalogue`,
    'answers-advice-waived-and-hard': (p) => `the security advice names '${p.requirement}' under both waives and hardConditions; choose one`,
    'answers-refusal-unknown': (p) => `reasoned refusal of '${p.requirement}': this catalogue has no such requirement`,
    'answers-refusal-not-allowed': (p) => `requirement '${p.requirement}' allows no reasoned refusal: the catalogue allows it only for requirements outside the PKVW core that say so`,
    'answers-refusal-duplicate': (p) => `the reasoned refusal of '${p.requirement}' appears twice; name each requirement once`,
    'answers-claim-text-empty': (p) =>
      `the claim on exception '${p.exception}' has ${claimPartEn(p.part)} of nothing but spaces; write it in plain words`,
    'answers-claim-field-not-allowed': (p) => `the claim on exception '${p.exception}' gives '${p.field}', but this exception asks for ${p.expected === '—' ? 'no structured evidence' : `'${p.expected}'`}`,
    'answers-permit-year-before-cut-off': (p) =>
      `exception '${p.exception}' holds only when the (environmental) permit was granted in ${p.cutOff} or later (a PKVW-light choice); this year is earlier, so the exception does not hold`,
    'answers-permit-year-future': (p) => `exception '${p.exception}': the permit year is after the date of the answers; give the year the permit was granted`,
    'answers-alternative-scenario': (p) => `exception '${p.exception}': the alternative measure must protect against a scenario of the claimed requirements (${p.scenarios})`,
    'answers-advice-reference-empty': () => `the reference of the security advice is empty; copy the reference printed on the advice`,
    'answers-advice-reference-too-long': (p) => `the reference of the security advice is too long: at most ${p.max} characters`,
    'answers-advice-reference-control': () => `the reference of the security advice contains a control character (such as a tab or a line break); type only the reference`,
    'answers-advice-date-invalid': () => `the date of the security advice is not an existing date written YYYY-MM-DD (for example 2026-11-12)`,
    'answers-advice-date-future': (p) => `the date of the security advice is after the date of the answers (${p.answersDate}); give the date the advice was established`,
    'answers-advice-duplicate': (p) => `the security advice names '${p.requirement}' twice; name each requirement once`,
    'answers-refusal-reason-empty': (p) => `the reason for the reasoned refusal of '${p.requirement}' is empty; say briefly why you refuse it`,
    'answers-refusal-reason-too-long': (p) => `the reason for the reasoned refusal of '${p.requirement}' is too long: at most ${p.max} characters`,
    'answers-refusal-reason-control': (p) => `the reason for the reasoned refusal of '${p.requirement}' contains a control character (such as an escape); type plain text only`,
  },
});

export type AnswersCode = CodeOf<typeof answersMessages>;


/** What the message of `Code` reads: an emitter that gives less, or other names, fails tsc. */
export type AnswersParams<Code extends AnswersCode> = ParamsOf<typeof answersMessages, Code>;

/** The text of a claim that is only spaces, by its part; the docs render the placeholder as a text in general. */
const claimPartNl = (part: unknown) => ({ justification: 'een onderbouwing', reference: 'een verwijzing naar het bewijs', proof: 'een bewijstekst' })[String(part)] ?? 'een tekst';
const claimPartEn = (part: unknown) => ({ justification: 'a justification', reference: 'an evidence reference', proof: 'a proof text' })[String(part)] ?? 'a text';
