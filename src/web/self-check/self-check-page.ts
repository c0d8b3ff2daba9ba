/**
 * The self-check in the browser. The same XState machine as the terminal decides every step
 * (what is asked, whether "weet ik niet" and "vorige" are possible, the exception step, the
 * review); this page renders its snapshot and sends it events, nothing more. Answers live in
 * memory; they are kept on the device only when the user asks (encrypted, see device-store.ts),
 * and leave it only as a file the user downloads.
 */
import { createActor, type Actor } from 'xstate';
import type { Catalogue, Language, Question } from '../../catalogue/catalogue-types.js';
import { bundledCatalogue } from '../../catalogue/precompiled-catalogue.js';
import { createAssessmentMachine, stageOf, stepProblem, type AdviceInput, type AssessmentMachine, type FlowEvent } from '../../flow/assessment-machine.js';
import { advisedMeasures, basicGroups, measureGroups, NO_MEASURE, type RequirementGroup } from '../../flow/advice-step.js';
import { adviceFromWritten, writtenAdviceOf } from '../../answers/advice-rules.js';
import type { FlowAnswers } from '../../flow/flow-answers.js';
import { flowProgress } from '../../flow/flow-progress.js';
import { describeAdvice, describeAnswer, flowWords } from '../../flow/flow-words.js';
import { elementsOf, parseNumberText } from '../../flow/step-checks.js';
import type { ExceptionChoice } from '../../flow/flow-navigation.js';
import type { ClaimProof } from '../../answers/answers-types.js';
import { REFUSAL_REASON_MAX } from '../../answers/refusal-rules.js';
import { CLAIM_TEXT_MAX, JUSTIFICATION_MAX } from '../../answers/claim-rules.js';
import { checkSavedReasons } from '../../flow/saved-reasons.js';
import { checkSavedAdvice } from '../../flow/saved-advice.js';
import { changedQuestionTexts, keptAnswers, keptDecisions, savedDefinitions } from '../../flow/saved-answers.js';
import { renderProblemMessage } from '../../messages/render-problem.js';
import type { Problem } from '../../problems/problem.js';
import { fundingSummary } from '../../report/funding-summary.js';
import { renderVerdictText } from '../../report/verdict-text.js';
import type { Verdict } from '../../verdict/verdict-types.js';
import { verdictWords } from '../../verdict/verdict-words.js';
import { el, uniqueId } from '../site/dom.js';
import type { SiteContext, SitePage } from '../site/site-page.js';
import { ANSWERS_FILE_NAME, readAnswersFile, renderAnswersFile } from './answers-file.js';
import { MIN_PASSPHRASE, hasStoredCheck, newDeviceKey, openCheck, saveCheck, wipeStoredCheck, type DeviceKey, type StoredCheck } from './device-store.js';
import { selfCheckWords } from './self-check-words.js';

/** What survives a language switch (in ctx.memory): the running check and the device key, if kept. */
interface Session {
  actor: Actor<AssessmentMachine>;
  deviceKey?: DeviceKey;
}

let catalogueOnce: Catalogue | undefined;
const catalogue = (): Catalogue => (catalogueOnce ??= bundledCatalogue());

export const selfCheckPage: SitePage = {
  id: 'zelfcheck',
  title: (lang) => selfCheckWords[lang].title,
  mount: (root, ctx) => mountSelfCheck(root, ctx),
};

