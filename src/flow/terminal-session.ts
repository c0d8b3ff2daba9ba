/**
 * The self-check in a terminal: drives the assessment machine with @inquirer/prompts. The machine
 * decides what comes next; this file only asks, shows and saves. Esc goes back and `?` shows the
 * question's help (both by aborting the prompt with a reason); after every accepted step the state
 * file is rewritten, so Ctrl-C, a signal or a closed terminal loses nothing.
 */
import { emitKeypressEvents } from 'node:readline';
import type { Writable } from 'node:stream';
import { checkbox, input, select, Separator } from '@inquirer/prompts';
import { createActor, type Actor } from 'xstate';
import type { Catalogue, Language, Question } from '../catalogue/catalogue-types.js';
import type { ProblemRenderer } from '../i18n/message-map.js';
import type { Verdict } from '../verdict/verdict-types.js';
import { elementsOf, parseNumberText, type ClaimDraft, type ClaimInput } from './step-checks.js';
import type { ClaimProof } from '../answers/answers-types.js';
import type { ExceptionChoice } from './flow-navigation.js';
import { createAssessmentMachine, stageOf, stepProblem, type AdviceDraft, type AdviceInput, type AssessmentMachine, type FlowContext, type FlowEvent, type FlowStage } from './assessment-machine.js';
import { advisedMeasures, basicGroups, measureGroups, NO_MEASURE, type RequirementGroup } from './advice-step.js';
import type { FlowAnswers } from './flow-answers.js';
import { flowProgress } from './flow-progress.js';
import { describeAdvice, describeAnswer, flowWords, type FlowWords } from './flow-words.js';
import { writeStateFile } from './state-file.js';
import { CONFIRMATION_MARK, confirmationGate } from './confirmation-gate.js';
import { wrapText } from './terminal-text.js';

export interface TerminalSessionOptions {
  catalogue: Catalogue;
  lang: Language;
  /** The message registry at the edge (`src/messages/`), passed in so flow/ depends on nothing after it. */
  renderProblem: ProblemRenderer;
  clock: () => Date;
  /** Where the prompts read keys and draw. */
  input: NodeJS.ReadableStream;
  /** A fresh stream per prompt: inquirer ends the stream it drew on (except process.stdout itself). */
  output: () => Writable;
  /** Plain text lines between prompts. */
  print: (text: string) => void;
  /** The terminal's size now: text is wrapped to its width, long lists paged to its height. */
  columns: () => number;
  rows: () => number;
  /** Where progress is saved, and the path as shown to the user. */
  statePath: string;
  shownStatePath: string;
  start: FlowAnswers;
  /** Installs handlers for SIGINT/SIGTERM/SIGHUP that call `stop`; returns their removal. */
  onSignal: (stop: () => void) => () => void;
}

export type SessionResult = { kind: 'verdict'; verdict: Verdict; flow: FlowAnswers } | { kind: 'interrupted' };

type Reply<T> = { kind: 'value'; value: T } | { kind: 'back' } | { kind: 'help' };

