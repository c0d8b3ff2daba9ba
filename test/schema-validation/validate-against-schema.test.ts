import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledSpecDir } from '../../src/package-paths.js';
import { parseYamlDocument, type YamlDocument } from '../../src/yaml/yaml-document.js';
import { pointerSegments, validateAgainstSchema } from '../../src/schema-validation/validate-against-schema.js';
import { validateCatalogueFile } from '../../src/catalogue/catalogue-file.validator.generated.js';
import { validateWrittenAnswers } from '../../src/answers/answers.validator.generated.js';
import { validatePopulationModelFile } from '../../src/policy/population-model.validator.generated.js';
import { formatProblemLine } from '../../src/messages/render-problem.js';
import { validateVerdict } from '../../src/verdict/verdict.validator.generated.js';
import { AJV_OPTIONS } from '../../src/schema-validation/render-standalone-validator.js';
import { Ajv2020 } from 'ajv/dist/2020.js';

function yaml(text: string): YamlDocument {
  const { document } = parseYamlDocument(new TextEncoder().encode(text), 'test.yaml');
  if (!document) throw new Error('fixture is not YAML');
  return document;
}

const exception = (claimableWhen: string) =>
  yaml(`exceptions:
  - id: monument
    title: { nl: Monument, en: Monument }
    description: { nl: Monument, en: Monument }
    claimableWhen: ${claimableWhen}
    justification: { nl: Waarom, en: Why }
    evidence: document
    sources: []
`);

const lines = (document: YamlDocument, quoteValues = true) =>
  validateAgainstSchema(validateCatalogueFile, document, { quoteValues }).map((p) => formatProblemLine(p, 'en'));

// A schema with a keyword that no schema-* code of its own covers, compiled as the published ones are.
const oddValidator = new Ajv2020(AJV_OPTIONS).compile({ type: 'object', properties: { aantal: { type: 'number', multipleOf: 2 } } });

