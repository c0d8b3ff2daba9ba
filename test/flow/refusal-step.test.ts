import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { parse as parseYaml, stringify } from 'yaml';
import { stepProblem } from '../../src/flow/assessment-machine.js';
import { toWrittenAnswers, type FlowAnswers } from '../../src/flow/flow-answers.js';
import { parseState, renderState } from '../../src/flow/state-file.js';
import { replayAnswers } from '../../src/flow/replay-answers.js';
import { pruneFlow } from '../../src/flow/flow-navigation.js';
import { checkSavedReasons } from '../../src/flow/saved-reasons.js';
import { readAnswers } from '../../src/verdict/read-answers.js';
import { validateAnswers } from '../../src/verdict/answers-judge.js';
import { REFUSAL_REASON_MAX, refusalReasonProblem } from '../../src/answers/refusal-rules.js';
import { adviceFromWritten } from '../../src/answers/advice-rules.js';
import { parseYamlDocument } from '../../src/yaml/yaml-document.js';
import { evaluate } from '../../src/verdict/evaluate.js';
import { canonicalHash } from '../../src/canonical/canonical-json.js';
import { fixturesDir, packageRoot } from '../../src/package-paths.js';
import { renderProblemMessage } from '../../src/messages/render-problem.js';
import { catalogue, clock, NOW, sameVerdict, startActor } from './flow-test-kit.js';

const CASE_18 = join(fixturesDir, 'cases', '18-burgemeester-publiek-account');
const case18 = readAnswers(join(CASE_18, 'answers.yaml'), catalogue);
const expected18 = parseYaml(readFileSync(join(CASE_18, 'expected.yaml'), 'utf8')) as { outcome: string; requirements: Record<string, string>; funding: Record<string, string> };
const reasonOf = (requirement: string) => case18.refusals.find((refusal) => refusal.requirement === requirement)?.reason ?? '';

/** Case 18's answers given at the keyboard, the advice step answered (none): every question answered, so the walk is past the questions. */
const atRefusals = () => {
  const { kind, date, subject } = case18;
  return startActor({ meta: { kind, date, subject }, values: case18.answers, adviceAnswered: true });
};

/** What `assess` says of the answers file `check --export` writes for this flow. */
function assessExport(flow: FlowAnswers): { codes: string[] } | { verdict: ReturnType<typeof evaluate> } {
  const parsed = parseYamlDocument(new TextEncoder().encode(stringify(toWrittenAnswers(catalogue, flow))), 'export.yaml');
  if (parsed.document === undefined) return { codes: parsed.problems.map((p) => p.code) };
  const { answers, problems } = validateAnswers(parsed.document, catalogue);
  return answers === undefined ? { codes: problems.map((p) => p.code) } : { verdict: evaluate(catalogue, answers, NOW) };
}

