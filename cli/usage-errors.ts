/**
 * Commander's own parse errors (unknown option, missing argument, …) as problems with a code, so
 * they are worded in Dutch or English from the message map like every other problem, and located:
 * they name the command they occurred in and the argument's position, and point to its help.
 * Commander writes nothing itself (main.ts silences its output); its error code says what went
 * wrong and its message carries the token (the version is pinned; test/cli/usage-errors.test.ts
 * pins each form).
 */
import type { Command, CommanderError } from 'commander';
import type { Problem } from '../src/problems/problem.js';
import { escapeForTerminal } from '../src/i18n/escape-for-terminal.js';
import { placeholderWord } from './help-text.js';

const CODES: Record<string, string> = {
  'commander.unknownOption': 'usage-unknown-option',
  'commander.unknownCommand': 'usage-unknown-command',
  'commander.missingArgument': 'usage-missing-argument',
  'commander.optionMissingArgument': 'usage-option-missing-value',
  'commander.missingMandatoryOptionValue': 'usage-missing-option',
  'commander.excessArguments': 'usage-too-many-arguments',
  'commander.invalidArgument': 'usage-invalid-value',
};

/** The full command as typed, e.g. `pkvw-light spec validate`. */
export function commandPath(command: Command): string {
  const names: string[] = [];
  for (let at: Command | null = command; at !== null; at = at.parent) names.unshift(at.name());
  return names.join(' ');
}

/**
 * @example
 * usageProblem(error, checkCommand, ['check', '--bogus'])
 * // { code: 'usage-unknown-option', params: { command: 'pkvw-light check', token: '--bogus', position: 2, … } }
 */
export function usageProblem(error: CommanderError, command: Command, argv: readonly string[]): Problem {
  const code = CODES[error.code];
  const message = error.message.replace(/^error: /, '');
  if (code === undefined) return { code: 'usage', severity: 'error', params: { message } };
  // The first quoted word is the option, argument or command concerned; a flag like `--state <file>` is named by its flag.
  const quoted = /'([^']*)'/.exec(message)?.[1] ?? '';
  let token = quoted.split(' ')[0] ?? quoted;
  const suggestion = /\(Did you mean ([^?]+)\?\)/.exec(message)?.[1];
  let value: string | undefined;
  if (code === 'usage-invalid-value') {
    token = /option '([^' ]+)/.exec(message)?.[1] ?? token;
    value = /argument '([^']*)' is invalid/.exec(message)?.[1];
  }
  const position = argv.findIndex((argument, i) => (value === undefined ? argument === token || argument.startsWith(`${token}=`) : argument === `${token}=${value}` || (argument === value && argv[i - 1] === token)));
  // Echoed as typed: escaped like every other echo, so a control character cannot act on the terminal.
  const params: Record<string, string | number> = { command: commandPath(command), token: escapeForTerminal(token) };
  if (position >= 0) params.position = position + 1;
  if (suggestion !== undefined) params.suggestion = escapeForTerminal(suggestion);
  // An argument is named as the help names it, in each language.
  if (code === 'usage-missing-argument') Object.assign(params, { nameNl: placeholderWord(token, 'nl'), nameEn: placeholderWord(token, 'en') });
  if (code === 'usage-too-many-arguments') {
    const counts = /Expected (\d+) arguments? but got (\d+)/.exec(message);
    params.expected = Number(counts?.[1] ?? 0);
    params.got = Number(counts?.[2] ?? 0);
  }
  if (code === 'usage-invalid-value') {
    params.value = escapeForTerminal(value ?? '');
    params.allowed = /Allowed choices are ([^.]+)\./.exec(message)?.[1] ?? '';
  }
  return { code, severity: 'error', params };
}
