import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { stepProblem, type AdviceInput } from '../../src/flow/assessment-machine.js';
import { toWrittenAnswers } from '../../src/flow/flow-answers.js';
import { advisedMeasures, basicGroups, measureGroups, NO_MEASURE } from '../../src/flow/advice-step.js';
import { parseState, renderState } from '../../src/flow/state-file.js';
import { readAnswers } from '../../src/verdict/read-answers.js';
import { validateAnswers } from '../../src/verdict/answers-judge.js';
import { ADVICE_REFERENCE_MAX } from '../../src/answers/advice-rules.js';
import { parseYamlDocument } from '../../src/yaml/yaml-document.js';
import { evaluate } from '../../src/verdict/evaluate.js';
import { fixturesDir, packageRoot } from '../../src/package-paths.js';
import type { AnswerValue } from '../../src/catalogue/catalogue-types.js';
import { canonicalHash } from '../../src/canonical/canonical-json.js';
import { renderProblemMessage } from '../../src/messages/render-problem.js';
import { ADVICE_19B, asking, catalogue, finish, NOW, policyEvent, sameVerdict, startActor, verdictViaAnswersFile, wethouderTerracedHouse, type AnswerPolicy } from './flow-test-kit.js';

const intakeOnly = (actor: ReturnType<typeof startActor>, policy: AnswerPolicy = wethouderTerracedHouse) => {
  while (actor.getSnapshot().context.position.kind === 'question') actor.send(policyEvent(actor, policy));
};

/** The answers of a fixture case as an answering policy, with its meta. */
function caseAnswers(name: string) {
  const answers = readAnswers(join(fixturesDir, 'cases', name, 'answers.yaml'), catalogue);
  const policy: AnswerPolicy = (question) => answers.answers[question.id]?.value;
  const { kind, date, subject } = answers;
  return { answers, policy, meta: { kind, date, subject } };
}

/** What `assess` says of the answers file `check --export` writes for this flow: the verdict, or the codes refusing it. */
function assessExport(flow: Parameters<typeof toWrittenAnswers>[1]): { codes: string[] } | { verdict: ReturnType<typeof evaluate> } {
  const parsed = parseYamlDocument(new TextEncoder().encode(stringify(toWrittenAnswers(catalogue, flow))), 'export.yaml');
  if (parsed.document === undefined) return { codes: parsed.problems.map((p) => p.code) };
  const { answers, problems } = validateAnswers(parsed.document, catalogue);
  return answers === undefined ? { codes: problems.map((p) => p.code) } : { verdict: evaluate(catalogue, answers, NOW) };
}

