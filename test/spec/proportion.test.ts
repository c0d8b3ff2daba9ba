/**
 * The proportionality promises of catalogue 0.2.0 that a reviewer checks (review of 0.1.0, findings 2, 5,
 * 7 and 13): level A is short, upstairs, rear and outbuilding hardware never hangs on a threat at the door,
 * the new-build exception stays within its sources, and questions ask one thing, positively.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Condition, Requirement } from '../../src/catalogue/catalogue-types.js';
import { loadCatalogue } from '../../src/catalogue/read-catalogue.js';
import { readAnswers } from '../../src/verdict/read-answers.js';
import { UserError } from '../../src/problems/errors.js';
import { fixturesDir } from '../../src/package-paths.js';
import { answersFromValues } from '../../src/answers/answers-from-values.js';
import { evaluate } from '../../src/verdict/evaluate.js';
import { caseVerdict } from '../support/case-verdicts.js';

const catalogue = loadCatalogue();
const byId = new Map(catalogue.requirements.map((r) => [r.id, r]));
const owner = catalogue.requirements.filter((r) => r.responsibility === 'bestuurder');

/** The scenarios at the front door or through the letterbox: confrontation, explosive, threatening mail. */
const DOOR_SCENARIOS = ['SC-01', 'SC-02', 'SC-07'];
/** Question prefixes of the zones away from the front door: other storeys, rear and sides, back door, outbuildings. */
const AWAY_FROM_THE_DOOR = ['wonen.andere-bouwlagen.', 'wonen.overige-gevels.', 'wonen.achterdeur.', 'wonen.bijgebouw.'];
/** Question prefixes of the front door itself. */
const FRONT_DOOR = ['wonen.voordeurzijde.', 'wonen.voordeur.'];

function answersIn(condition: Condition | undefined): string[] {
  if (!condition) return [];
  if ('all' in condition) return condition.all.flatMap(answersIn);
  if ('any' in condition) return condition.any.flatMap(answersIn);
  if ('not' in condition) return answersIn(condition.not);
  return 'answer' in condition ? [condition.answer] : [];
}

const zoneOf = (r: Requirement, prefixes: string[]) =>
  [...answersIn(r.appliesWhen), ...answersIn(r.metWhen)].some((id) => prefixes.some((prefix) => id.startsWith(prefix)));

describe('level A', () => {
  it('gives a heemraad with no incidents the 14 owner basics case 14 names, and no more', () => {
    const verdict = caseVerdict('14-heemraad-zonder-incidenten', catalogue);
    const applying = verdict.requirements
      .filter((r) => byId.get(r.requirement)?.responsibility === 'bestuurder' && r.status !== 'not-applicable')
      .map((r) => r.requirement)
      .sort();
    expect(applying).toHaveLength(14);
    expect(applying).toEqual(['INF-01', 'INF-02', 'INF-03', 'INF-12', 'WON-01', 'WON-02', 'WON-04', 'WON-07', 'WON-08', 'WON-09', 'WON-10', 'WON-14', 'WRK-01', 'WRK-05']);
  });

  it('holds only the PKVW woning core and the named digital and work basics', () => {
    const atA = owner.filter((r) => r.risks.some((link) => link.minLevel === 'A')).map((r) => r.id);
    const allowed = new Set(['INF-01', 'INF-02', 'INF-03', 'INF-12', 'WRK-01', 'WRK-05', ...owner.filter((r) => r.pkvwCore).map((r) => r.id)]);
    expect(atA.filter((id) => !allowed.has(id))).toEqual([]);
  });
});

describe('the household', () => {
  const intake = (online: boolean) => ({
    'intake.rol': 'heemraad',
    'intake.aanleiding': 'preventief',
    'intake.portefeuille': ['geen'],
    'intake.incidenten': ['geen'],
    'intake.concrete-dreiging': false,
    'intake.online-vijandigheid': false,
    'intake.media-zichtbaarheid': false,
    'intake.politie-maatregelen': false,
    'intake.huisgenoten': true,
    'intake.huisgenoten-online': online,
  });
  const doxingLevel = (online: boolean) => {
    const answers = answersFromValues(catalogue, { kind: 'self-check', date: '2026-11-20', subject: { role: 'heemraad' } }, intake(online));
    return evaluate(catalogue, answers, new Date('2026-11-28T12:00:00Z')).risk.find((r) => r.scenario === 'SC-09')?.level;
  };

  it('raises doxing to B when someone at home makes the home recognisable in public, and only then', () => {
    expect([doxingLevel(false), doxingLevel(true)]).toEqual(['A', 'B']);
  });
});

