import { defineMessages, type CodeOf, type Params, type ParamsOf } from '../i18n/message-map.js';

/** Which limit a file broke, in words (`yaml-limit`). */
const limitNl: Record<string, string> = { depth: 'te diep genest', values: 'te veel waarden in één bestand', items: 'te veel elementen in één lijst of object', textLength: 'tekst te lang' };
const limitEn: Record<string, string> = { depth: 'nested too deeply', values: 'too many values in one file', items: 'too many items in one list or object', textLength: 'text too long' };

/**
 * What each kind of syntax error (yaml-document.ts `SyntaxKind`, from the library's error code) means
 * and how to mend it; a kind not listed is said with the library's own first line.
 */
const syntaxNl: Record<string, string> = {
  'unclosed-quote': 'hier begint een tekst tussen aanhalingstekens (" of \') die nergens wordt gesloten; zet hetzelfde aanhalingsteken aan het eind van de tekst',
  'missing-colon': 'hier staat een sleutel zonder dubbele punt erachter; schrijf "sleutel: waarde", met een spatie na de dubbele punt',
  'missing-comma': 'tussen de elementen van een lijst [ … ] of object { … } ontbreekt een komma',
  'missing-space': 'na de dubbele punt ontbreekt een spatie; schrijf "sleutel: waarde"',
  'comment-space': 'voor een # (commentaar) ontbreekt een spatie; zet er een spatie voor, of de tekst tussen aanhalingstekens',
  'unclosed-flow': 'hier wordt een lijst [ … ] of object { … } geopend maar niet gesloten; sluit hem met ] of }',
  'bad-indent': 'de inspringing klopt niet: de elementen van hetzelfde object of dezelfde lijst beginnen in dezelfde kolom',
  'tab-indent': 'hier wordt ingesprongen met een tab; YAML springt in met spaties',
  'nested-compact': 'een waarde bevat ": " (een dubbele punt en een spatie), of een regel is te ver ingesprongen; zet zo\'n waarde tussen aanhalingstekens, of controleer de inspringing',
  'block-in-flow': 'binnen een lijst [ … ] of object { … } begint iets nieuws zonder komma ervoor; scheid de elementen met komma\'s',
  'multiple-documents': 'het bestand bevat meer dan één YAML-document (een regel met ---); laat er één over',
  'bad-escape': 'een tekst tussen dubbele aanhalingstekens bevat een \\ die geen geldige escape is; schrijf \\\\ voor een backslash, of gebruik enkele aanhalingstekens',
  'bad-start': 'een waarde begint met een teken dat YAML voor zichzelf houdt (zoals @ of `); zet de waarde tussen aanhalingstekens',
  unexpected: 'hier staat een teken dat YAML op deze plek niet verwacht (zoals een losse ], } of ,); controleer de regel',
  'long-key': 'een sleutel is langer dan 1024 tekens; een sleutel hoort een korte naam te zijn',
};
const syntaxEn: Record<string, string> = {
  'unclosed-quote': 'a quoted text (" or \') starts here and is never closed; put the same quote at the end of the text',
  'missing-colon': 'a key stands here without a colon after it; write "key: value", with a space after the colon',
  'missing-comma': 'a comma is missing between the items of a list [ … ] or object { … }',
  'missing-space': 'a space is missing after the colon; write "key: value"',
  'comment-space': 'a space is missing before a # (comment); put a space before it, or the text in quotes',
  'unclosed-flow': 'a list [ … ] or object { … } is opened here and never closed; close it with ] or }',
  'bad-indent': 'the indentation is wrong: the items of one object or list start in the same column',
  'tab-indent': 'a tab is used to indent here; YAML indents with spaces',
  'nested-compact': 'a value holds ": " (a colon and a space), or a line is indented too far; put such a value in quotes, or check the indentation',
  'block-in-flow': 'inside a list [ … ] or object { … } something new starts without a comma before it; separate the items with commas',
  'multiple-documents': 'the file holds more than one YAML document (a line with ---); keep one',
  'bad-escape': 'a double-quoted text holds a \\ that is no valid escape; write \\\\ for a backslash, or use single quotes',
  'bad-start': 'a value starts with a character YAML keeps for itself (such as @ or `); put the value in quotes',
  unexpected: 'a character stands here that YAML does not expect in this place (such as a stray ], } or ,); check the line',
  'long-key': 'a key is longer than 1024 characters; a key should be a short name',
};