describe('the advice step', () => {
  it('comes after the intake, before the first question about the home, and may be gone back from', () => {
    const actor = startActor();
    intakeOnly(actor);
    const { context } = actor.getSnapshot();
    expect(actor.getSnapshot().value).toBe('advice');
    expect(context.position).toEqual({ kind: 'advice' });
    expect(Object.keys(context.flow.values).every((id) => catalogue.questions.find((q) => q.id === id)?.section === 'intake')).toBe(true);
    expect(actor.getSnapshot().can({ type: 'SKIP' })).toBe(false);
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().value).toBe('intake');
    actor.send(policyEvent(actor, wethouderTerracedHouse));
    expect(actor.getSnapshot().context.position).toEqual({ kind: 'advice' });
    actor.send({ type: 'ADVICE', advice: null });
    expect(actor.getSnapshot().value).toBe('wonen');
    expect(actor.getSnapshot().context.flow.adviceAnswered).toBe(true);
    expect(actor.getSnapshot().context.flow.meta.advice).toBeUndefined();
    // Back from the first question about the home is the advice step again.
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().context.position).toEqual({ kind: 'advice' });
  });

  it('records the advice in the meta, its reference trimmed, and exports it as the answers file advice block', () => {
    const actor = startActor();
    intakeOnly(actor);
    actor.send({ type: 'ADVICE', advice: { ...ADVICE_19B, reference: '  CCV-advies 2026-0917 ' } });
    const { flow } = actor.getSnapshot().context;
    expect(flow.meta.advice).toEqual({ reference: 'CCV-advies 2026-0917', date: '2026-11-12', measures: ['WON-16', 'WON-18'], levels: ADVICE_19B.levels, waives: [], hardConditions: [] });
    expect(toWrittenAnswers(catalogue, flow).advice).toEqual(ADVICE_19B);
  });

  it('is not asked under level D: no advice lowers it, and the check refers after the intake', () => {
    const actor = startActor();
    intakeOnly(actor, (question) => (question.id === 'intake.politie-maatregelen' ? true : wethouderTerracedHouse(question)));
    expect(actor.getSnapshot().context.position).toEqual({ kind: 'review' });
    expect(actor.getSnapshot().context.review?.advice).toBeUndefined();
    expect(actor.getSnapshot().can({ type: 'EDIT', step: 'advice' })).toBe(false);
  });

  it('turns case 19 into case 19b at the keyboard: entering 19b\u2019s advice gives 19b\u2019s verdict, which funds the advised measures', () => {
    const without = caseAnswers('19-schade-thuis-eerst-advies');
    const withAdvice = caseAnswers('19b-schade-thuis-met-advies');
    const advice = toWrittenAnswers(catalogue, { meta: { ...withAdvice.meta, advice: withAdvice.answers.advice }, values: {}, decisions: {}, skipped: [] }).advice;
    if (advice === undefined) throw new Error('case 19b has no advice');
    const typed = startActor({ meta: without.meta });
    const verdict = finish(typed, without.policy, false, undefined, advice);
    expect(sameVerdict(verdict, evaluate(catalogue, withAdvice.answers, NOW))).toBe(true);
    const decided = (v: typeof verdict, id: string) => v.funding.find((m) => m.measure === id)?.decision;
    expect(decided(verdict, 'WON-16')).toBe('fundable');
    expect(decided(verdict, 'WON-18')).toBe('fundable');
    expect(verdict.adviceFirst).toBeUndefined();
    // Answered "no", the same answers wait for an advice first, as case 19 does.
    const none = finish(startActor({ meta: without.meta }), without.policy);
    expect(sameVerdict(none, evaluate(catalogue, without.answers, NOW))).toBe(true);
    expect(none.adviceFirst?.rules).toContain('RR-INCIDENT-SCHADE');
  });

  it('shows the advice in the review and lets it be changed there; the verdict follows the change', () => {
    const actor = startActor();
    while (actor.getSnapshot().context.position.kind !== 'review') actor.send(policyEvent(actor, wethouderTerracedHouse, false, ADVICE_19B));
    expect(actor.getSnapshot().context.review?.advice).toMatchObject({ reference: ADVICE_19B.reference, measures: ADVICE_19B.measures });
    actor.send({ type: 'EDIT', step: 'advice' });
    expect(actor.getSnapshot().context.position).toEqual({ kind: 'advice' });
    actor.send({ type: 'ADVICE', advice: { reference: 'BVA 2026/88', date: '2026-10-01', measures: ['INF-17'] } });
    while (asking(actor)) actor.send(policyEvent(actor, wethouderTerracedHouse));
    const verdict = finish(actor, wethouderTerracedHouse);
    expect(verdict.advice).toEqual({ reference: 'BVA 2026/88', date: '2026-10-01' });
    expect(verdict.funding.map((m) => m.measure)).toEqual(['INF-17']);
    expect(sameVerdict(verdict, verdictViaAnswersFile(actor.getSnapshot().context.flow))).toBe(true);
  });
});

