/**
 * The self-check in a terminal: drives the assessment machine with @inquirer/prompts. The machine
 * decides what comes next; this file only asks, shows and saves. Esc goes back and `?` shows the
 * question's help (both by aborting the prompt with a reason); after every accepted step the state
 * file is rewritten, so Ctrl-C, a signal or a closed terminal loses nothing.
 */
import { emitKeypressEvents } from 'node:readline';
import type { Writable } from 'node:stream';
import { checkbox, input, select } from '@inquirer/prompts';
import { createActor, type Actor } from 'xstate';
import type { Catalogue, Language, Question } from '../catalogue/catalogue-types.js';
import { EVIDENCE_LEVELS } from '../catalogue/catalogue-types.js';
import { renderProblemMessage } from '../i18n/render-problem.js';
import type { Verdict } from '../verdict/verdict-types.js';
import { MAX_JUSTIFICATION_LENGTH, MAX_REFERENCE_LENGTH, parseNumberText, validateAnswerValue, validateClaim } from './answer-validation.js';
import { createAssessmentMachine, type AssessmentMachine, type FlowEvent, type FlowStage } from './assessment-machine.js';
import type { FlowAnswers } from './flow-answers.js';
import { exceptionOffers, relevantQuestions } from './flow-navigation.js';
import { flowProgress } from './flow-progress.js';
import { describeAnswer, flowWords, type FlowWords } from './flow-words.js';
import { writeStateFile } from './state-file.js';

