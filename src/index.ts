/**
 * PKVW-light as a library: load a catalogue, read answers, evaluate, render, verify. The same
 * functions the `pkvw-light` command runs; bad input throws a `UserError` carrying located problems
 * (render them with `formatProblemLine`), anything else is a bug.
 * @example
 * import { loadCatalogue, readAnswers, evaluate, renderVerdictText } from 'pkvw-light';
 * const catalogue = loadCatalogue(); // the bundled catalogue
 * const answers = readAnswers('antwoorden.yaml', catalogue);
 * const verdict = evaluate(catalogue, answers, new Date());
 * console.log(verdict.outcome, renderVerdictText(verdict, catalogue, 'en'));
 */

// The catalogue: the bundled one, or a folder of catalogue YAML.
export { loadCatalogue, readCatalogue, type ReadCatalogueResult } from './catalogue/read-catalogue.js';
export { bundledSpecDir, fixturesDir as bundledFixturesDir } from './package-paths.js';
export type {
  AnswerValue,
  Catalogue,
  CatalogueException,
  Domain,
  EvidenceLevel,
  Language,
  Question,
  Requirement,
  RiskLevel,
  Scenario,
  Source,
} from './catalogue/catalogue-types.js';

// Answers: from an answers file, or built in code.
export { readAnswers, type ReadAnswersOptions } from './verdict/read-answers.js';
export { answersFromValues, type AnswersMeta } from './answers/answers-from-values.js';
export { ANSWERS_FORMAT, type Answers, type AssessmentKind, type GivenAnswer, type WrittenAnswers } from './answers/answers-types.js';

// The verdict: pure, given the clock.
export { evaluate } from './verdict/evaluate.js';
export { canonicalVerdictJson } from './verdict/verdict-json.js';
export {
  VERDICT_FORMAT,
  type DomainSummary,
  type GapItem,
  type GapPlan,
  type Outcome,
  type RequirementResult,
  type RequirementStatus,
  type Verdict,
} from './verdict/verdict-types.js';

// Rendering: the verdict as text and as a PDF report.
export { renderVerdictText } from './report/verdict-text.js';
export { renderReportPdf, type RenderOptions } from './report/report-pdf.js';

// Verifying a light certificate (the signature first, then what it states).
export { verifyCertificate, CERTIFICATE_STATUSES, type CertificateStatus, type CertificateVerification, type CertificateVerifyOptions } from './certificate/verify-certificate.js';
export { verifySignedPdf, type SignatureVerifyOptions } from './signing/verify-signed-pdf.js';
export { readTrustedCertificates } from './signing/trust-store.js';
export { renderVerification } from './certificate/verification-text.js';
export { CHECK_CODES, type CheckCode, type CheckResult, type CheckStatus } from './signing/verification-result.js';

// Problems: typed data, rendered in Dutch or English.
export { EXIT, UserError, type ExitCode } from './problems/errors.js';
export type { Problem, ProblemParams, Severity } from './problems/problem.js';
export { formatProblemLine, renderProblemMessage } from './messages/render-problem.js';
