import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseYamlDocument } from '../../src/yaml/yaml-document.js';
import { validateAnswers } from '../../src/verdict/answers-judge.js';
import { renderProblemMessage } from '../../src/messages/render-problem.js';
import { smallCatalogue } from '../support/small-catalogue.js';

const catalogue = smallCatalogue();

function validate(text: string) {
  const { document, problems } = parseYamlDocument(new TextEncoder().encode(text), 'antwoorden.yaml');
  if (!document) throw new Error(`unparsable test input: ${problems.map((p) => p.code).join(', ')}`);
  return validateAnswers(document, catalogue);
}

const header = `# yaml-language-server: $schema=../spec/schema/answers.schema.json
format: pkvw-light/answers@2
catalogue:
  id: pkvw-light-test
  version: "1.2.3"
kind: self-check
date: 2026-11-28
subject:
  role: wethouder
`;
const valid = header + `answers:
  functie: wethouder
  dreiging: false
  verlichting: { value: true, evidence: document }
`;

/** A burgemeester with a back door claiming the new-build exception (line 17), with a permit year when given (line 21). */
const newBuildClaim = (base: string, year?: number) =>
  base.replace('functie: wethouder', 'functie: burgemeester') +
  `  achterdeur: true
  slot: geen
exceptions:
  - exception: EXC-NIEUW
    requirements: [WON-02]
    justification: Bouwbesluit
    evidence: { level: document, reference: OV-1 }
` +
  (year === undefined ? '' : `    newBuild: { permitYear: ${year} }\n`);

/** `code line:column` of every problem, the way a user sees where to look. */
const located = (text: string) => validate(text).problems.map((p) => `${p.severity} ${p.code} ${p.line}:${p.column}`);