describe('the refusal step', () => {
  it('offers, after the questions, exactly the basics case 18 answers as not met that allow a refusal, each with what it keeps blocked', () => {
    const actor = atRefusals();
    const { context } = actor.getSnapshot();
    expect(actor.getSnapshot().value).toBe('refusals');
    expect(context.refusable.map((choice) => choice.requirement)).toEqual(['INF-05', 'INF-14']);
    const inf14 = context.refusable.find((choice) => choice.requirement === 'INF-14');
    expect(inf14?.title.nl).toBe(catalogue.requirements.find((r) => r.id === 'INF-14')?.title.nl);
    expect(inf14?.scenarios).toEqual(['SC-01', 'SC-09']);
    // What refusing keeps blocked is what the verdict blocks: spec/README.md's note on case 18.
    expect(inf14?.blocks).toEqual(expect.arrayContaining(['WRK-17', 'INF-18']));
    expect(context.refusable.every((choice) => catalogue.requirements.find((r) => r.id === choice.requirement)?.pkvwCore !== true)).toBe(true);
    expect(actor.getSnapshot().can({ type: 'DECLINE' })).toBe(true);
    expect(actor.getSnapshot().can({ type: 'SKIP' })).toBe(false);
  });

  it('records case 18’s two refusals with their reasons, shows them in the review, and gives case 18’s verdict, through assess too', () => {
    const actor = atRefusals();
    actor.send({ type: 'REFUSE', requirement: 'INF-05', reason: `  ${reasonOf('INF-05')}  ` });
    expect(actor.getSnapshot().context.problem).toBeUndefined();
    // The step stays for the basic not yet decided.
    expect(actor.getSnapshot().context.refusable.map((choice) => choice.requirement)).toEqual(['INF-14']);
    actor.send({ type: 'REFUSE', requirement: 'INF-14', reason: reasonOf('INF-14') });
    const { context } = actor.getSnapshot();
    expect(actor.getSnapshot().value).toBe('review');
    expect(context.review?.refusals).toEqual([
      { requirement: 'INF-05', reason: reasonOf('INF-05') },
      { requirement: 'INF-14', reason: reasonOf('INF-14') },
    ]);
    actor.send({ type: 'CONFIRM', at: NOW });
    const verdict = actor.getSnapshot().output;
    expect(verdict?.outcome).toBe(expected18.outcome);
    for (const [requirement, status] of Object.entries(expected18.requirements)) expect([requirement, verdict?.requirements.find((r) => r.requirement === requirement)?.status]).toEqual([requirement, status]);
    for (const [measure, decision] of Object.entries(expected18.funding)) expect([measure, verdict?.funding.find((m) => m.measure === measure)?.decision]).toEqual([measure, decision]);
    expect(verdict !== undefined && sameVerdict(verdict, evaluate(catalogue, case18, NOW))).toBe(true);
    const viaFile = assessExport(actor.getSnapshot().context.flow);
    expect('verdict' in viaFile && verdict !== undefined && sameVerdict(verdict, viaFile.verdict)).toBe(true);
  });

  it('refuses an empty or overlong reason, a control character, and a basic it does not offer, never quoting the reason', () => {
    const actor = atRefusals();
    const { context } = actor.getSnapshot();
    const code = (requirement: string, reason?: string) => stepProblem(context, { type: 'REFUSE', requirement, ...(reason === undefined ? {} : { reason }) })?.code;
    expect(code('INF-14')).toBeUndefined();
    expect(code('INF-14', 'Ambtswoning')).toBeUndefined();
    expect(code('INF-14', ' \n ')).toBe('flow-refusal-reason-empty');
    expect(code('INF-14', 'x'.repeat(REFUSAL_REASON_MAX + 1))).toBe('flow-refusal-reason-too-long');
    expect(code('INF-14', 'naam\u001b[31m')).toBe('flow-refusal-reason-control');
    // The PKVW core never allows a refusal; a met basic is not offered.
    expect(code('WON-01', 'Ambtswoning')).toBe('flow-refusal-not-offered');
    expect(code('INF-06', 'Ambtswoning')).toBe('flow-refusal-not-offered');
    const secret = 'Mijn sleutel ligt onder de mat';
    actor.send({ type: 'REFUSE', requirement: 'WON-01', reason: secret });
    const problem = actor.getSnapshot().context.problem;
    expect(problem?.code).toBe('flow-refusal-not-offered');
    expect(actor.getSnapshot().value).toBe('refusals');
    for (const lang of ['nl', 'en'] as const) expect(renderProblemMessage(problem!, lang)).not.toContain('sleutel');
    actor.send({ type: 'REFUSE', requirement: 'INF-14', reason: '   ' });
    expect(JSON.stringify(actor.getSnapshot().context.problem)).not.toContain('   ');
    expect(renderProblemMessage(actor.getSnapshot().context.problem!, 'nl')).toMatch(/waarom/);
  });

  it('says when the advice makes an offered basic a hard condition, where a refusal does count against the home', () => {
    const { kind, date, subject } = case18;
    const advice = adviceFromWritten({ reference: 'CCV-advies 2026-0917', date: '2026-11-12', hardConditions: ['INF-14'] });
    const actor = startActor({ meta: { kind, date, subject, advice }, values: case18.answers, adviceAnswered: true });
    const offers = actor.getSnapshot().context.refusable;
    expect(offers.find((choice) => choice.requirement === 'INF-14')?.hardCondition).toBe(true);
    expect(offers.find((choice) => choice.requirement === 'INF-05')?.hardCondition).toBeUndefined();
    for (const requirement of ['INF-05', 'INF-14']) actor.send({ type: 'REFUSE', requirement, reason: reasonOf(requirement) });
    actor.send({ type: 'CONFIRM', at: NOW });
    expect(actor.getSnapshot().output?.outcome).toBe('niet-op-orde');
  });

  it('takes "no (further) refusal" for every basic still offered, and is not offered when no basic that allows a refusal is unmet', () => {
    const actor = atRefusals();
    actor.send({ type: 'REFUSE', requirement: 'INF-14', reason: reasonOf('INF-14') });
    actor.send({ type: 'DECLINE' });
    expect(actor.getSnapshot().value).toBe('review');
    expect(actor.getSnapshot().context.flow.refusals).toEqual({ 'INF-14': { kind: 'refused', reason: reasonOf('INF-14') }, 'INF-05': { kind: 'declined' } });
    actor.send({ type: 'CONFIRM', at: NOW });
    const statuses = Object.fromEntries(actor.getSnapshot().output?.requirements.map((r) => [r.requirement, r.status]) ?? []);
    expect([statuses['INF-05'], statuses['INF-14']]).toEqual(['not-met', 'refused']);

    // Both met: the walk goes from the last question to the review.
    const met = startActor({ meta: atRefusals().getSnapshot().context.flow.meta, values: { ...case18.answers, 'informatie.accounts-gescheiden': { value: true, evidence: 'self-declared' }, 'informatie.naam-aan-de-deur': { value: false, evidence: 'self-declared' } }, adviceAnswered: true });
    expect(met.getSnapshot().value).toBe('review');
    expect(met.getSnapshot().can({ type: 'EDIT', step: 'refusals' })).toBe(false);
  });

  it('is asked anew from the review (back or edit), and goes back to the last question', () => {
    const actor = atRefusals();
    actor.send({ type: 'REFUSE', requirement: 'INF-05', reason: reasonOf('INF-05') });
    actor.send({ type: 'REFUSE', requirement: 'INF-14', reason: reasonOf('INF-14') });
    expect(actor.getSnapshot().can({ type: 'EDIT', step: 'refusals' })).toBe(true);
    actor.send({ type: 'EDIT', step: 'refusals' });
    expect(actor.getSnapshot().value).toBe('refusals');
    expect(actor.getSnapshot().context.refusable.map((choice) => choice.requirement)).toEqual(['INF-05', 'INF-14']);
    actor.send({ type: 'DECLINE' });
    expect(actor.getSnapshot().context.review?.refusals).toEqual([]);
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().value).toBe('refusals');
    actor.send({ type: 'REFUSE', requirement: 'INF-14', reason: reasonOf('INF-14') });
    actor.send({ type: 'DECLINE' });
    expect(actor.getSnapshot().context.review?.refusals.map((r) => r.requirement)).toEqual(['INF-14']);
    // Back from the refusal step goes to the last question (case 18 has no exception to offer).
    actor.send({ type: 'EDIT', step: 'refusals' });
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().context.position.kind).toBe('question');
  });

  it('keeps the reasons given when asked anew (edit or back from the review), offering each as the answer to start from until it is decided again', () => {
    const actor = atRefusals();
    for (const requirement of ['INF-05', 'INF-14']) actor.send({ type: 'REFUSE', requirement, reason: reasonOf(requirement) });
    actor.send({ type: 'EDIT', step: 'refusals' });
    const offered = () => Object.fromEntries(actor.getSnapshot().context.refusable.map((choice) => [choice.requirement, choice.earlierReason]));
    expect(offered()).toEqual({ 'INF-05': reasonOf('INF-05'), 'INF-14': reasonOf('INF-14') });
    // Not a refusal while asked anew: neither the verdict nor the export reads it.
    expect(toWrittenAnswers(catalogue, actor.getSnapshot().context.flow).refusals).toBeUndefined();
    // Decided again (a new reason): only the other one is still offered with its earlier reason.
    actor.send({ type: 'REFUSE', requirement: 'INF-05', reason: 'Openbaar account van het ambt' });
    expect(offered()).toEqual({ 'INF-14': reasonOf('INF-14') });
    actor.send({ type: 'DECLINE' });
    expect(actor.getSnapshot().context.flow.earlierReasons).toBeUndefined();
    expect(actor.getSnapshot().context.review?.refusals).toEqual([{ requirement: 'INF-05', reason: 'Openbaar account van het ambt' }]);
    // Back from the review asks it anew too, and keeps the reason given.
    actor.send({ type: 'BACK' });
    expect(offered()).toEqual({ 'INF-05': 'Openbaar account van het ambt', 'INF-14': undefined });
    // A reason kept to offer again goes when its basic is no longer offered (answered as met).
    const flow = actor.getSnapshot().context.flow;
    expect(flow.earlierReasons).toEqual({ 'INF-05': 'Openbaar account van het ambt' });
    expect(pruneFlow(catalogue, { ...flow, values: { ...flow.values, 'informatie.accounts-gescheiden': { value: true, evidence: 'self-declared' } } }).earlierReasons).toBeUndefined();
  });

  it('keeps the reasons offered again through a saved state, so stopping while the step is asked anew loses none', () => {
    const actor = atRefusals();
    for (const requirement of ['INF-05', 'INF-14']) actor.send({ type: 'REFUSE', requirement, reason: reasonOf(requirement) });
    actor.send({ type: 'EDIT', step: 'refusals' });
    const { state, problems } = parseState(new TextEncoder().encode(renderState(catalogue, actor.getSnapshot().context.flow, NOW)), 'zelfcheck.state.json', catalogue);
    expect(problems).toEqual([]);
    const resumed = startActor({ ...state?.flow });
    expect(resumed.getSnapshot().value).toBe('refusals');
    expect(resumed.getSnapshot().context.refusable.map((choice) => [choice.requirement, choice.earlierReason])).toEqual([
      ['INF-05', reasonOf('INF-05')],
      ['INF-14', reasonOf('INF-14')],
    ]);
  });

  it('drops a recorded refusal once its basic is answered as met', () => {
    const actor = atRefusals();
    actor.send({ type: 'REFUSE', requirement: 'INF-14', reason: reasonOf('INF-14') });
    actor.send({ type: 'DECLINE' });
    actor.send({ type: 'EDIT', question: 'informatie.naam-aan-de-deur' });
    actor.send({ type: 'ANSWER', value: false });
    const flow = actor.getSnapshot().context.flow;
    expect(flow.refusals?.['INF-14']).toBeUndefined();
    expect(toWrittenAnswers(catalogue, flow).refusals?.map((r) => r.requirement) ?? []).not.toContain('INF-14');
  });
});

