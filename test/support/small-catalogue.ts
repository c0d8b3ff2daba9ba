/**
 * A small catalogue written with the contract types, for engine tests that need one exact shape
 * (ties between rules, a non-certifiable level, an exception with a condition). Tests about the
 * keurmerk itself use the bundled catalogue.
 */
import type { Catalogue, LocalizedText } from '../../src/catalogue/catalogue-types.js';
import type { Answers, GivenAnswer } from '../../src/answers/answers-types.js';
import type { AnswerValue } from '../../src/catalogue/catalogue-types.js';

const t = (text: string): LocalizedText => ({ nl: text, en: text });

export function smallCatalogue(): Catalogue {
  return {
    metadata: {
      id: 'pkvw-light-test',
      version: '1.2.3',
      status: 'draft',
      effectiveDate: '2026-01-01',
      title: t('Test'),
      description: t('Test'),
      languages: ['nl', 'en'],
      publisher: 'test',
      certificate: { validityMonths: 36, sources: [] },
    },
    levels: [
      { id: 'A', name: t('basis'), description: t('basis'), certifiable: true, sources: [] },
      { id: 'B', name: t('verhoogd'), description: t('verhoogd'), certifiable: true, sources: [] },
      { id: 'C', name: t('hoog'), description: t('hoog'), certifiable: false, sources: [] },
    ],
    scenarios: [
      { id: 'SC-INB', name: t('Inbraak'), description: t('x'), domains: ['wonen'], baseline: 'A', sources: [] },
      { id: 'SC-DRG', name: t('Bedreiging'), description: t('x'), domains: ['wonen', 'werk'], baseline: 'A', sources: [] },
    ],
    riskRules: [
      { id: 'RR-1', scenarios: ['SC-DRG'], level: 'B', when: { answer: 'dreiging', is: true }, because: t('dreiging gemeld'), sources: [] },
      { id: 'RR-2', scenarios: ['SC-DRG', 'SC-INB'], level: 'B', when: { answer: 'functie', is: 'burgemeester' }, because: t('burgemeester'), sources: [] },
      { id: 'RR-3', scenarios: ['SC-DRG'], level: 'C', when: { all: [{ answer: 'dreiging', is: true }, { answer: 'ernstig', is: true }] }, because: t('ernstig'), sources: [] },
    ],
    questions: [
      { id: 'functie', section: 'intake', text: t('Functie?'), type: 'choice', options: [{ value: 'burgemeester', label: t('burgemeester') }, { value: 'wethouder', label: t('wethouder') }] },
      { id: 'dreiging', section: 'intake', text: t('Dreiging?'), type: 'boolean' },
      { id: 'ernstig', section: 'intake', text: t('Ernstig?'), type: 'boolean', askWhen: { answer: 'dreiging', is: true } },
      { id: 'verlichting', section: 'wonen', text: t('Verlichting?'), type: 'boolean' },
      { id: 'achterdeur', section: 'wonen', text: t('Achterdeur?'), type: 'boolean' },
      { id: 'slot', section: 'wonen', text: t('Slot?'), type: 'choice', options: [{ value: 'geen', label: t('geen') }, { value: 'skg2', label: t('SKG**') }], askWhen: { answer: 'achterdeur', is: true } },
      { id: 'monument', section: 'wonen', text: t('Monument?'), type: 'boolean' },
      { id: 'camera', section: 'wonen', text: t('Camera’s?'), type: 'number', min: 0, max: 10 },
      { id: 'sociale-media', section: 'informatie', text: t('Adres online?'), type: 'multi', options: [{ value: 'foto', label: t('foto') }, { value: 'adres', label: t('adres') }] },
    ],
    requirements: [
      {
        id: 'WON-01', domain: 'wonen', responsibility: 'bestuurder', title: t('Verlichting'), description: t('x'), rationale: t('x'),
        risks: [{ scenario: 'SC-INB', minLevel: 'A' }], metWhen: { answer: 'verlichting', is: true }, remedy: t('Verlichting aanbrengen'),
        evidence: 'document', sources: [], cost: { min: 100, max: 300, basis: t('x'), sources: [] },
      },
      {
        id: 'WON-02', domain: 'wonen', responsibility: 'bestuurder', title: t('Achterdeur'), description: t('x'), rationale: t('x'),
        risks: [{ scenario: 'SC-INB', minLevel: 'B' }, { scenario: 'SC-DRG', minLevel: 'B' }], appliesWhen: { answer: 'achterdeur', is: true },
        metWhen: { answer: 'slot', oneOf: ['skg2'] }, remedy: t('Slot vervangen'), evidence: 'inspected', sources: [], exceptions: ['EXC-MON', 'EXC-NIEUW'],
        cost: { min: 200, max: 500, basis: t('x'), sources: [] },
      },
      {
        id: 'WON-03', domain: 'wonen', responsibility: 'bestuurder', title: t('Camera'), description: t('x'), rationale: t('x'),
        risks: [{ scenario: 'SC-DRG', minLevel: 'B' }], metWhen: { answer: 'camera', atLeast: 1 }, remedy: t('Camera plaatsen'), evidence: 'self-declared', sources: [],
      },
      {
        id: 'WRK-01', domain: 'werk', responsibility: 'werkgever', title: t('Meldpunt'), description: t('x'), rationale: t('x'),
        risks: [{ scenario: 'SC-DRG', minLevel: 'A' }], remedy: t('Werkgever'), evidence: 'document', sources: [],
      },
      {
        id: 'INF-01', domain: 'informatie', responsibility: 'bestuurder', title: t('Adres'), description: t('x'), rationale: t('x'),
        risks: [{ scenario: 'SC-DRG', minLevel: 'A' }], metWhen: { not: { answer: 'sociale-media', includes: 'adres' } }, remedy: t('Adres verwijderen'), evidence: 'self-declared', sources: [],
        allowsRefusal: true, costClass: { kind: 'no-purchase', paidBy: 'bestuurder' },
      },
      {
        id: 'WON-90', domain: 'wonen', responsibility: 'werkgever', title: t('Buitenbrievenbus'), description: t('x'), rationale: t('x'),
        risks: [{ scenario: 'SC-DRG', minLevel: 'A' }], remedy: t('Werkgever'), evidence: 'self-declared', sources: [],
        measure: { scenarios: ['SC-DRG'] }, costClass: { kind: 'no-purchase', paidBy: 'werkgever' },
      },
      {
        id: 'WON-91', domain: 'wonen', responsibility: 'werkgever', title: t('Alarm'), description: t('x'), rationale: t('x'),
        risks: [{ scenario: 'SC-INB', minLevel: 'A' }], remedy: t('Werkgever'), evidence: 'self-declared', sources: [],
        measure: { scenarios: ['SC-INB'] },
      },
    ],
    exceptions: [
      {
        id: 'EXC-MON', title: t('Monument'), description: t('x'), claimableWhen: { answer: 'monument', is: true }, justification: t('x'), evidence: 'document',
        proof: { kind: 'monument' }, sources: [],
      },
      {
        id: 'EXC-NIEUW', title: t('Nieuwbouw'), description: t('x'), justification: t('x'), evidence: 'document',
        proof: { kind: 'new-build', cutOff: { permitYearFrom: 1999, basis: t('keuze van PKVW-light'), sources: [] } }, sources: [],
      },
    ],
    sources: [],
    hash: '0'.repeat(64),
    positions: {},
  };
}

/** Self-check answers for the small catalogue; bare values count as self-declared. */
export function smallAnswers(values: Record<string, AnswerValue | GivenAnswer>, extra: Partial<Answers> = {}): Answers {
  const answers: Record<string, GivenAnswer> = {};
  for (const [id, v] of Object.entries(values)) answers[id] = typeof v === 'object' && !Array.isArray(v) ? v : { value: v, evidence: 'self-declared' };
  return { catalogue: { id: 'pkvw-light-test', version: '1.2.3' }, kind: 'self-check', date: '2026-11-28', subject: { role: 'wethouder' }, answers, exceptions: [], refusals: [], ...extra };
}
