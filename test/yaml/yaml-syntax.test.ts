import { describe, expect, it } from 'vitest';
import { parseYamlDocument } from '../../src/yaml/yaml-document.js';
import { formatProblemLine, renderProblemMessage } from '../../src/messages/render-problem.js';

/** The syntax problems of `text`: where, and which kind of mistake the message words. */
const syntaxOf = (text: string) =>
  parseYamlDocument(Buffer.from(text), 'antwoorden.yaml', { subset: false }).problems.map((p) => ({ code: p.code, line: p.line, column: p.column, kind: p.params.kind }));

/**
 * A table of the mistakes people make in an answers file by hand, one row per kind the library's
 * error codes are worded as: the place the message points at, and the kind.
 */
const MISTAKES: { mistake: string; text: string; line: number; column: number; kind: string }[] = [
  { mistake: 'a quote opened and never closed (the library points past the end of the file)', text: 'format: x\nanswers:\n  intake.rol: "wethouder\n  wonen.a: true\n', line: 3, column: 15, kind: 'unclosed-quote' },
  { mistake: 'a single quote opened and never closed, in a list', text: "a:\n  - 'x\n  - y\n", line: 2, column: 5, kind: 'unclosed-quote' },
  { mistake: 'a key without its colon', text: 'answers\n  a: 1\n', line: 1, column: 1, kind: 'missing-colon' },
  { mistake: 'items of one object at different columns', text: 'answers:\n    a: 1\n  b: 2\n', line: 3, column: 1, kind: 'bad-indent' },
  { mistake: 'a tab to indent', text: 'answers:\n\ta: 1\n', line: 2, column: 1, kind: 'tab-indent' },
  { mistake: 'a value holding ": "', text: 'a: b: c\n', line: 1, column: 4, kind: 'nested-compact' },
  { mistake: 'a list never closed (the library points at the next key)', text: 'answers: [a, b\nkind: x\n', line: 1, column: 10, kind: 'unclosed-flow' },
  { mistake: 'a comma missing in a list', text: 'a: ["b" c]\n', line: 1, column: 9, kind: 'missing-comma' },
  { mistake: 'a block inside a flow object', text: 'a: {b: 1 c: 2}\n', line: 1, column: 8, kind: 'block-in-flow' },
  { mistake: 'two documents', text: 'a: 1\n---\nb: 2\n', line: 2, column: 1, kind: 'multiple-documents' },
  { mistake: 'a bad escape in double quotes', text: 'a: "\\q"\n', line: 1, column: 5, kind: 'bad-escape' },
  { mistake: 'a value starting with @', text: 'a: @x\n', line: 1, column: 4, kind: 'bad-start' },
  { mistake: 'a stray ]', text: 'a: 1\n]\n', line: 2, column: 1, kind: 'unexpected' },
];

describe('a YAML syntax error, worded by the kind of mistake (the library’s error code)', () => {
  for (const { mistake, text, line, column, kind } of MISTAKES) {
    it(`${mistake}: at ${line}:${column}, said in Dutch and English without the library's English`, () => {
      const problems = syntaxOf(text);
      expect(problems[0]).toEqual({ code: 'yaml-syntax', line, column, kind });
      // Inside the file: never past its last line.
      for (const problem of problems) expect(problem.line ?? 0).toBeLessThanOrEqual(text.trimEnd().split('\n').length);
      const [first] = parseYamlDocument(Buffer.from(text), 'antwoorden.yaml').problems;
      if (first === undefined) throw new Error('no problem');
      const nl = renderProblemMessage(first, 'nl');
      const en = renderProblemMessage(first, 'en');
      expect(nl).toMatch(/^YAML-syntaxfout: /);
      expect(en).toMatch(/^YAML syntax error: /);
      expect(nl).not.toContain(String(first.params.detail));
      expect(nl).not.toBe(en.replace('YAML syntax error', 'YAML-syntaxfout'));
    });
  }

  it('reads as a bestuurder would need it: where the quote starts, what is wrong, what to do', () => {
    const [problem] = parseYamlDocument(Buffer.from('format: pkvw-light/answers@2\nanswers:\n  intake.rol: "wethouder\n  wonen.a: true\n'), 'antwoorden.yaml').problems;
    expect(formatProblemLine(problem!, 'nl')).toBe(
      'antwoorden.yaml:3:15: fout yaml-syntax YAML-syntaxfout: hier begint een tekst tussen aanhalingstekens (" of \') die nergens wordt gesloten; zet hetzelfde aanhalingsteken aan het eind van de tekst',
    );
    expect(formatProblemLine(problem!, 'en')).toBe(
      'antwoorden.yaml:3:15: error yaml-syntax YAML syntax error: a quoted text (" or \') starts here and is never closed; put the same quote at the end of the text',
    );
  });

  // The quote takes the closing bracket along; a second line about the bracket would send the reader looking for a mistake that is not there.
  it.each([
    { where: 'in a list', text: 'answers:\n  intake.portefeuille: ["opvang]\n  wonen.a: true\n', line: 2, column: 25 },
    { where: 'in an object', text: 'subject: { role: "wethouder }\nkind: x\n', line: 1, column: 18 },
  ])('says a quote never closed $where once, where it starts, and not the list or object it leaves open', ({ text, line, column }) => {
    expect(syntaxOf(text)).toEqual([{ code: 'yaml-syntax', line, column, kind: 'unclosed-quote' }]);
  });

  it('still says a list left open before a quote that is closed', () => {
    expect(syntaxOf('answers: [a, "b"\nkind: x\n')).toEqual([{ code: 'yaml-syntax', line: 1, column: 10, kind: 'unclosed-flow' }]);
  });

  it('says one mistake the library finds twice at one place once', () => {
    const problems = syntaxOf('answers:\n  a: 1\n   b: 2\n');
    expect(new Set(problems.map((p) => `${p.line}:${p.column}:${p.kind}`)).size).toBe(problems.length);
  });

  it('falls back to the library’s first line, without what it quotes, for a kind it has no words for', () => {
    const [problem] = parseYamlDocument(Buffer.from('a: &x &y 1\n'), 'f.yaml').problems;
    expect(problem?.params.kind).toBe('other');
    expect(renderProblemMessage(problem!, 'nl')).toBe('YAML-syntaxfout: A node can have at most one anchor; controleer inspringing, dubbele punten en aanhalingstekens');
  });
});
