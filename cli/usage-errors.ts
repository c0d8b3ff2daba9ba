/**
 * Commander's own parse errors (unknown option, missing argument, …) as problems with a code, so
 * they are worded in Dutch or English from the message map like every other problem, and located:
 * they name the command they occurred in and the argument's position, and point to its help.
 * Commander writes nothing itself (main.ts silences its output); its error code says what went
 * wrong and its message carries the token (the version is pinned; test/cli/usage-errors.test.ts
 * pins each form).
 */
import type { Command, CommanderError } from 'commander';
import type { GeneralCode } from '../src/i18n/general-messages.js';
import type { TypedProblem } from '../src/messages/render-problem.js';
import { escapeForTerminal } from '../src/i18n/escape-for-terminal.js';
import { placeholderWord } from './help-text.js';

/** Commander's error codes → ours; tsc checks each problem's params against its code's message. */
const CODES: Record<string, UsageCode> = {
  'commander.unknownOption': 'usage-unknown-option',
  'commander.unknownCommand': 'usage-unknown-command',
  'commander.missingArgument': 'usage-missing-argument',
  'commander.optionMissingArgument': 'usage-option-missing-value',
  'commander.missingMandatoryOptionValue': 'usage-missing-option',
  'commander.excessArguments': 'usage-too-many-arguments',
  'commander.invalidArgument': 'usage-invalid-value',
};

type UsageCode = Extract<GeneralCode, `usage-${string}`>;

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
export function usageProblem(error: CommanderError, command: Command, argv: readonly string[]): TypedProblem {
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
  const params = {
    command: commandPath(command),
    token: escapeForTerminal(token),
    ...(position >= 0 ? { position: position + 1 } : {}),
    ...(suggestion === undefined ? {} : { suggestion: escapeForTerminal(suggestion) }),
  };
  switch (code) {
    case 'usage-missing-argument':
      // An argument is named as the help names it, in each language.
      return { code, severity: 'error', params: { ...params, nameNl: placeholderWord(token, 'nl'), nameEn: placeholderWord(token, 'en') } };
    case 'usage-too-many-arguments': {
      const counts = /Expected (\d+) arguments? but got (\d+)/.exec(message);
      return { code, severity: 'error', params: { ...params, expected: Number(counts?.[1] ?? 0), got: Number(counts?.[2] ?? 0) } };
    }
    case 'usage-invalid-value':
      return { code, severity: 'error', params: { ...params, value: escapeForTerminal(value ?? ''), allowed: /Allowed choices are ([^.]+)\./.exec(message)?.[1] ?? '' } };
    default:
      return { code, severity: 'error', params };
  }
}
