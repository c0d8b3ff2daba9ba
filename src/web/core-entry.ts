/**
 * What a browser page takes from the core, in one module: the bundled catalogue, the answers file
 * (validate, write), the flow machine and `evaluate`. The browser-bundle test builds exactly this
 * for a browser with no Node polyfills, so anything here that reached for Node would fail it.
 */
export { bundledCatalogue } from '../catalogue/precompiled-catalogue.js';
export { parseYamlDocument } from '../yaml/yaml-document.js';
export { validateAnswers } from '../verdict/answers-judge.js';
export { answersHash } from '../answers/answers-hash.js';
export { evaluate } from '../verdict/evaluate.js';
export { createAssessmentMachine, stageOf, FLOW_STAGES } from '../flow/assessment-machine.js';
export { toAnswers, toWrittenAnswers } from '../flow/flow-answers.js';
export { flowProgress } from '../flow/flow-progress.js';
export { reviewOf } from '../flow/flow-review.js';
export { renderProblemMessage } from '../messages/render-problem.js';
export { renderVerdictText } from '../report/verdict-text.js';