function mountSelfCheck(root: HTMLElement, ctx: SiteContext): () => void {
  const { lang } = ctx;
  const words = selfCheckWords[lang];
  const flow = flowWords[lang];
  const storage = window.localStorage;
  let session = ctx.memory.get('session') as Session | undefined;
  /** A message above the step, said once (file read, kept, wiped); lines starting with "  - " are a list under the line before. */
  let notice: string | string[] | undefined;

  const setSession = (next: Session | undefined) => {
    session = next;
    if (next) ctx.memory.set('session', next);
    else ctx.memory.delete('session');
  };

  const startWith = (start: Partial<FlowAnswers> = {}, deviceKey?: DeviceKey) => {
    const meta = start.meta ?? { kind: 'self-check' as const, date: today(), subject: { role: 'bestuurder' } };
    const input = {
      meta,
      values: start.values ?? {},
      decisions: start.decisions ?? {},
      skipped: start.skipped ?? [],
      ...(start.refusals === undefined ? {} : { refusals: start.refusals }),
      ...(start.earlierReasons === undefined ? {} : { earlierReasons: start.earlierReasons }),
      ...(start.earlierClaims === undefined ? {} : { earlierClaims: start.earlierClaims }),
      ...(start.adviceAnswered === undefined ? {} : { adviceAnswered: start.adviceAnswered }),
    };
    const actor = createActor(createAssessmentMachine(catalogue()), { input }).start();
    setSession({ actor, ...(deviceKey ? { deviceKey } : {}) });
  };

  /**
   * The advice last sent, or typed and not yet sent when the language was switched: shown again, so
   * nothing typed is lost when the machine refuses it or the page is mounted anew. In ctx.memory.
   */
  const adviceDraft = (): AdviceDraftState | undefined => ctx.memory.get(ADVICE_DRAFT) as AdviceDraftState | undefined;

  /** Keeps what the current step has that is typed but not yet sent, before the page is mounted anew. */
  let captureDraft: (() => void) | undefined;

  const send = (event: FlowEvent) => {
    if (!session) return;
    session.actor.send(event);
    if (session.actor.getSnapshot().context.problem === undefined) {
      ctx.memory.delete(ADVICE_DRAFT);
      ctx.memory.delete(REFUSAL_DRAFT);
      ctx.memory.delete(EXCEPTION_DRAFT);
    }
    void keep();
    draw({ focus: 'step' });
  };

  /** After every accepted step, when the user chose to keep the check: the store is rewritten, one save after the other (so the last step is what stays). */
  let saving: Promise<void> = Promise.resolve();
  const keep = (): Promise<void> => {
    const current = session;
    if (!current?.deviceKey) return saving;
    const { deviceKey } = current;
    const { catalogue: answeredAgainst, flow: answers } = current.actor.getSnapshot().context;
    const { metadata, hash } = answeredAgainst;
    saving = saving.then(() => saveCheck(storage, deviceKey, { catalogue: { id: metadata.id, version: metadata.version, hash }, flow: answers, definitions: savedDefinitions(answeredAgainst, answers) }));
    return saving;
  };

  const draw = (options: { focus?: 'step' | 'none' } = {}) => {
    captureDraft = undefined;
    const content = session ? drawStep(session) : drawStart();
    root.replaceChildren(...content);
    if (options.focus === 'step') focusStep(root);
  };

  // ── the start: begin, open a kept check, open a file ──
  const drawStart = (): Node[] => {
    const nodes: Node[] = [el('h1', { tabindex: '-1' }, words.title), ...words.intro.map((text) => el('p', {}, text))];
    if (notice) nodes.push(noticeNode(notice));
    notice = undefined;
    const begin = el('button', { type: 'button' }, words.start);
    begin.addEventListener('click', () => {
      startWith();
      draw({ focus: 'step' });
    });
    nodes.push(el('div', { class: 'actions' }, begin));
    if (hasStoredCheck(storage)) nodes.push(storedPanel());
    nodes.push(filePanel());
    return nodes;
  };

  const storedPanel = (): HTMLElement => {
    const id = uniqueId('passphrase');
    const problemId = uniqueId('problem');
    const field = el('input', { type: 'password', id, autocomplete: 'current-password', 'aria-describedby': problemId });
    const problem = el('p', { id: problemId, class: 'problem', role: 'alert' });
    const open = el('button', { type: 'submit' }, words.open);
    const form = el('form', { class: 'panel', 'aria-labelledby': `${id}-heading` }, el('h2', { id: `${id}-heading` }, words.storedHeading), el('p', {}, words.storedIntro), el('div', { class: 'field' }, el('label', { for: id }, words.passphrase), field), problem, el('div', { class: 'actions' }, open, wipeButton()));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      open.disabled = true;
      void openCheck(storage, field.value).then((result) => {
        open.disabled = false;
        if (result.kind === 'opened' && result.check.catalogue.id === catalogue().metadata.id) {
          startWith(openedCheck(result.check), result.deviceKey);
          draw({ focus: 'step' });
          return;
        }
        problem.textContent = result.kind === 'wrong-passphrase' ? words.wrongPassphrase : words.storeUnreadable;
        field.focus();
      });
    });
    return form;
  };

  /**
   * A kept check as the machine starts from it, read with the rules a state file is read with:
   * against a changed catalogue (a newer one, or one changed without a new version) answers and
   * claims whose definition changed are dropped and asked again (saved-answers.ts), and so is a saved
   * advice that no longer fits; a refusal reason or a claim's words that fail the rule are dropped and
   * asked again. What was dropped, and why, is said above the step; the rest is kept.
   */
  const openedCheck = (check: StoredCheck): Partial<FlowAnswers> => {
    const cat = catalogue();
    const saved: Partial<FlowAnswers> = { ...check.flow };
    const changed = check.catalogue.version !== cat.metadata.version || (check.catalogue.hash !== undefined && check.catalogue.hash !== cat.hash);
    // A store kept by an older page says nothing of what its answers meant: they are kept, as that page did.
    const definitions = changed ? check.definitions : undefined;
    let changedQuestions: string[] = [];
    let savedWords: Pick<FlowAnswers, 'decisions' | 'earlierClaims' | 'refusals' | 'earlierReasons'> = { ...check.flow, decisions: check.flow.decisions ?? {} };
    if (definitions !== undefined) {
      const answers = keptAnswers(cat, definitions, { values: check.flow.values, skipped: check.flow.skipped ?? [] });
      saved.values = answers.values;
      saved.skipped = answers.skipped;
      changedQuestions = answers.changedQuestions;
      savedWords = { ...savedWords, decisions: keptDecisions(cat, definitions, savedWords.decisions), ...(savedWords.earlierClaims === undefined ? {} : { earlierClaims: keptDecisions(cat, definitions, savedWords.earlierClaims) }) };
    }
    const { kept, dropped } = checkSavedReasons(savedWords);
    delete saved.refusals;
    delete saved.earlierReasons;
    delete saved.earlierClaims;
    const lines: string[] = [];
    const written = saved.meta?.advice === undefined ? undefined : writtenAdviceOf(saved.meta.advice);
    const checked = saved.meta === undefined || written === undefined ? undefined : checkSavedAdvice(written, cat, saved.meta.date);
    let why: string[] = [];
    if (saved.meta !== undefined && checked !== undefined && 'unfit' in checked) {
      const meta = { ...saved.meta };
      delete meta.advice;
      saved.meta = meta;
      delete saved.adviceAnswered;
      why = checked.unfit.map(({ problem }) => renderProblemMessage(problem, lang));
    }
    if (changed && (changedQuestions.length > 0 || why.length > 0)) lines.push(...flow.changed(check.catalogue.version, cat.metadata.version, changedQuestionTexts(cat, changedQuestions, lang), why));
    else if (why.length > 0) lines.push(words.storeDropped, ...why.map((line) => `  - ${line}`));
    if (dropped.length > 0) lines.push([words.storeDropped, ...dropped.map(({ problem }) => renderProblemMessage(problem, lang))].join(' '));
    if (lines.length > 0) notice = lines;
    return { ...saved, ...kept };
  };

  const filePanel = (): HTMLElement => {
    const id = uniqueId('file');
    const input = el('input', { type: 'file', id, accept: '.yaml,.yml,application/yaml,text/yaml', 'aria-describedby': `${id}-hint` });
    const problems = el('div', { role: 'alert' });
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return;
      void file.arrayBuffer().then((buffer) => {
        const read = readAnswersFile(new Uint8Array(buffer), file.name, catalogue());
        if (!read.flow) {
          problems.replaceChildren(el('p', { class: 'problem' }, words.fileProblems), el('ul', {}, ...read.problems.map((problem) => el('li', {}, problemLine(problem, lang)))));
          return;
        }
        startWith(read.flow);
        notice = words.fileRead(Object.keys(read.flow.values).length);
        draw({ focus: 'step' });
      });
    });
    return el('section', { class: 'panel', 'aria-labelledby': `${id}-heading` }, el('h2', { id: `${id}-heading` }, words.fileHeading), el('div', { class: 'field' }, el('label', { for: id }, words.chooseFile), el('p', { id: `${id}-hint`, class: 'note' }, words.fileHint), input), problems);
  };

  const wipeButton = (): HTMLButtonElement => {
    const wipe = el('button', { type: 'button', class: 'danger' }, words.wipe);
    wipe.addEventListener('click', () => {
      wipeStoredCheck(storage);
      session?.actor.stop();
      setSession(undefined);
      notice = words.wiped;
      ctx.announce(words.wiped);
      draw({ focus: 'step' });
    });
    return wipe;
  };

  // ── one step of the machine ──
  const drawStep = (current: Session): Node[] => {
    const snapshot = current.actor.getSnapshot();
    const { context } = snapshot;
    const nodes: Node[] = [];
    if (snapshot.status === 'done' && snapshot.output) nodes.push(...verdictView(snapshot.output));
    else {
      const stage = stageOf(context.catalogue, context.position);
      const progress = flowProgress(context.catalogue, context.flow, context.position);
      const heading = context.position.kind === 'review' ? flow.reviewHeading : flow.stageHeading(flow.stage[stage], progress.domain).replace(/^── | ──$/g, '');
      nodes.push(el('h1', { tabindex: '-1' }, heading));
      if (context.position.kind === 'question') nodes.push(questionForm(current, context.position.question, progress));
      else if (context.position.kind === 'advice') nodes.push(adviceForm(current, progress));
      else if (context.position.kind === 'exceptions') nodes.push(exceptionsForm(current));
      else if (context.position.kind === 'refusals') nodes.push(refusalsForm(current));
      else nodes.push(...reviewView(current));
    }
    // Said once, under the heading: a file read, the answers kept.
    if (notice) nodes.splice(1, 0, noticeNode(notice));
    notice = undefined;
    nodes.push(devicePanel(current), exportPanel(current));
    return nodes;
  };

  const navigation = (current: Session, submit: string): HTMLElement => {
    const can = (event: FlowEvent) => current.actor.getSnapshot().can(event);
    const buttons: HTMLElement[] = [el('button', { type: 'submit' }, submit)];
    if (can({ type: 'SKIP' })) {
      const skip = el('button', { type: 'button', class: 'secondary' }, flow.skip);
      skip.addEventListener('click', () => send({ type: 'SKIP' }));
      buttons.push(skip);
    }
    if (can({ type: 'BACK' })) {
      const back = el('button', { type: 'button', class: 'secondary' }, words.back);
      back.addEventListener('click', () => send({ type: 'BACK' }));
      buttons.push(back);
    }
    return el('div', { class: 'actions' }, ...buttons);
  };

  /** A help button and the help it opens and closes (`aria-expanded`), under the part it explains. */
  const helpFor = (text: string, id = uniqueId('help')): HTMLElement[] => {
    const help = el('div', { id, class: 'help', hidden: true }, el('p', {}, text));
    const button = el('button', { type: 'button', class: 'secondary', 'aria-expanded': 'false', 'aria-controls': id }, words.help);
    button.addEventListener('click', () => {
      help.hidden = !help.hidden;
      button.setAttribute('aria-expanded', String(!help.hidden));
    });
    return [el('div', { class: 'help-toggle' }, button), help];
  };

  /** A step's form: its parts, the machine's refusal (if any) under them, and the navigation; Enter in a choice submits. */
  const stepForm = (current: Session, problemId: string, attributes: Record<string, string>, ...parts: Node[]): HTMLFormElement => {
    const problem = problemOf(current);
    const form = el('form', { novalidate: true, ...attributes }, ...parts, el('p', { id: problemId, class: 'problem', role: 'alert' }, problem ? renderProblemMessage(problem, lang) : ''), navigation(current, words.next));
    submitOnEnter(form);
    return form;
  };

  const problemOf = (current: Session): Problem | undefined => current.actor.getSnapshot().context.problem;

  const questionForm = (current: Session, id: string, progress: ReturnType<typeof flowProgress>): HTMLElement => {
    const question = current.actor.getSnapshot().context.catalogue.questions.find((candidate) => candidate.id === id);
    if (!question) throw new Error(`unknown question ${id}`);
    const given = current.actor.getSnapshot().context.flow.values[id]?.value;
    const legendId = uniqueId('question');
    const problemId = uniqueId('problem');
    const helpId = uniqueId('help');
    const problem = problemOf(current);
    const described = [problem ? problemId : undefined].filter(Boolean).join(' ') || undefined;
    const fieldset = el('fieldset', { 'aria-describedby': described }, el('legend', { id: legendId }, question.text[lang]));
    fieldset.append(...answerControls(question, given, legendId), ...helpFor(question.help?.[lang] ?? flow.helpNone, helpId));
    const form = el(
      'form',
      { novalidate: true },
      el('p', { class: 'progress' }, flow.progress(flow.stage[progress.stage], progress.domain, progress.question, progress.remaining).replace(/^\[|\]$/g, '')),
      fieldset,
      el('p', { id: problemId, class: 'problem', role: 'alert' }, problem ? renderProblemMessage(problem, lang) : ''),
      navigation(current, words.next),
    );
    submitOnEnter(form);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const value = readAnswer(question, form);
      if (value === undefined) {
        form.querySelector(`#${problemId}`)?.replaceChildren(words.noAnswer);
        return;
      }
      send({ type: 'ANSWER', value });
    });
    return form;
  };

  const answerControls = (question: Question, given: unknown, legendId: string): HTMLElement[] => {
    const name = uniqueId('answer');
    if (question.type === 'number') {
      const id = uniqueId('number');
      const range = flow.range(question.min, question.max, question.unit?.[lang] ?? '');
      return [el('div', { class: 'field' }, el('label', { for: id }, range), el('input', { type: 'text', inputmode: 'decimal', id, name, value: typeof given === 'number' ? String(given) : undefined, 'aria-describedby': legendId }))];
    }
    const options: { value: string; label: string }[] =
      question.type === 'boolean'
        ? [
            { value: 'true', label: flow.yes },
            { value: 'false', label: flow.no },
          ]
        : (question.options ?? []).map((option) => ({ value: option.value, label: option.label[lang] }));
    const type = question.type === 'multi' ? 'checkbox' : 'radio';
    const chosen = (value: string) => (Array.isArray(given) ? given.includes(value) : given !== undefined && String(given) === value);
    return options.map((option) => {
      const id = uniqueId('option');
      return el('div', { class: 'choice' }, el('input', { type, id, name, value: option.value, checked: chosen(option.value) }), el('label', { for: id }, option.label));
    });
  };

  /**
   * The advice step: yes or no, and with yes the reference, the date and the measures the advice
   * names; the levels and basics it names behind a choice of their own. The machine checks it all.
   */
  const adviceForm = (current: Session, progress: ReturnType<typeof flowProgress>): HTMLElement => {
    const { context } = current.actor.getSnapshot();
    const cat = context.catalogue;
    const aw = flow.advice;
    const draft = adviceDraft();
    const had = draft?.answer === 'yes' ? adviceFromWritten(draft.advice) : draft?.answer === 'no' ? undefined : context.flow.meta.advice;
    const answered = draft?.answer === 'no' || context.flow.adviceAnswered === true;
    // Only an advice that names its measures (or ticks "none") has "none" ticked; a draft says so itself.
    const noneTicked = draft === undefined ? had !== undefined && had.measures.length === 0 : draft.none;
    const problemId = uniqueId('problem');
    const has = uniqueId('advice');
    const yesId = uniqueId('option');
    const noId = uniqueId('option');
    const first = el(
      'fieldset',
      {},
      el('legend', {}, aw.question),
      el('div', { class: 'choice' }, el('input', { type: 'radio', id: yesId, name: has, value: 'yes', checked: had !== undefined }), el('label', { for: yesId }, aw.yes)),
      el('div', { class: 'choice' }, el('input', { type: 'radio', id: noId, name: has, value: 'no', checked: answered && had === undefined }), el('label', { for: noId }, aw.no)),
      ...helpFor(aw.help),
    );
    const text = (name: string, label: string, help: string, value: string | undefined, extra: Record<string, string> = {}) => {
      const id = uniqueId(name);
      return el('div', { class: 'field' }, el('label', { for: id }, label), el('input', { type: 'text', id, name, value, ...extra }), ...helpFor(help));
    };
    const ticks = (name: string, legend: string, help: string, groups: readonly RequirementGroup[], checked: readonly string[], none?: string) => {
      const fieldset = el('fieldset', {}, el('legend', {}, legend));
      for (const group of groups) {
        const inner = el('fieldset', { class: 'group' }, el('legend', {}, flow.stage[group.domain]));
        for (const requirement of group.requirements) {
          const id = uniqueId('option');
          inner.append(el('div', { class: 'choice' }, el('input', { type: 'checkbox', id, name, value: requirement.id, checked: checked.includes(requirement.id) }), el('label', { for: id }, requirement.title[lang])));
        }
        fieldset.append(inner);
      }
      if (none !== undefined) {
        const id = uniqueId('option');
        fieldset.append(el('div', { class: 'choice' }, el('input', { type: 'checkbox', id, name, value: NO_MEASURE, checked: noneTicked }), el('label', { for: id }, none)));
      }
      fieldset.append(...helpFor(help));
      return fieldset;
    };
    const levels = el('fieldset', {}, el('legend', {}, aw.levelsWhich.replace(/ \(.*\)$/, '')));
    for (const scenario of cat.scenarios) {
      const id = uniqueId('level');
      const given = had?.levels[scenario.id];
      levels.append(
        el(
          'div',
          { class: 'field' },
          el('label', { for: id }, scenario.name[lang]),
          el('select', { id, name: `level:${scenario.id}` }, el('option', { value: '' }, aw.levelNone), ...cat.levels.map((level) => el('option', { value: level.id, selected: level.id === given }, `${level.id}: ${level.name[lang]}`))),
        ),
      );
    }
    levels.append(...helpFor(aw.levelsHelp));
    const moreId = uniqueId('more');
    const hadMore = draft?.more ?? (had !== undefined && (Object.keys(had.levels).length > 0 || had.waives.length > 0 || had.hardConditions.length > 0));
    const moreBox = el('input', { type: 'checkbox', id: moreId, name: 'more', checked: hadMore });
    const moreDetails = el(
      'div',
      { hidden: !hadMore },
      levels,
      ticks('waives', aw.waives.replace(/ \(.*\)$/, ''), aw.waivesHelp, basicGroups(cat), had?.waives ?? []),
      ticks('hardConditions', aw.hardConditions.replace(/ \(.*\)$/, ''), aw.hardConditionsHelp, basicGroups(cat), had?.hardConditions ?? []),
    );
    moreBox.addEventListener('change', () => (moreDetails.hidden = !moreBox.checked));
    const details = el(
      'div',
      { hidden: had === undefined },
      text('reference', aw.reference, aw.referenceHelp, had?.reference, { maxlength: '200', autocomplete: 'off' }),
      text('date', aw.date(context.flow.meta.date), aw.dateHelp, had?.date, { inputmode: 'numeric', autocomplete: 'off' }),
      ticks('measures', aw.measures, aw.measuresHelp, measureGroups(cat), had?.measures ?? [], aw.measuresNone),
      el('fieldset', {}, el('legend', {}, aw.more), el('div', { class: 'choice' }, moreBox, el('label', { for: moreId }, aw.moreYes)), ...helpFor(aw.moreHelp)),
      moreDetails,
    );
    first.addEventListener('change', () => (details.hidden = first.querySelector<HTMLInputElement>(`input[name="${has}"]:checked`)?.value !== 'yes'));
    const form = stepForm(current, problemId, { class: 'advice' }, el('p', { class: 'progress' }, flow.progress(flow.stage.advice, undefined, progress.question, progress.remaining).replace(/^\[|\]$/g, '')), first, details);
    /** The form as it stands: the yes/no, the advice typed so far (measures as ticked), whether "more" and "none" are ticked. */
    const read = (): { state: AdviceDraftState; measures: ReturnType<typeof advisedMeasures> } => {
      const data = new FormData(form);
      const answer = data.get(has);
      const ticked = data.getAll('measures').map(String);
      const measures = advisedMeasures(ticked);
      const advice: AdviceInput = { reference: String(data.get('reference') ?? ''), date: String(data.get('date') ?? '').trim(), ...('measures' in measures && measures.measures.length > 0 ? { measures: measures.measures } : {}) };
      if (moreBox.checked) {
        const set = Object.fromEntries(cat.scenarios.map((scenario) => [scenario.id, String(data.get(`level:${scenario.id}`) ?? '')]).filter(([, level]) => level !== ''));
        const waives = data.getAll('waives').map(String);
        const hard = data.getAll('hardConditions').map(String);
        if (Object.keys(set).length > 0) advice.levels = set;
        if (waives.length > 0) advice.waives = waives;
        if (hard.length > 0) advice.hardConditions = hard;
      }
      return { state: { answer: answer === 'yes' || answer === 'no' ? answer : undefined, advice, more: moreBox.checked, none: ticked.includes(NO_MEASURE) }, measures };
    };
    captureDraft = () => {
      const { state } = read();
      if (state.answer !== undefined) ctx.memory.set(ADVICE_DRAFT, state);
    };
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const say = (message: string) => form.querySelector(`#${problemId}`)?.replaceChildren(message);
      const { state, measures } = read();
      if (state.answer === undefined) return say(words.noAnswer);
      if (state.answer === 'no') return send({ type: 'ADVICE', advice: null });
      if ('problem' in measures) return say(renderProblemMessage(measures.problem, lang));
      ctx.memory.set(ADVICE_DRAFT, state);
      send({ type: 'ADVICE', advice: state.advice });
    });
    return form;
  };

  const exceptionsForm = (current: Session): HTMLElement => {
    const { context } = current.actor.getSnapshot();
    const cat = context.catalogue;
    const titleOf = (requirement: string) => cat.requirements.find((candidate) => candidate.id === requirement)?.title[lang] ?? requirement;
    const exceptionOf = (id: string) => cat.exceptions.find((candidate) => candidate.id === id);
    const basics = [...new Set(context.choices.flatMap((choice) => choice.requirements))];
    const again = Object.values(context.flow.decisions).some((decision) => decision.kind === 'claim');
    const name = uniqueId('exception');
    const details = el('div', {});
    const choices = el('fieldset', {}, el('legend', {}, flow.exceptionQuestion(again)));
    const noneId = uniqueId('option');
    choices.append(el('div', { class: 'choice' }, el('input', { type: 'radio', id: noneId, name, value: '' }), el('label', { for: noneId }, flow.exceptionNone(again))));
    context.choices.forEach((choice, index) => {
      const id = uniqueId('option');
      const exception = exceptionOf(choice.exception);
      choices.append(
        el('div', { class: 'choice' }, el('input', { type: 'radio', id, name, value: String(index), 'aria-describedby': `${id}-description` }), el('label', { for: id }, `${exception?.title[lang] ?? choice.exception}${choice.earlier === undefined ? '' : ` ${flow.exceptionEarlier}`}`)),
        el('p', { id: `${id}-description`, class: 'note' }, exception?.description[lang] ?? ''),
      );
    });
    /** The fields of the structured proof the exception asks for, as the terminal asks them, named `proof.*` (read back by `proofFrom`). */
    const proofFields = (offer: NonNullable<ExceptionChoice['proof']>, earlier: ClaimProof | undefined): Node[] => {
      const pw = flow.proof;
      const textField = (field: string, label: string, value: string | undefined) => {
        const id = uniqueId('proof');
        return el('div', { class: 'field' }, el('label', { for: id }, label), el('input', { type: 'text', id, name: `proof.${field}`, maxlength: String(CLAIM_TEXT_MAX), value }));
      };
      const selectField = (field: string, label: string, options: Record<string, string>, chosen: string | undefined) => {
        const id = uniqueId('proof');
        return el('div', { class: 'field' }, el('label', { for: id }, label), el('select', { id, name: `proof.${field}` }, ...Object.entries(options).map(([value, text]) => el('option', { value, selected: value === chosen }, text))));
      };
      switch (offer.kind) {
        case 'monument':
          return [selectField('register', pw.register, pw.registers, earlier?.monument?.register), textField('number', pw.monumentNumber, earlier?.monument?.number), textField('elements', pw.elements, earlier?.monument?.elements.join(', '))];
        case 'new-build': {
          const year = earlier?.newBuild?.permitYear ?? offer.permitYear;
          return [textField('permitYear', pw.permitYear, year === undefined ? undefined : String(year))];
        }
        case 'equivalent-alternative': {
          const before = earlier?.alternative;
          const names = Object.fromEntries(offer.scenarios.map((id) => [id, cat.scenarios.find((scenario) => scenario.id === id)?.name[lang] ?? id]));
          return [textField('measure', pw.measure, before?.measure), selectField('scenario', pw.scenario, names, before?.scenario), selectField('by', pw.statementBy, pw.statementByOptions, before?.statement.by), textField('reference', pw.statementReference, before?.statement.reference)];
        }
        case 'landlord-refusal': {
          const before = earlier?.landlordRefusal;
          return [selectField('by', pw.refusalBy, pw.refusalByOptions, before?.by), textField('date', pw.refusalDate, before?.date), textField('reference', pw.refusalReference, before?.reference)];
        }
      }
    };
    /** The value of the exception chosen: an index into `context.choices`, '' for none, undefined before a choice. */
    const pickedValue = () => choices.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value;
    const showDetails = () => {
      const picked = pickedValue();
      const choice = picked ? context.choices[Number(picked)] : undefined;
      const exception = choice ? exceptionOf(choice.exception) : undefined;
      if (!choice || !exception) {
        details.replaceChildren();
        return;
      }
      const parts: Node[] = [el('h2', {}, words.claimFields)];
      if (choice.requirements.length > 1) {
        const which = el('fieldset', {}, el('legend', {}, flow.exceptionWhich(exception.title[lang])));
        for (const requirement of choice.requirements) {
          const id = uniqueId('basic');
          // All ticked, or those of the claim made before the step was asked anew.
          const checked = choice.earlier === undefined || choice.earlier.requirements.includes(requirement);
          which.append(el('div', { class: 'choice' }, el('input', { type: 'checkbox', id, name: 'requirements', value: requirement, checked }), el('label', { for: id }, titleOf(requirement))));
        }
        parts.push(which);
      } else {
        parts.push(el('p', {}, flow.exceptionFor(titleOf(choice.requirements[0] ?? ''))), el('input', { type: 'hidden', name: 'requirements', value: choice.requirements[0] ?? '' }));
      }
      const justificationId = uniqueId('justification');
      const evidenceId = uniqueId('evidence');
      const referenceId = uniqueId('reference');
      // The words of the claim made before the step was asked anew are the answer to start from.
      const { earlier } = choice;
      const justification = el('textarea', { id: justificationId, name: 'justification', maxlength: String(JUSTIFICATION_MAX) });
      justification.value = earlier?.justification ?? '';
      const level = earlier?.evidence.level ?? choice.evidence.proves;
      parts.push(
        el('p', {}, `${flow.justificationGuide} ${exception.justification[lang]}`),
        el('div', { class: 'field' }, el('label', { for: justificationId }, flow.justification), justification),
        el(
          'div',
          { class: 'field' },
          el('label', { for: evidenceId }, flow.evidence(flow.evidenceNeeded[choice.evidence.proves])),
          el('select', { id: evidenceId, name: 'evidence' }, ...choice.evidence.allowed.map((allowed) => el('option', { value: allowed, selected: allowed === level }, flow.evidenceLevel[allowed]))),
        ),
        el('div', { class: 'field' }, el('label', { for: referenceId }, flow.reference), el('input', { type: 'text', id: referenceId, name: 'reference', maxlength: String(CLAIM_TEXT_MAX), value: earlier?.evidence.reference })),
      );
      if (choice.proof) parts.push(el('fieldset', { class: 'proof' }, el('legend', {}, words.proofFields), el('p', {}, words.proofIntro), ...proofFields(choice.proof, earlier?.proof)));
      details.replaceChildren(...parts);
    };
    choices.addEventListener('change', (event) => {
      if ((event.target as HTMLInputElement).name === name) showDetails();
    });
    const problemId = uniqueId('problem');
    const form = stepForm(current, problemId, {}, el('p', {}, flow.exceptionsIntro(basics.length, again)), el('ul', {}, ...basics.map((requirement) => el('li', {}, titleOf(requirement)))), choices, details);
    // What was chosen and typed but not yet accepted, back after a language switch (the page is mounted anew) or a refusal by the machine.
    const draft = ctx.memory.get(EXCEPTION_DRAFT) as ExceptionDraft | undefined;
    const draftAt = draft === undefined ? -1 : draft.exception === '' ? -2 : context.choices.findIndex((choice) => choice.exception === draft.exception);
    const draftRadio = draftAt === -1 ? null : choices.querySelector<HTMLInputElement>(`input[name="${name}"][value="${draftAt === -2 ? '' : String(draftAt)}"]`);
    if (draft && draftRadio) {
      draftRadio.checked = true;
      showDetails();
      for (const box of Array.from(details.querySelectorAll<HTMLInputElement>('input[type="checkbox"][name="requirements"]'))) box.checked = draft.requirements.includes(box.value);
      for (const [fieldName, value] of Object.entries(draft.fields)) {
        const field = details.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(`[name="${fieldName}"]`);
        // A choice list takes only one of its own options.
        if (field && (!(field instanceof HTMLSelectElement) || Array.from(field.options).some((option) => option.value === value))) field.value = value;
      }
    }
    const drafted = (): ExceptionDraft | undefined => {
      const picked = pickedValue();
      if (picked === undefined) return undefined;
      const data = new FormData(form);
      const exception = picked === '' ? '' : (context.choices[Number(picked)]?.exception ?? '');
      const fields: Record<string, string> = {};
      data.forEach((value, fieldName) => {
        if (fieldName !== 'requirements' && typeof value === 'string') fields[fieldName] = value;
      });
      return { exception, requirements: data.getAll('requirements').map(String), fields };
    };
    captureDraft = () => {
      const typed = drafted();
      if (typed) ctx.memory.set(EXCEPTION_DRAFT, typed);
    };
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const picked = pickedValue();
      const typed = drafted();
      // Kept while the machine refuses it, so nothing typed is lost.
      if (typed) ctx.memory.set(EXCEPTION_DRAFT, typed);
      if (picked === undefined) {
        form.querySelector(`#${problemId}`)?.replaceChildren(words.noAnswer);
        return;
      }
      const choice = picked === '' ? undefined : context.choices[Number(picked)];
      if (!choice) {
        send({ type: 'DECLINE' });
        return;
      }
      const data = new FormData(form);
      const reference = String(data.get('reference') ?? '').trim();
      send({
        type: 'CLAIM',
        exception: choice.exception,
        requirements: data.getAll('requirements').map(String),
        justification: String(data.get('justification') ?? ''),
        evidence: { level: String(data.get('evidence') ?? ''), ...(reference ? { reference } : {}) },
        ...(choice.proof === undefined ? {} : { proof: proofFrom(choice.proof.kind, data) }),
      });
    });
    return form;
  };

  /**
   * The refusal step: the basics that may be refused, each with the risks it applies through and the
   * measures it keeps blocking, and whose choice and risk a refusal is, all before the choice; then
   * the reason, checked by the machine as it is typed.
   */
  const refusalsForm = (current: Session): HTMLElement => {
    const { context } = current.actor.getSnapshot();
    const cat = context.catalogue;
    const rw = flow.refusals;
    const again = Object.values(context.flow.refusals ?? {}).some((decision) => decision.kind === 'refused');
    const scenarioName = (id: string) => cat.scenarios.find((scenario) => scenario.id === id)?.name[lang] ?? id;
    const measureName = (id: string) => cat.requirements.find((requirement) => requirement.id === id)?.title[lang] ?? id;
    const draft = refusalDraft();
    const name = uniqueId('refusal');
    const problemId = uniqueId('problem');
    const offers = el(
      'ul',
      { class: 'refusable' },
      ...context.refusable.map((offer) =>
        el(
          'li',
          {},
          el('strong', {}, offer.title[lang]),
          el('br', {}),
          rw.scenarios(offer.scenarios.map(scenarioName)),
          el('br', {}),
          rw.blocks(offer.blocks.map(measureName)),
          ...(offer.hardCondition ? [el('br', {}), el('strong', {}, rw.hardCondition)] : []),
        ),
      ),
    );
    const choices = el('fieldset', {}, el('legend', {}, rw.question(again)));
    const noneId = uniqueId('option');
    choices.append(el('div', { class: 'choice' }, el('input', { type: 'radio', id: noneId, name, value: '', checked: draft !== undefined && draft.requirement === '' }), el('label', { for: noneId }, rw.none(again))));
    for (const offer of context.refusable) {
      const id = uniqueId('option');
      const label = offer.earlierReason === undefined ? offer.title[lang] : `${offer.title[lang]} ${rw.earlier}`;
      choices.append(el('div', { class: 'choice' }, el('input', { type: 'radio', id, name, value: offer.requirement, checked: draft?.requirement === offer.requirement }), el('label', { for: id }, label)));
    }
    choices.append(...helpFor(rw.help));
    const details = el('div', {});
    const picked = () => choices.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value;
    const say = (message: string) => form.querySelector(`#${problemId}`)?.replaceChildren(message);
    const showReason = () => {
      const requirement = picked();
      const offer = context.refusable.find((candidate) => candidate.requirement === requirement);
      if (!offer) {
        details.replaceChildren();
        return;
      }
      const id = uniqueId('reason');
      const reason = el('textarea', { id, name: 'reason', maxlength: String(REFUSAL_REASON_MAX), 'aria-describedby': problemId });
      // What was typed and not yet accepted, else the reason given before the step was asked anew.
      reason.value = draft?.requirement === offer.requirement ? draft.reason : (offer.earlierReason ?? '');
      // The machine's own check as the user types; the reason itself is never shown back in a message.
      reason.addEventListener('input', () => {
        const problem = stepProblem(context, { type: 'REFUSE', requirement: offer.requirement, reason: reason.value });
        say(problem ? renderProblemMessage(problem, lang) : '');
      });
      details.replaceChildren(el('div', { class: 'field' }, el('label', { for: id }, rw.reason(offer.title[lang])), reason));
    };
    choices.addEventListener('change', (event) => {
      if ((event.target as HTMLInputElement).name === name) showReason();
    });
    const form = stepForm(current, problemId, { class: 'refusals' }, el('p', {}, rw.intro(context.refusable.length, again)), offers, el('p', { class: 'consequence' }, el('strong', {}, rw.consequence)), choices, details);
    showReason();
    // What is chosen and typed but not yet sent survives a language switch (the page is mounted anew).
    captureDraft = () => {
      const requirement = picked();
      if (requirement !== undefined) ctx.memory.set(REFUSAL_DRAFT, { requirement, reason: form.querySelector<HTMLTextAreaElement>('textarea[name="reason"]')?.value ?? '' });
    };
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const requirement = picked();
      if (requirement === undefined) return say(words.noAnswer);
      // Kept while the machine refuses it, so nothing typed is lost.
      ctx.memory.set(REFUSAL_DRAFT, { requirement, reason: String(new FormData(form).get('reason') ?? '') });
      if (requirement === '') return send({ type: 'DECLINE' });
      send({ type: 'REFUSE', requirement, reason: String(new FormData(form).get('reason') ?? '') });
    });
    return form;
  };

  /** The refusal chosen and typed but not yet accepted, if any. */
  const refusalDraft = (): { requirement: string; reason: string } | undefined => ctx.memory.get(REFUSAL_DRAFT) as { requirement: string; reason: string } | undefined;

  const reviewView = (current: Session): Node[] => {
    const { context } = current.actor.getSnapshot();
    const review = context.review;
    const cat = context.catalogue;
    const list = el('dl', { class: 'review' });
    for (const { section, items } of review?.sections ?? []) {
      list.append(el('dt', {}, flow.stage[section]));
      for (const { question, value } of items) {
        const edit = el('button', { type: 'button', class: 'secondary small', 'aria-label': words.edit(question.text[lang]) }, words.change);
        edit.addEventListener('click', () => send({ type: 'EDIT', question: question.id }));
        list.append(el('dd', {}, el('span', {}, `${question.text[lang]} → `, el('strong', {}, describeAnswer(question, value, lang))), edit));
      }
    }
    if (review?.advice !== undefined) {
      const [given = '', ...named] = describeAdvice(review.advice, cat, lang);
      const edit = el('button', { type: 'button', class: 'secondary small', 'aria-label': words.edit(flow.advice.reviewEdit) }, words.change);
      edit.addEventListener('click', () => send({ type: 'EDIT', step: 'advice' }));
      list.append(el('dt', {}, flow.stage.advice), el('dd', {}, el('span', {}, given, ...named.map((line) => el('span', { class: 'note' }, ` · ${line}`))), edit));
    }
    if (current.actor.getSnapshot().can({ type: 'EDIT', step: 'refusals' })) {
      const edit = el('button', { type: 'button', class: 'secondary small', 'aria-label': words.editRefusals }, words.change);
      edit.addEventListener('click', () => send({ type: 'EDIT', step: 'refusals' }));
      const titleOf = (id: string) => cat.requirements.find((requirement) => requirement.id === id)?.title[lang] ?? id;
      const refusals = review?.refusals ?? [];
      // One line per refusal: the basic and the reason given.
      const shown = refusals.length === 0 ? [words.refusalsNone] : refusals.flatMap((refusal, index) => [...(index > 0 ? [el('br', {})] : []), flow.reviewRefusal(titleOf(refusal.requirement), refusal.reason)]);
      list.append(el('dt', {}, flow.stage.refusals), el('dd', {}, el('span', {}, ...shown), edit));
    }
    const claims = (review?.claims ?? []).map((claim) => {
      const title = cat.exceptions.find((exception) => exception.id === claim.exception)?.title[lang] ?? claim.exception;
      return el('li', {}, flow.reviewClaim(title, claim.requirements.map((id) => cat.requirements.find((requirement) => requirement.id === id)?.title[lang] ?? id)));
    });
    const form = el('form', { novalidate: true }, navigation(current, flow.reviewToVerdict));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      send({ type: 'CONFIRM', at: new Date() });
    });
    return [list, ...(claims.length > 0 ? [el('ul', {}, ...claims)] : []), form];
  };

  // ── the verdict: the funding decision first ──
  const verdictView = (verdict: Verdict): Node[] => {
    const cat = catalogue();
    const vw = verdictWords[lang];
    const nodes: Node[] = [el('h1', { tabindex: '-1' }, words.verdictHeading)];
    if (verdict.referral) nodes.push(el('p', {}, words.referral));
    else {
      const summary = fundingSummary(verdict, cat, lang);
      nodes.push(
        el('h2', {}, vw.fundingTitle),
        summary.fundable.length === 0 ? el('p', {}, vw.fundingNone) : el('ul', {}, ...summary.fundable.map((line) => el('li', {}, el('span', { class: 'decision-fundable' }, `${line.measure} ${line.title}`), ` (${line.against}): ${vw.fundable}`))),
      );
      if (summary.blocked.length > 0) {
        nodes.push(
          el('h2', {}, vw.blockedTitle),
          el('ul', {}, ...summary.blocked.map((line) => el('li', {}, el('span', { class: 'decision-blocked' }, `${line.measure} ${line.title}`), ` (${line.against}). ${vw.firstNeeded}`, el('ul', {}, ...line.steps.map((step) => el('li', {}, step)))))),
        );
      }
      nodes.push(el('h2', {}, words.outcomeHeading), el('p', {}, el('strong', {}, vw.outcome[verdict.outcome]), ` ${vw.outcomeMeaning[verdict.outcome]}`));
    }
    const print = el('button', { type: 'button' }, words.print);
    print.addEventListener('click', () => window.print());
    const again = el('button', { type: 'button', class: 'secondary' }, words.startOver);
    again.addEventListener('click', () => {
      session?.actor.stop();
      setSession(undefined);
      draw({ focus: 'step' });
    });
    nodes.push(el('div', { class: 'actions' }, print, again), el('p', { class: 'note no-print' }, words.printHint), el('h2', {}, words.reportHeading), el('pre', { class: 'report' }, renderVerdictText(verdict, cat, lang)));
    return nodes;
  };

  // ── keep on the device, export ──
  const devicePanel = (current: Session): HTMLElement => {
    const headingId = uniqueId('keep');
    if (current.deviceKey) {
      return el('section', { class: 'panel no-print', 'aria-labelledby': headingId }, el('h2', { id: headingId }, words.keepHeading), el('p', {}, words.kept), el('div', { class: 'actions' }, wipeButton()));
    }
    const first = uniqueId('passphrase');
    const second = uniqueId('passphrase');
    const problemId = uniqueId('problem');
    const problem = el('p', { id: problemId, class: 'problem', role: 'alert' });
    const button = el('button', { type: 'submit' }, words.keep);
    const form = el(
      'form',
      { novalidate: true },
      el('p', {}, words.keepIntro),
      el('div', { class: 'field' }, el('label', { for: first }, words.passphrase), el('p', { id: `${first}-hint`, class: 'note' }, words.passphraseHint), el('input', { type: 'password', id: first, autocomplete: 'new-password', 'aria-describedby': `${first}-hint ${problemId}` })),
      el('div', { class: 'field' }, el('label', { for: second }, words.passphraseRepeat), el('input', { type: 'password', id: second, autocomplete: 'new-password', 'aria-describedby': problemId })),
      problem,
      el('div', { class: 'actions' }, button),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const passphrase = form.querySelector<HTMLInputElement>(`#${first}`)?.value ?? '';
      const repeat = form.querySelector<HTMLInputElement>(`#${second}`)?.value ?? '';
      if (passphrase.length < MIN_PASSPHRASE) problem.textContent = words.passphraseTooShort(MIN_PASSPHRASE);
      else if (passphrase !== repeat) problem.textContent = words.passphraseMismatch;
      else {
        button.disabled = true;
        void newDeviceKey(passphrase).then(async (deviceKey) => {
          current.deviceKey = deviceKey;
          await keep();
          notice = words.keptNow;
          ctx.announce(words.keptNow);
          draw({ focus: 'step' });
        });
        return;
      }
      form.querySelector<HTMLInputElement>(`#${first}`)?.focus();
    });
    // Folded away: most users never keep a check, and the step above is what they came for.
    return el('details', { class: 'panel no-print' }, el('summary', { id: headingId }, words.keepHeading), form);
  };

  const exportPanel = (current: Session): HTMLElement => {
    const button = el('button', { type: 'button', class: 'secondary' }, words.exportAnswers);
    button.addEventListener('click', () => {
      const { context } = current.actor.getSnapshot();
      download(renderAnswersFile(context.catalogue, context.flow), ANSWERS_FILE_NAME);
      ctx.announce(words.exported);
    });
    return el('section', { class: 'no-print' }, el('div', { class: 'actions' }, button), el('p', { class: 'note' }, words.exportHint));
  };

  draw();
  return () => {
    // The session stays in ctx.memory for the next mount (a language switch), with what the step has typed but not sent.
    captureDraft?.();
  };
}

