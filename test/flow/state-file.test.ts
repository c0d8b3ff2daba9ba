import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCatalogue } from '../../src/catalogue/read-catalogue.js';
import { UserError } from '../../src/problems/errors.js';
import { formatProblemLine } from '../../src/messages/render-problem.js';
import { parseState, readStateFile, renderState, STATE_FORMAT } from '../../src/flow/state-file.js';
import { runMain } from '../../cli/main.js';
import { ADVICE_19B, atNewBuildClaim, catalogue, finish, lastAnswers, newBuildWethouder, newerSpec, NOW, policyEvent, sameVerdict, sampleAnswers, startActor, type AnswerPolicy } from './flow-test-kit.js';
import { captureIo } from '../support/capture-io.js';
import { canonicalHash } from '../../src/canonical/canonical-json.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pkvw-state-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A saved state after answering `steps` questions with the policy. */
function savedAfter(steps: number, policy: AnswerPolicy = lastAnswers): string {
  const actor = startActor();
  for (let step = 0; step < steps; step++) actor.send(policyEvent(actor, policy));
  return renderState(catalogue, actor.getSnapshot().context.flow, NOW);
}

function refusal(text: string | Uint8Array): { codes: string[]; lines: string[]; exitCode: number } {
  const path = join(dir, 'zelfcheck.state.json');
  writeFileSync(path, text, { mode: 0o600 });
  const before = readFileSync(path);
  try {
    readStateFile(path, catalogue, 'zelfcheck.state.json');
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    expect(readFileSync(path).equals(before)).toBe(true);
    return { codes: error.problems.map((p) => p.code), lines: error.problems.map((p) => formatProblemLine(p, 'nl')), exitCode: error.exitCode };
  }
  throw new Error('the state file was accepted');
}

function edit(text: string, change: (state: Record<string, unknown> & { answers: Record<string, { value: unknown; evidence?: string }> }) => void): string {
  const state = JSON.parse(text) as Record<string, unknown> & { answers: Record<string, { value: unknown; evidence?: string }> };
  change(state);
  return JSON.stringify(state, null, 2);
}

