/**
 * An answers document → validated `Answers` against one catalogue, or located problems. Pure:
 * the schema first (shape), then the catalogue (ids, options, ranges, what must be answered).
 * Messages name questions and limits, never the answer given.
 */
import type { AnswerValue, Catalogue, EvidenceLevel, Question } from '../catalogue/catalogue-types.js';
import type { Answers, ExceptionClaim, GivenAnswer, WrittenAnswers } from './answers-types.js';
import type { Problem, ProblemParams } from '../problems/problem.js';
import { compareProblems, hasErrors } from '../problems/problem.js';
import type { YamlDocument } from '../yaml/yaml-document.js';
import { validateAgainstSchema } from '../schema-validation/validate-against-schema.js';
import { answersSchemaValidator } from './answers-schema.js';
import { evaluateCondition } from '../condition/evaluate-condition.js';
import { answerValues, deriveRiskProfile, levelOrderOf } from '../risk/risk-profile.js';
import { relevantQuestionIds } from '../verdict/question-relevance.js';

export interface AnswersValidation {
  answers?: Answers;
  problems: Problem[];
}

type Path = (string | number)[];

/**
 * @example
 * const { document } = parseYamlDocument(bytes, 'antwoorden.yaml');
 * const { answers, problems } = validateAnswers(document, catalogue);
 */
export function validateAnswers(document: YamlDocument, catalogue: Catalogue): AnswersValidation {
  const schemaProblems = validateAgainstSchema(answersSchemaValidator(), document);
  if (hasErrors(schemaProblems)) return { problems: schemaProblems.sort(compareProblems) };
  // The schema has checked every field of WrittenAnswers.
  const written = document.data as WrittenAnswers;

  const problems: Problem[] = [...schemaProblems];
  const report = (code: string, params: ProblemParams, path: Path, at: 'key' | 'value' = 'value', severity: Problem['severity'] = 'error') => {
    problems.push({ code, severity, file: document.file, ...document.locate(path, at), path: pointer(path), params });
  };

  checkCatalogue(written, catalogue, report);
  // An inspection is only worth a certificate when it says who inspected.
  if (written.kind === 'inspection' && !written.inspection) report('answers-inspection-missing', {}, ['kind']);

  const questions = new Map(catalogue.questions.map((q) => [q.id, q]));
  const given: Record<string, GivenAnswer> = {};
  for (const [id, answer] of Object.entries(written.answers)) {
    const question = questions.get(id);
    if (!question) {
      report('answers-unknown-question', { question: id }, ['answers', id], 'key');
      continue;
    }
    const { value, evidence }: GivenAnswer = isWithEvidence(answer) ? answer : { value: answer, evidence: 'self-declared' };
    const valuePath: Path = isWithEvidence(answer) ? ['answers', id, 'value'] : ['answers', id];
    if (checkValue(question, value, valuePath, report)) given[id] = { value, evidence };
  }

  const answers: Answers = {
    catalogue: { id: written.catalogue.id, version: written.catalogue.version },
    kind: written.kind,
    date: written.date,
    subject: written.subject,
    ...(written.inspection ? { inspection: written.inspection } : {}),
    ...(written.adviceRisk ? { adviceRisk: written.adviceRisk } : {}),
    answers: given,
    exceptions: written.exceptions ?? [],
  };

  checkAdvice(answers, catalogue, report);
  checkRelevance(answers, catalogue, written, report);
  checkExceptions(answers, catalogue, report);

  problems.sort(compareProblems);
  return hasErrors(problems) ? { problems } : { answers, problems };
}

type Report = (code: string, params: ProblemParams, path: Path, at?: 'key' | 'value', severity?: Problem['severity']) => void;

/**
 * Same id and same major.minor version. A different patch version only changes wording (the
 * catalogue's versioning rule), so it is a warning; a different minor or major is an error.
 */
function checkCatalogue(written: WrittenAnswers, catalogue: Catalogue, report: Report): void {
  const expected = catalogue.metadata;
  if (written.catalogue.id !== expected.id) {
    report('answers-catalogue-id', { given: written.catalogue.id, expected: expected.id }, ['catalogue', 'id']);
    return;
  }
  if (written.catalogue.version === expected.version) return;
  const [givenMajor, givenMinor] = written.catalogue.version.split('.');
  const [major, minor] = expected.version.split('.');
  const params = { given: written.catalogue.version, expected: expected.version };
  if (givenMajor === major && givenMinor === minor) report('answers-catalogue-patch', params, ['catalogue', 'version'], 'value', 'warning');
  else report('answers-catalogue-version', params, ['catalogue', 'version']);
}

