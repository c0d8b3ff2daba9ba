/**
 * The answers file in the page: the same `pkvw-light/answers@2` YAML the CLI writes and reads, so
 * `pkvw-light assess` gives the same verdict and a PKVW firm can take it over. Reading goes
 * through the one validator of answers files and walks the same machine (`replayAnswers`).
 */
import { stringify } from 'yaml';
import type { Catalogue } from '../../catalogue/catalogue-types.js';
import { parseYamlDocument } from '../../yaml/yaml-document.js';
import { validateAnswers } from '../../verdict/answers-judge.js';
import { toWrittenAnswers, type FlowAnswers } from '../../flow/flow-answers.js';
import { replayAnswers } from '../../flow/replay-answers.js';
import type { Problem } from '../../problems/problem.js';
import { UserError } from '../../problems/errors.js';

export const ANSWERS_FILE_NAME = 'antwoorden.yaml';

export function renderAnswersFile(catalogue: Catalogue, flow: FlowAnswers): string {
  return `# PKVW-light: antwoorden van de zelfcheck / self-check answers (npx pkvw-light assess ${ANSWERS_FILE_NAME})\n${stringify(toWrittenAnswers(catalogue, flow))}`;
}

/**
 * The flow an answers file gives, to go on from: its answers and claims as the machine takes them,
 * and nothing the walk decided for want of an answer: no question "left open", no exception or
 * refusal declined (so the first open step is asked). Problems name the file.
 */
export function readAnswersFile(bytes: Uint8Array, name: string, catalogue: Catalogue): { flow?: FlowAnswers; problems: Problem[] } {
  const parsed = parseYamlDocument(bytes, name);
  if (!parsed.document) return { problems: parsed.problems };
  const { answers, problems } = validateAnswers(parsed.document, catalogue);
  if (!answers) return { problems };
  try {
    // The moment only stamps the trial verdict at the end of the walk, which is not shown.
    const { flow } = replayAnswers(catalogue, answers, () => new Date(0));
    // Declines too are the walk's, not the user's: the exception step is offered again. So is the
    // advice step, unless the file gives an advice (a file without one may just not have it yet).
    const decisions = Object.fromEntries(Object.entries(flow.decisions).filter(([, decision]) => decision.kind === 'claim'));
    // Likewise the refusal step: the file's refusals stay, the walk's "no refusal" goes.
    const refusals = Object.fromEntries(Object.entries(flow.refusals ?? {}).filter(([, decision]) => decision.kind === 'refused'));
    const read: FlowAnswers = { ...flow, decisions, refusals, skipped: [] };
    if (!answers.advice) delete read.adviceAnswered;
    return { flow: read, problems: [] };
  } catch (error) {
    if (error instanceof UserError) return { problems: error.problems };
    throw error;
  }
}
