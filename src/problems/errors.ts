import type { Problem, ProblemParams } from './problem.js';

/**
 * Exit codes of the CLI. `invalid` is a well-formed request whose input is wrong (a catalogue with
 * errors, a tampered PDF); `usage` is a request the program cannot carry out (bad option, missing file).
 */
export const EXIT = { ok: 0, invalid: 1, usage: 2, interrupted: 130 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * An error meant for the user: it carries problems (rendered in the user's language) and the exit code.
 * Library code throws this and nothing else for bad input; anything else is a bug.
 */
export class UserError extends Error {
  readonly problems: Problem[];
  readonly exitCode: ExitCode;

  constructor(problems: Problem[], exitCode: ExitCode = EXIT.invalid) {
    super(problems.map((p) => p.code).join(', '));
    this.name = 'UserError';
    this.problems = problems;
    this.exitCode = exitCode;
  }
}

/** Shorthand for a single error problem. */
export function userError(
  code: string,
  params: ProblemParams = {},
  where: Pick<Problem, 'file' | 'line' | 'column' | 'path'> = {},
  exitCode: ExitCode = EXIT.invalid,
): UserError {
  return new UserError([{ code, severity: 'error', params, ...where }], exitCode);
}

/** Where a problem is: file, line, column, path. */
export type Where = Pick<Problem, 'file' | 'line' | 'column' | 'path'>;

/**
 * The type of `userError` for the codes of one table (code → the parameters its message reads): tsc
 * checks each call's parameters against its code. A code whose message reads none may leave them out.
 * @example
 * const refuse: UserErrorIn<ParamsTable<typeof certificateMessages>> = userError;
 */
export type UserErrorIn<Table> = <Code extends keyof Table & string>(code: Code, ...rest: ParamsArgs<Table[Code], [where?: Where, exitCode?: ExitCode]>) => UserError;

/** `ioError` typed the same way. */
export type IoErrorIn<Table> = <Code extends keyof Table & string>(code: Code, params: Table[Code], file?: string) => UserError;

/** The parameters, then `More`; optional when the message reads none (or only optional ones). */
export type ParamsArgs<Params, More extends unknown[] = []> = Record<string, never> extends Params ? [params?: Params, ...More] : [params: Params, ...More];

/** An input/output failure the user can fix (missing file, no permission): exit 2. */
export function ioError(code: string, params: ProblemParams, file?: string): UserError {
  return userError(code, params, file === undefined ? {} : { file }, EXIT.usage);
}
