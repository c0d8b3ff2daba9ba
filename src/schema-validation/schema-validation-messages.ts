import { defineMessages, type CodeOf, type Params, type ParamsOf } from '../i18n/message-map.js';

// The schema's descriptions, each in its own language (see describedBy in validate-against-schema.ts).
const nlHint = (p: Params<never, 'hintNl'>) => (p.hintNl === undefined ? '' : ` (${p.hintNl})`);
const enHint = (p: Params<never, 'hint'>) => (p.hint === undefined ? '' : ` (${p.hint})`);
const quoted = (p: Params<never, 'value'>) => (p.value === undefined ? '' : ` '${p.value}'`);

const conditionFormsNl =
  'toegestaan is precies één vorm: all: [...], any: [...], not: {...}, answer + is, answer + oneOf, answer + includes, answer + atLeast, answer + atMost, risk + atLeast, of anyRisk: { atLeast }. Voorbeeld: { answer: achterdeur, is: true }';
const conditionFormsEn =
  'exactly one form is allowed: all: [...], any: [...], not: {...}, answer + is, answer + oneOf, answer + includes, answer + atLeast, answer + atMost, risk + atLeast, or anyRisk: { atLeast }. Example: { answer: achterdeur, is: true }';

/** Messages for problems found by a JSON Schema (catalogue and answers files alike), by code. */
export const schemaValidationMessages = defineMessages({
  nl: {
    'schema-required': (p: Params<'field' | 'property', 'hint' | 'hintNl'>) => `${p.field}: verplicht veld ontbreekt: ${p.property}${nlHint(p)}; voeg het toe, bijvoorbeeld ${String(p.property).split(', ')[0]}: ...`,
    'schema-unknown-property': (p: Params<'allowed' | 'field' | 'property', 'suggestion'>) =>
      `${p.field}: onbekend veld '${p.property}'${p.suggestion === undefined ? '' : `; bedoelt u '${p.suggestion}'?`} Toegestaan: ${p.allowed || '(geen)'}`,
    'schema-type': (p: Params<'actual' | 'expected' | 'field', 'value'>) => `${p.field}: verwacht ${p.expected}, maar dit is ${p.actual}${quoted(p)}`,
    'schema-enum': (p: Params<'allowed' | 'field', 'value'>) => `${p.field}: waarde${quoted(p)} is niet toegestaan; kies uit: ${p.allowed}`,
    'schema-pattern': (p: Params<'field' | 'pattern', 'hint' | 'hintNl' | 'value'>) => `${p.field}: waarde${quoted(p)} heeft niet de juiste vorm${nlHint(p)}; vereist patroon ${p.pattern}`,
    'schema-empty-text': (p: Params<'field'>) => `${p.field}: mag niet leeg zijn; schrijf de tekst, bijvoorbeeld ${p.field}: "..."`,
    'schema-too-few-items': (p: Params<'field' | 'limit'>) => `${p.field}: minstens ${p.limit} element(en) nodig, bijvoorbeeld - ...`,
    'schema-too-few-entries': (p: Params<'field' | 'limit', 'hint' | 'hintNl'>) => `${p.field}: mag niet leeg zijn; geef minstens ${p.limit} regel(s) van de vorm naam: waarde${nlHint(p)}`,
    'schema-too-long': (p: Params<'field' | 'limit'>) => `${p.field}: te lang, hoogstens ${p.limit}`,
    'schema-range': (p: Params<'comparison' | 'field' | 'limit', 'value'>) => `${p.field}: waarde${quoted(p)} moet ${p.comparison} ${p.limit} zijn`,
    'schema-duplicate-item': (p: Params<'field' | 'first' | 'second'>) => `${p.field}: element ${p.second} is gelijk aan element ${p.first}; elk element mag maar één keer voorkomen`,
    'schema-condition-form': (p: Params<'field' | 'keys'>) => `${p.field}: dit is geen geldige voorwaarde (gevonden: ${p.keys}); ${conditionFormsNl}`,
    'schema-one-of': (p: Params<'field' | 'forms'>) => `${p.field}: past in geen van de toegestane vormen (${p.forms})`,
    // Ajv's own `detail` is English: the Dutch text names the schema's rule (keyword) instead.
    'schema-invalid': (p: Params<'detail' | 'field' | 'keyword'>) => `${p.field}: voldoet niet aan de regel '${p.keyword}' van het schema`,
    'schema-format': (p: Params<'field' | 'format', 'value'>) => `${p.field}: waarde${quoted(p)} is geen ${p.format === 'date' ? 'bestaande datum in de vorm JJJJ-MM-DD' : p.format === 'date-time' ? 'tijdstip in de vorm JJJJ-MM-DDTuu:mm:ssZ' : `geldige ${p.format}`}`,
  },
  en: {
    'schema-required': (p) => `${p.field}: required field missing: ${p.property}${enHint(p)}; add it, e.g. ${String(p.property).split(', ')[0]}: ...`,
    'schema-unknown-property': (p) =>
      `${p.field}: unknown field '${p.property}'${p.suggestion === undefined ? '' : `; did you mean '${p.suggestion}'?`} Allowed: ${p.allowed || '(none)'}`,
    'schema-type': (p) => `${p.field}: expected ${p.expected}, but this is ${p.actual}${quoted(p)}`,
    'schema-enum': (p) => `${p.field}: value${quoted(p)} is not allowed; choose from: ${p.allowed}`,
    'schema-pattern': (p) => `${p.field}: value${quoted(p)} does not have the right form${enHint(p)}; required pattern ${p.pattern}`,
    'schema-empty-text': (p) => `${p.field}: must not be empty; write the text, e.g. ${p.field}: "..."`,
    'schema-too-few-items': (p) => `${p.field}: needs at least ${p.limit} item(s), e.g. - ...`,
    'schema-too-few-entries': (p) => `${p.field}: must not be empty; give at least ${p.limit} line(s) of the form name: value${enHint(p)}`,
    'schema-too-long': (p) => `${p.field}: too long, at most ${p.limit}`,
    'schema-range': (p) => `${p.field}: value${quoted(p)} must be ${p.comparison} ${p.limit}`,
    'schema-duplicate-item': (p) => `${p.field}: item ${p.second} equals item ${p.first}; each item may appear only once`,
    'schema-condition-form': (p) => `${p.field}: this is not a valid condition (found: ${p.keys}); ${conditionFormsEn}`,
    'schema-one-of': (p) => `${p.field}: fits none of the allowed forms (${p.forms})`,
    'schema-invalid': (p) => `${p.field}: invalid (${p.keyword}: ${p.detail})`,
    'schema-format': (p) => `${p.field}: value${quoted(p)} is not ${p.format === 'date' ? 'an existing date of the form YYYY-MM-DD' : p.format === 'date-time' ? 'a time of the form YYYY-MM-DDThh:mm:ssZ' : `a valid ${p.format}`}`,
  },
});

export type SchemaValidationCode = CodeOf<typeof schemaValidationMessages>;

/** What the message of `Code` reads: an emitter that gives less, or other names, fails tsc. */
export type SchemaValidationParams<Code extends SchemaValidationCode> = ParamsOf<typeof schemaValidationMessages, Code>;
