/**
 * The `pkvw-light` command. This file declares every command and option, then lazily imports the
 * module that carries it out, so `spec validate` never pays for loading pdfkit. It is the only
 * place that exits the process.
 */
import { Command, CommanderError, Option } from 'commander';
import type { Language } from '../src/catalogue/catalogue-types.js';
import { EXIT, UserError } from '../src/problems/errors.js';
import { formatProblemLine, type TypedProblem } from '../src/messages/render-problem.js';
import type { Problem } from '../src/problems/problem.js';
import type { CliIo } from './cli-io.js';
import { applyHelpLanguage } from './help-text.js';
import { usageProblem } from './usage-errors.js';
import { renderErrorsJson } from './error-json.js';
import { packageVersion } from '../src/package-version.js';

const langOption = () => new Option('--lang <lang>', 'taal van de uitvoer / output language').choices(['nl', 'en']).default('nl');
const specOption = () => new Option('--spec <dir>', 'catalogusmap / catalogue folder (default: the bundled spec/)');

/** Runs the CLI with the given arguments and returns the exit code; never exits itself. */
export async function runMain(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode: number = EXIT.ok;
  // Known before parsing, so that even a parse error is reported in the asked language.
  let lang: Language = requestedLanguage(argv);
  const json = jsonRequested(argv);
  const run = (action: () => Promise<number>) => async () => {
    exitCode = await action();
  };

  const program = new Command('pkvw-light')
    .description('PKVW-light: zelfcheck, oordeel en licht certificaat voor de woning van decentrale bestuurders')
    .version(packageVersion(), '-V, --version')
    .exitOverride()
    // Commander's own (English) error text is not shown: reportFailure words it from the message map (usage-errors.ts).
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => undefined });

  const spec = program.command('spec').description('de catalogus: valideren, documenteren, vergelijken, simuleren / the catalogue');

  spec
    .command('validate')
    .description('controleer de catalogus en meld fouten met bestand:regel:kolom / validate the catalogue')
    .argument('[dir]', 'catalogusmap (standaard: de meegeleverde spec/)')
    .option('--json', 'bevindingen als JSON / findings as JSON')
    .addOption(langOption())
    .action((dir: string | undefined, opts: { json?: boolean; lang: Language }) =>
      run(async () => {
        lang = opts.lang;
        const { runSpecValidate } = await import('./commands/spec-validate.js');
        return runSpecValidate({ dir, json: opts.json === true, lang: opts.lang }, io);
      })(),
    );

  spec
    .command('docs')
    .description('de catalogus als leesbaar document / the catalogue as a readable document')
    .addOption(new Option('--format <format>', 'md of html').choices(['md', 'html']).default('html'))
    .addOption(langOption())
    .addOption(specOption())
    .requiredOption('--out <dir>', 'uitvoermap / output folder')
    .option('--json', 'het geschreven bestand als JSON / the file written as JSON')
    .action((opts: { format: 'md' | 'html'; lang: Language; spec?: string; out: string; json?: boolean }) =>
      run(async () => {
        lang = opts.lang;
        const { runSpecDocs } = await import('./commands/spec-docs.js');
        return runSpecDocs({ ...opts, json: opts.json === true }, io);
      })(),
    );

  spec
    .command('diff')
    .description('wat verandert tussen twee catalogusversies / what changes between two catalogue versions')
    .argument('<old>', 'oude catalogusmap')
    .argument('<new>', 'nieuwe catalogusmap')
    .option('--json', 'als JSON / as JSON')
    .addOption(langOption())
    .action((oldDir: string, newDir: string, opts: { json?: boolean; lang: Language }) =>
      run(async () => {
        lang = opts.lang;
        const { runSpecDiff } = await import('./commands/spec-diff.js');
        return runSpecDiff({ oldDir, newDir, json: opts.json === true, lang: opts.lang }, io);
      })(),
    );

  spec
    .command('simulate')
    .description('effect van de catalogus op een populatie gevallen / impact on a population of cases')
    .option('--cases <dir>', 'map met antwoordbestanden (standaard: fixtures/cases)')
    .option('--population <n>', 'aantal synthetische gevallen', '200')
    .option('--seed <s>', 'zaad voor de synthetische populatie', '1')
    .option('--against <dir>', 'vergelijk met een oudere catalogusversie')
    .option('--model <file>', 'trek bestuurders uit een populatiemodel (spec/populations/*.yaml) / draw from a population model')
    .option('--baseline <rule>', 'zet het model ook af tegen de huidige regel: pkvw / compare with today\'s rule: pkvw')
    .option('--runs <k>', 'gevoeligheidsruns naast de centrale run (met --model, standaard 10) / sensitivity runs (default 10)')
    .option('--chart <file>', 'schrijf een SVG-grafiek (met --model) / write an SVG chart')
    .option('--json', 'als JSON / as JSON')
    .addOption(specOption())
    .addOption(langOption())
    .action((opts: { cases?: string; population: string; seed: string; against?: string; model?: string; baseline?: string; runs?: string; chart?: string; json?: boolean; spec?: string; lang: Language }) =>
      run(async () => {
        lang = opts.lang;
        const { runSpecSimulate } = await import('./commands/spec-simulate.js');
        return runSpecSimulate({ ...opts, json: opts.json === true }, io);
      })(),
    );

  program
    .command('assess')
    .description('beoordeel een antwoordbestand / evaluate an answers file')
    .argument('<answers>', 'antwoordbestand (YAML)')
    .option('--json', 'het oordeel als JSON / the verdict as JSON')
    .option('--out <file>', 'schrijf het oordeel (JSON) naar dit bestand')
    .option('--fail-on <outcomes>', 'afsluitcode 1 bij deze uitkomst(en), met komma\'s / exit 1 on these outcomes, comma-separated (e.g. niet-op-orde,onvolledig)')
    .addOption(specOption())
    .addOption(langOption())
    .action((answers: string, opts: { json?: boolean; out?: string; failOn?: string; spec?: string; lang: Language }) =>
      run(async () => {
        lang = opts.lang;
        const { runAssess } = await import('./commands/assess.js');
        return runAssess({ answers, json: opts.json === true, out: opts.out, failOn: opts.failOn, spec: opts.spec, lang: opts.lang }, io);
      })(),
    );

  program
    .command('check')
    .description('interactieve zelfcheck in de terminal / interactive self-check')
    .option('--state <file>', 'waar de voortgang wordt bewaard', '.pkvw-light/zelfcheck.state.json')
    .option('--resume <file>', 'ga verder met een bewaarde zelfcheck')
    .option('--out <dir>', 'map voor oordeel en rapport (standaard: .pkvw-light/uitkomst; bij --demo: .pkvw-light/demo)')
    .option('--answers <file>', 'beantwoord niet interactief uit dit antwoordbestand')
    .option('--export <file>', 'schrijf de antwoorden ook als antwoordbestand')
    .option('--demo', 'demonstratie met een meegeleverd voorbeeld')
    .option('--new', 'begin opnieuw, ook als er een bewaarde zelfcheck is')
    .option('--json', 'met --answers of --demo: de uitkomst als JSON / with --answers or --demo: the result as JSON')
    .addOption(specOption())
    .addOption(langOption())
    .action(
      (opts: { state: string; resume?: string; out?: string; answers?: string; export?: string; demo?: boolean; new?: boolean; json?: boolean; spec?: string; lang: Language }) =>
        run(async () => {
          lang = opts.lang;
          // A replay (--demo, --answers) ends in the report: its pdfkit is prepared before `check` even loads (report-pdf-ahead.ts).
          const replaying = opts.demo === true || opts.answers !== undefined;
          const ahead = replaying ? (await import('../src/report/report-pdf-ahead.js')).prepareReportPdf() : undefined;
          const { runCheck } = await import('./commands/check.js');
          return runCheck({ ...opts, demo: opts.demo === true, new: opts.new === true, json: opts.json === true }, io, ahead);
        })(),
    );

  program
    .command('report')
    .description('PDF-rapport van een zelfcheck / PDF report of a self-check')
    .argument('<answers>', 'antwoordbestand (YAML)')
    .requiredOption('--out <file>', 'het PDF-bestand')
    .option('--sign', 'onderteken het rapport (vereist --issuer)')
    .option('--issuer <p12>', 'PKCS#12 van de ondertekenaar')
    .option('--passphrase-file <file>', 'bestand met het wachtwoord van de PKCS#12 (anders PKVW_P12_PASSPHRASE)')
    .option('--json', 'bestand en uitkomst als JSON / the file written and the outcome as JSON')
    .addOption(specOption())
    .addOption(langOption())
    .action(
      (answers: string, opts: { out: string; sign?: boolean; issuer?: string; passphraseFile?: string; json?: boolean; spec?: string; lang: Language }) =>
        run(async () => {
          lang = opts.lang;
          const { runReport } = await import('./commands/report.js');
          return runReport({ answers, ...opts, sign: opts.sign === true, json: opts.json === true }, io);
        })(),
    );

  program
    .command('certify')
    .description('geef een ondertekend licht certificaat af / issue a signed light certificate')
    .argument('<answers>', 'antwoordbestand van de inspectie (YAML)')
    .requiredOption('--issuer <p12>', 'PKCS#12 van het PKVW-bedrijf')
    .requiredOption('--out <file>', 'het certificaat (PDF)')
    .option('--passphrase-file <file>', 'bestand met het wachtwoord van de PKCS#12 (anders PKVW_P12_PASSPHRASE)')
    .option('--number <id>', 'certificaatnummer (standaard afgeleid van oordeel en datum)')
    .option('--issued-at <date>', 'datum van afgifte (standaard: nu), voor voorbeelden en tests')
    .option('--tsa <url>', 'tijdstempel van deze RFC 3161-TSA (PAdES baseline-T)')
    .option('--register <file>', 'register van uitgegeven certificaten (standaard: uitgegeven.jsonl naast de PKCS#12)')
    .option('--json', 'als JSON / as JSON')
    .addOption(specOption())
    .addOption(langOption())
    .action(
      (
        answers: string,
        opts: { issuer: string; out: string; passphraseFile?: string; number?: string; issuedAt?: string; tsa?: string; register?: string; json?: boolean; spec?: string; lang: Language },
      ) =>
        run(async () => {
          lang = opts.lang;
          const { runCertify } = await import('./commands/certify.js');
          return runCertify({ answers, ...opts }, io);
        })(),
    );

  const collect = (value: string, previous: string[]) => [...previous, value];
  program
    .command('verify')
    .description('controleer een licht certificaat / verify a light certificate')
    .argument('<file>', 'het PDF-bestand')
    .option('--trust <dir>', 'map met vertrouwde uitgevers (CA-certificaten, PEM)')
    .option('--at <date>', 'controleer de geldigheid op deze datum (standaard: nu)')
    .option('--revocations <file>', 'ondertekende intrekkingslijst van een bedrijf (herhaalbaar)', collect, [])
    .option('--crl <file>', 'X.509-CRL van een CA (herhaalbaar)', collect, [])
    .option('--require-revocation-check', 'zonder intrekkingslijst van het bedrijf is het certificaat niet geldig')
    .option('--measure <measure>', 'dekt het certificaat deze maatregel (code of naam; herhaalbaar)?', collect, [])
    .option('--json', 'als JSON / as JSON')
    .addOption(specOption())
    .addOption(langOption())
    .action(
      (
        file: string,
        opts: { trust?: string; at?: string; revocations: string[]; crl: string[]; requireRevocationCheck?: boolean; measure: string[]; json?: boolean; spec?: string; lang: Language },
      ) =>
        run(async () => {
          lang = opts.lang;
          const { runVerify } = await import('./commands/verify.js');
          return runVerify({ file, ...opts, json: opts.json === true }, io);
        })(),
    );

  program
    .command('web')
    .description('de zelfcheck als website die zonder internet werkt / the self-check as an offline web site')
    .option('--out <dir>', 'uitvoermap (standaard: pkvw-light-web/)')
    .option('--serve', 'toon de website op 127.0.0.1')
    .option('--trust <dir>', 'map met vertrouwde uitgevers (CA-certificaten, PEM) voor de verificatiepagina')
    .option('--json', 'als JSON / as JSON')
    .addOption(langOption())
    .action((opts: { out?: string; serve?: boolean; trust?: string; json?: boolean; lang: Language }) =>
      run(async () => {
        lang = opts.lang;
        const { runWeb } = await import('./commands/web.js');
        return runWeb({ ...opts, serve: opts.serve === true, json: opts.json === true }, io);
      })(),
    );

  const issuer = program.command('issuer').description('uitgevers van certificaten / certificate issuers');
  issuer
    .command('create-test')
    .description('maak een TEST-CA en een TEST-bedrijfscertificaat voor demo en tests')
    .requiredOption('--out <dir>', 'uitvoermap')
    .option('--firm <name>', 'naam van het bedrijf (standaard: die uit de voorbeeldinspectie)')
    .option('--force', 'vervang een bestaande uitgever in die map')
    .option('--valid-from <date>', 'het bedrijfscertificaat geldt een jaar vanaf deze datum (standaard: gisteren)')
    .option('--json', 'de geschreven bestanden als JSON')
    .addOption(langOption())
    .action((opts: { out: string; firm?: string; force?: boolean; validFrom?: string; json?: boolean; lang: Language }) =>
      run(async () => {
        lang = opts.lang;
        const { runIssuerCreateTest } = await import('./commands/issuer-create-test.js');
        return runIssuerCreateTest(opts, io);
      })(),
    );
  issuer
    .command('revoke')
    .description('trek een licht certificaat in / revoke a light certificate')
    .argument('<number>', 'certificaatnummer')
    .requiredOption('--reason <text>', 'reden van intrekking')
    .requiredOption('--issuer <p12>', 'PKCS#12 van het PKVW-bedrijf')
    .option('--passphrase-file <file>', 'bestand met het wachtwoord van de PKCS#12 (anders PKVW_P12_PASSPHRASE)')
    .option('--register <file>', 'register van uitgegeven certificaten (standaard: uitgegeven.jsonl naast de PKCS#12)')
    .option('--out <file>', 'de ondertekende intrekkingslijst (standaard: intrekkingen.p7m naast de PKCS#12)')
    .option('--json', 'als JSON / as JSON')
    .addOption(langOption())
    .action((number: string, opts: { reason: string; issuer: string; passphraseFile?: string; register?: string; out?: string; json?: boolean; lang: Language }) =>
      run(async () => {
        lang = opts.lang;
        const { runIssuerRevoke } = await import('./commands/issuer-revoke.js');
        return runIssuerRevoke({ number, ...opts }, io);
      })(),
    );
  issuer
    .command('test-crl')
    .description('X.509-CRL van de TEST-CA / the TEST CA\'s CRL')
    .argument('<dir>', 'map van issuer create-test')
    .option('--revoke-firm', 'zet het TEST-bedrijfscertificaat op de lijst')
    .option('--out <file>', 'de CRL (PEM; standaard DIR/test-ca.crl.pem)')
    .addOption(langOption())
    .action((dir: string, opts: { revokeFirm?: boolean; out?: string; lang: Language }) =>
      run(async () => {
        lang = opts.lang;
        const { runIssuerTestCrl } = await import('./commands/issuer-test-crl.js');
        return runIssuerTestCrl({ dir, ...opts }, io);
      })(),
    );

  // Each command throws its parse errors with itself attached, so the message can name it.
  for (const command of withSubcommands(program)) {
    command.exitOverride((error) => {
      throw new CommandParseError(error, command);
    });
  }

  try {
    applyHelpLanguage(program, lang);
    await program.parseAsync(languageAfterCommand(argv), { from: 'user' });
    return exitCode;
  } catch (error) {
    return reportFailure(error, lang, json, io, argv);
  }
}

