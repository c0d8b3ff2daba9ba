import { defineMessages, type CodeOf, type Params, type ParamsOf } from '../i18n/message-map.js';

const kindNl: Record<string, string> = {
  level: 'risiconiveau',
  scenario: 'scenario',
  riskRule: 'risicoregel',
  question: 'vraag',
  requirement: 'eis',
  exception: 'uitzondering',
  source: 'bron',
};
const kindEn: Record<string, string> = {
  level: 'risk level',
  scenario: 'scenario',
  riskRule: 'risk rule',
  question: 'question',
  requirement: 'requirement',
  exception: 'exception',
  source: 'source',
};
const didYouMeanNl = (p: Params<never, 'suggestion'>) => (p.suggestion === undefined ? '' : ` Bedoelt u '${p.suggestion}'?`);
const didYouMeanEn = (p: Params<never, 'suggestion'>) => (p.suggestion === undefined ? '' : ` Did you mean '${p.suggestion}'?`);
const knownNl = (p: Params<never, 'known'>) => (p.known ? ` Bekend: ${p.known}.` : ' Er zijn er nog geen gedefinieerd.');
const knownEn = (p: Params<never, 'known'>) => (p.known ? ` Known: ${p.known}.` : ' None are defined yet.');

/** Problem messages of src/catalogue (loading and the semantic rules; the YAML underneath has src/yaml/yaml-messages.ts), by code. */
export const catalogueMessages = defineMessages({
  nl: {
    'catalogue-too-many': (p: Params<'limit' | 'section'>) => `meer dan ${p.limit} elementen in '${p.section}' (alle bestanden samen): zo groot is geen echte catalogus; de grens is een keuze van PKVW-light, tien keer de meegeleverde catalogus of meer`,
    'catalogue-too-many-files': (p: Params<'count' | 'limit' | 'path'>) => `${p.path} bevat ${p.count} catalogusbestanden, meer dan de grens van ${p.limit}`,
    'catalogue-too-large': (p: Params<'limit' | 'path'>) => `de catalogusbestanden in ${p.path} zijn samen groter dan ${p.limit} bytes; dit bestand is niet meer gelezen`,
    'domain-without-requirements': (p: Params<'domain' | 'scenario'>) => `scenario ${p.scenario} hoort bij domein ${p.domain}, maar de catalogus heeft geen enkele eis in dat domein: ontbreekt het bestand van dat domein?`,
    'catalogue-empty': (p: Params<'path'>) => `geen catalogusbestanden (*.yaml) gevonden in ${p.path}`,
    'catalogue-not-a-folder': (p: Params<'path'>) => `${p.path} is geen map; geef de map met de catalogusbestanden (*.yaml)`,
    'modeline-missing': (p: Params<'modeline'>) => `de eerste regel hoort de schema-verwijzing te zijn, zodat uw editor meekijkt: ${p.modeline}`,
    'keurmerk-missing': () => "geen enkel bestand bevat het blok 'keurmerk:' (id, versie, status, titel); voeg het toe aan precies één bestand",
    'keurmerk-duplicate': (p: Params<'first'>) => `tweede blok 'keurmerk:'; het eerste staat in ${p.first} — een catalogus heeft er precies één`,
    'levels-missing': () => "geen risiconiveaus: voeg een lijst 'levels:' toe, laagste eerst (bijvoorbeeld - id: A ...)",
    'levels-split': (p: Params<'first'>) => `risiconiveaus staan al in ${p.first}; zet alle niveaus in één lijst, want hun volgorde bepaalt wat hoger is`,
    'duplicate-id': (p: Params<'first' | 'id' | 'kind'>) => `${kindNl[String(p.kind)] ?? p.kind} '${p.id}' bestaat al (${p.first}); ids moeten uniek zijn over alle bestanden`,
    'unknown-scenario': (p: Params<'id', 'known' | 'suggestion'>) => `onbekend scenario '${p.id}'.${didYouMeanNl(p)}${knownNl(p)}`,
    'unknown-level': (p: Params<'id', 'known' | 'suggestion'>) => `onbekend risiconiveau '${p.id}'.${didYouMeanNl(p)}${knownNl(p)}`,
    'unknown-question': (p: Params<'id', 'known' | 'suggestion'>) => `onbekende vraag '${p.id}'.${didYouMeanNl(p)}${knownNl(p)}`,
    'unknown-exception': (p: Params<'id', 'known' | 'suggestion'>) => `onbekende uitzondering '${p.id}'.${didYouMeanNl(p)}${knownNl(p)}`,
    'unknown-source': (p: Params<'id', 'known' | 'suggestion'>) => `onbekende bron '${p.id}'; voeg haar toe onder sources:.${didYouMeanNl(p)}${knownNl(p)}`,
    'owner-requirement-without-risk': (p: Params<'id'>) =>
      `bestuurderseis ${p.id} is aan geen enkel risico gekoppeld; voeg toe: risks: [{ scenario: ..., minLevel: ... }] (een eis moet aantoonbaar tegen een risico helpen)`,
    'owner-requirement-without-met-when': (p: Params<'id'>) => `bestuurderseis ${p.id} zegt niet wanneer eraan voldaan is; voeg toe: metWhen: { answer: ..., is: true }`,
    'owner-requirement-without-source': (p: Params<'id'>) => `bestuurderseis ${p.id} noemt geen bron; voeg toe: sources: [bron-id]`,
    'condition-value-not-allowed': (p: Params<'allowed' | 'operator' | 'question' | 'type' | 'value'>) =>
      `voorwaarde op vraag ${p.question} (${p.type}) gebruikt waarde '${p.value}' bij ${p.operator}, maar die kan het antwoord nooit hebben; mogelijk: ${p.allowed}`,
    'condition-form-mismatch': (p: Params<'expected' | 'operator' | 'question' | 'type'>) => `voorwaarde ${p.operator} past niet bij vraag ${p.question} van type ${p.type}; gebruik ${p.expected}`,
    'condition-out-of-range': (p: Params<'max' | 'min' | 'operator' | 'question' | 'value'>) => `voorwaarde ${p.operator}: ${p.value} op vraag ${p.question} valt buiten het bereik van de vraag (${p.min} t/m ${p.max})`,
    'ask-when-forward-reference': (p: Params<'question' | 'refers'>) =>
      `askWhen van vraag ${p.question} gebruikt vraag ${p.refers}, die niet eerder gesteld wordt (volgorde: intake, wonen, werk, verplaatsen, informatie; daarbinnen bestands- en documentvolgorde)`,
    'question-too-few-options': (p: Params<'count' | 'id' | 'type'>) => `vraag ${p.id} (${p.type}) heeft ${p.count} opties; geef er minstens twee onder options: - value: ... label: { nl: ..., en: ... }`,
    'question-duplicate-option': (p: Params<'id' | 'value'>) => `vraag ${p.id}: optie '${p.value}' komt twee keer voor; elke waarde moet uniek zijn`,
    'question-options-not-allowed': (p: Params<'id' | 'type'>) => `vraag ${p.id} is van type ${p.type} en heeft dus geen options; gebruik type: choice of multi`,
    'question-range-invalid': (p: Params<'id' | 'max' | 'min'>) => `vraag ${p.id}: min (${p.min}) is groter dan max (${p.max})`,
    'cost-range-invalid': (p: Params<'id' | 'max' | 'min'>) => `eis ${p.id}: kosten min (${p.min}) is groter dan max (${p.max})`,
    'risk-rule-advice-beyond-keurmerk': (p: Params<'id' | 'level'>) =>
      `risicoregel ${p.id}: requiresAdvice op niveau ${p.level}, dat niet certificeerbaar is; daar verwijst het oordeel al door en verlaagt geen advies het niveau (haal requiresAdvice weg)`,
    'measure-not-employer': (p: Params<'id'>) => `eis ${p.id}: alleen een werkgeversmaatregel (responsibility: werkgever) kan een measure zijn; schrap measure of maak de eis een werkgeverseis`,
    'refusal-not-owner': (p: Params<'id'>) => `eis ${p.id}: gemotiveerd afzien (allowsRefusal) kan alleen bij een bestuurderseis; schrap allowsRefusal`,
    'refusal-pkvw-core': (p: Params<'id'>) => `eis ${p.id} hoort bij de PKVW-kern van de woning (pkvwCore) en staat dus geen gemotiveerd afzien toe; schrap allowsRefusal`,
    'cost-class-amount-missing': (p: Params<'id'>) => `eis ${p.id}: een bekend bedrag (known-amount) vraagt amount: { euros: ..., vat: incl } en sources: [bron-id]`,
    'cost-class-amount-not-allowed': (p: Params<'id' | 'kind'>) => `eis ${p.id}: een bedrag hoort alleen bij kind: known-amount, niet bij ${p.kind}; schrap amount of kies known-amount`,
    'proof-cut-off-missing': (p: Params<'id'>) => `uitzondering ${p.id}: een nieuwbouwbewijs (new-build) vraagt cutOff: { permitYearFrom: ..., basis: { nl: ..., en: ... }, sources: [...] }`,
    'proof-cut-off-not-allowed': (p: Params<'id' | 'kind'>) => `uitzondering ${p.id}: cutOff hoort alleen bij kind: new-build, niet bij ${p.kind}; schrap cutOff`,
    'unused-question': (p: Params<'id'>) => `vraag ${p.id} wordt door geen eis, risicoregel, askWhen, appliesWhen of claimableWhen gebruikt; schrap haar of gebruik haar`,
    'requirement-never-applies': (p: Params<'certifiable' | 'id'>) =>
      `eis ${p.id} kan nooit gelden: elk gekoppeld minimumniveau bestaat niet of is niet certificeerbaar; certificeerbare niveaus: ${p.certifiable}`,
  },
  en: {
    'catalogue-too-many': (p) => `more than ${p.limit} items in '${p.section}' (all files together): no real catalogue is that large; the limit is PKVW-light's choice, ten times the bundled catalogue or more`,
    'catalogue-too-many-files': (p) => `${p.path} holds ${p.count} catalogue files, more than the limit of ${p.limit}`,
    'catalogue-too-large': (p) => `the catalogue files in ${p.path} together exceed ${p.limit} bytes; this file was not read any more`,
    'domain-without-requirements': (p) => `scenario ${p.scenario} belongs to domain ${p.domain}, but the catalogue has no requirement in that domain: is that domain's file missing?`,
    'catalogue-empty': (p) => `no catalogue files (*.yaml) found in ${p.path}`,
    'catalogue-not-a-folder': (p) => `${p.path} is not a folder; give the folder holding the catalogue files (*.yaml)`,
    'modeline-missing': (p) => `the first line should be the schema reference, so your editor checks as you type: ${p.modeline}`,
    'keurmerk-missing': () => "no file holds the 'keurmerk:' block (id, version, status, title); add it to exactly one file",
    'keurmerk-duplicate': (p) => `second 'keurmerk:' block; the first is in ${p.first} — a catalogue has exactly one`,
    'levels-missing': () => "no risk levels: add a 'levels:' list, lowest first (e.g. - id: A ...)",
    'levels-split': (p) => `risk levels are already listed in ${p.first}; keep all levels in one list, as their order says which is higher`,
    'duplicate-id': (p) => `${kindEn[String(p.kind)] ?? p.kind} '${p.id}' already exists (${p.first}); ids must be unique across all files`,
    'unknown-scenario': (p) => `unknown scenario '${p.id}'.${didYouMeanEn(p)}${knownEn(p)}`,
    'unknown-level': (p) => `unknown risk level '${p.id}'.${didYouMeanEn(p)}${knownEn(p)}`,
    'unknown-question': (p) => `unknown question '${p.id}'.${didYouMeanEn(p)}${knownEn(p)}`,
    'unknown-exception': (p) => `unknown exception '${p.id}'.${didYouMeanEn(p)}${knownEn(p)}`,
    'unknown-source': (p) => `unknown source '${p.id}'; add it under sources:.${didYouMeanEn(p)}${knownEn(p)}`,
    'owner-requirement-without-risk': (p) =>
      `owner requirement ${p.id} is linked to no risk; add: risks: [{ scenario: ..., minLevel: ... }] (a requirement must demonstrably address a risk)`,
    'owner-requirement-without-met-when': (p) => `owner requirement ${p.id} does not say when it is met; add: metWhen: { answer: ..., is: true }`,
    'owner-requirement-without-source': (p) => `owner requirement ${p.id} cites no source; add: sources: [source-id]`,
    'condition-value-not-allowed': (p) =>
      `condition on question ${p.question} (${p.type}) uses value '${p.value}' with ${p.operator}, which the answer can never have; possible: ${p.allowed}`,
    'condition-form-mismatch': (p) => `condition ${p.operator} does not fit question ${p.question} of type ${p.type}; use ${p.expected}`,
    'condition-out-of-range': (p) => `condition ${p.operator}: ${p.value} on question ${p.question} is outside the question's range (${p.min} to ${p.max})`,
    'ask-when-forward-reference': (p) =>
      `askWhen of question ${p.question} uses question ${p.refers}, which is not asked before it (order: intake, wonen, werk, verplaatsen, informatie; within a section file and document order)`,
    'question-too-few-options': (p) => `question ${p.id} (${p.type}) has ${p.count} options; give at least two under options: - value: ... label: { nl: ..., en: ... }`,
    'question-duplicate-option': (p) => `question ${p.id}: option '${p.value}' appears twice; each value must be unique`,
    'question-options-not-allowed': (p) => `question ${p.id} is of type ${p.type}, so it has no options; use type: choice or multi`,
    'question-range-invalid': (p) => `question ${p.id}: min (${p.min}) is greater than max (${p.max})`,
    'cost-range-invalid': (p) => `requirement ${p.id}: cost min (${p.min}) is greater than max (${p.max})`,
    'risk-rule-advice-beyond-keurmerk': (p) =>
      `risk rule ${p.id}: requiresAdvice on level ${p.level}, which is not certifiable; the verdict refers on there already and no advice lowers the level (remove requiresAdvice)`,
    'measure-not-employer': (p) => `requirement ${p.id}: only an employer entry (responsibility: werkgever) can be a measure; remove measure or make it an employer entry`,
    'refusal-not-owner': (p) => `requirement ${p.id}: a reasoned refusal (allowsRefusal) is only for an owner requirement; remove allowsRefusal`,
    'refusal-pkvw-core': (p) => `requirement ${p.id} is part of the PKVW woning core (pkvwCore) and so allows no reasoned refusal; remove allowsRefusal`,
    'cost-class-amount-missing': (p) => `requirement ${p.id}: a known amount (known-amount) needs amount: { euros: ..., vat: incl } and sources: [source-id]`,
    'cost-class-amount-not-allowed': (p) => `requirement ${p.id}: an amount belongs only to kind: known-amount, not ${p.kind}; remove amount or choose known-amount`,
    'proof-cut-off-missing': (p) => `exception ${p.id}: a new-build proof needs cutOff: { permitYearFrom: ..., basis: { nl: ..., en: ... }, sources: [...] }`,
    'proof-cut-off-not-allowed': (p) => `exception ${p.id}: cutOff belongs only to kind: new-build, not ${p.kind}; remove cutOff`,
    'unused-question': (p) => `question ${p.id} is used by no requirement, risk rule, askWhen, appliesWhen or claimableWhen; remove it or use it`,
    'requirement-never-applies': (p) =>
      `requirement ${p.id} can never apply: every linked minimum level does not exist or is not certifiable; certifiable levels: ${p.certifiable}`,
  },
});

export type CatalogueCode = CodeOf<typeof catalogueMessages>;

/** What the message of `Code` reads: an emitter that gives less, or other names, fails tsc. */
export type CatalogueParams<Code extends CatalogueCode> = ParamsOf<typeof catalogueMessages, Code>;