describe('a refusal typed at the keyboard and exported (fast-check)', () => {
  const text = fc.string({ unit: fc.constantFrom('a', 'é', ' ', '\n', '\t', '\u001b', '\u0085', '\u202e', ':', '#', '"', '-'), maxLength: 20 });
  it('gives the same verdict through assess as through the machine, and the step refuses whatever assess would refuse', () => {
    fc.assert(
      fc.property(fc.subarray(['INF-05', 'INF-14'], { minLength: 1 }), text, (requirements, reason) => {
        const actor = atRefusals();
        for (const requirement of requirements) actor.send({ type: 'REFUSE', requirement, reason });
        if (actor.getSnapshot().context.problem !== undefined) {
          // Written in a file as typed: assess refuses it too.
          const flow = actor.getSnapshot().context.flow;
          const refused = assessExport({ ...flow, refusals: { [requirements[0] ?? '']: { kind: 'refused', reason } } });
          expect('codes' in refused).toBe(true);
          return;
        }
        if (actor.getSnapshot().value === 'refusals') actor.send({ type: 'DECLINE' });
        actor.send({ type: 'CONFIRM', at: NOW });
        const verdict = actor.getSnapshot().output;
        const viaFile = assessExport(actor.getSnapshot().context.flow);
        if (!('verdict' in viaFile) || verdict === undefined) throw new Error(`export refused: ${'codes' in viaFile ? viaFile.codes.join(', ') : ''}`);
        expect(sameVerdict(verdict, viaFile.verdict)).toBe(true);
        expect(viaFile.verdict.requirements.filter((r) => r.status === 'refused').map((r) => r.requirement)).toEqual(requirements);
      }),
      { numRuns: 80 },
    );
  });
});