describe('hardware away from the front door', () => {
  const away = owner.filter((r) => zoneOf(r, AWAY_FROM_THE_DOOR));

  it('covers the upper storeys, the rear, the back door and the outbuildings', () => {
    expect(away.map((r) => r.id).sort()).toEqual(['WON-02', 'WON-03', 'WON-06', 'WON-08', 'WON-11', 'WON-20']);
  });

  it.each(away.map((r) => [r.id, r] as const))('%s is never linked to a scenario at the door or the letterbox', (_id, requirement) => {
    expect(requirement.risks.map((link) => link.scenario).filter((s) => DOOR_SCENARIOS.includes(s))).toEqual([]);
  });

  it('ties the upper storeys (WON-03) to burglary only, from level B', () => {
    expect(byId.get('WON-03')?.risks).toEqual([{ scenario: 'SC-13', minLevel: 'B' }]);
  });

  it('lets a front-door requirement keep a door scenario only where its rationale names it', () => {
    for (const requirement of owner.filter((r) => zoneOf(r, FRONT_DOOR))) {
      for (const scenario of requirement.risks.map((link) => link.scenario).filter((s) => DOOR_SCENARIOS.includes(s))) {
        expect(requirement.rationale.nl, `${requirement.id} ${scenario}`).toContain(scenario);
        expect(requirement.rationale.en, `${requirement.id} ${scenario}`).toContain(scenario);
      }
    }
  });
});

describe('the new-build exception', () => {
  const exception = catalogue.exceptions.find((e) => e.id === 'EX-NIEUWBOUW');

  it('covers the front-door storey and the door to the garage, not the upper storeys, the shed or the cylinder', () => {
    const covered = catalogue.requirements.filter((r) => (r.exceptions ?? []).includes('EX-NIEUWBOUW')).map((r) => r.id);
    expect(covered.sort()).toEqual(['WON-01', 'WON-02', 'WON-20']);
  });

  it('asks the permit year as a number and uses the same cut-off as its proof', () => {
    expect(catalogue.questions.find((q) => q.id === 'wonen.vergunningsjaar')?.type).toBe('number');
    expect(exception?.claimableWhen).toEqual({ answer: 'wonen.vergunningsjaar', atLeast: exception?.proof?.cutOff?.permitYearFrom });
  });

  it('labels its cut-off as a PKVW-light choice', () => {
    const sources = exception?.proof?.cutOff?.sources ?? [];
    expect(catalogue.sources.filter((s) => sources.includes(s.id)).some((s) => s.kind === 'proposal')).toBe(true);
    expect(exception?.proof?.cutOff?.basis.nl).toMatch(/keuze van PKVW-light/i);
  });

  it('refuses a 1985 permit that claims it, at the claim', () => {
    const file = join(fixturesDir, 'answers', 'nieuwbouw-1985-claim.yaml');
    let error: unknown;
    try {
      readAnswers(file, catalogue);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UserError);
    const problems = error instanceof UserError ? error.problems : [];
    expect(problems.map((p) => [p.code, p.path, (p.line ?? 0) > 0])).toEqual([
      ['answers-exception-not-claimable', '/exceptions/0/exception', true],
      ['answers-permit-year-before-cut-off', '/exceptions/0/newBuild/permitYear', true],
    ]);
  });
});

describe('the questions', () => {
  it('never ask in the negative', () => {
    const negative = catalogue.questions.filter((q) => /\b(niet|zonder|nooit|geen)\b/i.test(q.text.nl) || /\b(not|without|never|no)\b/i.test(q.text.en));
    expect(negative.map((q) => `${q.id}: ${q.text.nl}`)).toEqual([]);
  });

  it('ask every zone’s hardware only once that zone has reachable elements', () => {
    for (const zone of ['wonen.voordeurzijde', 'wonen.overige-gevels', 'wonen.andere-bouwlagen']) {
      const hardware = catalogue.questions.find((q) => q.id === `${zone}.gecertificeerd`);
      expect(hardware?.askWhen, zone).toEqual({ answer: `${zone}.bereikbaar`, is: true });
    }
  });
});
