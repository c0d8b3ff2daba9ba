/**
 * `pkvw-light check`: the self-check. In a terminal it asks the questions (saving after every answer,
 * resumable); with `--answers FILE` or `--demo` it replays an answers file through the same machine.
 * Either way it ends by writing the verdict JSON and a readable report into `--out`.
 */
import { existsSync, renameSync, unlinkSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { Writable } from 'node:stream';
import type { CliIo } from '../cli-io.js';
import type { Catalogue, Language } from '../../src/catalogue/catalogue-types.js';
import { loadCatalogue } from '../../src/catalogue/read-catalogue.js';
import { readAnswers } from '../../src/verdict/read-answers.js';
import { answersModeline } from '../answers-modeline.js';
import { EXIT, userError as anyUserError } from '../../src/problems/errors.js';
import { formatProblemLine, renderProblemMessage, type ProblemUserError, type TypedProblem } from '../../src/messages/render-problem.js';
import { bundledSpecDir, fixturesDir } from '../../src/package-paths.js';
import { canonicalVerdictJson } from '../../src/verdict/verdict-json.js';
import { renderVerdictText } from '../../src/report/verdict-text.js';
import type { Verdict } from '../../src/verdict/verdict-types.js';
import { toWrittenAnswers, type FlowAnswers } from '../../src/flow/flow-answers.js';
import { replayAnswers } from '../../src/flow/replay-answers.js';
import { readStateFile } from '../../src/flow/state-file.js';
import { changedQuestionTexts } from '../../src/flow/saved-answers.js';
import { removeStrayTempFiles, writeFileAtomically } from '../../src/files/write-file-atomically.js';
import { acquireLock } from '../../src/files/exclusive-lock.js';
import { yaml } from '../../src/yaml/yaml-library.js';
import { flowIsComplete } from '../../src/flow/flow-navigation.js';
import { flowWords } from '../../src/flow/flow-words.js';
import { wrapText } from '../../src/flow/terminal-text.js';
import { verdictWords } from '../../src/verdict/verdict-words.js';
import { prepareReportPdf, type ReportPdfAhead } from '../../src/report/report-pdf-ahead.js';

/** `userError` typed by the message maps: tsc checks each code's parameters against what its message reads. */
const userError: ProblemUserError = anyUserError;

export interface CheckOptions {
  state: string;
  resume?: string;
  /** Default: OWN_RESULTS, or DEMO_RESULTS for --demo (a demo never replaces the user's own results). */
  out?: string;
  answers?: string;
  export?: string;
  demo: boolean;
  /** Start over even when a saved check exists (it is kept aside until the new check ends). */
  new: boolean;
  /** With --answers or --demo: one JSON document on stdout instead of the text. */
  json?: boolean;
  spec?: string;
  lang: Language;
}

/** The bundled example the demo replays, relative to the package root. */
export const DEMO_ANSWERS = join('answers', 'zelfcheck-voorbeeld.yaml');

/** Where the outcome goes without --out: the demo has its own folder, so it never replaces the user's report. */
export const OWN_RESULTS = join('.pkvw-light', 'uitkomst');
export const DEMO_RESULTS = join('.pkvw-light', 'demo');
export const CHECK_FORMAT = 'pkvw-light/check@1';

/** `ahead`: the report of a replay, prepared by cli/main.ts before this module loaded; else prepared here. */
export async function runCheck(options: CheckOptions, io: CliIo, ahead?: ReportPdfAhead): Promise<number> {
  const words = flowWords[options.lang];
  if (options.resume !== undefined && (options.answers !== undefined || options.demo)) throw userError('flow-answers-and-resume', {}, {}, EXIT.usage);
  if (options.new && (options.resume !== undefined || options.answers !== undefined || options.demo)) throw userError('flow-new-and-resume', {}, {}, EXIT.usage);
  if (options.json && options.answers === undefined && !options.demo) throw userError('check-json-needs-answers', {}, {}, EXIT.usage);
  // A replay goes straight to the report: pdfkit is prepared (on the other core) while the answers are replayed.
  const pdf = options.demo || options.answers !== undefined ? (ahead ?? prepareReportPdf()) : undefined;
  const catalogue = loadCatalogue(options.spec === undefined ? bundledSpecDir : resolve(io.cwd, options.spec));

  if (pdf !== undefined) {
    const path = options.demo ? join(fixturesDir, DEMO_ANSWERS) : resolve(io.cwd, options.answers ?? '');
    const shown = options.demo ? join('fixtures', DEMO_ANSWERS) : (options.answers ?? '');
    const answers = readAnswers(path, catalogue, {
      label: shown,
      onWarnings: (warnings) => warnings.forEach((warning) => io.stderr(formatProblemLine(warning, options.lang) + '\n')),
    });
    const replay = replayAnswers(catalogue, answers, io.now);
    if (options.json) {
      const written = await finish(catalogue, replay.verdict, replay.flow, options, { ...io, stdout: () => undefined }, pdf);
      const result = { format: CHECK_FORMAT, answers: shown, unusedAnswers: replay.unusedAnswers.length, unusedClaims: replay.unusedClaims, unusedRefusals: replay.unusedRefusals, written, verdict: replay.verdict };
      io.stdout(JSON.stringify(result, null, 2) + '\n');
      return EXIT.ok;
    }
    io.stdout((options.demo ? words.demo(shown) : words.replayed(shown)) + '\n');
    if (replay.unusedAnswers.length > 0) io.stdout(words.unusedAnswers(replay.unusedAnswers.length) + '\n');
    if (replay.unusedClaims > 0) io.stdout(words.unusedClaims(replay.unusedClaims) + '\n');
    if (replay.unusedRefusals > 0) io.stdout(words.unusedRefusals(replay.unusedRefusals) + '\n');
    io.stdout('\n');
    await finish(catalogue, replay.verdict, replay.flow, options, io, pdf);
    if (options.demo) io.stdout('\n' + words.demoNext + '\n');
    return EXIT.ok;
  }

  if (!io.interactive) throw userError('flow-no-terminal', {}, {}, EXIT.usage);
  const shownState = options.resume ?? options.state;
  const statePath = resolve(io.cwd, shownState);
  // One check per state file: a second one would overwrite the first one's answers.
  const lock = acquireLock(statePath, shownState);
  if (lock.tookOverFrom !== undefined) io.stderr(formatProblemLine({ code: 'file-lock-taken-over', severity: 'warning', params: { path: shownState, pid: lock.tookOverFrom } } satisfies TypedProblem, options.lang) + '\n');
  try {
    return await checkInTerminal(catalogue, statePath, shownState, options, io);
  } finally {
    lock.release();
  }
}

/** The interactive check, with the state file locked. */
async function checkInTerminal(catalogue: Catalogue, statePath: string, shownState: string, options: CheckOptions, io: CliIo): Promise<number> {
  // The prompts (inquirer) are loaded only here: a replay (--demo, --answers) never asks anything.
  const { askStartChoice, runTerminalSession } = await import('../../src/flow/terminal-session.js');
  const words = flowWords[options.lang];
  removeStrayTempFiles(statePath);
  const previousPath = join(dirname(statePath), `vorige-${basename(statePath)}`);
  const shownPrevious = relative(io.cwd, previousPath) || previousPath;
  // Inquirer wraps lines at the width it finds on its output stream; we wrap at words before that.
  const columns = () => process.stdout.columns || 80;
  const rows = () => process.stdout.rows || 24;
  const output = () =>
    Object.assign(
      new Writable({
        write(chunk: Buffer | string, _encoding, done) {
          io.stdout(chunk.toString());
          done();
        },
      }),
      { columns: columns() },
    );
  // Read or refuse the saved state before greeting: a refusal should stand alone.
  const fresh = (): FlowAnswers => ({ meta: { kind: 'self-check', date: io.now().toISOString().slice(0, 10), subject: { role: 'bestuurder' } }, values: {}, decisions: {}, skipped: [] });
  let start: FlowAnswers;
  const notes: string[] = [];
  const resume = (loaded: ReturnType<typeof readStateFile>) => {
    notes.push(words.resumed(Object.keys(loaded.flow.values).length));
    if (loaded.changedQuestions.length > 0 || loaded.changedAdvice.length > 0) {
      const texts = changedQuestionTexts(catalogue, loaded.changedQuestions, options.lang);
      const advice = loaded.changedAdvice.map((problem) => renderProblemMessage(problem, options.lang));
      notes.push(...words.changed(loaded.savedVersion, catalogue.metadata.version, texts, advice));
    }
    // What was dropped on reading (a refusal reason that fails the rule), located: it is asked again.
    notes.push(...loaded.notices.map((notice) => formatProblemLine(notice, options.lang)));
    return loaded.flow;
  };
  // Starting over keeps the saved check aside (answers and the outcome in --out) until the new one ends.
  const startOver = () => {
    if (existsSync(statePath)) {
      if (existsSync(previousPath)) unlinkSync(statePath);
      else renameSync(statePath, previousPath);
    }
    notes.push(words.startedOver(shownPrevious));
    return fresh();
  };
  if (options.resume !== undefined) {
    start = resume(readStateFile(statePath, catalogue, shownState));
  } else if (options.new) {
    start = startOver();
  } else if (existsSync(statePath)) {
    const loaded = readStateFile(statePath, catalogue, shownState);
    const choice = await askStartChoice({
      lang: options.lang,
      input: io.stdin,
      output,
      shownStatePath: shownState,
      columns,
      complete: flowIsComplete(catalogue, loaded.flow),
      answered: Object.keys(loaded.flow.values).length,
    });
    if (choice === 'stop') return EXIT.ok;
    start = choice === 'new' ? startOver() : resume(loaded);
  } else {
    start = fresh();
  }
  // Wrapped at words: a path in the welcome broke mid-word at the terminal's edge.
  // A list item (a changed question, why the advice is asked again) wraps under its own text.
  for (const line of [...words.welcome(shownState), ...notes]) io.stdout(wrapText(line, columns(), line.startsWith('  - ') ? '    ' : '') + '\n');

  const result = await runTerminalSession({
    catalogue,
    lang: options.lang,
    renderProblem: renderProblemMessage,
    clock: io.now,
    input: io.stdin,
    output,
    columns,
    rows,
    print: io.stdout,
    statePath,
    shownStatePath: shownState,
    start,
    onSignal: (stop) => {
      const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
      for (const signal of signals) process.on(signal, stop);
      return () => signals.forEach((signal) => process.removeListener(signal, stop));
    },
  });
  if (result.kind === 'interrupted') {
    const kept = existsSync(previousPath) ? [words.previousKept(shownPrevious)] : [];
    io.stdout('\n' + [...words.interrupted(shownState), ...kept].join('\n') + '\n');
    return EXIT.interrupted;
  }
  io.stdout('\n' + words.saved(shownState) + '\n\n');
  // pdfkit is loaded only now: the questions should not wait for it.
  await finish(catalogue, result.verdict, result.flow, options, io, prepareReportPdf());
  // The new check has replaced the outcome: the one set aside is no longer needed.
  if (existsSync(previousPath)) unlinkSync(previousPath);
  return EXIT.ok;
}

/** Writes verdict JSON and the report (text and PDF) into --out, and the answers file for --export; then shows the outcome. Returns the files written. */
async function finish(catalogue: Catalogue, verdict: Verdict, flow: FlowAnswers, options: CheckOptions, io: CliIo, ahead: ReportPdfAhead): Promise<string[]> {
  const words = flowWords[options.lang];
  const outDir = resolve(io.cwd, options.out ?? (options.demo ? DEMO_RESULTS : OWN_RESULTS));
  const shown = (path: string) => relative(io.cwd, path) || path;
  const written: string[] = [];
  const write = (path: string, content: string | Uint8Array) => {
    writeFileAtomically(path, content, { label: shown(path), access: 'private' });
    written.push(shown(path));
  };
  // Asked for first: in the bundled CLI the worker renders the PDF while this thread writes the text and the JSON.
  const pdf = ahead.render(verdict, catalogue, { lang: options.lang });
  pdf.catch(() => undefined);
  const report = renderVerdictText(verdict, catalogue, options.lang);
  write(join(outDir, 'oordeel.json'), canonicalVerdictJson(verdict));
  write(join(outDir, 'rapport.txt'), report);
  write(join(outDir, 'rapport.pdf'), await pdf);
  io.stdout(outcomeAndGaps(report, options.lang));
  io.stdout('\n' + words.fullReport + '\n');
  io.stdout('\n' + words.written + '\n' + written.map((path) => `  ${path}\n`).join(''));
  if (options.export !== undefined) {
    const path = resolve(io.cwd, options.export);
    writeFileAtomically(path, `${answersModeline(path)}\n${yaml().stringify(toWrittenAnswers(catalogue, flow))}`, { label: options.export, access: 'private' });
    io.stdout(words.exported(options.export) + '\n');
    written.push(options.export);
  }
  return written;
}

/**
 * The funding decision, the outcome and the improvement plan: the opening blocks and the plan block of the full report, so
 * the terminal shows the same words as rapport.txt without a second renderer.
 */
function outcomeAndGaps(report: string, lang: Language): string {
  const blocks = report.split('\n\n');
  const plan = blocks.find((block) => block.startsWith(verdictWords[lang].gapHeading));
  // Block 0 is the title; then the funding decision (what can be funded, what is needed first) and the outcome for the home.
  const outcome = blocks.findIndex((block) => block.startsWith('>> '));
  return plan === undefined ? report : `${blocks.slice(0, outcome + 1).join('\n\n')}\n\n${plan}\n`;
}