export interface TerminalSessionOptions {
  catalogue: Catalogue;
  lang: Language;
  clock: () => Date;
  /** Where the prompts read keys and draw. */
  input: NodeJS.ReadableStream;
  /** A fresh stream per prompt: inquirer ends the stream it drew on (except process.stdout itself). */
  output: () => Writable;
  /** Plain text lines between prompts. */
  print: (text: string) => void;
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
export async function runTerminalSession(options: TerminalSessionOptions): Promise<SessionResult> {
  const { catalogue, lang, clock } = options;
  const words = flowWords[lang];
  const actor = createActor(createAssessmentMachine(catalogue), {
    input: { catalogue, clock, meta: options.start.meta, values: options.start.values, decisions: options.start.decisions, skipped: options.start.skipped },
  }).start();
  const save = () => writeStateFile(options.statePath, catalogue, actor.getSnapshot().context.flow, clock(), options.shownStatePath);

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
    const controller = new AbortController();
    current = controller;
    const onKey = (_text: string | undefined, key: { name?: string; sequence?: string } | undefined) => {
      if (key?.name === 'escape') controller.abort('back');
      else if (help && key?.sequence === '?') controller.abort('help');
    };
    options.input.on('keypress', onKey);
    try {
      return { kind: 'value', value: await run({ input: options.input, output: options.output(), signal: controller.signal }) };
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
      const progress = flowProgress(catalogue, context.flow, context.position);
      if (progress.stage !== shownStage) {
        options.print('\n' + words.stageHeading(words.stage[progress.stage], progress.domain) + '\n');
        shownStage = progress.stage;
      }
      const event = await nextEvent(actor, ask, options, words);
      if (event === undefined) continue;
      if (event.type === 'BACK' && !actor.getSnapshot().can(event)) {
        options.print(words.firstStep + '\n');
        continue;
      }
      actor.send(event);
      const problem = actor.getSnapshot().context.problem;
      if (problem !== undefined) options.print(renderProblemMessage(problem, lang) + '\n');
      else save();
    }
  } catch (error) {
    if (!(error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError'))) throw error;
    interrupted = true;
  } finally {
    removeSignals();
  }
  if (interrupted) {
    save();
    return { kind: 'interrupted' };
  }
  const snapshot = actor.getSnapshot();
  if (snapshot.output === undefined) throw new Error('the self-check ended without a verdict');
  return { kind: 'verdict', verdict: snapshot.output, flow: snapshot.context.flow };
}

/** What every inquirer prompt is given: our keys, our output, and the signal Esc, ? and interrupts abort. */
type PromptContext = { input: NodeJS.ReadableStream; output: Writable; signal: AbortSignal };
type Ask = <T>(run: (context: PromptContext) => Promise<T>, help?: boolean) => Promise<Reply<T>>;

/** Asks for the current step and turns the reply into an event; undefined when nothing changes (help shown). */
async function nextEvent(actor: Actor<AssessmentMachine>, ask: Ask, options: TerminalSessionOptions, words: FlowWords): Promise<FlowEvent | undefined> {
  const { catalogue, lang } = options;
  const { context } = actor.getSnapshot();
  const position = context.position;
  if (position.kind === 'question') {
    const question = catalogue.questions.find((candidate) => candidate.id === position.question);
    if (question === undefined) throw new Error(`unknown question ${position.question}`);
    const progress = flowProgress(catalogue, context.flow, position);
    const stage = words.stage[progress.stage];
    const message = `${words.progress(stage, progress.domain, progress.question, progress.total)}\n${question.text[lang]}`;
    const reply = await askQuestion(question, message, context.flow, ask, lang);
    if (reply.kind === 'help') {
      options.print(`${words.helpLabel} ${question.help?.[lang] ?? words.helpNone}\n`);
      return undefined;
    }
    if (reply.kind === 'back') return { type: 'BACK' };
    return reply.value === undefined ? { type: 'SKIP' } : { type: 'ANSWER', value: reply.value };
  }
  if (position.kind === 'exception') return askException(position.requirement, actor, ask, options, words);
  return askReview(actor, ask, options, words);
}

async function askQuestion(question: Question, message: string, flow: FlowAnswers, ask: Ask, lang: Language): Promise<Reply<unknown>> {
  const words = flowWords[lang];
  const given = flow.values[question.id]?.value;
  const theme = themeOf(words);
  if (question.type === 'number') {
    const range = words.range(question.min, question.max, question.unit?.[lang] ?? '');
    const reply = await ask((context) =>
      input(
        {
          message: `${message} ${question.section === 'intake' ? words.numberHintRequired(range) : words.numberHint(range)}`,
          default: typeof given === 'number' ? String(given) : undefined,
          validate: (text) => {
            if (text.trim() === '' && question.section !== 'intake') return true;
            const problem = validateAnswerValue(question, parseNumberText(text) ?? text);
            return problem === undefined ? true : renderProblemMessage(problem, lang);
          },
        },
        context,
      ),
    );
    return reply.kind === 'value' ? { kind: 'value', value: reply.value.trim() === '' ? undefined : parseNumberText(reply.value) } : reply;
  }
  if (question.type === 'multi') {
    const chosen = Array.isArray(given) ? given : [];
    const reply = await ask((context) =>
      checkbox(
        {
          message,
          choices: (question.options ?? []).map((option) => ({ value: option.value, name: option.label[lang], checked: chosen.includes(option.value) })),
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
  // Yes/no and single choice: one list, with "don't know" last.
  const options: { value: unknown; name: string }[] =
    question.type === 'boolean'
      ? [
          { value: true, name: words.yes },
          { value: false, name: words.no },
        ]
      : (question.options ?? []).map((option) => ({ value: option.value, name: option.label[lang] }));
  const choices = options.map((option, index) => ({ value: index, name: option.name }));
  // Intake answers decide the risk and cannot be left open.
  if (question.section !== 'intake') choices.push({ value: -1, name: words.skip });
  const preset = options.findIndex((option) => option.value === given);
  const reply = await ask((context) => select({ message, choices, default: preset >= 0 ? preset : undefined, theme }, context));
  if (reply.kind !== 'value') return reply;
  return { kind: 'value', value: options[reply.value]?.value };
}

async function askException(requirementId: string, actor: Actor<AssessmentMachine>, ask: Ask, options: TerminalSessionOptions, words: FlowWords): Promise<FlowEvent | undefined> {
  const { catalogue, lang, clock } = options;
  const { context } = actor.getSnapshot();
  const requirement = catalogue.requirements.find((candidate) => candidate.id === requirementId);
  const offer = exceptionOffers(catalogue, context.flow, clock()).find((candidate) => candidate.requirement === requirementId);
  if (requirement === undefined || offer === undefined) throw new Error(`no exception offer for ${requirementId}`);
  const exceptions = offer.exceptions.map((id) => catalogue.exceptions.find((candidate) => candidate.id === id)).filter((e) => e !== undefined);
  const theme = themeOf(words);
  const choice = await ask((promptContext) =>
    select(
      {
        message: words.exceptionIntro(requirement.id, requirement.title[lang], offer.status),
        choices: [
          { value: -1, name: words.exceptionNone },
          ...exceptions.map((exception, index) => ({ value: index, name: exception.title[lang], description: exception.description[lang] })),
        ],
        theme,
      },
      promptContext,
    ),
  );
  if (choice.kind === 'help') {
    options.print(requirement.description[lang] + '\n');
    return undefined;
  }
  if (choice.kind === 'back') return { type: 'BACK' };
  const exception = exceptions[choice.value];
  if (exception === undefined) return { type: 'DECLINE' };
  options.print(exception.justification[lang] + '\n');
  const justification = await ask(
    (promptContext) =>
      input(
        {
          message: words.justification,
          validate: (text) => {
            const problem = validateClaim(offer.exceptions, { exception: exception.id, justification: text, evidence: { level: 'self-declared' } });
            return problem === undefined ? true : renderProblemMessage(problem, lang);
          },
        },
        promptContext,
      ),
    false,
  );
  if (justification.kind !== 'value') return undefined;
  const level = await ask((promptContext) =>
    select({ message: words.evidence, choices: EVIDENCE_LEVELS.map((value) => ({ value, name: words.evidenceLevel[value] })), default: exception.evidence, theme }, promptContext),
  );
  if (level.kind !== 'value') return undefined;
  const reference = await ask(
    (promptContext) =>
      input(
        {
          message: words.reference,
          validate: (text) => (text.trim().length <= MAX_REFERENCE_LENGTH ? true : renderProblemMessage({ code: 'flow-claim-text-too-long', severity: 'error', params: { max: MAX_REFERENCE_LENGTH } }, lang)),
        },
        promptContext,
      ),
    false,
  );
  if (reference.kind !== 'value') return undefined;
  const trimmed = reference.value.trim();
  return {
    type: 'CLAIM',
    exception: exception.id,
    justification: justification.value.trim().slice(0, MAX_JUSTIFICATION_LENGTH),
    evidence: trimmed === '' ? { level: level.value } : { level: level.value, reference: trimmed },
  };
}

async function askReview(actor: Actor<AssessmentMachine>, ask: Ask, options: TerminalSessionOptions, words: FlowWords): Promise<FlowEvent | undefined> {
  const { catalogue, lang } = options;
  const { context } = actor.getSnapshot();
  const relevant = relevantQuestions(catalogue, context.flow);
  const questions = relevant.map((id) => catalogue.questions.find((question) => question.id === id)).filter((q) => q !== undefined);
  const lines = [words.reviewHeading];
  let section: string | undefined;
  for (const question of questions) {
    if (question.section !== section) {
      section = question.section;
      lines.push(`  ${words.stage[question.section]}`);
    }
    lines.push(`    ${question.text[lang]}  →  ${describeAnswer(question, context.flow.values[question.id]?.value, lang)}`);
  }
  for (const [requirement, decision] of Object.entries(context.flow.decisions)) {
    if (decision.kind === 'claim') {
      const title = catalogue.exceptions.find((exception) => exception.id === decision.exception)?.title[lang] ?? decision.exception;
      lines.push(`  ${words.reviewClaim(requirement, title)}`);
    }
  }
  options.print(lines.join('\n') + '\n');
  const theme = themeOf(words);
  const action = await ask((promptContext) =>
    select({ message: words.stage.review, choices: [{ value: 'verdict', name: words.reviewToVerdict }, { value: 'edit', name: words.reviewEdit }], theme }, promptContext),
  );
  if (action.kind === 'back') return { type: 'BACK' };
  if (action.kind === 'help' || action.value === 'verdict') return action.kind === 'help' ? undefined : { type: 'CONFIRM' };
  const which = await ask((promptContext) =>
    select(
      {
        message: words.reviewWhich,
        choices: questions.map((question) => ({
          value: question.id,
          name: `${question.text[lang]}  →  ${describeAnswer(question, context.flow.values[question.id]?.value, lang)}`,
        })),
        pageSize: 12,
        theme,
      },
      promptContext,
    ),
  );
  return which.kind === 'value' ? { type: 'EDIT', question: which.value } : undefined;
}

/** Dutch (or English) key hints, with our own Esc and ? keys added. */
function themeOf(words: FlowWords) {
  const action: Record<string, string> = {
    navigate: words.keys.navigate,
    select: words.keys.select,
    submit: words.keys.submit,
    all: words.keys.all,
    invert: words.keys.invert,
  };
  return {
    style: {
      keysHelpTip: (keys: [string, string][]) =>
        // Inquirer calls both Enter in a list and Space in a checkbox "select"; Space only ticks an option.
        [...keys.map(([key, name]): [string, string] => (key === 'space' ? [words.keys.space, words.keys.toggle] : [key, action[name] ?? name])), ['esc', words.keys.back], ['?', words.keys.help]]
          .map(([key, name]) => `${key} ${name}`)
          .join(' • '),
    },
  };
}