describe('what the advice step refuses, part by part, with the answers file\u2019s own codes', () => {
  const atAdvice = () => {
    const actor = startActor();
    intakeOnly(actor);
    return actor;
  };
  const refused = (draft: Partial<AdviceInput>) => stepProblem(atAdvice().getSnapshot().context, { type: 'ADVICE', advice: draft })?.code;

  it.each([
    [{ reference: '   ' }, 'answers-advice-reference-empty'],
    [{ reference: 'x'.repeat(ADVICE_REFERENCE_MAX + 1) }, 'answers-advice-reference-too-long'],
    [{ reference: 'CCV\t2026' }, 'answers-advice-reference-control'],
    [{ reference: 'CCV\u001b[2J' }, 'answers-advice-reference-control'],
    [{ date: '12-11-2026' }, 'answers-advice-date-invalid'],
    [{ date: '2026-02-29' }, 'answers-advice-date-invalid'],
    [{ date: '' }, 'answers-advice-date-invalid'],
    // The answers are dated 2026-11-28 (the kit's meta).
    [{ date: '2026-11-29' }, 'answers-advice-date-future'],
    [{ measures: ['WON-01'] }, 'answers-advice-not-a-measure'],
    [{ measures: ['WON-16', 'WON-16'] }, 'answers-advice-duplicate'],
    [{ levels: { 'SC-99': 'B' } }, 'answers-advice-unknown-scenario'],
    [{ levels: { 'SC-01': 'E' } }, 'answers-advice-unknown-level'],
    [{ waives: ['WON-16'] }, 'answers-advice-not-a-basic'],
    [{ waives: ['WON-02'], hardConditions: ['WON-02'] }, 'answers-advice-waived-and-hard'],
  ] as [Partial<AdviceInput>, string][])('refuses %j with %s, before and after sending', (draft, code) => {
    expect(refused(draft)).toBe(code);
    const actor = atAdvice();
    actor.send({ type: 'ADVICE', advice: { ...ADVICE_19B, ...draft } as AdviceInput });
    expect(actor.getSnapshot().context.problem?.code).toBe(code);
    expect(actor.getSnapshot().context.position).toEqual({ kind: 'advice' });
  });

  it('accepts the date of the answers itself, and checks only the parts typed so far', () => {
    expect(refused({ reference: 'CCV-1', date: '2026-11-28' })).toBeUndefined();
    expect(refused({ reference: 'CCV-1' })).toBeUndefined();
    expect(refused({})).toBeUndefined();
  });

  it('takes "none of these" alone as no measures, and refuses it with others or an empty list', () => {
    expect(advisedMeasures([NO_MEASURE])).toEqual({ measures: [] });
    expect(advisedMeasures(['WON-16', 'WON-18'])).toEqual({ measures: ['WON-16', 'WON-18'] });
    expect(advisedMeasures([NO_MEASURE, 'WON-16'])).toMatchObject({ problem: { code: 'flow-answer-none-with-others' } });
    expect(advisedMeasures([])).toMatchObject({ problem: { code: 'flow-answer-multi-empty' } });
  });

  it('offers every employer measure and every owner basic once, grouped by domain', () => {
    const measures = measureGroups(catalogue).flatMap((group) => group.requirements.map((r) => r.id));
    expect(measures.sort()).toEqual(catalogue.requirements.filter((r) => r.measure).map((r) => r.id).sort());
    const basics = basicGroups(catalogue).flatMap((group) => group.requirements.map((r) => r.id));
    expect(basics.sort()).toEqual(catalogue.requirements.filter((r) => r.responsibility === 'bestuurder').map((r) => r.id).sort());
    expect(measureGroups(catalogue).every((group) => group.requirements.every((r) => r.domain === group.domain))).toBe(true);
  });

  it('has the reference limit of the answers schema', () => {
    const schema = JSON.parse(readFileSync(join(packageRoot, 'spec', 'schema', 'answers.schema.json'), 'utf8')) as { $defs: { advice: { properties: { reference: { maxLength: number } } } } };
    expect(ADVICE_REFERENCE_MAX).toBe(schema.$defs.advice.properties.reference.maxLength);
  });
});

