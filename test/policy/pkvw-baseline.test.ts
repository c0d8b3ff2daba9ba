import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/read-catalogue.js';
import { readAnswers } from '../../src/verdict/read-answers.js';
import { answersFromValues } from '../../src/answers/answers-from-values.js';
import type { Answers } from '../../src/answers/answers-types.js';
import { evaluate } from '../../src/verdict/evaluate.js';
import { fixturesDir } from '../../src/package-paths.js';
import { PKVW_BEYOND_CORE, evaluateBaseline, pkvwBaselineCatalogue, pkvwBaselineRequirements } from '../../src/policy/pkvw-baseline.js';
import { fundingUnderBaseline, fundingUnderPkvwLight } from '../../src/policy/population-impact.js';
import { evaluationClock } from '../../src/policy/simulate-population.js';

const catalogue = loadCatalogue();
const baseline = pkvwBaselineCatalogue(catalogue);
const clock = evaluationClock(catalogue);
const mailbox = readAnswers(join(fixturesDir, 'cases', '01-brievenbus-raam-verdieping', 'answers.yaml'), catalogue);
const letterbox = 'WON-16';

/** The case's answers with some changed, as a bestuurder's home would differ. */
function withAnswers(answers: Answers, changes: Record<string, boolean | string>): Answers {
  const values = { ...Object.fromEntries(Object.entries(answers.answers).map(([id, a]) => [id, a.value])), ...changes };
  return answersFromValues(catalogue, { kind: answers.kind, date: answers.date, subject: answers.subject }, values);
}

// §3.2.4a: "geen buitenbrievenbus ... omdat een raam op de eerste etage het verkeerde sluitwerk heeft".
const reportsMailboxCase = withAnswers(mailbox, { 'wonen.andere-bouwlagen.bereikbaar': true, 'wonen.andere-bouwlagen.gecertificeerd': false });

describe("today's PKVW requirement as a baseline", () => {
  it("blocks the report's mailbox case: the first-floor window's lock stops the outside letterbox", () => {
    const decision = fundingUnderBaseline(baseline, reportsMailboxCase, { measures: [letterbox] }, clock);
    expect(decision.inOrder).toBe(false);
    expect(decision.measures.get(letterbox)).toEqual(['WON-03']);
  });

  it('lets PKVW-light fund the letterbox in the same case: the upper storey is not tied to this risk', () => {
    const verdict = evaluate(catalogue, reportsMailboxCase, clock);
    expect(verdict.requirements.find((r) => r.requirement === 'WON-03')?.status).toBe('not-applicable');
    expect(fundingUnderPkvwLight(verdict, [letterbox]).measures.get(letterbox)).toEqual([]);
  });

  it('lets the window block only a measure against burglary under PKVW-light, once burglary is a demonstrated risk', () => {
    const burgled = withAnswers(reportsMailboxCase, {});
    const values = { ...Object.fromEntries(Object.entries(burgled.answers).map(([id, a]) => [id, a.value])), 'intake.incidenten': ['aan-de-deur', 'inbraak'] };
    const answers = answersFromValues(catalogue, { kind: 'self-check', date: burgled.date, subject: burgled.subject }, values);
    const alarm = 'WON-17';
    expect(catalogue.requirements.find((r) => r.id === alarm)?.measure?.scenarios).toContain('SC-13');
    const decision = fundingUnderPkvwLight(evaluate(catalogue, answers, clock), [letterbox, alarm]);
    expect(decision.measures.get(alarm)).toContain('WON-03');
    expect(decision.measures.get(letterbox)).toEqual([]);
  });

  it('holds the case in order under both when nothing upstairs is reachable', () => {
    const noWindow = withAnswers(mailbox, { 'wonen.andere-bouwlagen.bereikbaar': false });
    expect(fundingUnderBaseline(baseline, noWindow, { measures: [letterbox] }, clock).measures.get(letterbox)).toEqual([]);
    expect(fundingUnderPkvwLight(evaluate(catalogue, noWindow, clock), [letterbox]).measures.get(letterbox)).toEqual([]);
  });

  it('asks today about every element: the case as PKVW-light asks it (upper storey never asked) is not known to comply', () => {
    expect(fundingUnderBaseline(baseline, mailbox, { measures: [letterbox] }, clock).measures.get(letterbox)).toEqual(['WON-03']);
    expect(evaluate(baseline, mailbox, clock).requirements.find((r) => r.requirement === 'WON-03')?.status).toBe('unanswered');
  });

  it('applies the exception clause as the evaluation reports it: a Bouwbesluit new build is in order whatever else', () => {
    const newBuild = withAnswers(reportsMailboxCase, { 'wonen.voordeur.verlichting': false });
    expect(evaluateBaseline(baseline, newBuild, undefined, clock).status).toBe('blocked');
    expect(evaluateBaseline(baseline, newBuild, 'nieuwbouw', clock)).toEqual({ status: 'in-order', blocking: [], exception: 'nieuwbouw' });
    expect(evaluateBaseline(baseline, newBuild, 'monument', clock).status).toBe('in-order');
  });

  it('refers a case in the police/OM route under both rules, as PKVW-light does', () => {
    const referred = withAnswers(mailbox, { 'intake.politie-maatregelen': true });
    expect(evaluateBaseline(baseline, referred, undefined, clock).status).toBe('referred');
    expect(evaluate(catalogue, referred, clock).outcome).toBe('doorverwijzen');
  });

  it("models today's rule by the catalogue's PKVW woning core plus the upper storeys, each applying to every home whatever the risk", () => {
    const ids = pkvwBaselineRequirements(catalogue);
    expect(ids).toEqual(expect.arrayContaining(['WON-01', 'WON-02', 'WON-03', 'WON-11', ...PKVW_BEYOND_CORE.map((b) => b.requirement)]));
    for (const id of ids) expect(catalogue.requirements.find((r) => r.id === id), id).toMatchObject({ domain: 'wonen', responsibility: 'bestuurder' });
    expect(baseline.requirements.map((r) => r.id)).toEqual(ids);
    // At the lowest risk a baseline requirement is never not-applicable because of the risk, only because of the home.
    const verdict = evaluate(baseline, reportsMailboxCase, clock);
    for (const r of verdict.requirements) expect(r.notApplicable?.kind, r.requirement).not.toBe('risk-below-level');
  });

  it('refuses a catalogue that lacks a baseline requirement, naming it', () => {
    const without = { ...catalogue, requirements: catalogue.requirements.filter((r) => r.id !== 'WON-03') };
    expect(() => pkvwBaselineCatalogue(without)).toThrow(expect.objectContaining({ problems: [expect.objectContaining({ code: 'baseline-requirements-missing', params: expect.objectContaining({ requirements: 'WON-03' }) })] }));
  });
});
