import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYamlDocument, type YamlDocument } from '../../src/yaml/yaml-document.js';
import { validateCatalogue } from '../../src/catalogue/validate-catalogue.js';
import { fixturesDir } from '../../src/package-paths.js';

const minimal = join(fixturesDir, 'catalogues', 'minimal');
const base = ['a-keurmerk.yaml', 'b-wonen.yaml'].map((name) => readFileSync(join(minimal, name), 'utf8'));

function validateWith(extra: string) {
  const documents: YamlDocument[] = [...base, extra].map((text, i) => {
    const { document } = parseYamlDocument(new TextEncoder().encode(text), `f${i}.yaml`);
    if (!document) throw new Error('test YAML does not parse');
    return document;
  });
  return validateCatalogue(documents, 'test');
}

const t = (text: string) => `{ nl: "${text}", en: "${text}" }`;
const requirement = (id: string, responsibility: string, extra: string) => `
  - id: ${id}
    domain: wonen
    responsibility: ${responsibility}
    title: ${t('x')}
    description: ${t('x')}
    rationale: ${t('x')}
    risks: [{ scenario: SC-02, minLevel: A }]
    metWhen: { answer: wonen.achterdeur, is: true }
    remedy: ${t('x')}
    evidence: self-declared
    sources: [bron-skg]
${extra}`;

describe('the verdict fields of the catalogue format', () => {
  it('accepts a measure, cost classes, a refusable basic and a new-build proof with its cut-off', () => {
    const { catalogue, problems } = validateWith(`requirements:
${requirement('WON-90', 'werkgever', `    measure: { scenarios: [SC-02] }
    costClass: { kind: no-purchase, paidBy: werkgever }`)}
${requirement('WON-91', 'bestuurder', `    allowsRefusal: true
    costClass: { kind: known-amount, paidBy: bestuurder, amount: { euros: 145, vat: excl }, sources: [bron-skg] }`)}
exceptions:
  - id: nieuwbouw
    title: ${t('x')}
    description: ${t('x')}
    justification: ${t('x')}
    evidence: document
    proof: { kind: new-build, cutOff: { permitYearFrom: 1999, basis: ${t('keuze')}, sources: [bron-skg] } }
    sources: [bron-skg]
`);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const won90 = catalogue?.requirements.find((r) => r.id === 'WON-90');
    expect(won90?.measure).toEqual({ scenarios: ['SC-02'] });
  });

  it('refuses each field where it does not fit, at the field', () => {
    const { problems } = validateWith(`requirements:
${requirement('WON-92', 'bestuurder', `    measure: { scenarios: [SC-99] }
    pkvwCore: true
    allowsRefusal: true
    costClass: { kind: known-amount, paidBy: bestuurder }`)}
${requirement('WON-93', 'werkgever', `    allowsRefusal: true
    costClass: { kind: craftsman, paidBy: werkgever, amount: { euros: 10, vat: incl } }`)}
exceptions:
  - id: nieuwbouw
    title: ${t('x')}
    description: ${t('x')}
    justification: ${t('x')}
    evidence: document
    proof: { kind: new-build }
    sources: [bron-skg]
  - id: alternatief
    title: ${t('x')}
    description: ${t('x')}
    justification: ${t('x')}
    evidence: document
    proof: { kind: equivalent-alternative, cutOff: { permitYearFrom: 1999, basis: ${t('x')}, sources: [bron-onbekend] } }
    sources: [bron-skg]
`);
    const found = problems.filter((p) => p.severity === 'error').map((p) => `${p.code} ${p.file}:${p.line}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'measure-not-employer f2.yaml:14',
        'unknown-scenario f2.yaml:14',
        'refusal-pkvw-core f2.yaml:16',
        'cost-class-amount-missing f2.yaml:17',
        'refusal-not-owner f2.yaml:30',
        'cost-class-amount-not-allowed f2.yaml:31',
        'proof-cut-off-missing f2.yaml:38',
        'proof-cut-off-not-allowed f2.yaml:45',
        'unknown-source f2.yaml:45',
      ]),
    );
  });
});