describe('an advice entered at the keyboard and exported (fast-check)', () => {
  const measures = catalogue.requirements.filter((r) => r.measure).map((r) => r.id);
  const basics = catalogue.requirements.filter((r) => r.responsibility === 'bestuurder').map((r) => r.id);
  const scenarios = catalogue.scenarios.map((s) => s.id);
  const text = fc.string({ unit: fc.constantFrom('C', 'V', '-', '2', '0', '/', ' ', 'é', '\t', '\u0085'), maxLength: 12 });
  const day = fc.integer({ min: 0, max: 800 }).map((offset) => new Date(Date.UTC(2025, 0, 1 + offset)).toISOString().slice(0, 10));
  const adviceArb: fc.Arbitrary<AdviceInput> = fc.record(
    {
      reference: fc.oneof(text, fc.constant('CCV-advies 2026-0917')),
      date: fc.oneof(day, fc.constantFrom('2026-02-30', '26-11-12', '2026-11-28')),
      measures: fc.subarray(measures),
      levels: fc.dictionary(fc.constantFrom(...scenarios), fc.constantFrom('A', 'B', 'C', 'D')),
      waives: fc.subarray(basics, { maxLength: 3 }),
      hardConditions: fc.subarray(basics, { maxLength: 3 }),
    },
    { requiredKeys: ['reference', 'date'] },
  );
  const policyArb = fc.func(fc.nat()).map((pick): AnswerPolicy => (question) => {
    // Intake varies (so levels and the requiresAdvice rule vary); the home stays the terraced house.
    if (question.section !== 'intake' || question.id === 'intake.politie-maatregelen') return wethouderTerracedHouse(question);
    const samples: AnswerValue[] = question.type === 'boolean' ? [true, false] : (question.options ?? []).map((o) => (question.type === 'multi' ? [o.value] : o.value));
    return samples[pick(question.id) % samples.length];
  });

  it('gives the same verdict through assess as through the machine, and is refused by assess whenever the machine refuses it', () => {
    fc.assert(
      fc.property(policyArb, adviceArb, (policy, advice) => {
        const actor = startActor();
        intakeOnly(actor, policy);
        if (actor.getSnapshot().context.position.kind !== 'advice') return;
        actor.send({ type: 'ADVICE', advice });
        const problem = actor.getSnapshot().context.problem;
        if (problem !== undefined) {
          // The same advice written in a file: assess refuses it too (YAML itself refuses control characters first).
          const flow = actor.getSnapshot().context.flow;
          const written = assessExport({ ...flow, meta: { ...flow.meta, advice: { measures: [], levels: {}, waives: [], hardConditions: [], ...advice } } });
          expect('codes' in written).toBe(true);
          return;
        }
        const verdict = finish(actor, policy);
        const viaFile = assessExport(actor.getSnapshot().context.flow);
        if (!('verdict' in viaFile)) throw new Error(`export refused: ${viaFile.codes.join(', ')}`);
        expect(sameVerdict(verdict, viaFile.verdict)).toBe(true);
        expect(verdict.advice?.reference).toBe(advice.reference.trim());
      }),
      { numRuns: 60 },
    );
  });
});