describe('validating an answers file', () => {
  it('accepts a valid file and makes evidence explicit', () => {
    const { answers, problems } = validate(valid);
    expect(problems).toEqual([]);
    expect(answers?.answers).toEqual({
      functie: { value: 'wethouder', evidence: 'self-declared' },
      dreiging: { value: false, evidence: 'self-declared' },
      verlichting: { value: true, evidence: 'document' },
    });
    expect(answers?.exceptions).toEqual([]);
  });

  it('rejects a file written for another catalogue version, at the version', () => {
    expect(located(valid.replace('"1.2.3"', '"1.3.0"'))).toEqual(['error answers-catalogue-version 5:12']);
  });

  it('accepts another patch version with a warning: patches change wording only', () => {
    const { answers, problems } = validate(valid.replace('"1.2.3"', '"1.2.9"'));
    expect(answers).toBeDefined();
    expect(problems.map((p) => `${p.severity} ${p.code} ${p.line}:${p.column}`)).toEqual(['warning answers-catalogue-patch 5:12']);
  });

  it('rejects a file for another catalogue', () => {
    expect(located(valid.replace('id: pkvw-light-test', 'id: pkvw'))).toEqual(['error answers-catalogue-id 4:7']);
  });

  it('points at an unknown question id', () => {
    expect(located(valid + '  achterdeurr: true\n')).toEqual(['error answers-unknown-question 14:3']);
  });

  it('points at a value of the wrong type, outside the options or out of range, without quoting it', () => {
    const text = valid + `  achterdeur: "ja"
  slot: skg9
  camera: 11
  sociale-media: [adres, adres]
`;
    expect(located(text)).toEqual([
      'error answers-wrong-type 14:15',
      'error answers-not-an-option 15:9',
      'error answers-out-of-range 16:11',
      'error answers-duplicate-option 17:26',
    ]);
    for (const problem of validate(text).problems) {
      for (const lang of ['nl', 'en'] as const) expect(renderProblemMessage(problem, lang)).not.toMatch(/skg9|"ja"|\b11\b/);
    }
  });

  it('demands every relevant intake question, and only when its askWhen holds', () => {
    expect(located(valid.replace('  dreiging: false\n', ''))).toEqual(['error answers-intake-missing 10:1']);
    expect(located(valid.replace('dreiging: false', 'dreiging: true'))).toEqual(['error answers-intake-missing 10:1']);
  });

  it('warns about an answer to a question that does not matter, without rejecting the file', () => {
    const { answers, problems } = validate(valid + '  slot: skg2\n');
    expect(answers).toBeDefined();
    expect(problems.map((p) => `${p.severity} ${p.code} ${p.line}:${p.column}`)).toEqual(['warning answers-not-relevant 14:3']);
  });

  it('rejects exception claims that are unknown, not allowed for the requirement, or whose condition does not hold', () => {
    const text = valid.replace('functie: wethouder', 'functie: burgemeester') + `  achterdeur: true
  slot: geen
  monument: false
exceptions:
  - exception: EXC-MON
    requirements: [WON-02, WON-01, WON-99]
    justification: Rijksmonument
    evidence: { level: document }
  - exception: EXC-NEE
    requirements: [WON-02]
    justification: x
    evidence: { level: document }
`;
    expect(located(text)).toEqual([
      'error answers-exception-not-claimable 18:16',
      'error answers-exception-not-allowed 19:28',
      'error answers-exception-requirement-unknown 19:36',
      'error answers-exception-unknown 22:16',
    ]);
  });

  it('rejects an advice naming a scenario or level that does not exist', () => {
    const text = valid + `advice:
  reference: BVA-1
  date: 2026-10-01
  levels:
    SC-XXX: A
    SC-DRG: Z
`;
    expect(located(text)).toEqual(['error answers-advice-unknown-scenario 18:5', 'error answers-advice-unknown-level 19:13']);
  });

  it('checks the advice: measures must be measures, waived and hard basics must be owner basics, never both', () => {
    const text = valid + `advice:
  reference: CCV-2026-0412
  date: 2026-10-01
  measures: [WON-90, WON-01]
  waives: [WON-02, WRK-01]
  hardConditions: [WON-02]
`;
    expect(located(text)).toEqual(['error answers-advice-not-a-measure 17:22', 'error answers-advice-not-a-basic 18:20', 'error answers-advice-waived-and-hard 19:20']);
  });

  it('accepts a reasoned refusal only where the catalogue allows it', () => {
    const refusals = `refusals:
  - { requirement: INF-01, reason: publiek account voor het ambt }
  - { requirement: WON-01, reason: x }
  - { requirement: INF-01, reason: dubbel }
`;
    expect(located(valid + refusals)).toEqual(['error answers-refusal-not-allowed 16:20', 'error answers-refusal-duplicate 17:20']);
  });

  it('refuses a reasoned refusal of a requirement the catalogue does not have, at its id', () => {
    const text = valid + `refusals:
  - { requirement: INF-99, reason: bestaat niet }
`;
    expect(located(text)).toEqual(['error answers-refusal-unknown 15:20']);
    const problem = validate(text).problems[0];
    expect(problem && renderProblemMessage(problem, 'en')).toBe("reasoned refusal of 'INF-99': this catalogue has no such requirement");
  });

  it('refuses a permit year before the catalogue’s cut-off for the new-build exception, at the year', () => {
    const claim = (year: number) => newBuildClaim(valid, year);
    expect(located(claim(1985))).toEqual(['error answers-permit-year-before-cut-off 21:29']);
    const problem = validate(claim(1985)).problems[0];
    expect(problem && renderProblemMessage(problem, 'nl')).toContain('in 1999 of later');
    expect(located(claim(1999))).toEqual([]);
    expect(located(claim(2030))).toEqual(['error answers-permit-year-future 21:29']);
  });

  it('refuses structured evidence of another kind than the exception asks for, at the field', () => {
    const text = valid.replace('functie: wethouder', 'functie: burgemeester') + `  achterdeur: true
  slot: geen
  monument: true
exceptions:
  - exception: EXC-MON
    requirements: [WON-02]
    justification: Rijksmonument
    evidence: { level: document, reference: RM-1 }
    newBuild: { permitYear: 2004 }
`;
    expect(located(text)).toEqual(['error answers-claim-field-not-allowed 22:5']);
  });

  describe('an answers@1 file', () => {
    const v1 = valid.replace('answers@2', 'answers@1');

    it('reads as before when written for this catalogue version, and says nothing when nothing is lost', () => {
      expect(validate(v1).problems).toEqual([]);
    });

    it('migrates its advice and names what must be given again: the advice date and measures', () => {
      const { answers, problems } = validate(v1 + `adviceRisk:
  reference: BVA-1
  levels: { SC-DRG: B }
`);
      expect(answers?.advice).toEqual({ reference: 'BVA-1', measures: [], levels: { 'SC-DRG': 'B' }, waives: [], hardConditions: [] });
      expect(problems.map((p) => `${p.severity} ${p.code} ${p.line}:${p.column}`)).toEqual(['warning answers-migrated 2:9', 'warning answers-migrated-advice 14:1']);
    });

    it('keeps a claim whose exception now asks for structured proof, and names that proof as to give again', () => {
      const { answers, problems } = validate(newBuildClaim(v1));
      expect(answers?.exceptions.map((e) => e.exception)).toEqual(['EXC-NIEUW']);
      expect(problems.map((p) => `${p.severity} ${p.code} ${p.line}:${p.column}`)).toEqual(['warning answers-migrated 2:9', 'warning answers-migrated-claim 17:16']);
      expect(renderProblemMessage(problems[1]!, 'nl')).toContain("het beroep op uitzondering 'EXC-NIEUW' vraagt nu gestructureerd bewijs (new-build)");
    });

    it('from an earlier catalogue version migrates with a notice per answer to give again instead of refusing', () => {
      const { answers, problems } = validate(v1.replace('"1.2.3"', '"1.1.0"') + `  camera: true
  oud-vraag: true
`);
      expect(answers?.catalogue.version).toBe('1.2.3');
      expect(answers?.answers.camera).toBeUndefined();
      expect(problems.map((p) => `${p.severity} ${p.code} ${p.line}:${p.column}`)).toEqual([
        'warning answers-migrated 2:9',
        'warning answers-migrated-catalogue 5:12',
        'warning answers-migrated-give-again 14:11',
        'warning answers-migrated-dropped 15:3',
      ]);
      expect(renderProblemMessage(problems[2]!, 'nl')).toContain("opnieuw te geven: de vraag 'camera'");
    });
  });

  it('demands the firm and inspector of an inspection, at the kind', () => {
    expect(located(valid.replace('kind: self-check', 'kind: inspection'))).toEqual(['error answers-inspection-missing 6:7']);
    expect(located(valid.replace('kind: self-check', 'kind: inspection\ninspection: { firm: Veilig BV, inspector: J. Jansen }'))).toEqual([]);
  });

  it('reports schema problems first, located, without semantic noise', () => {
    expect(located(valid.replace('kind: self-check', 'kind: zelfcheck'))).toEqual(['error schema-enum 6:7']);
  });

  it('never throws on arbitrary data, only returns problems', () => {
    const json = fc.jsonValue({ maxDepth: 4 });
    const shaped = fc.record({
      format: fc.oneof(fc.constantFrom('pkvw-light/answers@1', 'pkvw-light/answers@2'), json),
      catalogue: fc.oneof(fc.record({ id: fc.constant('pkvw-light-test'), version: fc.constantFrom('1.2.3', '1.2', 'x') }), json),
      kind: fc.oneof(fc.constantFrom('self-check', 'inspection'), json),
      date: fc.oneof(fc.constant('2026-11-28'), json),
      subject: fc.oneof(fc.record({ role: fc.string() }), json),
      answers: fc.dictionary(fc.constantFrom('functie', 'dreiging', 'ernstig', 'slot', 'camera', 'sociale-media', '__proto__', 'x'), json),
      exceptions: fc.oneof(fc.array(fc.record({ exception: fc.string(), requirements: fc.array(fc.string()), justification: fc.string(), evidence: json })), json),
      adviceRisk: fc.oneof(fc.record({ reference: fc.string(), levels: fc.dictionary(fc.string(), fc.string()) }), json),
      advice: fc.oneof(fc.record({ reference: fc.string(), date: fc.constant('2026-10-01'), measures: fc.array(fc.string()), waives: fc.array(fc.string()), hardConditions: fc.array(fc.string()) }), json),
      refusals: fc.oneof(fc.array(fc.record({ requirement: fc.constantFrom('INF-01', 'WON-01', 'x'), reason: fc.string() })), json),
    }, { requiredKeys: [] });
    fc.assert(
      fc.property(fc.oneof(json, shaped), (data) => {
        const document = { file: 'x.yaml', data, locate: () => ({ line: 1, column: 1 }) };
        const { answers, problems } = validateAnswers(document, catalogue);
        expect(answers !== undefined || problems.some((p) => p.severity === 'error')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
