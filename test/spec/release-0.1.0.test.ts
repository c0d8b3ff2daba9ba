/**
 * Catalogue 0.2.0 against the released 0.1.0 (spec/releases/0.1.0/): `spec diff` reports the right version
 * step, and a self-check saved under 0.1.0 resumes with every answer whose question did not change.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnswerValue, Catalogue } from '../../src/catalogue/catalogue-types.js';
import { loadCatalogue } from '../../src/catalogue/read-catalogue.js';
import { canonicalHash } from '../../src/canonical/canonical-json.js';
import { diffCatalogues } from '../../src/policy/catalogue-diff.js';
import { parseState, renderState } from '../../src/flow/state-file.js';
import type { FlowAnswers } from '../../src/flow/flow-answers.js';
import { bundledSpecDir } from '../../src/package-paths.js';

const released = loadCatalogue(join(bundledSpecDir, 'releases', '0.1.0'));
const current = loadCatalogue();

/** A wethouder's complete 0.1.0 self-check: a terraced house, no incidents (case 04 as it was under 0.1.0). */
const ANSWERS_0_1_0: Record<string, AnswerValue> = {
  'intake.rol': 'wethouder',
  'intake.aanleiding': 'collectief-besluit',
  'intake.portefeuille': ['geen'],
  'intake.incidenten': ['geen'],
  'intake.concrete-dreiging': false,
  'intake.online-vijandigheid': false,
  'intake.media-zichtbaarheid': false,
  'intake.stelsel-beveiliging': false,
  'intake.huisgenoten': true,
  'wonen.monument': 'geen',
  'wonen.vergunning-na-1999': false,
  'wonen.voorgevel.bereikbaar': true,
  'wonen.voorgevel.gecertificeerd': true,
  'wonen.achtergevel.bereikbaar': true,
  'wonen.achtergevel.gecertificeerd': true,
  'wonen.voordeur.cilindertrekbeveiliging': true,
  'wonen.toegangsdeur.draaiknop': false,
  'wonen.voordeur.verlichting': true,
  'wonen.voordeur.zicht-op-bezoeker': true,
  'wonen.achterdeur.aanwezig': true,
  'wonen.achterdeur.naar-openbare-weg': false,
  'wonen.achterdeur.verlichting': true,
  'wonen.bijgebouw.aanwezig': false,
  'wonen.rookmelders': true,
  'wonen.gebruik.afsluiten': true,
  'wonen.huisgenoten.deurafspraken': true,
  'werk.melden-intern': true,
  'werk.contacten': true,
  'informatie.tweestaps-email': true,
  'informatie.tweestaps-berichten': true,
  'informatie.wachtwoordmanager': true,
  'informatie.naambordje': true,
};

function savedUnder(catalogue: Catalogue): Uint8Array {
  const flow: FlowAnswers = {
    meta: { kind: 'self-check', date: '2026-11-20', subject: { role: 'wethouder' } },
    values: Object.fromEntries(Object.entries(ANSWERS_0_1_0).map(([id, value]) => [id, { value, evidence: 'self-declared' as const }])),
    decisions: {},
    skipped: [],
  };
  return new TextEncoder().encode(renderState(catalogue, flow, new Date('2026-11-20T10:00:00Z')));
}

/** What an answer means: the question's id, type, unit and option values. A reworded question keeps its answers; 0.2.0 gave a new id to every question whose meaning changed. */
const meaning = (catalogue: Catalogue, id: string) => {
  const q = catalogue.questions.find((candidate) => candidate.id === id);
  return q === undefined ? undefined : canonicalHash({ type: q.type, unit: q.unit ?? null, options: (q.options ?? []).map((o) => o.value) });
};
const unchanged = (id: string) => meaning(current, id) !== undefined && meaning(current, id) === meaning(released, id);

describe('catalogue 0.2.0 against the released 0.1.0', () => {
  it('is a breaking change that under 0.x needs a minor step, which 0.1.0 → 0.2.0 is', () => {
    const diff = diffCatalogues(released, current);
    expect(released.metadata.version).toBe('0.1.0');
    expect({ requiredBump: diff.requiredBump, version: diff.version }).toEqual({
      requiredBump: 'major',
      version: { required: 'minor', step: 'minor', sufficient: true, minimum: '0.2.0' },
    });
  });

  it('names the replaced questions as invalidated and the new ones as added', () => {
    const { answers } = diffCatalogues(released, current);
    expect(answers.stayValid).toBe(false);
    expect(answers.invalidated).toEqual(expect.arrayContaining(['intake.stelsel-beveiliging', 'wonen.vergunning-na-1999', 'informatie.naambordje', 'wonen.voorgevel.bereikbaar']));
    expect(answers.added).toEqual(expect.arrayContaining(['intake.politie-maatregelen', 'wonen.vergunningsjaar', 'informatie.naam-aan-de-deur', 'wonen.eigendom']));
  });

  it('resumes a check saved under 0.1.0 with exactly the answers to unchanged questions, and names the others', () => {
    const { state, problems } = parseState(savedUnder(released), 'zelfcheck.state.json', current);
    expect(problems).toEqual([]);
    const ids = Object.keys(ANSWERS_0_1_0);
    expect(Object.keys(state?.flow.values ?? {}).sort()).toEqual(ids.filter(unchanged).sort());
    expect([...(state?.changedQuestions ?? [])].sort()).toEqual(ids.filter((id) => !unchanged(id)).sort());
    expect(state?.savedVersion).toBe('0.1.0');
  });

  it('keeps the intake and the unchanged home questions, and asks the replaced ones again', () => {
    const { state } = parseState(savedUnder(released), 'zelfcheck.state.json', current);
    expect(state?.flow.values['intake.rol']?.value).toBe('wethouder');
    expect(state?.flow.values['wonen.monument']?.value).toBe('geen');
    expect(state?.flow.values['informatie.tweestaps-email']?.value).toBe(true);
    expect(state?.changedQuestions).toEqual(expect.arrayContaining(['intake.stelsel-beveiliging', 'wonen.voorgevel.bereikbaar', 'informatie.naambordje']));
  });
});
