import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYamlDocument } from '../../src/yaml/yaml-document.js';
import { validateAnswers } from '../../src/verdict/answers-judge.js';
import { fixturesDir } from '../../src/package-paths.js';
import { toWrittenAnswers } from '../../src/flow/flow-answers.js';
import { parseState, renderState } from '../../src/flow/state-file.js';
import { pruneFlow } from '../../src/flow/flow-navigation.js';
import { checkSavedReasons } from '../../src/flow/saved-reasons.js';
import { stepProblem } from '../../src/flow/assessment-machine.js';
import { claimTextProblem } from '../../src/answers/claim-rules.js';
import { renderProblemMessage } from '../../src/messages/render-problem.js';
import { canonicalHash } from '../../src/canonical/canonical-json.js';
import type { Actor } from 'xstate';
import type { AssessmentMachine } from '../../src/flow/assessment-machine.js';
import { asking, atNewBuildClaim, catalogue, lastAnswers, NOW, policyEvent, startActor, verdictViaAnswersFile, type AnswerPolicy } from './flow-test-kit.js';

const PROOF = { newBuild: { permitYear: 2004 } };

/** From wherever the machine stands after the exception step, on to the review (no refusal). */
function toReview(actor: Actor<AssessmentMachine>): void {
  for (let step = 0; actor.getSnapshot().context.position.kind !== 'review'; step++) {
    if (step > 20) throw new Error('no review');
    actor.send({ type: 'DECLINE' });
  }
}

/** Back from the review to the exception step (through the refusal step when it is offered). */
function backToExceptions(actor: Actor<AssessmentMachine>): void {
  for (let step = 0; actor.getSnapshot().context.position.kind !== 'exceptions'; step++) {
    if (step > 3) throw new Error('the exception step is not before the review');
    actor.send({ type: 'BACK' });
  }
}

/** The new-build claim made, the review reached, and back at the exception step: the claim asked anew. */
function claimedAndAskedAnew(requirements?: string[]) {
  const { actor, choice, claim } = atNewBuildClaim();
  actor.send({ ...claim, ...(requirements ? { requirements } : {}), proof: PROOF });
  expect(actor.getSnapshot().context.problem).toBeUndefined();
  toReview(actor);
  backToExceptions(actor);
  return { actor, choice, claim };
}

const earlierOf = (actor: Actor<AssessmentMachine>) => actor.getSnapshot().context.choices.find((offer) => offer.exception === 'EX-NIEUWBOUW')?.earlier;