describe('refusals in the saved state', () => {
  const parse = (text: string) => parseState(new TextEncoder().encode(text), 'zelfcheck.state.json', catalogue);
  const refused = () => {
    const actor = atRefusals();
    actor.send({ type: 'REFUSE', requirement: 'INF-14', reason: reasonOf('INF-14') });
    actor.send({ type: 'DECLINE' });
    return actor.getSnapshot().context.flow;
  };

  it('are saved and read back, and a resumed check goes on at the review with them', () => {
    const flow = refused();
    const { state, problems } = parse(renderState(catalogue, flow, NOW));
    expect(problems).toEqual([]);
    expect(state?.flow.refusals).toEqual(flow.refusals);
    const resumed = startActor({ ...state?.flow });
    expect(resumed.getSnapshot().value).toBe('review');
    expect(resumed.getSnapshot().context.review?.refusals.map((r) => r.requirement)).toEqual(['INF-14']);
  });

  it('loads a state file saved before the step existed, and asks the step when the check resumes', () => {
    const old = JSON.parse(renderState(catalogue, refused(), NOW)) as Record<string, unknown>;
    delete old.refusals;
    delete old.checksum;
    const { state, problems } = parse(JSON.stringify({ ...old, checksum: canonicalHash(old) }));
    expect(problems).toEqual([]);
    expect(state?.flow.refusals).toBeUndefined();
    expect(startActor({ ...state?.flow }).getSnapshot().value).toBe('refusals');
  });

  it('refuses a saved refusal of the wrong shape, without quoting it', () => {
    const saved = JSON.parse(renderState(catalogue, refused(), NOW)) as Record<string, unknown> & { refusals: Record<string, unknown> };
    saved.refusals['INF-14'] = { kind: 'refused', reason: 7 };
    delete saved.checksum;
    const { problems } = parse(JSON.stringify({ ...saved, checksum: canonicalHash(saved) }));
    expect(problems.map((p) => `${p.code} ${String(p.params.path)}`)).toEqual(['flow-state-shape /refusals/INF-14']);
  });
});

