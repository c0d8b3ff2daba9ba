/**
 * The help of every command in Dutch (default) and English (`--lang en`), applied to the commands
 * `main.ts` declares through commander's own API: descriptions, the help option and command, the
 * section titles and the "(default: …)"/"(choices: …)" notes. A text is found by the command's path
 * and the option's long flag (`check --state`), or by the flag alone for options every command shares.
 * `test/cli/help-text.test.ts` fails when a command, option or argument has no text in both languages.
 */
import { Help, type Argument, type Command, type Option } from 'commander';
import type { Language } from '../src/catalogue/catalogue-types.js';

interface HelpTexts {
  /** By command path (`''` for the program, `spec validate`, …). */
  commands: Record<string, string>;
  /** By `path --flag`, or by `--flag` for a shared option. */
  options: Record<string, string>;
  /** By `path name`. */
  arguments: Record<string, string>;
  titles: Record<'Usage:' | 'Arguments:' | 'Options:' | 'Commands:' | 'Global Options:', string>;
  usage: { options: string; command: string };
  /** The words in `<…>` and `[…]` placeholders: `--state <file>` reads `--state <bestand>`. */
  placeholders: Record<string, string>;
  help: string;
  helpCommand: string;
  defaultIs: (value: string) => string;
  choices: (values: string) => string;
  /** Shown under every command's help. */
  exitCodes: string;
}

