import { describe, expect, it } from 'vitest';
import { parseYamlDocument, type YamlDocument } from '../../src/yaml/yaml-document.js';
import { pointerSegments, validateAgainstSchema } from '../../src/schema-validation/validate-against-schema.js';
import { validateCatalogueFile } from '../../src/catalogue/catalogue-file.validator.generated.js';
import { formatProblemLine } from '../../src/messages/render-problem.js';

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
});