/** Text on stderr for people; with --json the same problems as JSON on stdout too, for scripts. */
function reportFailure(error: unknown, lang: Language, json: boolean, io: CliIo, argv: readonly string[]): number {
  const fail = (problems: Problem[], exitCode: number, text: boolean) => {
    if (json) io.stdout(renderErrorsJson(problems, exitCode, lang));
    if (text) for (const problem of problems) io.stderr(formatProblemLine(problem, lang) + '\n');
    return exitCode;
  };
  const parseError = error instanceof CommandParseError ? error.error : error;
  if (parseError instanceof CommanderError) {
    // Help and version are "errors" to commander; they already printed.
    if (parseError.code === 'commander.helpDisplayed' || parseError.code === 'commander.version' || parseError.code === 'commander.help') return EXIT.ok;
    const problem = error instanceof CommandParseError ? usageProblem(parseError, error.command, argv) : { code: 'usage', severity: 'error' as const, params: { message: parseError.message.replace(/^error: /, '') } } satisfies TypedProblem;
    return fail([problem], EXIT.usage, true);
  }
  if (error instanceof UserError) return fail(error.problems, error.exitCode, true);
  // A bug: say so without a stack trace, unless asked for one.
  const name = error instanceof Error ? error.name : typeof error;
  const code = fail([{ code: 'internal-error', severity: 'error', params: { name } } satisfies TypedProblem], 70, true);
  if (io.env.PKVW_DEBUG) io.stderr(String(error instanceof Error ? error.stack : error) + '\n');
  return code;
}