const nl: HelpTexts = {
  commands: {
    '': 'PKVW-light: zelfcheck, oordeel en licht certificaat voor de woning van decentrale bestuurders',
    spec: 'de catalogus: valideren, als document lezen, versies vergelijken, effect simuleren',
    'spec validate': 'controleer de catalogus en meld elke fout met bestand:regel:kolom',
    'spec docs': 'de catalogus als leesbaar document (HTML of Markdown)',
    'spec diff': 'wat er verandert tussen twee catalogusversies, en welke versiestap dat vraagt',
    'spec simulate': 'het effect van de catalogus op de voorbeeldgevallen en een synthetische populatie',
    assess: 'beoordeel een antwoordbestand en toon het oordeel',
    check: 'de zelfcheck: vragen in de terminal, daarna het oordeel en het rapport',
    report: 'het rapport van een zelfcheck als PDF',
    certify: 'geef een ondertekend licht certificaat af (voor een PKVW-bedrijf)',
    verify: 'controleer een ondertekend rapport of certificaat',
    web: 'de zelfcheck als website die zonder internet werkt (één index.html; niets verlaat het apparaat)',
    issuer: 'uitgevers van certificaten',
    'issuer create-test': 'maak een TEST-CA en een TEST-bedrijfscertificaat voor demonstraties en tests',
    'issuer revoke': 'trek een licht certificaat in',
    'issuer test-crl': 'de X.509-intrekkingslijst (CRL) van de TEST-CA',
  },
  options: {
    '--lang': 'taal van de uitvoer: nl (Nederlands) of en (Engels)',
    '--version': 'toon het versienummer',
    '--spec': 'catalogusmap (standaard: de meegeleverde spec/)',
    'spec validate --json': 'de bevindingen als JSON',
    'spec docs --format': 'md (Markdown) of html',
    'spec docs --out': 'uitvoermap',
    'spec diff --json': 'de verschillen als JSON',
    'spec simulate --cases': 'map met antwoordbestanden (standaard: fixtures/cases)',
    'spec simulate --population': 'aantal synthetische gevallen',
    'spec simulate --seed': 'startgetal voor de synthetische populatie (zelfde getal, zelfde populatie)',
    'spec simulate --against': 'vergelijk met een oudere catalogusversie (map)',
    'spec simulate --model': 'trek bestuurders uit een populatiemodel (spec/populations/*.yaml)',
    'spec simulate --baseline': 'zet het model ook af tegen de huidige regel: pkvw',
    'spec simulate --runs': 'aantal gevoeligheidsruns naast de centrale run (met --model; standaard 10)',
    'spec simulate --chart': 'schrijf een SVG-grafiek (met --model)',
    'spec simulate --json': 'de uitkomst als JSON',
    'spec docs --json': 'het geschreven bestand als JSON',
    'report --json': 'het geschreven bestand en de uitkomst als JSON',
    'assess --json': 'het oordeel als JSON',
    'assess --out': 'schrijf het oordeel (JSON) naar dit bestand',
    'assess --fail-on': "afsluitcode 1 bij deze uitkomst(en), gescheiden door komma's (bijv. niet-op-orde,onvolledig)",
    'check --state': 'waar uw voortgang wordt bewaard (alleen voor u leesbaar)',
    'check --resume': 'ga verder met een bewaarde zelfcheck',
    'check --out': 'map voor oordeel en rapport (standaard: .pkvw-light/uitkomst; bij --demo: .pkvw-light/demo)',
    'check --answers': 'beantwoord de vragen niet in de terminal maar uit dit antwoordbestand',
    'check --export': 'schrijf de antwoorden ook als antwoordbestand',
    'check --demo': 'demonstratie met de meegeleverde voorbeeldantwoorden',
    'check --new': 'begin opnieuw, ook als er een bewaarde zelfcheck is (die blijft bewaard tot de nieuwe af is)',
    'check --json': 'met --answers of --demo: de uitkomst als JSON',
    'report --out': 'het PDF-bestand',
    'report --sign': 'onderteken het rapport (vereist --issuer)',
    'report --issuer': 'PKCS#12-bestand van de ondertekenaar',
    'report --passphrase-file': 'bestand met het wachtwoord van de PKCS#12 (anders PKVW_P12_PASSPHRASE)',
    'certify --issuer': 'PKCS#12-bestand van het PKVW-bedrijf',
    'certify --out': 'het certificaat (PDF)',
    'certify --passphrase-file': 'bestand met het wachtwoord van de PKCS#12 (anders PKVW_P12_PASSPHRASE)',
    'certify --number': 'certificaatnummer (standaard afgeleid van oordeel en datum)',
    'verify --trust': 'map met vertrouwde uitgevers (CA-certificaten, PEM)',
    'verify --at': 'controleer de geldigheid op deze datum (standaard: nu)',
    'verify --json': 'de uitkomst van de controles als JSON',
    'web --out': 'uitvoermap voor index.html (standaard: pkvw-light-web/)',
    'web --serve': 'toon de website op 127.0.0.1 en geef het adres (Ctrl-C stopt)',
    'web --trust': 'map met vertrouwde uitgevers (CA-certificaten, PEM) die de verificatiepagina kent',
    'web --json': 'het geschreven bestand (en het adres) als JSON',
    'issuer create-test --out': 'uitvoermap',
    'certify --issued-at': 'datum van afgifte (standaard: nu), voor voorbeelden en tests',
    'certify --tsa': 'tijdstempel van deze RFC 3161-TSA (PAdES baseline-T)',
    'certify --register': 'register van uitgegeven certificaten (standaard: uitgegeven.jsonl naast de PKCS#12)',
    'certify --json': 'de uitkomst als JSON',
    'verify --revocations': 'ondertekende intrekkingslijst van een bedrijf (mag vaker)',
    'verify --crl': 'X.509-CRL van een CA (mag vaker)',
    'verify --require-revocation-check': 'zonder intrekkingslijst van het bedrijf is het certificaat niet geldig',
    'verify --measure': 'dekt het certificaat deze maatregel (code zoals WON-16 of woorden uit de naam; mag vaker)? Alleen bij ja voor elke: afsluitcode 0',
    'issuer create-test --firm': 'naam van het bedrijf (standaard: die uit de voorbeeldinspectie)',
    'issuer create-test --force': 'vervang een bestaande uitgever in die map',
    'issuer create-test --valid-from': 'het bedrijfscertificaat geldt een jaar vanaf deze datum (standaard: gisteren)',
    'issuer create-test --json': 'de geschreven bestanden als JSON',
    'issuer revoke --reason': 'reden van intrekking',
    'issuer revoke --issuer': 'PKCS#12-bestand van het PKVW-bedrijf',
    'issuer revoke --passphrase-file': 'bestand met het wachtwoord van de PKCS#12 (anders PKVW_P12_PASSPHRASE)',
    'issuer revoke --register': 'register van uitgegeven certificaten (standaard: uitgegeven.jsonl naast de PKCS#12)',
    'issuer revoke --out': 'de ondertekende intrekkingslijst (standaard: intrekkingen.p7m naast de PKCS#12)',
    'issuer revoke --json': 'de uitkomst als JSON',
    'issuer test-crl --revoke-firm': 'zet het TEST-bedrijfscertificaat op de lijst',
    'issuer test-crl --out': 'de CRL (PEM; standaard MAP/test-ca.crl.pem)',
  },
  arguments: {
    'spec validate dir': 'catalogusmap (standaard: de meegeleverde spec/)',
    'spec diff old': 'map van de oude catalogusversie',
    'spec diff new': 'map van de nieuwe catalogusversie',
    'assess answers': 'antwoordbestand (YAML)',
    'report answers': 'antwoordbestand (YAML)',
    'certify answers': 'antwoordbestand van de inspectie (YAML)',
    'verify file': 'het PDF-bestand',
    'issuer revoke number': 'certificaatnummer',
    'issuer test-crl dir': 'map van issuer create-test',
  },
  titles: { 'Usage:': 'Gebruik:', 'Arguments:': 'Argumenten:', 'Options:': 'Opties:', 'Commands:': 'Opdrachten:', 'Global Options:': 'Algemene opties:' },
  usage: { options: '[opties]', command: '[opdracht]' },
  placeholders: {
    file: 'bestand',
    dir: 'map',
    answers: 'antwoorden',
    lang: 'taal',
    format: 'vorm',
    old: 'oud',
    new: 'nieuw',
    n: 'aantal',
    s: 'getal',
    k: 'aantal',
    rule: 'regel',
    outcomes: 'uitkomsten',
    url: 'url',
    name: 'naam',
    text: 'tekst',
    number: 'nummer',
    date: 'datum',
    id: 'nummer',
  },
  help: 'toon deze hulp',
  helpCommand: 'toon de hulp bij een opdracht',
  defaultIs: (value) => `standaard: ${value}`,
  choices: (values) => `keuze uit: ${values}`,
  exitCodes: `
Afsluitcodes:
  0    gelukt
  1    ongeldige invoer: fouten in de catalogus of de antwoorden, een PDF die de controle niet doorstaat,
       een uitkomst die bij assess --fail-on is genoemd
  2    gebruik of in- en uitvoer: onbekende optie, ontbrekend bestand, geen terminal
  70   interne fout: een fout in pkvw-light (PKVW_DEBUG=1 toont de stacktrace)
  130  onderbroken: de antwoorden tot dan toe zijn bewaard
Met --json komen ook fouten als JSON op stdout:
  {"format": "pkvw-light/errors@1", "exitCode": 1, "errors": [{"code", "severity", "message", "location"}]}
`,
};