describe('refusal reasons in a saved state, checked again on reading by the one rule', () => {
  const parse = (text: string) => parseState(new TextEncoder().encode(text), 'zelfcheck.state.json', catalogue);
  /** Case 18 at the review with both refusals, saved; `reason` put in for INF-14 as a file written by an older build or edited with its checksum redone. */
  const savedWith = (reason: string, list: 'refusals' | 'earlierReasons' = 'refusals') => {
    const actor = atRefusals();
    for (const requirement of ['INF-05', 'INF-14']) actor.send({ type: 'REFUSE', requirement, reason: reasonOf(requirement) });
    if (list === 'earlierReasons') actor.send({ type: 'EDIT', step: 'refusals' });
    const saved = JSON.parse(renderState(catalogue, actor.getSnapshot().context.flow, NOW)) as Record<string, unknown> & { refusals: Record<string, unknown>; earlierReasons?: Record<string, unknown> };
    if (list === 'refusals') saved.refusals['INF-14'] = { kind: 'refused', reason };
    else if (saved.earlierReasons) saved.earlierReasons['INF-14'] = reason;
    delete saved.checksum;
    return { flow: actor.getSnapshot().context.flow, text: JSON.stringify({ ...saved, checksum: canonicalHash(saved) }, null, 2) };
  };

  it.each([
    ['only spaces', '   ', 'flow-state-refusal-reason-empty'],
    ['too long', 'x'.repeat(REFUSAL_REASON_MAX + 1), 'flow-state-refusal-reason-too-long'],
  ])('drops a saved reason that is %s with a located notice that never quotes it, asks that basic again, and keeps everything else', (_what, reason, code) => {
    const { flow, text } = savedWith(reason);
    const { state, problems } = parse(text);
    expect(problems).toEqual([]);
    const line = text.split('\n').findIndex((candidate) => candidate.includes('"INF-14": {')) + 3;
    expect(state?.notices.map((n) => [n.code, n.severity, n.file, n.line, n.path])).toEqual([[code, 'warning', 'zelfcheck.state.json', line, '/refusals/INF-14/reason']]);
    for (const lang of ['nl', 'en'] as const) {
      const message = renderProblemMessage(state!.notices[0]!, lang);
      expect(message).toContain('INF-14');
      expect(message).not.toContain(reason.trim().slice(0, 20) || '   ');
    }
    // Nothing else is lost: every answer, the advice step, the other refusal.
    expect(state?.flow.values).toEqual(flow.values);
    expect(state?.flow.adviceAnswered).toBe(true);
    expect(state?.flow.refusals).toEqual({ 'INF-05': { kind: 'refused', reason: reasonOf('INF-05') } });
    const resumed = startActor({ ...state?.flow });
    expect(resumed.getSnapshot().value).toBe('refusals');
    expect(resumed.getSnapshot().context.refusable.map((choice) => choice.requirement)).toEqual(['INF-14']);
  });

  it('leaves a control character in a saved reason to the file reader, which refuses the file located and changes nothing', () => {
    // No text the reader takes may hold one (yaml/yaml-document.ts), so the rule's third part is the reader's here.
    const { text } = savedWith('Naam geheim\u001b[2J');
    const { state, problems } = parse(text);
    expect(state).toBeUndefined();
    const line = text.split('\n').findIndex((candidate) => candidate.includes('"INF-14": {')) + 3;
    expect(problems.map((p) => [p.code, p.line])).toEqual([['flow-state-control-character', line]]);
    expect(renderProblemMessage(problems[0]!, 'nl')).toMatch(/^bewaarde zelfcheck bevat hier een stuurteken .*Het bestand is niet gewijzigd$/);
    for (const lang of ['nl', 'en'] as const) expect(renderProblemMessage(problems[0]!, lang)).not.toContain('Naam geheim');
  });

  it('drops a control character in a reason from the browser store, which the reader never sees (checkSavedReasons)', () => {
    const { kept, dropped } = checkSavedReasons({ decisions: {}, refusals: { 'INF-14': { kind: 'refused', reason: 'Naam\u202egeheim' }, 'INF-05': { kind: 'declined' } }, earlierReasons: { 'INF-14': 'Naam\u001b[2J' } });
    expect(kept).toEqual({ decisions: {}, refusals: { 'INF-05': { kind: 'declined' } } });
    expect(dropped.map(({ problem, path }) => [problem.code, problem.severity, path.join('/')])).toEqual([
      ['flow-state-refusal-reason-control', 'warning', 'refusals/INF-14/reason'],
      ['flow-state-refusal-reason-control', 'warning', 'earlierReasons/INF-14'],
    ]);
    // A reason that is not text at all (a damaged store) counts as empty.
    expect(checkSavedReasons({ decisions: {}, refusals: { 'INF-14': { kind: 'refused', reason: 7 as unknown as string } } }).dropped.map(({ problem }) => problem.code)).toEqual(['flow-state-refusal-reason-empty']);
  });

  it('drops a reason kept to offer again that fails the rule, and offers the basic without it', () => {
    const { state, problems } = parse(savedWith(' \t ', 'earlierReasons').text);
    expect(problems).toEqual([]);
    expect(state?.notices.map((n) => `${n.code} ${n.path}`)).toEqual(['flow-state-refusal-reason-empty /earlierReasons/INF-14']);
    expect(state?.flow.earlierReasons).toEqual({ 'INF-05': reasonOf('INF-05') });
  });

  it('reads a saved state with good reasons without a notice', () => {
    const { state } = parse(savedWith(reasonOf('INF-14')).text);
    expect(state?.notices).toEqual([]);
    expect(Object.keys(state?.flow.refusals ?? {})).toEqual(['INF-05', 'INF-14']);
  });

  it('refuses reasons to offer again of the wrong shape, located, without quoting them', () => {
    const { text } = savedWith(reasonOf('INF-14'), 'earlierReasons');
    const saved = JSON.parse(text) as Record<string, unknown>;
    saved.earlierReasons = { 'INF-14': ['Mijn sleutel ligt onder de mat'] };
    delete saved.checksum;
    const { problems } = parse(JSON.stringify({ ...saved, checksum: canonicalHash(saved) }));
    expect(problems.map((p) => `${p.code} ${String(p.params.path)}`)).toEqual(['flow-state-shape /earlierReasons']);
    expect(JSON.stringify(problems)).not.toContain('sleutel');
  });
});

