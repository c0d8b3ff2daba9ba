import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { ExceptionClaim, WrittenAnswers } from '../../src/answers/answers-types.js';
import type { GapItem, RequirementResult, Verdict } from '../../src/verdict/verdict-types.js';
import { fixturesDir, packageRoot } from '../../src/package-paths.js';

interface SchemaNode {
  properties?: Record<string, unknown>;
  required?: string[];
  $defs?: Record<string, SchemaNode>;
}
const schema = (name: string): SchemaNode => JSON.parse(readFileSync(join(packageRoot, 'spec', 'schema', name), 'utf8')) as SchemaNode;
const keysOf = (node: SchemaNode | undefined) => Object.keys(node?.properties ?? {}).sort();

// Every key of the contract type, checked by the compiler: adding a field to the type without
// listing it here fails to compile, and listing it here without the schema fails the test.
const writtenAnswersKeys: Record<keyof WrittenAnswers, true> = {
  format: true, catalogue: true, kind: true, date: true, subject: true, inspection: true, adviceRisk: true, answers: true, exceptions: true,
};
const claimKeys: Record<keyof ExceptionClaim, true> = { exception: true, requirements: true, justification: true, evidence: true };
const verdictKeys: Record<keyof Verdict, true> = {
  format: true, engine: true, catalogue: true, answersHash: true, evaluatedAt: true, kind: true, outcome: true, certifiable: true, risk: true, requirements: true, domains: true, gapPlan: true,
};
const resultKeys: Record<keyof RequirementResult, true> = {
  requirement: true, domain: true, responsibility: true, status: true, appliesBecause: true, notApplicable: true, answers: true, exemption: true, evidence: true,
};
const gapItemKeys: Record<keyof GapItem, true> = { requirement: true, status: true, cost: true, exceptions: true };

describe('the published schemas describe the contract types exactly', () => {
  it('answers.schema.json has exactly the fields of WrittenAnswers and ExceptionClaim', () => {
    const answers = schema('answers.schema.json');
    expect(keysOf(answers)).toEqual(Object.keys(writtenAnswersKeys).sort());
    expect(keysOf(answers.$defs?.exceptionClaim)).toEqual(Object.keys(claimKeys).sort());
  });

  it('verdict.schema.json has exactly the fields of Verdict, RequirementResult and GapItem', () => {
    const verdict = schema('verdict.schema.json');
    expect(keysOf(verdict)).toEqual(Object.keys(verdictKeys).sort());
    expect(verdict.required?.slice().sort()).toEqual(Object.keys(verdictKeys).sort());
    expect(keysOf(verdict.$defs?.requirementResult)).toEqual(Object.keys(resultKeys).sort());
    const gapItems = (verdict.$defs?.gapPlan?.properties?.items as { items: SchemaNode } | undefined)?.items;
    expect(keysOf(gapItems)).toEqual(Object.keys(gapItemKeys).sort());
  });
});

describe('answers files in the repository', () => {
  const files = [
    ...readdirSync(join(fixturesDir, 'answers')).filter((f) => f.endsWith('.yaml')).map((f) => join(fixturesDir, 'answers', f)),
    ...readdirSync(join(fixturesDir, 'cases')).map((c) => join(fixturesDir, 'cases', c, 'answers.yaml')),
  ];

  it.each(files.map((f) => [relative(packageRoot, f), f]))('%s points editors at the answers schema', (_name, file) => {
    const modeline = /^# yaml-language-server: \$schema=(\S+)$/m.exec(readFileSync(file, 'utf8'));
    expect(modeline).not.toBeNull();
    expect(resolve(dirname(file), modeline?.[1] ?? '')).toBe(join(packageRoot, 'spec', 'schema', 'answers.schema.json'));
  });
});