describe('schema problems', () => {
  it('says which forms a condition may take when it fits none, once, at the condition', () => {
    expect(lines(exception('{ answer: wonen.monument }'))).toEqual([
      expect.stringMatching(/^test\.yaml:5:20: error schema-condition-form exceptions\[0\]\.claimableWhen: this is not a valid condition \(found: answer\); exactly one form is allowed: all: \[\.\.\.\], any/),
    ]);
  });

  it('reports only the real cause inside a nested condition', () => {
    expect(lines(exception('{ all: [{ answer: a, is: true }, { not: { answer: b, oneOf: x } }] }'))).toEqual([
      "test.yaml:5:80: error schema-type exceptions[0].claimableWhen.all[1].not.oneOf: expected array, but this is string 'x'",
    ]);
  });

  it('points at the key of an unknown property and suggests the likely one', () => {
    expect(lines(exception('{ risk: SC-01, atLeast: B, because: x }'))).toEqual([
      "test.yaml:5:47: error schema-unknown-property exceptions[0].claimableWhen: unknown field 'because' Allowed: risk, atLeast",
    ]);
    expect(lines(yaml('sources:\n  - { id: s1, titel: T, location: L, kind: primary }\n'))[1]).toBe(
      "test.yaml:2:15: error schema-unknown-property sources[0]: unknown field 'titel'; did you mean 'title'? Allowed: id, title, location, kind",
    );
  });

  it('names the keys it found when a condition mixes up its forms', () => {
    expect(lines(exception('{ risk: SC-01, atleast: B }'))).toEqual([expect.stringContaining('schema-condition-form exceptions[0].claimableWhen: this is not a valid condition (found: risk, atleast)')]);
  });

  it('merges all fields missing from one object into one problem', () => {
    expect(lines(yaml('sources:\n  - id: s1\n'))).toEqual([
      'test.yaml:2:5: error schema-required sources[0]: required field missing: title, location, kind; add it, e.g. title: ...',
    ]);
  });

  it('leaves values out of messages unless asked, so answers never reach a terminal or log', () => {
    const document = yaml('sources:\n  - { id: s1, title: T, location: L, kind: geheim-antwoord }\n');
    expect(lines(document, false).join()).not.toContain('geheim-antwoord');
    expect(lines(document, true).join()).toContain("value 'geheim-antwoord' is not allowed");
  });

  it('decodes JSON pointer escapes in paths', () => {
    expect(pointerSegments('/a~1b/0/c~0d')).toEqual(['a/b', 0, 'c~d']);
    expect(pointerSegments('')).toEqual([]);
  });

  // Each schema-* code from a file of the kind the real schema describes, with one defect, at its line:column, in both languages.
  const keurmerk = (certificate: string, languages = '[nl, en]') =>
    `keurmerk:\n  id: k\n  version: "1.0.0"\n  status: draft\n  effectiveDate: "2026-12-01"\n  title: { nl: a, en: b }\n  description: { nl: a, en: b }\n  languages: ${languages}\n  publisher: P\n  certificate:\n${certificate}    sources: [s]\n`;
  const answers = (subject: string, answer = 'true', date = '2026-11-28') =>
    `format: pkvw-light/answers@2\ncatalogue: { id: pkvw-light, version: "0.1.0" }\nkind: self-check\ndate: "${date}"\nsubject:\n  role: ${subject}\nanswers:\n  intake.concrete-dreiging: ${answer}\n`;
  const population = readFileSync(join(bundledSpecDir, 'populations', 'dsp-2026.yaml'), 'utf8');
  it.each([
    ['schema-too-few-items', validateCatalogueFile, 'riskRules:\n  - id: RR-1\n    scenarios: []\n    level: B\n    when: { answer: a, is: true }\n    because: { nl: x, en: y }\n    sources: [s]\n', 'test.yaml:3:16: fout schema-too-few-items riskRules[0].scenarios: minstens 1 element(en) nodig, bijvoorbeeld - ...'],
    ['schema-range', validateCatalogueFile, keurmerk('    validityMonths: 300\n'), "test.yaml:11:21: fout schema-range keurmerk.certificate.validityMonths: waarde '300' moet <= 240 zijn"],
    ['schema-duplicate-item', validateCatalogueFile, keurmerk('    validityMonths: 48\n', '[nl, nl]'), 'test.yaml:8:14: fout schema-duplicate-item keurmerk.languages: element 2 is gelijk aan element 1; elk element mag maar één keer voorkomen'],
    ['schema-too-long', validateWrittenAnswers, answers('x'.repeat(101)), 'test.yaml:6:9: fout schema-too-long subject.role: te lang, hoogstens 100'],
    ['schema-one-of', validateWrittenAnswers, answers('wethouder', '{ waarde: ja }'), 'test.yaml:8:29: fout schema-one-of answers.intake.concrete-dreiging: past in geen van de toegestane vormen (boolean, string, number, array)'],
    ['schema-format', validateWrittenAnswers, answers('wethouder', 'true', '2026-02-30'), 'test.yaml:4:7: fout schema-format date: waarde is geen bestaande datum in de vorm JJJJ-MM-DD'],
    ['schema-too-few-entries', validatePopulationModelFile, population.replace(/^ {2}incidents:\n(?: {4}.*\n)+/m, '  incidents: {}\n'), /^test\.yaml:\d+:14: fout schema-too-few-entries assumptions\.incidents: mag niet leeg zijn; geef minstens 1 regel\(s\) van de vorm naam: waarde \(Per optie van intake\.incidenten: /],
    // The catch-all, for a keyword no code of its own covers (none of the published schemas has one: see below).
    ['schema-invalid', oddValidator, 'aantal: 7\n', "test.yaml:1:9: fout schema-invalid aantal: voldoet niet aan de regel 'multipleOf' van het schema"],
  ] as const)('%s', (code, validate, text, nl) => {
    // As the real callers do: catalogue and population files quote values, answers files never do.
    const problems = validateAgainstSchema(validate, yaml(text), { quoteValues: validate !== validateWrittenAnswers }).filter((p) => p.code === code);
    expect(problems).toHaveLength(1);
    const problem = problems[0]!;
    if (typeof nl === 'string') expect(formatProblemLine(problem, 'nl')).toBe(nl);
    else expect(formatProblemLine(problem, 'nl')).toMatch(nl);
    expect(formatProblemLine(problem, 'en')).toMatch(new RegExp(`^test\\.yaml:${problem.line}:${problem.column}: error ${code} `));
    expect(formatProblemLine(problem, 'en')).not.toMatch(/undefined|NaN|\[object /);
  });

  it('gives a Dutch message the Dutch description of a field as its hint, never the English one', () => {
    const problems = validateAgainstSchema(validateWrittenAnswers, yaml('format: pkvw-light/answers@2\nkind: self-check\ndate: "2026-11-28"\nsubject: { role: burgemeester }\nanswers: {}\n'));
    expect(problems.map((p) => formatProblemLine(p, 'nl'))).toEqual([
      'test.yaml:1:1: fout schema-required (document): verplicht veld ontbreekt: catalogue (De catalogus waarbij de antwoorden zijn gegeven.); voeg het toe, bijvoorbeeld catalogue: ...',
    ]);
    expect(problems.map((p) => formatProblemLine(p, 'en'))).toEqual([
      'test.yaml:1:1: error schema-required (document): required field missing: catalogue (The catalogue the answers were given against.); add it, e.g. catalogue: ...',
    ]);
  });

  it('reports what an if/then branch found, not that the branch failed', () => {
    const problems = validateAgainstSchema(validateVerdict, yaml('format: pkvw-light/verdict@1\n'));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.map((p) => p.code)).not.toContain('schema-invalid');
    expect(problems.map((p) => p.code)).toContain('schema-required');
  });

  // Every description a message can show as a hint (a required field's, or a patterned value's) has its Dutch beside it.
  it.each(['answers-1', 'answers', 'catalogue-file', 'certificate', 'population-model', 'verdict'])('%s.schema.json: every hint has an x-description-nl', (name) => {
    const missing: string[] = [];
    const walk = (node: unknown, at: string): void => {
      if (Array.isArray(node)) return node.forEach((item, i) => walk(item, `${at}/${i}`));
      if (typeof node !== 'object' || node === null) return;
      const schema = node as Record<string, unknown>;
      const properties = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
      const hints = [...(Array.isArray(schema.required) ? schema.required.map((r) => [`${at}/properties/${String(r)}`, properties[String(r)]] as const) : []), ...(schema.pattern !== undefined && schema.pattern !== '\\S' ? [[at, schema] as const] : [])];
      for (const [where, definition] of hints) if (typeof definition?.description === 'string' && typeof definition['x-description-nl'] !== 'string') missing.push(where);
      for (const [key, value] of Object.entries(schema)) walk(value, `${at}/${key}`);
    };
    walk(JSON.parse(readFileSync(join(bundledSpecDir, 'schema', `${name}.schema.json`), 'utf8')), '');
    expect(missing).toEqual([]);
  });
});