describe('the exception step asked anew (back to it from the review)', () => {
  it('offers the claim made before, with its justification, evidence, reference and proof, as the answer to start from', () => {
    const { actor, choice, claim } = claimedAndAskedAnew();
    expect(actor.getSnapshot().context.flow.decisions).toEqual({});
    expect(earlierOf(actor)).toEqual({ requirements: choice.requirements, justification: claim.justification, evidence: claim.evidence, proof: PROOF });
    // Not a claim while asked anew: neither the verdict nor the export reads it.
    expect(toWrittenAnswers(catalogue, actor.getSnapshot().context.flow).exceptions).toBeUndefined();
    const verdict = verdictViaAnswersFile(actor.getSnapshot().context.flow);
    for (const requirement of choice.requirements) expect(verdict.requirements.find((r) => r.requirement === requirement)?.status).not.toBe('exempt');
  });

  it('keeps it until the exception is decided again: claimed anew (other words) or declined, it goes', () => {
    const { actor, choice, claim } = claimedAndAskedAnew();
    actor.send({ ...claim, justification: 'Vergunning 2004, opnieuw bekeken', proof: PROOF });
    expect(actor.getSnapshot().context.flow.earlierClaims).toBeUndefined();
    toReview(actor);
    expect(actor.getSnapshot().context.review?.claims).toEqual([{ exception: 'EX-NIEUWBOUW', requirements: choice.requirements }]);
    backToExceptions(actor);
    expect(earlierOf(actor)?.justification).toBe('Vergunning 2004, opnieuw bekeken');
    actor.send({ type: 'DECLINE' });
    expect(actor.getSnapshot().context.flow.earlierClaims).toBeUndefined();
    toReview(actor);
    expect(actor.getSnapshot().context.review?.claims).toEqual([]);
  });

  it('brings back a claim for some of the basics with only those ticked, and its monument proof', () => {
    const monument: AnswerPolicy = (question) => (question.id === 'wonen.monument' ? 'rijksmonument' : lastAnswers(question));
    const actor = startActor();
    while (asking(actor)) actor.send(policyEvent(actor, monument));
    const choice = actor.getSnapshot().context.choices.find((offer) => offer.exception === 'EX-MONUMENT');
    const [first = '', ...others] = choice?.requirements ?? [];
    expect(others.length).toBeGreaterThan(0);
    const proof = { monument: { register: 'rijksmonumentenregister' as const, number: '12345', elements: ['voordeur'] } };
    actor.send({ type: 'CLAIM', exception: 'EX-MONUMENT', requirements: [first], justification: 'Historische voordeur', evidence: { level: 'document', reference: 'RM-12345' }, proof });
    expect(actor.getSnapshot().context.problem).toBeUndefined();
    toReview(actor);
    backToExceptions(actor);
    expect(actor.getSnapshot().context.choices.find((offer) => offer.exception === 'EX-MONUMENT')?.earlier).toEqual({ requirements: [first], justification: 'Historische voordeur', evidence: { level: 'document', reference: 'RM-12345' }, proof });
  });

  it('drops a claim kept to offer again once its exception is no longer offered (the permit year answered before the cut-off)', () => {
    const { actor } = claimedAndAskedAnew();
    const flow = actor.getSnapshot().context.flow;
    expect(Object.keys(flow.earlierClaims ?? {}).length).toBeGreaterThan(0);
    expect(pruneFlow(catalogue, { ...flow, values: { ...flow.values, 'wonen.vergunningsjaar': { value: 1975, evidence: 'self-declared' } } }).earlierClaims).toBeUndefined();
  });

  it('keeps the claims offered again through a saved state, so stopping while the step is asked anew loses none', () => {
    const { actor, choice, claim } = claimedAndAskedAnew();
    const { state, problems } = parseState(new TextEncoder().encode(renderState(catalogue, actor.getSnapshot().context.flow, NOW)), 'zelfcheck.state.json', catalogue);
    expect(problems).toEqual([]);
    expect(state?.notices).toEqual([]);
    const resumed = startActor({ ...state?.flow });
    expect(resumed.getSnapshot().value).toBe('exceptions');
    expect(earlierOf(resumed)).toEqual({ requirements: choice.requirements, justification: claim.justification, evidence: claim.evidence, proof: PROOF });
  });
});