describe('refusals in an answers file', () => {
  const file = (reason: string) => readFileSync(join(CASE_18, 'answers.yaml'), 'utf8').replace(/(- requirement: INF-14\n {4}reason: )>-\n( {6}.*\n)+/, `$1${reason}\n`);
  const codes = (text: string) => {
    const parsed = parseYamlDocument(new TextEncoder().encode(text), 'antwoorden.yaml');
    if (parsed.document === undefined) return parsed.problems.map((p) => p.code);
    return validateAnswers(parsed.document, catalogue).problems.filter((p) => p.severity === 'error').map((p) => `${p.code} ${p.path}`);
  };

  it('are refused, located, when the reason is only spaces, by the rule the step asks', () => {
    expect(codes(file('"Ambtswoning"'))).toEqual([]);
    expect(codes(file('"   "'))).toEqual(['answers-refusal-reason-empty /refusals/1/reason']);
  });

  it('share one rule with the step: empty, too long, or a character no answers file holds', () => {
    expect(refusalReasonProblem('INF-14', 'Ambtswoning')).toBeUndefined();
    expect(refusalReasonProblem('INF-14', '\t')?.code).toBe('answers-refusal-reason-empty');
    expect(refusalReasonProblem('INF-14', 'x'.repeat(REFUSAL_REASON_MAX + 1))).toEqual({ code: 'answers-refusal-reason-too-long', params: { requirement: 'INF-14', max: REFUSAL_REASON_MAX } });
    expect(refusalReasonProblem('INF-14', 'naam\u202eeod')?.code).toBe('answers-refusal-reason-control');
  });

  it('has the reason limit of the answers schema', () => {
    const schema = JSON.parse(readFileSync(join(packageRoot, 'spec', 'schema', 'answers.schema.json'), 'utf8')) as { $defs: { refusal: { properties: { reason: { maxLength: number } } } } };
    expect(REFUSAL_REASON_MAX).toBe(schema.$defs.refusal.properties.reason.maxLength);
  });

  it('answer the refusal step when replayed; one of a met basic is counted as not used', () => {
    const replay = replayAnswers(catalogue, case18, clock);
    expect(replay.unusedRefusals).toBe(0);
    expect(replay.flow.refusals?.['INF-14']).toEqual({ kind: 'refused', reason: reasonOf('INF-14') });
    const met = { ...case18, refusals: [...case18.refusals, { requirement: 'INF-06', reason: 'Ambt' }] };
    const other = replayAnswers(catalogue, met, clock);
    expect(other.unusedRefusals).toBe(1);
    // The engine ignores a refusal of a met basic too; only the answers hash (of what was given) differs.
    expect({ ...other.verdict, answersHash: '' }).toEqual({ ...evaluate(catalogue, met, NOW), answersHash: '' });
  });

  it('keep the refusal of a basic left open when replayed, as the engine does, so check --answers and assess agree', () => {
    // INF-05's question left open (the file does not answer it) but refused: the engine takes the refusal.
    const open = { ...case18, answers: Object.fromEntries(Object.entries(case18.answers).filter(([id]) => id !== 'informatie.accounts-gescheiden')) };
    const direct = evaluate(catalogue, open, NOW);
    expect(direct.requirements.find((r) => r.requirement === 'INF-05')?.status).toBe('refused');
    const replay = replayAnswers(catalogue, open, clock);
    expect(replay.unusedRefusals).toBe(0);
    expect(replay.flow.refusals?.['INF-05']).toEqual({ kind: 'refused', reason: reasonOf('INF-05') });
    expect(sameVerdict(replay.verdict, direct)).toBe(true);
  });
});