const en: HelpTexts = {
  commands: {
    '': 'PKVW-light: self-check, verdict and light certificate for the homes of local administrators',
    spec: 'the catalogue: validate, read as a document, compare versions, simulate the impact',
    'spec validate': 'check the catalogue and report every error as file:line:column',
    'spec docs': 'the catalogue as a readable document (HTML or Markdown)',
    'spec diff': 'what changes between two catalogue versions, and the version step it needs',
    'spec simulate': 'the impact of the catalogue on the example cases and a synthetic population',
    assess: 'evaluate an answers file and show the verdict',
    check: 'the self-check: questions in the terminal, then the verdict and the report',
    report: 'the report of a self-check as PDF',
    certify: 'issue a signed light certificate (for a PKVW firm)',
    verify: 'verify a signed report or certificate',
    web: 'the self-check as a web site that works offline (one index.html; nothing leaves the device)',
    issuer: 'certificate issuers',
    'issuer create-test': 'create a TEST CA and a TEST firm certificate for demonstrations and tests',
    'issuer revoke': 'revoke a light certificate',
    'issuer test-crl': "the TEST CA's X.509 revocation list (CRL)",
  },
  options: {
    '--lang': 'output language: nl (Dutch) or en (English)',
    '--version': 'show the version number',
    '--spec': 'catalogue folder (default: the bundled spec/)',
    'spec validate --json': 'the findings as JSON',
    'spec docs --format': 'md (Markdown) or html',
    'spec docs --out': 'output folder',
    'spec diff --json': 'the differences as JSON',
    'spec simulate --cases': 'folder of answers files (default: fixtures/cases)',
    'spec simulate --population': 'number of synthetic cases',
    'spec simulate --seed': 'seed of the synthetic population (same seed, same population)',
    'spec simulate --against': 'compare with an older catalogue version (folder)',
    'spec simulate --model': 'draw administrators from a population model (spec/populations/*.yaml)',
    'spec simulate --baseline': "also compare the model with today's rule: pkvw",
    'spec simulate --runs': 'number of sensitivity runs beside the central run (with --model; default 10)',
    'spec simulate --chart': 'write an SVG chart (with --model)',
    'spec simulate --json': 'the result as JSON',
    'spec docs --json': 'the file written as JSON',
    'report --json': 'the file written and the outcome as JSON',
    'assess --json': 'the verdict as JSON',
    'assess --out': 'write the verdict (JSON) to this file',
    'assess --fail-on': 'exit 1 on these outcomes, comma-separated (e.g. niet-op-orde,onvolledig)',
    'check --state': 'where your progress is saved (readable only by you)',
    'check --resume': 'continue a saved self-check',
    'check --out': 'folder for the verdict and the report (default: .pkvw-light/uitkomst; with --demo: .pkvw-light/demo)',
    'check --answers': 'answer from this answers file instead of in the terminal',
    'check --export': 'also write the answers as an answers file',
    'check --demo': 'demonstration with the bundled example answers',
    'check --new': 'start over, even when a saved self-check exists (it is kept until the new one is finished)',
    'check --json': 'with --answers or --demo: the result as JSON',
    'report --out': 'the PDF file',
    'report --sign': 'sign the report (needs --issuer)',
    'report --issuer': "PKCS#12 file of the signer",
    'report --passphrase-file': 'file with the PKCS#12 passphrase (otherwise PKVW_P12_PASSPHRASE)',
    'certify --issuer': "PKCS#12 file of the PKVW firm",
    'certify --out': 'the certificate (PDF)',
    'certify --passphrase-file': 'file with the PKCS#12 passphrase (otherwise PKVW_P12_PASSPHRASE)',
    'certify --number': 'certificate number (default: derived from the verdict and the date)',
    'verify --trust': 'folder of trusted issuers (CA certificates, PEM)',
    'verify --at': 'check validity at this date (default: now)',
    'verify --json': 'the result of the checks as JSON',
    'web --out': 'output folder for index.html (default: pkvw-light-web/)',
    'web --serve': 'show the web site on 127.0.0.1 and print its address (Ctrl-C stops)',
    'web --trust': 'folder of trusted issuers (CA certificates, PEM) the verification page knows',
    'web --json': 'the file written (and the address) as JSON',
    'issuer create-test --out': 'output folder',
    'certify --issued-at': 'date of issue (default: now), for examples and tests',
    'certify --tsa': 'timestamp from this RFC 3161 TSA (PAdES baseline-T)',
    'certify --register': 'register of issued certificates (default: uitgegeven.jsonl beside the PKCS#12)',
    'certify --json': 'the result as JSON',
    'verify --revocations': "a firm's signed revocation list (repeatable)",
    'verify --crl': "a CA's X.509 CRL (repeatable)",
    'verify --require-revocation-check': "without the firm's revocation list the certificate is not valid",
    'verify --measure': 'does the certificate cover this measure (a code such as WON-16 or words of its name; repeatable)? Exit code 0 only if yes for each',
    'issuer create-test --firm': 'name of the firm (default: the one in the example inspection)',
    'issuer create-test --force': 'replace an existing issuer in that folder',
    'issuer create-test --valid-from': 'the firm certificate is valid for a year from this date (default: yesterday)',
    'issuer create-test --json': 'the files written as JSON',
    'issuer revoke --reason': 'reason for the revocation',
    'issuer revoke --issuer': 'PKCS#12 file of the PKVW firm',
    'issuer revoke --passphrase-file': 'file with the PKCS#12 passphrase (otherwise PKVW_P12_PASSPHRASE)',
    'issuer revoke --register': 'register of issued certificates (default: uitgegeven.jsonl beside the PKCS#12)',
    'issuer revoke --out': 'the signed revocation list (default: intrekkingen.p7m beside the PKCS#12)',
    'issuer revoke --json': 'the result as JSON',
    'issuer test-crl --revoke-firm': 'put the TEST firm certificate on the list',
    'issuer test-crl --out': 'the CRL (PEM; default DIR/test-ca.crl.pem)',
  },
  arguments: {
    'spec validate dir': 'catalogue folder (default: the bundled spec/)',
    'spec diff old': 'folder of the old catalogue version',
    'spec diff new': 'folder of the new catalogue version',
    'assess answers': 'answers file (YAML)',
    'report answers': 'answers file (YAML)',
    'certify answers': 'answers file of the inspection (YAML)',
    'verify file': 'the PDF file',
    'issuer revoke number': 'certificate number',
    'issuer test-crl dir': 'folder of issuer create-test',
  },
  titles: { 'Usage:': 'Usage:', 'Arguments:': 'Arguments:', 'Options:': 'Options:', 'Commands:': 'Commands:', 'Global Options:': 'Global options:' },
  usage: { options: '[options]', command: '[command]' },
  placeholders: {},
  help: 'show this help',
  helpCommand: 'show the help of a command',
  defaultIs: (value) => `default: ${value}`,
  choices: (values) => `choices: ${values}`,
  exitCodes: `
Exit codes:
  0    success
  1    invalid input: errors in the catalogue or the answers, a PDF that fails verification,
       an outcome named in assess --fail-on
  2    usage or I/O: unknown option, missing file, no terminal
  70   internal error: a bug in pkvw-light (PKVW_DEBUG=1 shows the stack trace)
  130  interrupted: the answers so far are saved
With --json, errors too are JSON on stdout:
  {"format": "pkvw-light/errors@1", "exitCode": 1, "errors": [{"code", "severity", "message", "location"}]}
`,
};

