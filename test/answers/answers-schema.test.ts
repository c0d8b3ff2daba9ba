import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Advice, ExceptionClaim, Refusal, WrittenAnswers } from '../../src/answers/answers-types.js';
import type { GapItem, MeasureDecision, RequirementResult, ScenarioCoverage, Verdict } from '../../src/verdict/verdict-types.js';
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
  format: true, catalogue: true, kind: true, date: true, subject: true, inspection: true, advice: true, answers: true, exceptions: true, refusals: true,
};
const claimKeys: Record<keyof ExceptionClaim, true> = {
  exception: true, requirements: true, justification: true, evidence: true, monument: true, newBuild: true, alternative: true, landlordRefusal: true,
};
const adviceKeys: Record<keyof Advice, true> = { reference: true, date: true, measures: true, levels: true, waives: true, hardConditions: true };
const refusalKeys: Record<keyof Refusal, true> = { requirement: true, reason: true };
const verdictKeys: Record<keyof Verdict, true> = {
  format: true, engine: true, catalogue: true, answersHash: true, evaluatedAt: true, kind: true, outcome: true, certifiable: true, risk: true, referral: true, adviceFirst: true, advice: true,
  funding: true, coverage: true, requirements: true, domains: true, gapPlan: true,
};
const optionalVerdictKeys = ['referral', 'adviceFirst', 'advice'];
const resultKeys: Record<keyof RequirementResult, true> = {
  requirement: true, domain: true, responsibility: true, status: true, appliesBecause: true, notApplicable: true, answers: true, exemption: true, evidence: true,
  claim: true, refusal: true, waiver: true, hardCondition: true,
};
const gapItemKeys: Record<keyof GapItem, true> = { requirement: true, status: true, cost: true, costClass: true, exceptions: true, home: true, blocks: true };
const decisionKeys: Record<keyof MeasureDecision, true> = { measure: true, scenarios: true, advised: true, decision: true, blockedBy: true, awaitingAdvice: true, certifiable: true };
const coverageKeys: Record<keyof ScenarioCoverage, true> = { scenario: true, level: true, status: true, basics: true, notInOrder: true, certifiable: true, awaitingAdvice: true };

describe('the published schemas describe the contract types exactly', () => {
  it('answers.schema.json has exactly the fields of WrittenAnswers, ExceptionClaim, Advice and Refusal', () => {
    const answers = schema('answers.schema.json');
    expect(keysOf(answers)).toEqual(Object.keys(writtenAnswersKeys).sort());
    expect(keysOf(answers.$defs?.exceptionClaim)).toEqual(Object.keys(claimKeys).sort());
    expect(keysOf(answers.$defs?.advice)).toEqual(Object.keys(adviceKeys).sort());
    expect(keysOf(answers.$defs?.refusal)).toEqual(Object.keys(refusalKeys).sort());
  });

  it('verdict.schema.json describes verdict@2 with exactly the fields of Verdict, RequirementResult, GapItem, MeasureDecision and ScenarioCoverage', () => {
    const defs = schema('verdict.schema.json').$defs ?? {};
    const verdict = defs.verdict2;
    expect(keysOf(verdict)).toEqual(Object.keys(verdictKeys).sort());
    expect(verdict?.required?.slice().sort()).toEqual(Object.keys(verdictKeys).filter((k) => !optionalVerdictKeys.includes(k)).sort());
    expect(keysOf(defs.requirementResult2)).toEqual(Object.keys(resultKeys).sort());
    const gapItems = (defs.gapPlan2?.properties?.items as { items: SchemaNode } | undefined)?.items;
    expect(keysOf(gapItems)).toEqual(Object.keys(gapItemKeys).sort());
    expect(keysOf(defs.measureDecision)).toEqual(Object.keys(decisionKeys).sort());
    expect(keysOf(defs.scenarioCoverage)).toEqual(Object.keys(coverageKeys).sort());
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