describe('a claim’s own words, by the one rule (answers/claim-rules.ts)', () => {
  it('are refused at the step as typed: nothing but spaces, too long, or a control character no answers file can hold', () => {
    const { actor, claim } = atNewBuildClaim();
    const { context } = actor.getSnapshot();
    const problem = (part: object) => stepProblem(context, { ...claim, ...part })?.code;
    expect(problem({ justification: '   ' })).toBe('flow-claim-justification-empty');
    expect(problem({ justification: 'x'.repeat(2001) })).toBe('flow-claim-text-too-long');
    expect(problem({ justification: 'Vergunning\u001b[31m 2004' })).toBe('flow-claim-text-control');
    expect(problem({ evidence: { level: 'document', reference: 'OV\u202e2004' } })).toBe('flow-claim-text-control');
    expect(problem({ evidence: { level: 'document', reference: '' } })).toBeUndefined();
    expect(claimTextProblem({ proof: { monument: { register: 'rijksmonumentenregister', number: ' ', elements: ['voordeur'] } } })).toEqual({ part: 'proof', rule: 'empty' });
  });

  it('are checked again when a saved check is read: a claim whose words fail is dropped with a notice naming the exception and basic, never the words, and asked again', () => {
    const { actor, claim, choice } = atNewBuildClaim();
    actor.send({ ...claim, proof: PROOF });
    const saved = JSON.parse(renderState(catalogue, actor.getSnapshot().context.flow, NOW)) as Record<string, unknown> & { decisions: Record<string, { justification: string }> };
    const [first = ''] = choice.requirements;
    const words = 'Geheim\u0007woord';
    const decision = saved.decisions[first];
    if (decision === undefined) throw new Error('no decision saved');
    decision.justification = '    ';
    delete saved.checksum;
    const text = JSON.stringify({ ...saved, checksum: canonicalHash(saved) }, null, 2);
    const { state, problems } = parseState(new TextEncoder().encode(text), 'zelfcheck.state.json', catalogue);
    expect(problems).toEqual([]);
    expect(state?.notices.map((notice) => [notice.code, notice.severity, notice.path])).toEqual([['flow-state-claim-text-empty', 'warning', `/decisions/${first}/justification`]]);
    expect(state?.notices[0]?.line).toBe(text.split('\n').findIndex((line) => line.includes(`"${first}": {`)) + 4);
    expect(renderProblemMessage(state?.notices[0] ?? { code: '', severity: 'warning', params: {} }, 'nl')).toBe(
      `de bewaarde onderbouwing van het beroep op uitzondering EX-NIEUWBOUW voor eis ${first} is leeg; of de uitzondering geldt wordt opnieuw gevraagd, de rest van de bewaarde zelfcheck blijft staan`,
    );
    expect(state?.flow.decisions[first]).toBeUndefined();
    // Only that basic is asked again.
    const resumed = startActor({ ...state?.flow });
    expect(resumed.getSnapshot().value).toBe('exceptions');
    expect([...new Set(resumed.getSnapshot().context.choices.flatMap((offer) => offer.requirements))]).toEqual([first]);

    // In the browser's store a control character reaches the check (a state file refuses it whole): dropped, and never quoted.
    const { kept, dropped } = checkSavedReasons({ decisions: {}, earlierClaims: { [first]: { kind: 'claim', exception: 'EX-NIEUWBOUW', justification: words, evidence: { level: 'document', reference: 'OV-1' } } } });
    expect(kept.earlierClaims).toBeUndefined();
    expect(dropped.map(({ problem, path }) => [problem.code, path])).toEqual([['flow-state-claim-text-control', ['earlierClaims', first, 'justification']]]);
    for (const lang of ['nl', 'en'] as const) expect(renderProblemMessage(dropped[0]?.problem ?? { code: '', severity: 'warning', params: {} }, lang)).not.toContain('Geheim');
    // An evidence reference longer than an answers file allows: the limit is named, the reference is not.
    const long = checkSavedReasons({ decisions: { [first]: { kind: 'claim', exception: 'EX-NIEUWBOUW', justification: 'Vergunning 2004', evidence: { level: 'document', reference: 'R'.repeat(201) } } } });
    expect(long.kept.decisions).toEqual({});
    expect(long.dropped.map(({ problem, path }) => [problem.code, path])).toEqual([['flow-state-claim-text-too-long', ['decisions', first, 'evidence', 'reference']]]);
    expect(renderProblemMessage(long.dropped[0]?.problem ?? { code: '', severity: 'warning', params: {} }, 'en')).toBe(
      `the saved evidence reference of the claim on exception EX-NIEUWBOUW for requirement ${first} is longer than 200 characters; whether the exception holds is asked again, the rest of the saved self-check is kept`,
    );
  });
});

describe("a claim's words in an answers file", () => {
  const fixture = readFileSync(join(fixturesDir, 'answers', 'nieuwbouw-1985-claim.yaml'), 'utf8');
  const withJustification = (text: string) => fixture.replace(/(justification: )>-\n( {6}.*\n)+/, `$1${text}\n`);
  const errors = (text: string) => {
    const parsed = parseYamlDocument(new TextEncoder().encode(text), 'antwoorden.yaml');
    if (parsed.document === undefined) throw new Error('fixture no longer parses');
    return validateAnswers(parsed.document, catalogue).problems.filter((p) => p.severity === 'error');
  };

  it('are refused, located, when the justification is only spaces, by the rule the step asks', () => {
    expect(withJustification('"Vergunning 1985"')).not.toBe(fixture);
    // The fixture's claim is refused on other grounds (a 1985 permit); spaces add exactly one problem.
    const placed = (text: string) => errors(text).map((p) => `${p.code} ${p.path}`);
    const words = placed(withJustification('"Vergunning 1985"'));
    expect(words).not.toContain('answers-claim-text-empty /exceptions/0/justification');
    expect([...placed(withJustification('"   "'))].sort()).toEqual([...words, 'answers-claim-text-empty /exceptions/0/justification'].sort());
    const problems = errors(withJustification('"   "')).filter((p) => p.code === 'answers-claim-text-empty');
    expect(claimTextProblem({ justification: '   ' })).toEqual({ part: 'justification', rule: 'empty' });
    const [problem] = problems;
    expect(renderProblemMessage(problem!, 'nl')).toBe("het beroep op uitzondering 'EX-NIEUWBOUW' heeft een onderbouwing van alleen spaties; schrijf die in gewone woorden");
    expect(renderProblemMessage(problem!, 'en')).toBe("the claim on exception 'EX-NIEUWBOUW' has a justification of nothing but spaces; write it in plain words");
  });
});