/** Where the refusal step keeps what was chosen and typed but not yet accepted (in ctx.memory). */
const REFUSAL_DRAFT = 'refusalDraft';

/** Where the exception step keeps the same: the exception picked ('' for none) and its fields as typed. */
const EXCEPTION_DRAFT = 'exceptionDraft';
interface ExceptionDraft {
  exception: string;
  requirements: string[];
  /** By field name: the justification, evidence level and reference, and the proof's fields. */
  fields: Record<string, string>;
}

/** The structured proof as its fields give it (see `proofFields`); the machine checks it as it checks the terminal's. */
function proofFrom(kind: NonNullable<ExceptionChoice['proof']>['kind'], data: FormData): ClaimProof {
  const get = (field: string) => String(data.get(`proof.${field}`) ?? '').trim();
  switch (kind) {
    case 'monument':
      return { monument: { register: get('register') as NonNullable<ClaimProof['monument']>['register'], number: get('number'), elements: elementsOf(get('elements')) } };
    case 'new-build':
      return { newBuild: { permitYear: parseNumberText(get('permitYear')) ?? Number.NaN } };
    case 'equivalent-alternative':
      return { alternative: { measure: get('measure'), scenario: get('scenario'), statement: { by: get('by') as NonNullable<ClaimProof['alternative']>['statement']['by'], reference: get('reference') } } };
    case 'landlord-refusal':
      return { landlordRefusal: { by: get('by') as NonNullable<ClaimProof['landlordRefusal']>['by'], date: get('date'), reference: get('reference') } };
  }
}

