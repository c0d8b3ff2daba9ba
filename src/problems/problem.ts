/**
 * Problems are data: a stable code, where it happened, and the parameters of its message.
 * Text is rendered at the edge from the message maps in `src/i18n/`, one per language.
 */
export type Severity = 'error' | 'warning';

export type ProblemParams = Record<string, string | number>;

/**
 * `Code` narrows the code where the emitter knows its message map (`Problem<CodeOf<typeof answersMessages>>`);
 * the union of every code, `ProblemCode`, is derived at the edge (src/messages/), above every concept.
 */
export interface Problem<Code extends string = string> {
  code: Code;
  severity: Severity;
  /** Path of the file as the user named it (relative to the working directory where possible). */
  file?: string;
  line?: number;
  column?: number;
  /** JSON-pointer-like path inside the document, e.g. `/requirements/3/risks/0/scenario`. */
  path?: string;
  params: ProblemParams;
}

/**
 * A code with the parameters its message reads, by a table from code to parameters (`ParamsTable`
 * of a message map, or `ProblemParamsByCode` at the edge): one member per code, so tsc checks a
 * literal's `params` against its `code`. Over the untyped table (`Record<string, ProblemParams>`) it
 * is any code with any parameters.
 */
export type CodedParams<Table, Code extends keyof Table & string = keyof Table & string> = { [C in Code]: { code: C; params: Table[C] } }[Code];

/** A problem whose parameters are what its code's message reads (see `CodedParams`); it is a `Problem` as well. */
export type ProblemIn<Table, Code extends keyof Table & string = keyof Table & string> = Omit<Problem, 'code' | 'params'> & CodedParams<Table, Code>;

/** The table that checks nothing: any code, any parameters. */
export type AnyParamsTable = Record<string, ProblemParams>;

/** Orders problems by file, line and column so output is stable whatever order rules ran in. */
export function compareProblems(a: Problem, b: Problem): number {
  return (
    (a.file ?? '').localeCompare(b.file ?? '') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    a.code.localeCompare(b.code)
  );
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}
