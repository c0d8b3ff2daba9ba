import { defineMessages, type CodeOf, type Params, type ParamsOf } from '../i18n/message-map.js';

/** Which limit a file broke, in words (`yaml-limit`). */
const limitNl: Record<string, string> = { depth: 'te diep genest', values: 'te veel waarden in één bestand', items: 'te veel elementen in één lijst of object', textLength: 'tekst te lang' };
const limitEn: Record<string, string> = { depth: 'nested too deeply', values: 'too many values in one file', items: 'too many items in one list or object', textLength: 'text too long' };

/** Problem messages of src/yaml: a file that is no YAML PKVW-light reads, or breaks one of its limits (catalogue and answers files alike), by code. */
export const yamlMessages = defineMessages({
  nl: {
    'yaml-too-large': (p: Params<'limit' | 'size'>) => `bestand is ${p.size} bytes, meer dan de grens van ${p.limit}; een catalogus- of antwoordbestand is veel kleiner — controleer of dit het juiste bestand is`,
    'yaml-not-utf8': () => 'bestand is geen geldige UTF-8-tekst; sla het op als UTF-8 (zonder andere codering)',
    'yaml-binary': () => 'bestand bevat NUL-tekens en is dus geen tekstbestand; verwacht een YAML-bestand',
    'yaml-syntax': (p: Params<'detail'>) => `YAML-syntaxfout: ${p.detail}; controleer inspringing, dubbele punten en aanhalingstekens`,
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
    'yaml-syntax': (p) => `YAML syntax error: ${p.detail}; check indentation, colons and quotes`,
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