/** The advice step as typed: sent and refused, or not yet sent when the page was mounted anew (in ctx.memory). */
const ADVICE_DRAFT = 'adviceDraft';
interface AdviceDraftState {
  answer: 'yes' | 'no' | undefined;
  advice: AdviceInput;
  more: boolean;
  none: boolean;
}

/** The answer in the form, as the machine takes it; undefined when nothing was chosen or typed. */
function readAnswer(question: Question, form: HTMLFormElement): unknown {
  const data = new FormData(form);
  const name = form.querySelector<HTMLInputElement>('fieldset input[name]')?.name ?? '';
  if (question.type === 'multi') {
    const values = data.getAll(name).map(String);
    return values.length === 0 ? undefined : values;
  }
  const value = data.get(name);
  if (value === null || String(value).trim() === '') return undefined;
  if (question.type === 'boolean') return value === 'true';
  if (question.type === 'number') return parseNumberText(String(value)) ?? String(value);
  return String(value);
}

/** Enter in a radio or checkbox submits the form, as it does in a text field. */
function submitOnEnter(form: HTMLFormElement): void {
  form.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    if (event.key === 'Enter' && target instanceof HTMLInputElement && (target.type === 'radio' || target.type === 'checkbox')) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
}

/** Focus on the step's first control (the checked option, if any), else its heading. */
function focusStep(root: HTMLElement): void {
  const control =
    root.querySelector<HTMLElement>('form fieldset input:checked') ??
    root.querySelector<HTMLElement>('form fieldset input, form fieldset textarea, form fieldset select') ??
    root.querySelector<HTMLElement>('h1');
  control?.focus();
}

/** A notice as the page says it: one paragraph, or lines of which those starting with "  - " form a list under the line before. */
function noticeNode(notice: string | string[]): HTMLElement {
  if (typeof notice === 'string') return el('p', { class: 'note', role: 'status' }, notice);
  const box = el('div', { class: 'note', role: 'status' });
  for (const line of notice) {
    if (!line.startsWith('  - ')) {
      box.append(el('p', {}, line));
      continue;
    }
    const list = box.lastElementChild instanceof HTMLUListElement ? box.lastElementChild : box.appendChild(el('ul', {}));
    list.append(el('li', {}, line.slice(4)));
  }
  return box;
}

function problemLine(problem: Problem, lang: Language): string {
  const where = [problem.file, problem.line, problem.column].filter((part) => part !== undefined).join(':');
  return `${where ? `${where}: ` : ''}${renderProblemMessage(problem, lang)}`;
}

/** A file the user saves: made in the page, never sent; the blob URL is revoked at once. */
function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/yaml' }));
  const link = el('a', { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Today as the answers file dates it (local date). */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