/** A parse error of commander with the command it occurred in. */
class CommandParseError extends Error {
  constructor(
    readonly error: CommanderError,
    readonly command: Command,
  ) {
    super(error.message);
    this.name = 'CommandParseError';
  }
}

function withSubcommands(command: Command): Command[] {
  return [command, ...command.commands.flatMap(withSubcommands)];
}

/** `--json` before any `--`: known before parsing, so that a parse error comes as JSON too. */
function jsonRequested(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end < 0 ? argv : argv.slice(0, end)).includes('--json');
}

/**
 * `pkvw-light --lang en check` as `pkvw-light check --lang en`: every command has --lang, the program
 * itself does not, and a user reading "pkvw-light [opties] [opdracht]" may well put it first.
 */
function languageAfterCommand(argv: readonly string[]): string[] {
  const length = argv[0] === '--lang' ? 2 : argv[0]?.startsWith('--lang=') === true ? 1 : 0;
  if (length === 0 || argv.length <= length || argv.includes('--')) return [...argv];
  return [...argv.slice(length), ...argv.slice(0, length)];
}

/** `--lang en` or `--lang=en` anywhere in the arguments. */
function requestedLanguage(argv: readonly string[]): Language {
  const i = argv.indexOf('--lang');
  return argv.includes('--lang=en') || (i >= 0 && argv[i + 1] === 'en') ? 'en' : 'nl';
}