describe('the saved state of a self-check', () => {
  it('holds the format version, the catalogue id, version and hash, and the answers by question id', () => {
    const state = JSON.parse(savedAfter(3)) as { format: string; catalogue: unknown; answers: Record<string, unknown> };
    expect(state.format).toBe(STATE_FORMAT);
    expect(state.catalogue).toEqual({ id: catalogue.metadata.id, version: catalogue.metadata.version, hash: catalogue.hash });
    expect(Object.keys(state.answers)).toHaveLength(3);
    expect(Object.keys(state.answers).every((id) => catalogue.questions.some((q) => q.id === id))).toBe(true);
  });

  it('gives the same verdict when stopped after any step, saved, loaded and resumed (fast-check)', () => {
    const policyArb = fc.func(fc.nat()).map((pick): AnswerPolicy => (question) => {
      const samples = sampleAnswers(question);
      return samples[pick(question.id) % (samples.length + (question.section === 'intake' ? 0 : 1))];
    });
    fc.assert(
      fc.property(policyArb, fc.nat({ max: 90 }), fc.nat({ max: 3 }), fc.boolean(), (policy, stopAfter, backs, withAdvice) => {
        const advice = withAdvice ? ADVICE_19B : undefined;
        const uninterrupted = finish(startActor(), policy, false, undefined, advice);

        const first = startActor();
        for (let step = 0; step < stopAfter && first.getSnapshot().status === 'active'; step++) first.send(policyEvent(first, policy, false, advice));
        for (let back = 0; back < backs && first.getSnapshot().status === 'active'; back++) first.send({ type: 'BACK' });
        if (first.getSnapshot().status !== 'active') return;
        const bytes = new TextEncoder().encode(renderState(catalogue, first.getSnapshot().context.flow, NOW));
        const { state, problems } = parseState(bytes, 'zelfcheck.state.json', catalogue);
        expect(problems).toEqual([]);
        if (state === undefined) return;
        expect(state.changedQuestions).toEqual([]);
        // The advice travels in the meta, and whether the advice step was answered with it: a step
        // answered before stopping is not asked again (another advice would give another verdict).
        const resumed = startActor({ ...state.flow });
        const other = { reference: 'ander advies', date: '2026-01-05', measures: ['INF-17'] };
        expect(sameVerdict(finish(resumed, policy, false, undefined, state.flow.adviceAnswered === true ? other : advice), uninterrupted)).toBe(true);
      }),
      { numRuns: 30 },
    );
  });

  describe('is refused, without touching the file, when it is', () => {
    it('corrupt', () => {
      const { codes, exitCode, lines } = refusal('{"format": "pkvw-light/check-state@1", "answers": {{{');
      expect(exitCode).toBe(1);
      expect(codes[0]).toBe('flow-state-not-json');
      expect(lines[0]).toMatch(/^zelfcheck\.state\.json:1:\d+: fout flow-state-not-json bewaarde zelfcheck is beschadigd/);
    });

    it('truncated', () => {
      const text = savedAfter(5);
      const { codes, exitCode, lines } = refusal(text.slice(0, Math.floor(text.length / 2)));
      expect(exitCode).toBe(1);
      expect(codes[0]).toBe('flow-state-not-json');
      expect(lines[0]).toContain('niet gewijzigd');
      // Said in Dutch: not the reader's English ("Missing closing …").
      expect(lines[0]).toMatch(/bewaarde zelfcheck is beschadigd of onvolledig \(geen geldige JSON\); het bestand is niet gewijzigd$/);
    });

    it('empty (a crash before anything was written)', () => {
      const { codes, lines } = refusal('');
      expect(codes).toEqual(['flow-state-not-json']);
      // The reader's own code is no detail for the user.
      expect(lines[0]).not.toMatch(/yaml-/);
    });

    // Well-formed JSON that no text we read may hold: said as such, located, not as damage.
    it.each([
      ['a lone surrogate', (state: Record<string, unknown>) => (state.catalogue = { id: 'pkvw-light\ud800' }), 'flow-state-not-unicode', /losse UTF-16-surrogaat/],
      ['a text over the length limit', (state: Record<string, unknown>) => (state.catalogue = { id: 'x'.repeat(20_000) }), 'flow-state-limit', /groter dan een bewaarde zelfcheck kan zijn \(grens \d+\)/],
    ])('edited by hand to hold %s', (_what, change, code, words) => {
      const { codes, exitCode, lines } = refusal(edit(savedAfter(3), change));
      expect(exitCode).toBe(1);
      expect(codes).toEqual([code]);
      expect(lines[0]).toMatch(/^zelfcheck\.state\.json:\d+:\d+: fout /);
      expect(lines[0]).toMatch(words);
      expect(lines[0]).toContain('niet gewijzigd');
      expect(lines[0]).not.toMatch(/yaml-|geen geldige JSON/);
    });

    it('from another format version', () => {
      const { codes, lines } = refusal(edit(savedAfter(3), (state) => (state.format = 'pkvw-light/check-state@2')));
      expect(codes).toEqual(['flow-state-format']);
      expect(lines[0]).toMatch(/^zelfcheck\.state\.json:2:\d+: .*formaat pkvw-light\/check-state@2, verwacht pkvw-light\/check-state@1/);
    });

    it('edited by hand to an answer outside the allowed ones, pointing at that answer', () => {
      const text = savedAfter(3);
      const [id] = Object.keys((JSON.parse(text) as { answers: Record<string, unknown> }).answers);
      const { codes, lines } = refusal(edit(text, (state) => ((state.answers[id ?? ''] ?? { value: 0 }).value = 'wolkenkrabber')));
      expect(codes).toContain('flow-state-invalid-answer');
      expect(codes).toContain('flow-state-tampered');
      const line = lines.find((l) => l.includes('flow-state-invalid-answer')) ?? '';
      expect(line).toContain(`vraag ${id}`);
      expect(line).not.toContain('wolkenkrabber');
      expect(line).toMatch(/^zelfcheck\.state\.json:\d+:\d+: /);
    });

    it('edited by hand to answer an unknown question', () => {
      const { codes } = refusal(edit(savedAfter(3), (state) => (state.answers['wonen.zwembad'] = { value: true, evidence: 'self-declared' })));
      expect(codes).toContain('flow-state-unknown-question');
    });

    it('edited by hand to another allowed answer: the checksum no longer matches', () => {
      const text = savedAfter(1);
      const { codes } = refusal(edit(text, (state) => ((state.answers['intake.rol'] ?? { value: '' }).value = 'dijkgraaf')));
      expect(codes).toEqual(['flow-state-tampered']);
    });

    it('saved for another catalogue', () => {
      const { codes } = refusal(edit(savedAfter(2), (state) => (state.catalogue = { id: 'ander-keurmerk', version: '1.0.0', hash: 'x' })));
      expect(codes).toContain('flow-state-other-catalogue');
    });
  });

  it('is refused by `check --resume` with exit 1 and a located message, and the file stays as it was', async () => {
    const path = join(dir, 'zelfcheck.state.json');
    writeFileSync(path, savedAfter(4).slice(0, 200), { mode: 0o600 });
    const before = readFileSync(path);
    const io = captureIo({ cwd: dir, now: NOW, interactive: true });
    expect(await runMain(['check', '--resume', 'zelfcheck.state.json', '--out', 'uit'], io)).toBe(1);
    expect(io.err).toMatch(/^zelfcheck\.state\.json:\d+:\d+: fout flow-state-not-json/);
    expect(io.err).not.toMatch(/\n\s+at /);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(existsSync(join(dir, 'uit'))).toBe(false);
  });

  it('keeps every answer against a newer catalogue version that only rewords a question (spec diff: answers stay valid)', () => {
    const text = savedAfter(30);
    const saved = JSON.parse(text) as { answers: Record<string, unknown> };
    const reworded = Object.keys(saved.answers).find((id) => id.startsWith('wonen.'));
    if (reworded === undefined) throw new Error('no question about the home answered in 30 steps');

    const bump = newerSpec(dir, '9.0.0');
    bump('wonen.yaml', (doc) => {
      const index = (doc.toJS() as { questions: { id: string }[] }).questions.findIndex((q) => q.id === reworded);
      if (index < 0) throw new Error('question not in wonen.yaml');
      doc.setIn(['questions', index, 'text', 'nl'], 'Een anders gestelde vraag over uw woning?');
      doc.setIn(['questions', index, 'help'], { nl: 'Nieuwe uitleg.', en: 'New help.' });
    });
    const newCatalogue = loadCatalogue(join(dir, 'spec'));
    expect(newCatalogue.metadata.version).toBe('9.0.0');

    const { state, problems } = parseState(new TextEncoder().encode(text), 'zelfcheck.state.json', newCatalogue);
    expect(problems).toEqual([]);
    expect(state?.changedQuestions).toEqual([]);
    expect(state?.savedVersion).toBe(catalogue.metadata.version);
    expect(Object.keys(state?.flow.values ?? {}).sort()).toEqual(Object.keys(saved.answers).sort());
  });

  it('asks a question again when its meaning changed (another type), and keeps all the others', () => {
    const text = savedAfter(30);
    const saved = JSON.parse(text) as { answers: Record<string, unknown> };
    const changed = Object.keys(saved.answers).find((id) => catalogue.questions.find((q) => q.id === id)?.type === 'boolean' && id.startsWith('wonen.'));
    if (changed === undefined) throw new Error('no yes/no question about the home answered in 30 steps');
    const newCatalogue = {
      ...catalogue,
      hash: 'another-version',
      questions: catalogue.questions.map((q) => (q.id === changed ? { ...q, type: 'choice' as const, options: [{ value: 'a', label: { nl: 'a', en: 'a' } }, { value: 'b', label: { nl: 'b', en: 'b' } }] } : q)),
    };
    const { state, problems } = parseState(new TextEncoder().encode(text), 'zelfcheck.state.json', newCatalogue);
    expect(problems).toEqual([]);
    expect(state?.changedQuestions).toEqual([changed]);
    expect(Object.keys(state?.flow.values ?? {}).sort()).toEqual(Object.keys(saved.answers).filter((id) => id !== changed).sort());
  });

  it('still accepts a state file of 0.1.0, whose definitions hash the whole question', () => {
    const text = savedAfter(10);
    const old = JSON.parse(text) as Record<string, unknown> & { definitions: Record<string, string>; checksum?: string };
    for (const key of Object.keys(old.definitions)) {
      const question = catalogue.questions.find((q) => `question:${q.id}` === key);
      if (question) old.definitions[key] = canonicalHash(question);
    }
    delete old.checksum;
    const bytes = new TextEncoder().encode(JSON.stringify({ ...old, checksum: canonicalHash(old) }));
    const { state, problems } = parseState(bytes, 'zelfcheck.state.json', catalogue);
    expect(problems).toEqual([]);
    expect(Object.keys(state?.flow.values ?? {})).toHaveLength(Object.keys(JSON.parse(text).answers as object).length);
  });
});

