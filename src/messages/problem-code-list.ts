/**
 * The list of every problem code with its Dutch and English message, per concept, as committed in
 * `docs/problem-codes.md`. Parameters show as `{name}`: each template is filled with its own
 * parameter names, so the list also says which parameters a code takes.
 */
import type { MessageTemplate } from '../i18n/message-map.js';
import type { ProblemParams } from '../problems/problem.js';
import { messagesByConcept } from './render-problem.js';

/** The command that regenerates the list; its drift test names it too. */
export const PROBLEM_CODE_LIST_COMMAND = 'npx tsx scripts/generate-problem-codes.ts';
export const PROBLEM_CODE_LIST_FILE = 'docs/problem-codes.md';

export function renderProblemCodeList(): string {
  const lines = [
    `<!-- Generated from the message maps (src/*/…-messages.ts) by \`${PROBLEM_CODE_LIST_COMMAND}\`: do not edit. -->`,
    '# Problem codes',
    '',
    'Every problem PKVW-light reports has a stable code (shown in `file:line:column: severity code message` and in `--json` as `code`) and parameters; its text comes from one message map per language. Parameters show as `{name}`.',
  ];
  for (const [concept, messages] of Object.entries(messagesByConcept)) {
    lines.push('', `## ${concept}`, '', '| code | nl | en |', '|---|---|---|');
    for (const [code, nl] of Object.entries(messages.nl)) {
      const en = (messages.en as Record<string, MessageTemplate>)[code];
      lines.push(`| \`${code}\` | ${cell(nl)} | ${en ? cell(en) : ''} |`);
    }
  }
  return lines.join('\n') + '\n';
}

/** A template filled with `{name}` for each parameter it reads, escaped for a Markdown table cell. */
function cell(template: MessageTemplate): string {
  const names = new Proxy({} as ProblemParams, { get: (_target, name) => (typeof name === 'string' ? `{${name}}` : undefined) });
  return template(names).replaceAll('|', '\\|').replaceAll('\n', ' ');
}