describe('the advice in the saved state', () => {
  const answeredWith = (advice: AdviceInput | null) => {
    const actor = startActor();
    intakeOnly(actor);
    actor.send({ type: 'ADVICE', advice });
    return actor.getSnapshot().context.flow;
  };
  const parse = (text: string) => parseState(new TextEncoder().encode(text), 'zelfcheck.state.json', catalogue);

  it('is saved and read back with the step answered, yes or no', () => {
    for (const advice of [ADVICE_19B, null]) {
      const flow = answeredWith(advice);
      const { state, problems } = parse(renderState(catalogue, flow, NOW));
      expect(problems).toEqual([]);
      expect(state?.flow.meta).toEqual(flow.meta);
      expect(state?.flow.adviceAnswered).toBe(true);
    }
  });

  it('shows a hand edit of the advice through the checksum, and refuses an advice the rules refuse even with a matching checksum', () => {
    const saved = JSON.parse(renderState(catalogue, answeredWith(ADVICE_19B), NOW)) as Record<string, unknown> & { meta: { advice: { measures: string[]; date: string } } };
    saved.meta.advice.measures = ['WON-17'];
    expect(parse(JSON.stringify(saved)).problems.map((p) => p.code)).toEqual(['flow-state-tampered']);
    saved.meta.advice.date = '2027-01-01';
    delete saved.checksum;
    expect(parse(JSON.stringify({ ...saved, checksum: canonicalHash(saved) })).problems.map((p) => p.code)).toEqual(['flow-state-invalid-advice']);
  });

  it('against a newer catalogue where it no longer fits, is dropped saying which part and why, without its reference or date, and the step is asked again', () => {
    const text = renderState(catalogue, answeredWith(ADVICE_19B), NOW);
    // WON-18 is no longer a measure, SC-03 no longer a scenario.
    const newer = {
      ...catalogue,
      hash: 'another-version',
      requirements: catalogue.requirements.map((requirement) => (requirement.id === 'WON-18' ? { ...requirement, measure: undefined } : requirement)),
      scenarios: catalogue.scenarios.filter((scenario) => scenario.id !== 'SC-03'),
    };
    const { state, problems } = parseState(new TextEncoder().encode(text), 'zelfcheck.state.json', newer);
    expect(problems).toEqual([]);
    const line = (needle: string, after = 0) => text.split('\n').findIndex((candidate, index) => index >= after && candidate.includes(needle)) + 1;
    expect(state?.changedAdvice.map((p) => [p.code, p.severity, p.params, p.line, p.path])).toEqual([
      ['flow-state-advice-dropped', 'warning', { part: 'scenario', item: 'SC-03' }, line('"SC-03"'), '/meta/advice/levels/SC-03'],
      ['flow-state-advice-dropped', 'warning', { part: 'measure', item: 'WON-18' }, line('"WON-18"'), '/meta/advice/measures/1'],
    ]);
    const messages = state!.changedAdvice.map((p) => renderProblemMessage(p, 'nl'));
    expect(messages).toEqual([
      'het bewaarde beveiligingsadvies wordt opnieuw gevraagd: het geeft een niveau voor scenario SC-03, dat deze catalogus niet meer kent',
      'het bewaarde beveiligingsadvies wordt opnieuw gevraagd: het noemt WON-18 als geadviseerde maatregel, maar dat is in deze catalogus geen maatregel van de werkgever meer',
    ]);
    for (const lang of ['nl', 'en'] as const) for (const problem of state!.changedAdvice) expect(renderProblemMessage(problem, lang)).not.toMatch(/CCV-advies|2026-11-12/);
    expect(state?.flow.meta.advice).toBeUndefined();
    expect(state?.flow.adviceAnswered).toBeUndefined();
    expect(startActor({ ...state?.flow }, newer).getSnapshot().context.position).toEqual({ kind: 'advice' });
    // The same advice against the same catalogue is kept, with nothing to say.
    expect(parse(text).state?.changedAdvice).toEqual([]);
  });

  it('loads a state file saved before the advice step existed, and asks the step when the check resumes', () => {
    const flow = answeredWith(null);
    const old = JSON.parse(renderState(catalogue, flow, NOW)) as Record<string, unknown>;
    delete old.adviceAnswered;
    delete old.checksum;
    const { state, problems } = parse(JSON.stringify({ ...old, checksum: canonicalHash(old) }));
    expect(problems).toEqual([]);
    expect(state?.flow.adviceAnswered).toBeUndefined();
    const resumed = startActor({ ...state?.flow });
    expect(resumed.getSnapshot().context.position).toEqual({ kind: 'advice' });
  });
});

describe('the advice in an answers file', () => {
  const file = (advice: string, date = '2026-11-20') =>
    readFileSync(join(fixturesDir, 'cases', '19b-schade-thuis-met-advies', 'answers.yaml'), 'utf8')
      .replace(/^date: .*$/m, `date: "${date}"`)
      .replace(/^advice:\n( {2}.*\n)+/m, advice);
  const codes = (text: string) => {
    const parsed = parseYamlDocument(new TextEncoder().encode(text), 'antwoorden.yaml');
    if (parsed.document === undefined) return parsed.problems.map((p) => p.code);
    return validateAnswers(parsed.document, catalogue).problems.filter((p) => p.severity === 'error').map((p) => `${p.code} ${p.line}:${p.column}`);
  };

  it('is refused, located, when it is dated after the answers; a control character in its reference YAML refuses first', () => {
    const future = file('advice:\n  reference: CCV-advies 2026-0917\n  date: "2026-11-21"\n');
    expect(codes(future)).toEqual([`answers-advice-date-future ${future.split('\n').findIndex((line) => line.includes('2026-11-21')) + 1}:9`]);
    const control = file('advice:\n  reference: "CCV\\u0007 2026"\n  date: "2026-11-12"\n');
    expect(codes(control)).toEqual(['yaml-control-character']);
  });
});
