import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYamlDocument } from '../../src/yaml/yaml-document.js';
import { validateAnswers } from '../../src/verdict/answers-judge.js';
import { loadCatalogue } from '../../src/catalogue/read-catalogue.js';
import { fixturesDir } from '../../src/package-paths.js';
import { renderProblemMessage } from '../../src/messages/render-problem.js';
import { answerProblem } from '../../src/flow/step-checks.js';

const catalogue = loadCatalogue();
const example = readFileSync(join(fixturesDir, 'answers', 'zelfcheck-voorbeeld.yaml'), 'utf8').replace('answers@1', 'answers@2');
const incidents = '  intake.incidenten: [dreigende-post, online-bedreiging]\n';

function validate(text: string) {
  const { document } = parseYamlDocument(new TextEncoder().encode(text), 'antwoorden.yaml');
  if (!document) throw new Error('unparsable test input');
  return validateAnswers(document, catalogue);
}
const errors = (text: string) => validate(text).problems.filter((p) => p.severity === 'error').map((p) => `${p.code} ${p.line}:${p.column}`);

describe('one rule set for an answer, in the answers file and at the prompt', () => {
  it('reads the example file with its incidents as given', () => {
    expect(example).toContain(incidents);
    expect(errors(example)).toEqual([]);
  });

  it('refuses "geen" together with other incidents in a file, at the "geen", as the prompt does', () => {
    const text = example.replace(incidents, '  intake.incidenten: [dreigende-post, geen]\n');
    const line = text.split('\n').findIndex((l) => l.includes('[dreigende-post, geen]')) + 1;
    // Column 39 is the "geen" in `  intake.incidenten: [dreigende-post, geen]`.
    expect(errors(text)).toEqual([`answers-none-with-others ${line}:39`]);
    const problem = validate(text).problems[0];
    expect(problem && renderProblemMessage(problem, 'nl')).toBe(`het antwoord op 'intake.incidenten' kiest geen ("Geen van deze") samen met andere opties; geef geen alleen, of alleen de andere`);
    const question = catalogue.questions.find((q) => q.id === 'intake.incidenten');
    if (question === undefined) throw new Error('no incidents question');
    expect(answerProblem(question, ['dreigende-post', 'geen'])?.code).toBe('flow-answer-none-with-others');
  });

  it('refuses an empty list of incidents in a file, naming the option to give instead', () => {
    const text = example.replace(incidents, '  intake.incidenten: []\n');
    const line = text.split('\n').findIndex((l) => l.includes('intake.incidenten: []')) + 1;
    expect(errors(text)).toEqual([`answers-multi-empty ${line}:22`]);
    const problem = validate(text).problems[0];
    expect(problem && renderProblemMessage(problem, 'en')).toBe(`the answer to 'intake.incidenten' chooses nothing; if none of the options applies, give [geen] ("None of these")`);
  });

  it('refuses an equivalent alternative against a scenario the claimed basic is not linked to, at the scenario', () => {
    const claim = (scenario: string) =>
      example +
      `exceptions:
  - exception: EX-GELIJKWAARDIG
    requirements: [WON-01]
    justification: Extra slot binnen, beoordeeld door de commissie
    evidence: { level: document, reference: CCM-1 }
    alternative: { measure: Extra slot binnen, scenario: ${scenario}, statement: { by: commissie, reference: CCM-1 } }
`;
    expect(errors(claim('SC-13'))).toEqual([]);
    const line = claim('SC-01').split('\n').length - 1;
    expect(errors(claim('SC-01'))).toEqual([`answers-alternative-scenario ${line}:58`]);
    const problem = validate(claim('SC-01')).problems.find((p) => p.code === 'answers-alternative-scenario');
    expect(problem && renderProblemMessage(problem, 'nl')).toContain('(SC-13)');
  });
});