/** Runs the self-check until the verdict or until the user stops; saves after every step. */
export async function runTerminalSession(given: TerminalSessionOptions): Promise<SessionResult> {
  // Everything printed between prompts is wrapped at word boundaries to the terminal's width.
  const options: TerminalSessionOptions = { ...given, print: (text) => given.print(wrapText(text, given.columns())) };
  const { catalogue, lang, clock } = options;
  const words = flowWords[lang];
  // Everything saved is where the machine starts from (a FlowAnswers is a FlowInput).
  const actor = createActor(createAssessmentMachine(catalogue), { input: options.start }).start();
  // The ✔ of a prompt is shown only once the answer is on disk (see confirmation-gate.ts).
  const confirmation = confirmationGate();
  const save = () => {
    writeStateFile(options.statePath, catalogue, actor.getSnapshot().context.flow, clock(), options.shownStatePath);
    confirmation.release();
  };

  let current: AbortController | undefined;
  let interrupted = false;
  const removeSignals = options.onSignal(() => {
    // Synchronous: after a signal there may be no time for anything asynchronous. A failure here
    // is reported by the save after the loop.
    try {
      save();
    } catch {
      // Reported below.
    }
    interrupted = true;
    current?.abort('interrupted');
  });
  emitKeypressEvents(options.input);

  /** One prompt with Esc = back and (optionally) `?` = help, both by aborting it. */
  const ask: Ask = async (run, help = true) => {
    // A step of several prompts (an exception claim) is saved at its end: show its earlier ✔ first.
    confirmation.release();
    const controller = new AbortController();
    current = controller;
    const onKey = (_text: string | undefined, key: { name?: string; sequence?: string } | undefined) => {
      if (key?.name === 'escape') controller.abort('back');
      else if (help && key?.sequence === '?') controller.abort('help');
    };
    options.input.on('keypress', onKey);
    try {
      return { kind: 'value', value: await run({ input: options.input, output: confirmation.wrap(options.output()), signal: controller.signal }) };
    } catch (error) {
      const reason: unknown = controller.signal.reason;
      if (controller.signal.aborted && (reason === 'back' || reason === 'help')) return { kind: reason };
      throw error;
    } finally {
      options.input.removeListener('keypress', onKey);
      current = undefined;
    }
  };

  let shownStage: FlowStage | undefined;
  try {
    while (actor.getSnapshot().status === 'active' && !interrupted) {
      const { context } = actor.getSnapshot();
      const stage = stageOf(catalogue, context.position);
      if (stage !== shownStage) {
        const progress = flowProgress(catalogue, context.flow, context.position);
        options.print('\n' + words.stageHeading(words.stage[progress.stage], progress.domain) + '\n');
        shownStage = stage;
      }
      const event = await nextEvent(actor, ask, options, words);
      if (event === undefined) continue;
      if (event.type === 'BACK' && !actor.getSnapshot().can(event)) {
        options.print(words.firstStep + '\n');
        continue;
      }
      actor.send(event);
      const problem = actor.getSnapshot().context.problem;
      if (problem !== undefined) {
        confirmation.release();
        options.print(options.renderProblem(problem, lang) + '\n');
      } else save();
    }
  } catch (error) {
    if (!(error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError'))) throw error;
    interrupted = true;
  } finally {
    removeSignals();
    confirmation.release();
  }
  if (interrupted) {
    save();
    return { kind: 'interrupted' };
  }
  const snapshot = actor.getSnapshot();
  if (snapshot.output === undefined) throw new Error('the self-check ended without a verdict');
  return { kind: 'verdict', verdict: snapshot.output, flow: snapshot.context.flow };
}

export type StartChoice = 'resume' | 'new' | 'stop';

/** Asks what to do with a saved check when the user ran `check` without --resume or --new. Ctrl-C stops. */
export async function askStartChoice(
  options: Pick<TerminalSessionOptions, 'lang' | 'input' | 'output' | 'shownStatePath' | 'columns'> & { complete: boolean; answered: number },
): Promise<StartChoice> {
  const words = flowWords[options.lang];
  const choices: { value: StartChoice; name: string }[] = [
    { value: 'resume', name: words.startResume(options.complete) },
    { value: 'new', name: words.startNew },
    { value: 'stop', name: words.startStop },
  ];
  // A finished check is most often run again to start over; an unfinished one to go on.
  if (options.complete) choices.unshift(...choices.splice(1, 1));
  try {
    return await select(
      { message: wrapText(words.startChoice(options.shownStatePath, options.complete, options.answered), options.columns() - 2), choices, theme: themeOf(words, options.columns(), 'none') },
      { input: options.input, output: options.output() },
    );
  } catch (error) {
    if (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')) return 'stop';
    throw error;
  }
}

/** What every inquirer prompt is given: our keys, our output, and the signal Esc, ? and interrupts abort. */
type PromptContext = { input: NodeJS.ReadableStream; output: Writable; signal: AbortSignal };
type Ask = <T>(run: (context: PromptContext) => Promise<T>, help?: boolean) => Promise<Reply<T>>;

/** Asks for the current step and turns the reply into an event; undefined when nothing changes (help shown). */
async function nextEvent(actor: Actor<AssessmentMachine>, ask: Ask, options: TerminalSessionOptions, words: FlowWords): Promise<FlowEvent | undefined> {
  const { catalogue, lang } = options;
  const snapshot = actor.getSnapshot();
  const { context } = snapshot;
  const position = context.position;
  if (position.kind === 'question') {
    const question = catalogue.questions.find((candidate) => candidate.id === position.question);
    if (question === undefined) throw new Error(`unknown question ${position.question}`);
    const progress = flowProgress(catalogue, context.flow, position);
    const stage = words.stage[progress.stage];
    const width = options.columns() - 2;
    const message = `${wrapText(words.progress(stage, progress.domain, progress.question, progress.remaining), width)}\n${wrapText(question.text[lang], width)}`;
    const reply = await askQuestion(question, message, context, snapshot.can({ type: 'SKIP' }), ask, options);
    if (reply.kind === 'help') {
      options.print(`${words.helpLabel} ${question.help?.[lang] ?? words.helpNone}\n`);
      return undefined;
    }
    if (reply.kind === 'back') return { type: 'BACK' };
    return reply.value === undefined ? { type: 'SKIP' } : { type: 'ANSWER', value: reply.value };
  }
  if (position.kind === 'advice') return askAdvice(actor, ask, options, words);
  if (position.kind === 'exceptions') return askExceptions(actor, ask, options, words);
  if (position.kind === 'refusals') return askRefusals(actor, ask, options, words);
  return askReview(actor, ask, options, words);
}

/** A choice label wrapped to the terminal, its continuation lines indented under the first. */
function choiceName(text: string, options: TerminalSessionOptions, indent: number): string {
  // The prompt puts `indent` columns (cursor, box) before the first line.
  return wrapText(text, options.columns() - 1 - indent, ' '.repeat(indent));
}

async function askQuestion(question: Question, message: string, context: FlowContext, canSkip: boolean, ask: Ask, options: TerminalSessionOptions): Promise<Reply<unknown>> {
  const { lang } = options;
  const words = flowWords[lang];
  const given = context.flow.values[question.id]?.value;
  const theme = themeOf(words, options.columns());
  // The machine's own check, asked before Enter is accepted, so a refusal is shown in the prompt.
  const problemText = (value: unknown) => {
    const problem = stepProblem(context, { type: 'ANSWER', value });
    return problem === undefined ? true : wrapText(options.renderProblem(problem, lang), options.columns() - 2);
  };
  if (question.type === 'number') {
    const range = words.range(question.min, question.max, question.unit?.[lang] ?? '');
    const reply = await ask((context) =>
      input(
        {
          message: `${message}\n${canSkip ? words.numberHint(range) : words.numberHintRequired(range)}`,
          default: typeof given === 'number' ? String(given) : undefined,
          validate: (text) => (text.trim() === '' && canSkip ? true : problemText(parseNumberText(text) ?? text)),
          theme,
        },
        context,
      ),
    );
    return reply.kind === 'value' ? { kind: 'value', value: reply.value.trim() === '' ? undefined : parseNumberText(reply.value) } : reply;
  }
  if (question.type === 'multi') {
    const chosen = Array.isArray(given) ? given : [];
    const choices = (question.options ?? []).map((option) => ({ value: option.value, name: choiceName(option.label[lang], options, 3), short: option.label[lang], checked: chosen.includes(option.value) }));
    const page = pageOf(choices.map((choice) => choice.name), message, options);
    const reply = await ask((context) =>
      checkbox(
        {
          message: page.more ? `${message}\n${words.moreOptions(choices.length)}` : message,
          choices,
          pageSize: page.size,
          loop: false,
          // "All" and "invert" would tick "Geen van deze" together with the others.
          shortcuts: { all: null, invert: null },
          // Nothing ticked, or "Geen van deze" with another, is refused by the machine and asked again.
          validate: (selected) => problemText(selected.map((choice) => choice.value)),
          theme: {
            ...theme,
            style: {
              ...theme.style,
              renderSelectedChoices: <T>(selected: ReadonlyArray<{ value: T; short: string }>) =>
                selected.length === 0 ? words.none : selected.map((choice) => choice.short).join(', '),
            },
          },
        },
        context,
      ),
    );
    return reply;
  }
  // Yes/no and single choice: one list, with "don't know" last where the machine allows it.
  const answers: { value: unknown; name: string }[] =
    question.type === 'boolean'
      ? [
          { value: true, name: words.yes },
          { value: false, name: words.no },
        ]
      : (question.options ?? []).map((option) => ({ value: option.value, name: option.label[lang] }));
  const choices = answers.map((answer, index) => ({ value: index, name: choiceName(answer.name, options, 2), short: answer.name }));
  if (canSkip) choices.push({ value: -1, name: words.skip, short: words.skip });
  const page = pageOf(choices.map((choice) => choice.name), message, options);
  const preset = answers.findIndex((answer) => answer.value === given);
  const reply = await ask((context) =>
    select({ message: page.more ? `${message}\n${words.moreOptions(choices.length)}` : message, choices, pageSize: page.size, loop: false, default: preset >= 0 ? preset : undefined, theme }, context),
  );
  if (reply.kind !== 'value') return reply;
  return { kind: 'value', value: answers[reply.value]?.value };
}

/** How many lines of a list fit under its message and key hints; `more` when some options stay hidden. */
function pageOf(names: readonly string[], message: string, options: TerminalSessionOptions): { size: number; more: boolean } {
  const lines = names.reduce((sum, name) => sum + name.split('\n').length, 0);
  // The message, a blank line, the key hints, an error line and the line the answer is typed on.
  const room = Math.max(5, options.rows() - message.split('\n').length - 5);
  return lines <= room ? { size: lines, more: false } : { size: room - 1, more: true };
}

/** The exception step: which exception, for which basics, with what evidence; once for all basics. */
async function askExceptions(actor: Actor<AssessmentMachine>, ask: Ask, options: TerminalSessionOptions, words: FlowWords): Promise<FlowEvent | undefined> {
  const { catalogue, lang } = options;
  const { context } = actor.getSnapshot();
  const titleOf = (requirement: string) => catalogue.requirements.find((candidate) => candidate.id === requirement)?.title[lang] ?? requirement;
  const exceptionOf = (id: string) => {
    const exception = catalogue.exceptions.find((candidate) => candidate.id === id);
    if (exception === undefined) throw new Error(`unknown exception ${id}`);
    return exception;
  };
  const basics = [...new Set(context.choices.flatMap((choice) => choice.requirements))];
  const again = Object.values(context.flow.decisions).some((decision) => decision.kind === 'claim');
  options.print([words.exceptionsIntro(basics.length, again), ...basics.map((requirement) => `  - ${titleOf(requirement)}`)].join('\n') + '\n');
  const theme = themeOf(words, options.columns());
  // The parts after the first choice have no help of their own; Esc starts the step again.
  const backOnly = themeOf(words, options.columns(), 'back');
  const width = options.columns() - 2;
  const choice = await ask((promptContext) =>
    select(
      {
        message: wrapText(words.exceptionQuestion(again), width),
        choices: [
          { value: -1, name: words.exceptionNone(again) },
          ...context.choices.map((offer, index) => ({
            value: index,
            name: choiceName(offer.earlier === undefined ? exceptionOf(offer.exception).title[lang] : `${exceptionOf(offer.exception).title[lang]} ${words.exceptionEarlier}`, options, 2),
            description: wrapText(exceptionOf(offer.exception).description[lang], width),
          })),
        ],
        loop: false,
        theme,
      },
      promptContext,
    ),
  );
  if (choice.kind === 'help') {
    options.print(context.choices.map((offer) => `${exceptionOf(offer.exception).title[lang]}: ${exceptionOf(offer.exception).description[lang]}`).join('\n\n') + '\n');
    return undefined;
  }
  if (choice.kind === 'back') return { type: 'BACK' };
  const offer = context.choices[choice.value];
  if (offer === undefined) return { type: 'DECLINE' };
  const exception = exceptionOf(offer.exception);
  const levels = offer.evidence.allowed;
  // The claim made before the step was asked anew: each of its parts is the answer to start from (Enter keeps it).
  const { earlier } = offer;
  const kept = (text: string | undefined) => (text === undefined || text === '' ? {} : { default: text.replace(/\s*\n\s*/g, ' '), prefill: 'editable' as const });
  const preset = earlier !== undefined && levels.includes(earlier.evidence.level) ? earlier.evidence.level : levels.includes(offer.evidence.proves) ? offer.evidence.proves : levels[0];
  const claim: ClaimDraft = { exception: exception.id, requirements: offer.requirements };
  // The machine's check of the claim so far, each part as it is typed.
  const check = (part: Partial<ClaimInput>) => {
    const problem = stepProblem(context, { type: 'CLAIM', ...claim, ...part });
    return problem === undefined ? true : wrapText(options.renderProblem(problem, lang), width);
  };
  // Several basics: the user says for which of them the exception holds.
  if (offer.requirements.length > 1) {
    const which = await ask(
      (promptContext) =>
        checkbox(
          {
            message: wrapText(words.exceptionWhich(exception.title[lang]), width),
            choices: offer.requirements.map((requirement) => ({ value: requirement, name: choiceName(titleOf(requirement), options, 3), short: titleOf(requirement), checked: earlier === undefined || earlier.requirements.includes(requirement) })),
            shortcuts: { all: null, invert: null },
            validate: (selected) => check({ requirements: selected.map((item) => item.value) }),
            theme: backOnly,
          },
          promptContext,
        ),
      false,
    );
    if (which.kind !== 'value') return undefined;
    claim.requirements = which.value;
  } else {
    options.print(words.exceptionFor(titleOf(offer.requirements[0] ?? '')) + '\n');
  }
  options.print(`${words.justificationGuide} ${exception.justification[lang]}\n`);
  const justification = await ask(
    (promptContext) => input({ message: wrapText(words.justification, width), validate: (text) => check({ justification: text }), ...kept(earlier?.justification), theme: backOnly }, promptContext),
    false,
  );
  if (justification.kind !== 'value') return undefined;
  const given = justification.value.trim();
  const proof = offer.proof === undefined ? {} : await askProof(offer.proof, (part) => check({ justification: given, proof: part }), ask, options, words, earlier?.proof);
  if (proof === undefined) return undefined;
  const level = await ask(
    (promptContext) =>
      select({ message: wrapText(words.evidence(words.evidenceNeeded[exception.evidence]), width), choices: levels.map((value) => ({ value, name: choiceName(words.evidenceLevel[value], options, 2) })), default: preset, theme: backOnly }, promptContext),
    false,
  );
  if (level.kind !== 'value') return undefined;
  const reference = await ask(
    (promptContext) =>
      input({ message: wrapText(words.reference, width), validate: (text) => check({ justification: given, evidence: { level: level.value, reference: text } }), ...kept(earlier?.evidence.reference), theme: backOnly }, promptContext),
    false,
  );
  if (reference.kind !== 'value') return undefined;
  const trimmed = reference.value.trim();
  return { type: 'CLAIM', ...claim, justification: given, evidence: trimmed === '' ? { level: level.value } : { level: level.value, reference: trimmed }, ...(Object.keys(proof).length > 0 ? { proof } : {}) };
}

/**
 * The refusal step: which basics may be refused with a reason, what each keeps blocked, and that
 * refusing is the user's own choice and risk, all said before the choice; then the reason, checked
 * by the machine as it is typed. One basic per round; the step comes back for the rest.
 */
async function askRefusals(actor: Actor<AssessmentMachine>, ask: Ask, options: TerminalSessionOptions, words: FlowWords): Promise<FlowEvent | undefined> {
  const { catalogue, lang } = options;
  const { context } = actor.getSnapshot();
  const width = options.columns() - 2;
  const again = Object.values(context.flow.refusals ?? {}).some((decision) => decision.kind === 'refused');
  const scenarioName = (id: string) => catalogue.scenarios.find((scenario) => scenario.id === id)?.name[lang] ?? id;
  const measureName = (id: string) => catalogue.requirements.find((requirement) => requirement.id === id)?.title[lang] ?? id;
  const lines = [wrapText(words.refusals.intro(context.refusable.length, again), options.columns())];
  for (const offer of context.refusable) {
    lines.push(wrapText(`  - ${offer.title[lang]}`, options.columns(), '    '));
    lines.push(wrapText(`    ${words.refusals.scenarios(offer.scenarios.map(scenarioName))}`, options.columns(), '      '));
    lines.push(wrapText(`    ${words.refusals.blocks(offer.blocks.map(measureName))}`, options.columns(), '      '));
    if (offer.hardCondition) lines.push(wrapText(`    ${words.refusals.hardCondition}`, options.columns(), '      '));
  }
  lines.push(wrapText(words.refusals.consequence, options.columns()));
  // Already wrapped: print as is.
  options.print(lines.join('\n') + '\n');
  const chooseOne = () =>
    ask((promptContext) =>
      select(
        {
          message: wrapText(words.refusals.question(again), width),
          choices: [
            { value: -1, name: choiceName(words.refusals.none(again), options, 2) },
            ...context.refusable.map((offer, index) => ({ value: index, name: choiceName(offer.earlierReason === undefined ? offer.title[lang] : `${offer.title[lang]} ${words.refusals.earlier}`, options, 2) })),
          ],
          loop: false,
          theme: themeOf(words, options.columns()),
        },
        promptContext,
      ),
    );
  // `?` shows the help and asks the choice again, without repeating the list above it.
  let choice = await chooseOne();
  while (choice.kind === 'help') {
    options.print(`${words.helpLabel} ${words.refusals.help}\n`);
    choice = await chooseOne();
  }
  if (choice.kind === 'back') return { type: 'BACK' };
  const offer = context.refusable[choice.value];
  if (offer === undefined) return { type: 'DECLINE' };
  const check = (reason: string) => {
    const problem = stepProblem(context, { type: 'REFUSE', requirement: offer.requirement, reason });
    return problem === undefined ? true : wrapText(options.renderProblem(problem, lang), width);
  };
  // The reason given before the step was asked anew is in the line to keep or edit (a terminal line holds no line break). Esc starts the step again.
  const earlier = offer.earlierReason === undefined ? {} : { default: offer.earlierReason.replace(/\s*\n\s*/g, ' '), prefill: 'editable' as const };
  const reason = await ask((promptContext) => input({ message: wrapText(words.refusals.reason(offer.title[lang]), width), validate: check, ...earlier, theme: themeOf(words, options.columns(), 'back') }, promptContext), false);
  if (reason.kind !== 'value') return undefined;
  return { type: 'REFUSE', requirement: offer.requirement, reason: reason.value.trim() };
}

/**
 * The advice step: whether there is an established CCV/BVA advice, and if so its reference, date and
 * the measures it names; then, only when the user says the advice names them, the levels it sets and
 * the basics it lets go or makes hard conditions. Every part is checked by the machine as it is
 * typed; `?` shows a part's help and asks it again; Esc on a later part starts the step again.
 */
async function askAdvice(actor: Actor<AssessmentMachine>, ask: Ask, options: TerminalSessionOptions, words: FlowWords): Promise<FlowEvent | undefined> {
  const { catalogue, lang } = options;
  const { context } = actor.getSnapshot();
  const had = context.flow.meta.advice;
  const width = options.columns() - 2;
  const theme = themeOf(words, options.columns());
  // A list left empty reads "geen", as in a multi question.
  const listTheme = {
    ...theme,
    style: {
      ...theme.style,
      renderSelectedChoices: <T>(selected: ReadonlyArray<{ value: T; short: string }>) => (selected.length === 0 ? words.none : selected.map((choice) => choice.short).join(', ')),
    },
  };
  const check = (draft: AdviceDraft) => {
    const problem = stepProblem(context, { type: 'ADVICE', advice: draft });
    return problem === undefined ? true : wrapText(options.renderProblem(problem, lang), width);
  };
  /** One part of the step, its help shown on `?` and the part asked again; undefined after Esc. */
  const part = async <T>(run: (promptContext: PromptContext) => Promise<T>, help: string): Promise<T | undefined> => {
    for (;;) {
      const reply = await ask(run);
      if (reply.kind === 'value') return reply.value;
      if (reply.kind === 'back') return undefined;
      options.print(`${words.helpLabel} ${help}
`);
    }
  };
  const progress = flowProgress(catalogue, context.flow, context.position);
  const message = `${wrapText(words.progress(words.stage.advice, undefined, progress.question, progress.remaining), width)}
${wrapText(words.advice.question, width)}`;
  const first = await ask((promptContext) =>
    select(
      {
        message,
        choices: [
          { value: true, name: choiceName(words.advice.yes, options, 2) },
          { value: false, name: choiceName(words.advice.no, options, 2) },
        ],
        default: had === undefined && context.flow.adviceAnswered === true ? false : true,
        theme,
      },
      promptContext,
    ),
  );
  if (first.kind === 'help') {
    options.print(`${words.helpLabel} ${words.advice.help}
`);
    return undefined;
  }
  if (first.kind === 'back') return { type: 'BACK' };
  if (!first.value) return { type: 'ADVICE', advice: null };

  const reference = await part(
    (promptContext) => input({ message: wrapText(words.advice.reference, width), default: had?.reference, validate: (text) => check({ reference: text }), theme }, promptContext),
    words.advice.referenceHelp,
  );
  if (reference === undefined) return undefined;
  const date = await part(
    (promptContext) => input({ message: wrapText(words.advice.date(context.flow.meta.date), width), default: had?.date, validate: (text) => check({ date: text.trim() }), theme }, promptContext),
    words.advice.dateHelp,
  );
  if (date === undefined) return undefined;
  const advice: AdviceInput = { reference: reference.trim(), date: date.trim() };

  const measureChoices = [
    ...groupChoices(measureGroups(catalogue), had?.measures ?? [], options),
    new Separator(' '),
    { value: NO_MEASURE, name: choiceName(words.advice.measuresNone, options, 3), short: words.advice.measuresNone, checked: had !== undefined && had.measures.length === 0 },
  ];
  const measures = await part(
    (promptContext) =>
      checkbox(
        {
          message: wrapText(words.advice.measures, width),
          choices: measureChoices,
          pageSize: pageOf(measureChoices.map((choice) => ('name' in choice ? choice.name : ' ')), words.advice.measures, options).size,
          loop: false,
          shortcuts: { all: null, invert: null },
          validate: (selected) => {
            const chosen = advisedMeasures(selected.map((choice) => choice.value));
            return 'problem' in chosen ? wrapText(options.renderProblem(chosen.problem, lang), width) : check({ ...advice, measures: chosen.measures });
          },
          theme: listTheme,
        },
        promptContext,
      ),
    words.advice.measuresHelp,
  );
  if (measures === undefined) return undefined;
  const chosen = advisedMeasures(measures);
  if ('problem' in chosen) return undefined;
  if (chosen.measures.length > 0) advice.measures = chosen.measures;

  const hadMore = had !== undefined && (Object.keys(had.levels).length > 0 || had.waives.length > 0 || had.hardConditions.length > 0);
  const more = await part(
    (promptContext) =>
      select(
        {
          message: wrapText(words.advice.more, width),
          choices: [
            { value: false, name: choiceName(words.advice.moreNo, options, 2) },
            { value: true, name: choiceName(words.advice.moreYes, options, 2) },
          ],
          default: hadMore,
          theme,
        },
        promptContext,
      ),
    words.advice.moreHelp,
  );
  if (more === undefined) return undefined;
  if (!more) return { type: 'ADVICE', advice };

  const scenarioName = (id: string) => catalogue.scenarios.find((scenario) => scenario.id === id)?.name[lang] ?? id;
  const scenarioChoices = catalogue.scenarios.map((scenario) => ({ value: scenario.id, name: choiceName(scenario.name[lang], options, 3), short: scenario.name[lang], checked: had?.levels[scenario.id] !== undefined }));
  const scenarios = await part(
    (promptContext) =>
      checkbox(
        {
          message: wrapText(words.advice.levelsWhich, width),
          choices: scenarioChoices,
          pageSize: pageOf(scenarioChoices.map((choice) => choice.name), words.advice.levelsWhich, options).size,
          loop: false,
          shortcuts: { all: null, invert: null },
          theme: listTheme,
        },
        promptContext,
      ),
    words.advice.levelsHelp,
  );
  if (scenarios === undefined) return undefined;
  const levels: Record<string, string> = {};
  for (const scenario of scenarios) {
    const level = await part(
      (promptContext) =>
        select(
          {
            message: wrapText(words.advice.level(scenarioName(scenario)), width),
            choices: catalogue.levels.map((candidate) => ({ value: candidate.id, name: choiceName(`${candidate.id}: ${candidate.name[lang]}`, options, 2) })),
            default: had?.levels[scenario],
            theme,
          },
          promptContext,
        ),
      words.advice.levelsHelp,
    );
    if (level === undefined) return undefined;
    levels[scenario] = level;
  }
  if (scenarios.length > 0) advice.levels = levels;

  const basics = async (message: string, help: string, given: readonly string[], list: 'waives' | 'hardConditions'): Promise<string[] | undefined> => {
    const choices = groupChoices(basicGroups(catalogue), given, options, advice.waives ?? []);
    return part(
      (promptContext) =>
        checkbox(
          {
            message: wrapText(message, width),
            choices,
            pageSize: pageOf(choices.map((choice) => ('name' in choice ? choice.name : ' ')), message, options).size,
            loop: false,
            shortcuts: { all: null, invert: null },
            validate: (selected) => check({ ...advice, [list]: selected.map((choice) => choice.value) }),
            theme: listTheme,
          },
          promptContext,
        ),
      help,
    );
  };
  const waives = await basics(words.advice.waives, words.advice.waivesHelp, had?.waives ?? [], 'waives');
  if (waives === undefined) return undefined;
  if (waives.length > 0) advice.waives = waives;
  const hard = await basics(words.advice.hardConditions, words.advice.hardConditionsHelp, had?.hardConditions ?? [], 'hardConditions');
  if (hard === undefined) return undefined;
  if (hard.length > 0) advice.hardConditions = hard;
  return { type: 'ADVICE', advice };
}

/** Checkbox choices under a heading per domain; `left out` (basics the advice already lets go) are not offered. */
function groupChoices(groups: readonly RequirementGroup[], checked: readonly string[], options: TerminalSessionOptions, leftOut: readonly string[] = []) {
  const words = flowWords[options.lang];
  return groups.flatMap((group) => {
    const requirements = group.requirements.filter((requirement) => !leftOut.includes(requirement.id));
    if (requirements.length === 0) return [];
    return [
      new Separator(`── ${words.stage[group.domain]} ──`),
      ...requirements.map((requirement) => ({ value: requirement.id, name: choiceName(requirement.title[options.lang], options, 3), short: requirement.title[options.lang], checked: checked.includes(requirement.id) })),
    ];
  });
}

/**
 * The structured proof the exception asks for (register and number of a monument, the permit year,
 * the alternative and who vouches for it, the landlord's written refusal), each field checked by the
 * machine as it is typed. Undefined when the user went back (Esc): the step starts again.
 */
async function askProof(
  offer: NonNullable<ExceptionChoice['proof']>,
  check: (proof: ClaimProof) => true | string,
  ask: Ask,
  options: TerminalSessionOptions,
  words: FlowWords,
  earlier?: ClaimProof,
): Promise<ClaimProof | undefined> {
  const width = options.columns() - 2;
  const theme = themeOf(words, options.columns(), 'back');
  // The first field says why these are asked: in its message, since text printed between prompts would race the ✔ of the last one.
  let intro = `${wrapText(words.proof.intro, width)}\n`;
  const titled = (message: string) => {
    const shown = intro + wrapText(message, width);
    intro = '';
    return shown;
  };
  /** A text part; `given`: what was given before the step was asked anew, in the line to keep (Enter) or edit. */
  const text = async (message: string, part: (value: string) => ClaimProof, preset?: string, given?: string) => {
    const shown = titled(message);
    const start = given === undefined || given === '' ? { default: preset } : { default: given, prefill: 'editable' as const };
    const reply = await ask((context) => input({ message: shown, ...start, validate: (value) => check(part(value.trim())), theme }, context), false);
    return reply.kind === 'value' ? reply.value.trim() : undefined;
  };
  const pick = async <T extends string>(message: string, labels: Record<T, string>, given?: string) => {
    const values = Object.keys(labels) as T[];
    const shown = titled(message);
    const chosen = values.find((value) => value === given);
    const reply = await ask((context) => select({ message: shown, choices: values.map((value) => ({ value, name: choiceName(labels[value], options, 2) })), ...(chosen === undefined ? {} : { default: chosen }), theme }, context), false);
    return reply.kind === 'value' ? reply.value : undefined;
  };
  switch (offer.kind) {
    case 'monument': {
      const register = await pick(words.proof.register, words.proof.registers, earlier?.monument?.register);
      if (register === undefined) return undefined;
      const number = await text(words.proof.monumentNumber, (value) => ({ monument: { register, number: value, elements: ['-'] } }), undefined, earlier?.monument?.number);
      if (number === undefined) return undefined;
      const listed = await text(words.proof.elements, (value) => ({ monument: { register, number, elements: elementsOf(value) } }), undefined, earlier?.monument?.elements.join(', '));
      return listed === undefined ? undefined : { monument: { register, number, elements: elementsOf(listed) } };
    }
    case 'new-build': {
      const given = earlier?.newBuild?.permitYear;
      const year = await text(words.proof.permitYear, (value) => ({ newBuild: { permitYear: parseNumberText(value) ?? Number.NaN } }), offer.permitYear === undefined ? undefined : String(offer.permitYear), given === undefined ? undefined : String(given));
      return year === undefined ? undefined : { newBuild: { permitYear: parseNumberText(year) ?? Number.NaN } };
    }
    case 'equivalent-alternative': {
      const before = earlier?.alternative;
      const measure = await text(words.proof.measure, (value) => ({ alternative: { measure: value, scenario: offer.scenarios[0] ?? '', statement: { by: 'pkvw-firm', reference: '-' } } }), undefined, before?.measure);
      if (measure === undefined) return undefined;
      const names = Object.fromEntries(offer.scenarios.map((id) => [id, options.catalogue.scenarios.find((scenario) => scenario.id === id)?.name[options.lang] ?? id]));
      const scenario = await pick(words.proof.scenario, names, before?.scenario);
      const by = scenario === undefined ? undefined : await pick(words.proof.statementBy, words.proof.statementByOptions, before?.statement.by);
      if (scenario === undefined || by === undefined) return undefined;
      const reference = await text(words.proof.statementReference, (value) => ({ alternative: { measure, scenario, statement: { by, reference: value } } }), undefined, before?.statement.reference);
      return reference === undefined ? undefined : { alternative: { measure, scenario, statement: { by, reference } } };
    }
    case 'landlord-refusal': {
      const before = earlier?.landlordRefusal;
      const by = await pick(words.proof.refusalBy, words.proof.refusalByOptions, before?.by);
      if (by === undefined) return undefined;
      const date = await text(words.proof.refusalDate, (value) => ({ landlordRefusal: { by, date: value, reference: '-' } }), undefined, before?.date);
      if (date === undefined) return undefined;
      const reference = await text(words.proof.refusalReference, (value) => ({ landlordRefusal: { by, date, reference: value } }), undefined, before?.reference);
      return reference === undefined ? undefined : { landlordRefusal: { by, date, reference } };
    }
  }
}

async function askReview(actor: Actor<AssessmentMachine>, ask: Ask, options: TerminalSessionOptions, words: FlowWords): Promise<FlowEvent | undefined> {
  const { catalogue, lang } = options;
  const { review, referral } = actor.getSnapshot().context;
  if (review === undefined) throw new Error('the review step without a review');
  if (referral !== undefined) {
    const because = referral.rules.map((id) => wrapText(`  - ${catalogue.riskRules.find((rule) => rule.id === id)?.because[lang] ?? id}`, options.columns(), '    '));
    options.print([words.referred.intro, ...because, words.referred.next, ''].join('\n') + '\n');
  }
  const lines = [words.reviewHeading];
  for (const { section, items } of review.sections) {
    lines.push(`  ${words.stage[section]}`);
    for (const { question, value } of items) lines.push(wrapText(`    ${question.text[lang]}  →  ${describeAnswer(question, value, lang)}`, options.columns(), '      '));
  }
  const adviceLines = review.advice === undefined ? [] : describeAdvice(review.advice, catalogue, lang);
  if (adviceLines.length > 0) {
    lines.push(`  ${words.stage.advice}`);
    for (const line of adviceLines) lines.push(wrapText(`    ${line}`, options.columns(), '      '));
  }
  for (const claim of review.claims) {
    const title = catalogue.exceptions.find((exception) => exception.id === claim.exception)?.title[lang] ?? claim.exception;
    const basics = claim.requirements.map((id) => catalogue.requirements.find((requirement) => requirement.id === id)?.title[lang] ?? id);
    lines.push(wrapText(`  ${words.reviewClaim(title, basics)}`, options.columns(), '    '));
  }
  const titleOf = (id: string) => catalogue.requirements.find((requirement) => requirement.id === id)?.title[lang] ?? id;
  for (const refusal of review.refusals) lines.push(wrapText(`  ${words.reviewRefusal(titleOf(refusal.requirement), refusal.reason)}`, options.columns(), '    '));
  // Already wrapped: print as is.
  options.print(lines.join('\n') + '\n');
  const theme = themeOf(words, options.columns());
  const action = await ask((promptContext) =>
    select({ message: words.stage.review, choices: [{ value: 'verdict', name: words.reviewToVerdict }, { value: 'edit', name: words.reviewEdit }], theme }, promptContext),
  );
  if (action.kind === 'back') return { type: 'BACK' };
  if (action.kind === 'help') return undefined;
  if (action.value === 'verdict') return { type: 'CONFIRM', at: options.clock() };
  const items = review.sections.flatMap((section) => section.items);
  const adviceChoice = { value: ADVICE_CHOICE, name: choiceName(adviceLines[0] ?? words.advice.reviewEdit, options, 2) };
  // The refusal step is chosen anew as a whole, offered whenever the machine would accept it.
  const refusalsChoice = actor.getSnapshot().can({ type: 'EDIT', step: 'refusals' }) ? [{ value: REFUSALS_CHOICE, name: choiceName(words.reviewEditRefusals, options, 2) }] : [];
  const which = await ask((promptContext) =>
    select(
      {
        message: words.reviewWhich,
        choices: [
          // The advice step after the intake, as in the check itself.
          ...items.flatMap(({ question, value }, index) => [
            ...(review.advice !== undefined && index > 0 && question.section !== 'intake' && items[index - 1]?.question.section === 'intake' ? [adviceChoice] : []),
            { value: question.id, name: choiceName(`${question.text[lang]}  →  ${describeAnswer(question, value, lang)}`, options, 2) },
          ]),
          ...(review.advice !== undefined && items.every(({ question }) => question.section === 'intake') ? [adviceChoice] : []),
          ...refusalsChoice,
        ],
        pageSize: Math.max(5, options.rows() - 6),
        theme,
      },
      promptContext,
    ),
  );
  if (which.kind !== 'value') return undefined;
  if (which.value === ADVICE_CHOICE) return { type: 'EDIT', step: 'advice' };
  return which.value === REFUSALS_CHOICE ? { type: 'EDIT', step: 'refusals' } : { type: 'EDIT', question: which.value };
}

/** The review's edit choices for the advice and refusal steps: no question id can be empty or contain a space. */
const ADVICE_CHOICE = '';
const REFUSALS_CHOICE = ' refusals';

/** Dutch (or English) key hints, with our own Esc and ? keys added where the prompt has them. */
function themeOf(words: FlowWords, columns: number, ownKeys: 'back-and-help' | 'back' | 'none' = 'back-and-help') {
  const action: Record<string, string> = {
    navigate: words.keys.navigate,
    select: words.keys.select,
    submit: words.keys.submit,
    all: words.keys.all,
    invert: words.keys.invert,
  };
  const extra: [string, string][] = [
    ...(ownKeys === 'none' ? [] : [['esc', words.keys.back] as [string, string]]),
    ...(ownKeys === 'back-and-help' ? [['?', words.keys.help] as [string, string]] : []),
  ];
  return {
    prefix: { done: CONFIRMATION_MARK },
    style: {
      // The answer goes on its own line under the question: after a long question it would break mid-word.
      answer: (text: string) => `\n${wrapText(`→ ${text.trim()}`, columns - 1, '  ')}`,
      keysHelpTip: (keys: [string, string][]) =>
        // Inquirer calls both Enter in a list and Space in a checkbox "select"; Space only ticks an option.
        [...keys.map(([key, name]): [string, string] => (key === 'space' ? [words.keys.space, words.keys.toggle] : [key, action[name] ?? name])), ...extra]
          .map(([key, name]) => `${key} ${name}`)
          .join(' • '),
    },
  };
}