/** True when the value fits the question; otherwise reports why. */
function checkValue(question: Question, value: AnswerValue, path: Path, report: Report): boolean {
  const wrongType = () => {
    report('answers-wrong-type', { question: question.id, type: question.type }, path);
    return false;
  };
  const options = (question.options ?? []).map((o) => o.value);
  switch (question.type) {
    case 'boolean':
      return typeof value === 'boolean' || wrongType();
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return wrongType();
      const min = question.min ?? -Infinity;
      const max = question.max ?? Infinity;
      if (value < min || value > max) {
        report('answers-out-of-range', { question: question.id, min: question.min ?? '-∞', max: question.max ?? '∞' }, path);
        return false;
      }
      return true;
    }
    case 'choice':
      if (typeof value !== 'string') return wrongType();
      if (!options.includes(value)) {
        report('answers-not-an-option', { question: question.id, options: options.join(', ') }, path);
        return false;
      }
      return true;
    case 'multi': {
      if (!Array.isArray(value)) return wrongType();
      let ok = true;
      const seen = new Set<string>();
      value.forEach((item, index) => {
        if (!options.includes(item)) {
          report('answers-not-an-option', { question: question.id, options: options.join(', ') }, [...path, index]);
          ok = false;
        } else if (seen.has(item)) {
          report('answers-duplicate-option', { question: question.id }, [...path, index]);
          ok = false;
        }
        seen.add(item);
      });
      return ok;
    }
  }
}

function checkAdvice(answers: Answers, catalogue: Catalogue, report: Report): void {
  if (!answers.adviceRisk) return;
  const scenarios = new Set(catalogue.scenarios.map((s) => s.id));
  const levels = levelOrderOf(catalogue);
  for (const [scenario, level] of Object.entries(answers.adviceRisk.levels)) {
    if (!scenarios.has(scenario)) report('answers-advice-unknown-scenario', { scenario }, ['adviceRisk', 'levels', scenario], 'key');
    else if (!levels.has(level)) {
      report('answers-advice-unknown-level', { scenario, levels: catalogue.levels.map((l) => l.id).join(', ') }, ['adviceRisk', 'levels', scenario]);
    }
  }
}

/** Relevant intake questions must be answered; answers to questions that do not matter are a warning. */
function checkRelevance(answers: Answers, catalogue: Catalogue, written: WrittenAnswers, report: Report): void {
  const relevant = new Set(relevantQuestionIds(catalogue, answers));
  for (const question of catalogue.questions) {
    if (question.section === 'intake' && relevant.has(question.id) && !Object.hasOwn(answers.answers, question.id)) {
      // Reported once per missing question, at the `answers` key, unless it was given but invalid.
      if (!Object.hasOwn(written.answers, question.id)) report('answers-intake-missing', { question: question.id }, ['answers'], 'key');
    }
  }
  for (const id of Object.keys(answers.answers)) {
    if (!relevant.has(id)) report('answers-not-relevant', { question: id }, ['answers', id], 'key', 'warning');
  }
}

function checkExceptions(answers: Answers, catalogue: Catalogue, report: Report): void {
  if (answers.exceptions.length === 0) return;
  const exceptions = new Map(catalogue.exceptions.map((e) => [e.id, e]));
  const requirements = new Map(catalogue.requirements.map((r) => [r.id, r]));
  const levelOrder = levelOrderOf(catalogue);
  const values = answerValues(answers);
  const risk = deriveRiskProfile(catalogue, answers, values);
  const ctx = { values, levelOrder, scenarioLevels: new Map(risk.map((r) => [r.scenario, levelOrder.get(r.level) ?? 0])) };

  answers.exceptions.forEach((claim: ExceptionClaim, i) => {
    const exception = exceptions.get(claim.exception);
    if (!exception) {
      report('answers-exception-unknown', { exception: claim.exception }, ['exceptions', i, 'exception']);
      return;
    }
    claim.requirements.forEach((id, j) => {
      const requirement = requirements.get(id);
      if (!requirement) report('answers-exception-requirement-unknown', { exception: claim.exception, requirement: id }, ['exceptions', i, 'requirements', j]);
      else if (!(requirement.exceptions ?? []).includes(claim.exception)) {
        report('answers-exception-not-allowed', { exception: claim.exception, requirement: id }, ['exceptions', i, 'requirements', j]);
      }
    });
    if (exception.claimableWhen && evaluateCondition(exception.claimableWhen, ctx) !== true) {
      report('answers-exception-not-claimable', { exception: claim.exception }, ['exceptions', i, 'exception']);
    }
  });
}

function isWithEvidence(answer: WrittenAnswers['answers'][string]): answer is { value: AnswerValue; evidence: EvidenceLevel } {
  return typeof answer === 'object' && answer !== null && !Array.isArray(answer);
}

/** `/answers/deur-slot`, with `~` and `/` escaped as in a JSON pointer. */
function pointer(path: Path): string {
  return path.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}