export const helpTexts: Record<Language, HelpTexts> = { nl, en };

/** The command's path below the program: `''`, `check`, `spec validate`. */
export function commandPath(command: Command): string {
  const names: string[] = [];
  for (let at: Command | null = command; at?.parent; at = at.parent) names.unshift(at.name());
  return names.join(' ');
}

const optionKey = (path: string, option: Option) => `${path} ${option.long ?? option.short ?? option.flags}`.trim();

/** Sets every description of `program` and its commands in `lang`, and its help's own words. */
/** An argument's name as the help shows it: `answers` reads `antwoorden` in Dutch. */
export function placeholderWord(word: string, lang: Language): string {
  return helpTexts[lang].placeholders[word] ?? word;
}

export function applyHelpLanguage(program: Command, lang: Language): void {
  const texts = helpTexts[lang];
  const describe = (command: Command) => {
    const path = commandPath(command);
    const description = texts.commands[path];
    if (description !== undefined) command.description(description);
    for (const option of command.options) {
      const text = texts.options[optionKey(path, option)] ?? texts.options[option.long ?? ''];
      if (text !== undefined) option.description = text;
    }
    for (const argument of command.registeredArguments) {
      const text = texts.arguments[`${path} ${argument.name()}`];
      if (text !== undefined) argument.description = text;
    }
    command.helpOption('-h, --help', texts.help);
    if (command.commands.length > 0) command.helpCommand(`help ${texts.usage.command}`, texts.helpCommand);
    command.configureHelp(helpConfiguration(texts));
    command.addHelpText('after', texts.exitCodes);
    command.commands.forEach(describe);
  };
  describe(program);
}

