import { describe, expect, it } from 'vitest';
import { parseYamlDocument, YAML_LIMITS } from '../../src/yaml/yaml-document.js';
import { formatProblemLine } from '../../src/messages/render-problem.js';

const problemsOf = (text: string) => parseYamlDocument(Buffer.from(text), 'f.yaml').problems.map((p) => ({ code: p.code, line: p.line, column: p.column }));

describe('YAML read with distrust', () => {
  it('refuses a key that repeats another through an alias, instead of letting the hidden value win', () => {
    expect(problemsOf('&k intake.concrete-dreiging: false\n*k : true\n')).toEqual([{ code: 'yaml-duplicate-key', line: 2, column: 1 }]);
  });

  it('refuses keys that JavaScript would merge although YAML types differ (1 and "1")', () => {
    expect(problemsOf('1: a\n"1": b\n')).toEqual([{ code: 'yaml-duplicate-key', line: 2, column: 1 }]);
  });

  it('still refuses a plain duplicate key, located at the second one', () => {
    expect(problemsOf('a: 1\nb: 2\na: 3\n')).toEqual([{ code: 'yaml-duplicate-key', line: 3, column: 1 }]);
  });

  it('names an undefined alias as undefined, not as too many aliases', () => {
    const [problem] = parseYamlDocument(Buffer.from('a: 1\nb: *nergens\n'), 'f.yaml').problems;
    expect(problem).toMatchObject({ code: 'yaml-undefined-alias', line: 2, column: 4, params: { name: 'nergens' } });
    expect(formatProblemLine(problem!, 'en')).toContain('alias *nergens refers to an anchor &nergens that does not come earlier');
  });

  it('refuses a lone surrogate in a value or a key as a located problem', () => {
    expect(problemsOf('meta:\n  role: "\\ud800"\n')).toEqual([{ code: 'yaml-not-unicode', line: 2, column: 9 }]);
    expect(problemsOf('"\\udc00x": 1\n')).toEqual([{ code: 'yaml-not-unicode', line: 1, column: 1 }]);
    expect(problemsOf('role: "\\ud83d\\ude00"\n')).toEqual([]);
  });

  it('refuses control characters and bidi overrides in a value or a key, located, without quoting them; a tab and a line break are text', () => {
    expect(problemsOf('meta:\n  reference: "BVA\\e[2J"\n')).toEqual([{ code: 'yaml-control-character', line: 2, column: 14 }]);
    expect(problemsOf('reason: "ja\\r\\nGELDIG: vervalst"\n')).toEqual([{ code: 'yaml-control-character', line: 1, column: 9 }]);
    expect(problemsOf('"wonen.\\u202ex": true\n')).toEqual([{ code: 'yaml-control-character', line: 1, column: 1 }]);
    expect(problemsOf('a: "\\u0085"\n')).toEqual([{ code: 'yaml-control-character', line: 1, column: 4 }]);
    expect(problemsOf('text: |\n  regel een\n  \tmet tab\nb: "x\\ty"\n')).toEqual([]);
    const [problem] = parseYamlDocument(Buffer.from('a: "geheim\\e[2J"\n'), 'f.yaml').problems;
    expect(formatProblemLine(problem!, 'nl')).not.toContain('geheim');
  });

  it('refuses a key that is a collection, without a warning that quotes it', () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.message);
    process.on('warning', onWarning);
    try {
      expect(problemsOf('answers:\n  ? { value: rijksmonument }\n  : 1\n')).toEqual([{ code: 'yaml-complex-key', line: 2, column: 5 }]);
    } finally {
      process.removeListener('warning', onWarning);
    }
    expect(warnings).toEqual([]);
  });

  it('refuses nesting, long texts, long lists and too many values with the limit in the message', () => {
    const nested = (n: number) => 'a: ' + '['.repeat(n) + ']'.repeat(n) + '\n';
    expect(problemsOf(nested(YAML_LIMITS.depth - 2))).toEqual([]);
    expect(problemsOf(nested(YAML_LIMITS.depth + 1))[0]?.code).toBe('yaml-limit');
    expect(problemsOf(nested(1_000_000))[0]?.code).toBe('yaml-limit');
    expect(problemsOf(Array.from({ length: 300 }, (_, i) => ' '.repeat(i) + 'k:').join('\n') + ' 1\n')[0]?.code).toBe('yaml-limit');
    expect(problemsOf(`a: "${'x'.repeat(YAML_LIMITS.textLength + 1)}"\n`)).toEqual([{ code: 'yaml-limit', line: 1, column: 4 }]);
    expect(problemsOf(`a: [${Array(YAML_LIMITS.items + 1).fill('1').join(',')}]\n`)[0]?.code).toBe('yaml-limit');
    const [limit] = parseYamlDocument(Buffer.from(Array.from({ length: 2 * YAML_LIMITS.values + 1 }, (_, i) => `k${i}: 1`).join('\n')), 'f.yaml').problems;
    expect(formatProblemLine(limit!, 'en')).toBe(`f.yaml:${YAML_LIMITS.values + 1}:1: error yaml-limit too many values in one file: the limit is ${YAML_LIMITS.values}; no real catalogue or answers file is that large`);
  });

  it('keeps an alias that stands for a value', () => {
    expect(parseYamlDocument(Buffer.from('a: &x [1]\nb: *x\n'), 'f.yaml').document?.data).toEqual({ a: [1], b: [1] });
  });
});