/** Problem messages of src/yaml: a file that is no YAML PKVW-light reads, or breaks one of its limits (catalogue and answers files alike), by code. */
export const yamlMessages = defineMessages({
  nl: {
    'yaml-too-large': (p: Params<'limit' | 'size'>) => `bestand is ${p.size} bytes, meer dan de grens van ${p.limit}; een catalogus- of antwoordbestand is veel kleiner — controleer of dit het juiste bestand is`,
    'yaml-not-utf8': () => 'bestand is geen geldige UTF-8-tekst; sla het op als UTF-8 (zonder andere codering)',
    'yaml-binary': () => 'bestand bevat NUL-tekens en is dus geen tekstbestand; verwacht een YAML-bestand',
    'yaml-syntax': (p: Params<'detail' | 'kind'>) => `YAML-syntaxfout: ${syntaxNl[String(p.kind)] ?? `${p.detail}; controleer inspringing, dubbele punten en aanhalingstekens`}`,
    'yaml-duplicate-key': (p: Params<'detail'>) => `dubbele sleutel: ${p.detail}; elke sleutel mag maar één keer voorkomen in een object`,
    'yaml-alias-limit': (p: Params<'limit'>) => `te veel YAML-aliassen (meer dan ${p.limit}); schrijf de waarden uit in plaats van &anker/*alias te herhalen`,
    'yaml-undefined-alias': (p: Params<'name'>) => `alias *${p.name} verwijst naar een anker &${p.name} dat niet eerder in het bestand staat`,
    'yaml-complex-key': () => 'een sleutel is zelf een lijst of object; een sleutel hoort een gewone naam te zijn',
    'yaml-not-unicode': () => 'tekst bevat een losse UTF-16-surrogaat (bijvoorbeeld "\\ud800"): dat is geen geldig Unicode-teken; verwijder of vervang het',
    'yaml-control-character': () => 'tekst bevat een stuurteken (zoals escape "\\e", "\\r" of een richtingsteken): alleen tekst, tabs en regeleinden zijn toegestaan; verwijder het',
    'yaml-limit': (p: Params<'limit' | 'what'>) => `${limitNl[String(p.what)] ?? p.what}: de grens is ${p.limit}; zo groot is geen echte catalogus of antwoordbestand`,
    'yaml-empty': () => 'bestand is leeg; verwacht ten minste één sectie, bijvoorbeeld requirements: [...]',
  },
  en: {
    'yaml-too-large': (p) => `file is ${p.size} bytes, over the limit of ${p.limit}; a catalogue or answers file is much smaller — check this is the right file`,
    'yaml-not-utf8': () => 'file is not valid UTF-8 text; save it as UTF-8',
    'yaml-binary': () => 'file contains NUL characters, so it is not a text file; expected a YAML file',
    'yaml-syntax': (p) => `YAML syntax error: ${syntaxEn[String(p.kind)] ?? `${p.detail}; check indentation, colons and quotes`}`,
    'yaml-duplicate-key': (p) => `duplicate key: ${p.detail}; each key may appear only once in an object`,
    'yaml-alias-limit': (p) => `too many YAML aliases (more than ${p.limit}); write the values out instead of repeating &anchor/*alias`,
    'yaml-undefined-alias': (p) => `alias *${p.name} refers to an anchor &${p.name} that does not come earlier in the file`,
    'yaml-complex-key': () => 'a key is itself a list or object; a key should be a plain name',
    'yaml-not-unicode': () => 'text contains a lone UTF-16 surrogate (such as "\\ud800"): that is no valid Unicode character; remove or replace it',
    'yaml-control-character': () => 'text contains a control character (such as escape "\\e", "\\r" or a direction mark): only text, tabs and line breaks are allowed; remove it',
    'yaml-limit': (p) => `${limitEn[String(p.what)] ?? p.what}: the limit is ${p.limit}; no real catalogue or answers file is that large`,
    'yaml-empty': () => 'file is empty; expected at least one section, e.g. requirements: [...]',
  },
});

export type YamlCode = CodeOf<typeof yamlMessages>;

/** What the message of `Code` reads: an emitter that gives less, or other names, fails tsc. */
export type YamlParams<Code extends YamlCode> = ParamsOf<typeof yamlMessages, Code>;