/** Commander's help with the section titles, usage words and "(default: …)" notes in the asked language. */
function helpConfiguration(texts: HelpTexts): Partial<Help> {
  const base = new Help();
  const titles: Record<string, string | undefined> = { ...texts.titles };
  const placeholders: Record<string, string | undefined> = { ...texts.placeholders, options: texts.usage.options.slice(1, -1) };
  const words = (term: string) => term.replace(/([<[])([a-z-]+)(\.{3})?([>\]])/g, (all, open: string, word: string, dots = '', close: string) => `${open}${placeholders[word] ?? word}${dots}${close}`);
  const note = (parts: string[]) => (parts.length === 0 ? '' : ` (${parts.join('; ')})`);
  const shown = (value: unknown) => (Array.isArray(value) ? value.join(', ') : String(value));
  return {
    styleTitle: (title: string) => titles[title] ?? title,
    commandUsage: (command: Command) => words(base.commandUsage(command).replace('[command]', texts.usage.command)),
    subcommandTerm: (command: Command) => words(base.subcommandTerm(command)),
    optionTerm: (option: Option) => words(base.optionTerm(option)),
    argumentTerm: (argument: Argument) => placeholders[base.argumentTerm(argument)] ?? words(base.argumentTerm(argument)),
    optionDescription: (option: Option) => {
      const parts: string[] = [];
      if (option.argChoices) parts.push(texts.choices(option.argChoices.join(', ')));
      // A default that says nothing (a negated flag's true, an empty list) is left out.
      const empty = Array.isArray(option.defaultValue) && option.defaultValue.length === 0;
      if (option.defaultValue !== undefined && !empty && !(option.negate && option.defaultValue === true)) parts.push(texts.defaultIs(option.defaultValueDescription ?? shown(option.defaultValue)));
      return option.description + note(parts);
    },
    argumentDescription: (argument: Argument) => {
      const parts: string[] = [];
      if (argument.argChoices) parts.push(texts.choices(argument.argChoices.join(', ')));
      if (argument.defaultValue !== undefined) parts.push(texts.defaultIs(argument.defaultValueDescription ?? shown(argument.defaultValue)));
      return argument.description + note(parts);
    },
  };
}