describe('a claim with its structured proof, saved and resumed', () => {
  it('keeps the proof: the basic stays exempt after the state file is read back (it was lost, so the claim fell back to geclaimd)', () => {
    const { actor, choice, claim } = atNewBuildClaim();
    actor.send({ ...claim, proof: { newBuild: { permitYear: 2004 } } });
    const saved = renderState(catalogue, actor.getSnapshot().context.flow, NOW);
    const { state, problems } = parseState(new TextEncoder().encode(saved), 'zelfcheck.state.json', catalogue);
    expect(problems).toEqual([]);
    const resumed = startActor({ meta: state!.flow.meta, values: state!.flow.values, decisions: state!.flow.decisions, skipped: state!.flow.skipped, ...(state!.flow.adviceAnswered === undefined ? {} : { adviceAnswered: state!.flow.adviceAnswered }) });
    expect(resumed.getSnapshot().context.flow.decisions).toEqual(actor.getSnapshot().context.flow.decisions);
    const verdict = finish(resumed, newBuildWethouder);
    for (const requirement of choice.requirements) expect(verdict.requirements.find((r) => r.requirement === requirement)?.status).toBe('exempt');
  });

  it('refuses a saved proof of the wrong shape as a changed file, located', () => {
    const text = edit(savedAfter(2), (state) => {
      state.decisions = { 'WON-01': { kind: 'claim', exception: 'EX-NIEUWBOUW', justification: 'x', evidence: { level: 'document' }, proof: { newBuild: { permitYear: 'tweeduizend' } } } };
    });
    const { codes } = refusal(text);
    expect(codes).toContain('flow-state-shape');
  });
});
