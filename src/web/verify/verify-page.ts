/**
 * The verification page for the employer: drop or choose a certificate PDF, optionally a CA file,
 * revocation lists and a date, and read the status, what the certificate states and covers, and
 * whether a given measure is covered. Everything runs here (`verifyGivenFiles`, the CLI's path);
 * files are read with `File.arrayBuffer()` and nothing is sent anywhere. All text goes in as text:
 * what a PDF states can never become markup. What was chosen lives in `ctx.memory`, so a language
 * switch (the shell mounts the page again) keeps the files and the result.
 */
import type { Language } from '../../catalogue/catalogue-types.js';
import { bundledCatalogue } from '../../catalogue/precompiled-catalogue.js';
import type { CertificateVerification } from '../../certificate/verify-certificate.js';
import { VERIFICATION_WORDS, describeCheck, measureAnswerLines, statusReason } from '../../certificate/verification-text.js';
import { answerMeasureQuery } from '../../certificate/measure-coverage.js';
import { renderProblemMessage } from '../../messages/render-problem.js';
import type { ProblemParams } from '../../problems/problem.js';
import { certificatesFromPem } from '../../signing/pem.js';
import { distinguishedName, readCertificate, validTo } from '../../signing/x509-certificate.js';
import type { SitePage } from '../site/site-page.js';
import { el } from '../site/dom.js';
import { VERIFY_PAGE_WORDS } from './verify-page-words.js';
import { verifyGivenFiles, type GivenFile, type PageVerification } from './verify-inputs.js';

/** What the page needs from the site shell (a structural part of its SiteContext). */
export interface VerifyPageContext {
  lang: Language;
  trustAnchors: readonly { name: string; der: Uint8Array }[];
  announce: (text: string) => void;
  memory: Map<string, unknown>;
}

interface State {
  pdf?: GivenFile;
  caFile?: GivenFile;
  revocationFiles: GivenFile[];
  /** yyyy-mm-dd; empty means now. */
  at: string;
  outcome?: PageVerification;
  measureQuery: string;
}

const STATE = 'state';

export const VERIFY_PAGE_ID = 'verificatie';

export function verifyPageTitle(lang: Language): string {
  return VERIFY_PAGE_WORDS[lang].menu;
}

/** Builds the page inside `root`; returns what removes its listeners. */
export function mountVerifyPage(root: HTMLElement, ctx: VerifyPageContext): () => void {
  const lang = ctx.lang;
  const w = VERIFY_PAGE_WORDS[lang];
  const v = VERIFICATION_WORDS[lang];
  const remembered = ctx.memory.get(STATE) as State | undefined;
  const state: State = remembered ?? { revocationFiles: [], at: new Date().toISOString().slice(0, 10), measureQuery: '' };
  ctx.memory.set(STATE, state);
  const catalogue = bundledCatalogue();
  const trustAnchors = ctx.trustAnchors.map((t) => t.der);
  const message = (code: string, params: ProblemParams) => renderProblemMessage({ code, severity: 'error', params }, lang);
  const readFile = async (file: File): Promise<GivenFile> => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });

  const pdfInput = el('input', { type: 'file', id: 'verify-pdf', accept: 'application/pdf,.pdf', 'aria-describedby': 'verify-drop-hint' });
  const pdfChosen = el('p', { class: 'note', id: 'verify-pdf-chosen' });
  const dropZone = el('div', { class: 'panel field', id: 'verify-drop' }, el('label', { for: 'verify-pdf' }, el('strong', {}, w.pdfLabel)), pdfInput, el('p', { class: 'note', id: 'verify-drop-hint' }, w.dropHint), pdfChosen);
  const caInput = el('input', { type: 'file', id: 'verify-ca', accept: '.pem,.crt,.cer' });
  const listsInput = el('input', { type: 'file', id: 'verify-lists', multiple: true });
  const atInput = el('input', { type: 'date', id: 'verify-at', value: state.at });
  const optionsChosen = el('p', { class: 'note', id: 'verify-options-chosen' });
  const form = el(
    'form',
    { id: 'verify-form', novalidate: true },
    dropZone,
    el(
      'fieldset',
      {},
      el('legend', {}, w.optionsLegend),
      el('div', { class: 'field' }, el('label', { for: 'verify-ca' }, w.caLabel), caInput),
      el('div', { class: 'field' }, el('label', { for: 'verify-lists' }, w.listsLabel), listsInput),
      el('div', { class: 'field' }, el('label', { for: 'verify-at' }, w.atLabel), atInput),
      optionsChosen,
    ),
    el('div', { class: 'actions' }, el('button', { type: 'submit', id: 'verify-submit' }, w.verify)),
  );
  const trustList = el('div', { id: 'verify-trust' });
  const resultHeading = el('h2', { id: 'verify-result-heading', tabindex: '-1' }, w.resultHeading);
  const result = el('div', { id: 'verify-result' });
  const measureInput = el('input', { type: 'text', id: 'verify-measure', list: 'verify-measures', autocomplete: 'off', value: state.measureQuery });
  const measureList = el('datalist', { id: 'verify-measures' });
  const measureAnswer = el('div', { id: 'verify-measure-answer', 'aria-live': 'polite' });
  const measureForm = el(
    'form',
    { id: 'verify-measure-form' },
    el('div', { class: 'field' }, el('label', { for: 'verify-measure' }, w.measureLabel), measureInput, measureList),
    el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'secondary', id: 'verify-measure-ask' }, w.measureAsk)),
  );
  const checksSection = el('section', { 'aria-labelledby': 'verify-checks-heading', id: 'verify-checks-section' });
  const measureSection = el('section', { 'aria-labelledby': 'verify-measure-heading', id: 'verify-measure-section' }, el('h2', { id: 'verify-measure-heading' }, w.measureHeading), measureForm, measureAnswer);

  root.replaceChildren(
    el('h1', {}, w.title),
    el('p', {}, w.intro),
    el('section', { 'aria-labelledby': 'verify-trust-heading' }, el('h2', { id: 'verify-trust-heading' }, w.trustHeading), trustList),
    form,
    el('section', { 'aria-labelledby': 'verify-result-heading' }, resultHeading, result),
    measureSection,
    checksSection,
  );

  async function run(): Promise<void> {
    if (state.pdf === undefined) {
      state.outcome = undefined;
      render();
      return;
    }
    result.replaceChildren(el('p', { class: 'note' }, w.busy));
    state.at = atInput.value;
    // A chosen date is midnight UTC, as `verify --at 2027-01-01` reads it; none chosen is now.
    const at = state.at === '' ? new Date() : new Date(`${state.at}T00:00:00Z`);
    state.outcome = await verifyGivenFiles({
      pdf: state.pdf,
      builtInTrust: trustAnchors,
      ...(state.caFile ? { caFile: state.caFile } : {}),
      revocationFiles: state.revocationFiles,
      at: Number.isNaN(at.getTime()) ? new Date() : at,
      catalogues: [catalogue],
    });
    render();
    const outcome = state.outcome;
    ctx.announce(w.announceDone(outcome.kind === 'refused' ? w.refused : v.status[outcome.result.status]));
    resultHeading.focus();
  }

  const listeners: [EventTarget, string, (event: Event) => void][] = [
    [pdfInput, 'change', () => void takePdf(pdfInput.files?.[0])],
    [caInput, 'change', () => void (async () => {
      const file = caInput.files?.[0];
      state.caFile = file === undefined ? undefined : await readFile(file);
      await run();
    })()],
    [listsInput, 'change', () => void (async () => {
      state.revocationFiles = await Promise.all(Array.from(listsInput.files ?? []).map(readFile));
      await run();
    })()],
    [atInput, 'change', () => {
      state.at = atInput.value;
      void run();
    }],
    [form, 'submit', (event) => {
      event.preventDefault();
      void run();
    }],
    [dropZone, 'dragover', (event) => event.preventDefault()],
    [dropZone, 'drop', (event) => {
      event.preventDefault();
      void takePdf((event as DragEvent).dataTransfer?.files[0]);
    }],
    [measureForm, 'submit', (event) => {
      event.preventDefault();
      state.measureQuery = measureInput.value;
      renderMeasure();
    }],
  ];
  for (const [target, type, listener] of listeners) target.addEventListener(type, listener);

  async function takePdf(file: File | undefined): Promise<void> {
    state.pdf = file === undefined ? undefined : await readFile(file);
    await run();
  }

  function render(): void {
    renderTrust();
    pdfChosen.textContent = state.pdf ? w.chosen(state.pdf.name) : '';
    const options = [state.caFile?.name, ...state.revocationFiles.map((f) => f.name)].filter((n) => n !== undefined);
    optionsChosen.textContent = options.length > 0 ? w.chosen(options.join(', ')) : '';
    renderResult();
    renderMeasure();
  }

  function renderTrust(): void {
    const list = (ders: readonly Uint8Array[]) =>
      el('ul', {}, ...ders.map((der) => {
        const certificate = readCertificate(der);
        return el('li', {}, distinguishedName(certificate.subject), ` (${w.validUntil(validTo(certificate).toISOString().slice(0, 10))})`);
      }));
    const parts: Node[] = trustAnchors.length > 0 ? [el('p', {}, w.trustBuiltIn), list(trustAnchors)] : [el('p', {}, w.trustNone)];
    const added = state.caFile === undefined ? undefined : certificatesFromPem(state.caFile.bytes);
    if (added !== undefined) parts.push(el('p', {}, w.trustAdded), list(added));
    trustList.replaceChildren(...parts);
  }

  function renderResult(): void {
    const outcome = state.outcome;
    measureSection.hidden = outcome?.kind !== 'verified' || outcome.result.kind !== 'certificate';
    checksSection.replaceChildren();
    if (outcome === undefined) {
      result.replaceChildren(el('p', { class: 'note' }, w.noFile));
      return;
    }
    if (outcome.kind === 'refused') {
      result.replaceChildren(el('p', { class: 'problem', id: 'verify-status', 'data-status': 'refused' }, `${w.refused}: ${message(outcome.problem.code, outcome.problem.params)}`));
      return;
    }
    const r = outcome.result;
    const why = statusReason(r);
    const status = el('p', { class: r.status === 'valid' ? 'decision-fundable' : 'decision-blocked', id: 'verify-status', 'data-status': r.status }, v.status[r.status], why ? ` ${v.because} ${message(why.code, why.params)}` : '');
    const failed = r.checks.filter((check) => check.status === 'failed').map((check) => describeCheck(check, lang, renderProblemMessage).what);
    result.replaceChildren(
      status,
      failed.length > 0 ? el('p', { id: 'verify-failed' }, w.failedChecks(failed.join('; '))) : '',
      r.certificate ? statement(r) : '',
      r.kind === 'certificate' ? el('p', { id: 'verify-revocation', class: r.revocation.checked ? '' : 'problem' }, revocationLine(r)) : '',
    );
    // The checks come after the measure question: the employer reads the status and coverage first.
    checksSection.replaceChildren(el('h2', { id: 'verify-checks-heading' }, w.checksHeading), checks(r));
    const measures = outcome.catalogue?.requirements.filter((q) => q.measure) ?? [];
    measureList.replaceChildren(...measures.map((m) => el('option', { value: `${m.id} ${m.title[lang]}` })));
  }

  function revocationLine(r: CertificateVerification): string {
    if (r.revocation.checked) return w.revocationChecked(r.revocation.lists);
    return r.revocation.crls > 0 ? w.revocationCrlOnly : w.revocationNone;
  }

  function statement(r: CertificateVerification): HTMLElement | string {
    const c = r.certificate;
    if (c === undefined) return '';
    const row = (label: string, ...value: (Node | string)[]) => [el('dt', {}, label), el('dd', {}, ...value)];
    const names = new Map((r.covers ?? []).map((s) => [s.scenario, s.name[lang]]));
    return el(
      'dl',
      { class: 'review', id: 'verify-statement' },
      ...row(v.certificate, c.number),
      ...row(v.firm, c.issuer.test ? `${c.issuer.firm} (${v.test})` : c.issuer.firm),
      ...row(v.inspector, c.issuer.inspector),
      ...row(v.dwelling, `${c.dwelling.postcode} ${c.dwelling.houseNumber}`),
      ...row(v.inspectedOn, c.inspectedOn),
      ...row(v.issuedOn, c.issuedOn),
      ...row(v.validUntil, c.validUntil),
      ...row(v.catalogue, `${c.catalogue.id} ${c.catalogue.version}`),
      ...row(
        v.covers,
        c.fullCoverage ? `${v.all} (${c.coverage.length})` : `${c.coverage.length} ${v.scenarios}`,
        el('ul', {}, ...c.coverage.map((s) => el('li', {}, [s.scenario, names.get(s.scenario), `(${s.level})`].filter(Boolean).join(' ')))),
      ),
      ...row(v.basics, `${v.basicsMet(c.basicsMet.length)}: ${c.basicsMet.join(', ')}`),
      ...(r.signingTime ? row(v.signed, `${r.signingTime} (${r.signingTimeSource === 'timestamp' ? v.byTimestamp : v.bySigner})`) : []),
    );
  }

  function checks(r: CertificateVerification): HTMLElement {
    return el(
      'ul',
      { id: 'verify-checks' },
      ...r.checks.map((check) => {
        const { what, reason } = describeCheck(check, lang, renderProblemMessage);
        return el('li', { 'data-check': check.check, 'data-status': check.status }, el('strong', {}, w.marks[check.status]), ` ${what}`, reason ? `: ${reason}` : '');
      }),
    );
  }

  function renderMeasure(): void {
    const outcome = state.outcome;
    const query = state.measureQuery.trim();
    if (query === '' || outcome?.kind !== 'verified') {
      measureAnswer.replaceChildren();
      return;
    }
    measureAnswer.replaceChildren(
      ...measureAnswerLines(answerMeasureQuery(outcome.result, outcome.catalogue, query), lang).map((line) =>
        line.measure === undefined
          ? el('p', {}, line.text)
          : el('p', { class: line.covered ? 'decision-fundable' : 'decision-blocked', 'data-measure': line.measure, 'data-covered': String(line.covered) }, line.text),
      ),
    );
  }

  render();
  return () => {
    for (const [target, type, listener] of listeners) target.removeEventListener(type, listener);
  };
}

/** The page in the site's menu (`#verificatie`). */
export const verifyPage: SitePage = { id: VERIFY_PAGE_ID, title: verifyPageTitle, mount: mountVerifyPage };
