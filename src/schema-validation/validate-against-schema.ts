/**
 * Ajv errors → located problems a policy expert can act on: one problem per real cause, at the
 * line:column of the offending key or value, with a stable `schema-*` code and message parameters.
 * Works with any validator compiled with `allErrors: true` and `verbose: true` (the generated
 * standalone validators are), for catalogue files and answers files alike.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { YamlDocument } from '../yaml/yaml-document.js';
import type { Problem } from '../problems/problem.js';
import type { Params } from '../i18n/message-map.js';
import type { SchemaValidationCode, SchemaValidationParams } from './schema-validation-messages.js';
import { closestName } from './closest-name.js';

export interface SchemaValidationOptions {
  /**
   * Put the offending value in the message parameters. Off by default: in an answers file the
   * value describes how an official's home is secured and must never reach an error message.
   */
  quoteValues?: boolean;
}

/**
 * Validates `document.data` and returns its problems (empty when valid).
 * @example
 * const problems = validateAgainstSchema(validateCatalogueFile, document, { quoteValues: true });
 * // [{ code: 'schema-unknown-property', file: 'spec/wonen.yaml', line: 12, column: 5, params: { property: 'titel', ... } }]
 */
export function validateAgainstSchema(validate: ValidateFunction, document: YamlDocument, options: SchemaValidationOptions = {}): Problem[] {
  return checkAgainstSchema(validate, document, options).problems;
}

/**
 * Like `validateAgainstSchema`, but also hands back the data typed as the schema describes it
 * when it is valid.
 */
export function checkAgainstSchema<T>(
  validate: ValidateFunction<T>,
  document: YamlDocument,
  options: SchemaValidationOptions = {},
): { value?: T; problems: Problem[] } {
  const data = document.data;
  if (validate(data)) return { value: data, problems: [] };
  const errors = mergeMissingProperties(withoutAlternativeNoise(validate.errors ?? []));
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    // An `if` that failed its `then` says only "must match then": the `then` branch's own errors, kept, say what.
    if (error.keyword === 'if') continue;
    const problem = toProblem(error, document, options.quoteValues === true);
    const key = `${problem.code}|${problem.path}|${JSON.stringify(problem.params)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return { problems };
}

/** Decodes an Ajv `instancePath` (JSON pointer) into segments: `/a~1b/0` → `['a/b', 0]`. */
export function pointerSegments(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((raw) => {
      const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      return /^(0|[1-9][0-9]*)$/.test(segment) ? Number(segment) : segment;
    });
}

function toProblem(error: ErrorObject, document: YamlDocument, quoteValues: boolean): Problem {
  const segments = pointerSegments(error.instancePath);
  const at = (path: (string | number)[], where: 'key' | 'value') => ({ file: document.file, ...document.locate(path, where) });
  const path = error.instancePath || '/';
  const field = fieldName(segments);
  const value: Params<never, 'value'> = quoteValues ? { value: shown(error.data) } : {};
  const hint = describedBy(error.parentSchema);
  const problem = <Code extends SchemaValidationCode>(code: Code, params: SchemaValidationParams<Code>, where = at(segments, 'value'), problemPath = path): Problem => ({
    code,
    severity: 'error',
    ...where,
    path: problemPath,
    params,
  });

  switch (error.keyword) {
    case 'required': {
      const property = String(error.params.missingProperty);
      const hint = Number(error.params.count) === 1 ? describedProperty(error.parentSchema, property) : {};
      return problem('schema-required', { property, field, ...hint }, at(segments, segments.length > 0 ? 'key' : 'value'));
    }
    case 'additionalProperties': {
      const property = String(error.params.additionalProperty);
      const allowed = Object.keys(propertiesOf(error.parentSchema));
      const suggestion = closestName(property, allowed);
      return problem(
        'schema-unknown-property',
        { property, field, allowed: allowed.join(', '), ...(suggestion ? { suggestion } : {}) },
        at([...segments, property], 'key'),
        `${path === '/' ? '' : path}/${escapePointer(property)}`,
      );
    }
    case 'type':
      return problem('schema-type', { field, expected: [error.params.type].flat().join(' | '), actual: jsonType(error.data), ...value });
    case 'enum':
      return problem('schema-enum', { field, allowed: (error.params.allowedValues as unknown[]).map(shown).join(', '), ...value });
    case 'const':
      return problem('schema-enum', { field, allowed: shown(error.params.allowedValue), ...value });
    case 'pattern':
      if (error.params.pattern === '\\S') return problem('schema-empty-text', { field });
      return problem('schema-pattern', { field, pattern: String(error.params.pattern), ...value, ...hint });
    case 'minLength':
      // Every schema asks at most "not empty" (minLength 1); a longer minimum would fall to schema-invalid below.
      if (Number(error.params.limit) <= 1) return problem('schema-empty-text', { field });
      break;
    case 'format':
      return problem('schema-format', { field, format: String(error.params.format), ...value });
    case 'minItems':
      return problem('schema-too-few-items', { field, limit: Number(error.params.limit) });
    case 'minProperties':
      return problem('schema-too-few-entries', { field, limit: Number(error.params.limit), ...hint });
    case 'maxLength':
    case 'maxItems':
      return problem('schema-too-long', { field, limit: Number(error.params.limit) });
    case 'minimum':
    case 'exclusiveMinimum':
    case 'maximum':
    case 'exclusiveMaximum':
      return problem('schema-range', { field, comparison: String(error.params.comparison), limit: Number(error.params.limit), ...value });
    case 'uniqueItems':
      return problem('schema-duplicate-item', { field, first: Number(error.params.j) + 1, second: Number(error.params.i) + 1 });
    case 'oneOf':
    case 'anyOf':
      return isConditionSchema(error.parentSchema)
        ? problem('schema-condition-form', { field, keys: objectKeys(error.data) })
        : problem('schema-one-of', { field, forms: alternativeTitles(error.schema) });
  }
  return problem('schema-invalid', { field, keyword: error.keyword, detail: error.message ?? error.keyword });
}

/**
 * A value that fits no branch of a `oneOf` makes Ajv report every branch's complaint. When exactly
 * one branch is plausible (no `required` or `type` error at the value itself) keep only that
 * branch's errors; otherwise keep only the `oneOf` error, which says which forms are allowed.
 */
function withoutAlternativeNoise(errors: readonly ErrorObject[]): ErrorObject[] {
  const alternatives = errors.filter((e) => (e.keyword === 'oneOf' || e.keyword === 'anyOf') && Array.isArray(e.schema));
  if (alternatives.length === 0) return [...errors];

  const ownerOf = (error: ErrorObject): ErrorObject | undefined => {
    let owner: ErrorObject | undefined;
    for (const alternative of alternatives) {
      if (alternative === error || !error.schemaPath.startsWith(alternative.schemaPath + '/')) continue;
      if (!isWithin(error.instancePath, alternative.instancePath)) continue;
      if (!owner || alternative.instancePath.length > owner.instancePath.length) owner = alternative;
    }
    return owner;
  };
  const branchOf = (error: ErrorObject, owner: ErrorObject) => Number(error.schemaPath.slice(owner.schemaPath.length + 1).split('/')[0]);

  const owners = new Map<ErrorObject, ErrorObject | undefined>(errors.map((e) => [e, ownerOf(e)]));
  const chosen = new Map<ErrorObject, number | undefined>();
  for (const alternative of alternatives) {
    const count = Array.isArray(alternative.schema) ? alternative.schema.length : 0;
    const ruledOut = new Set<number>();
    for (const [error, owner] of owners) {
      if (owner !== alternative || error.instancePath !== alternative.instancePath) continue;
      if (error.keyword === 'required' || error.keyword === 'type') ruledOut.add(branchOf(error, alternative));
    }
    const plausible = Array.from({ length: count }, (_, i) => i).filter((i) => !ruledOut.has(i));
    chosen.set(alternative, plausible.length === 1 ? plausible[0] : undefined);
  }

  return errors.filter((error) => {
    if (chosen.has(error)) return chosen.get(error) === undefined;
    const owner = owners.get(error);
    if (!owner) return true;
    const branch = chosen.get(owner);
    return branch !== undefined && branchOf(error, owner) === branch;
  });
}

function isWithin(path: string, ancestor: string): boolean {
  return path === ancestor || path.startsWith(ancestor + '/');
}

function isConditionSchema(schema: unknown): boolean {
  return typeof schema === 'object' && schema !== null && 'title' in schema && schema.title === 'Condition';
}

function propertiesOf(schema: unknown): Record<string, unknown> {
  if (typeof schema !== 'object' || schema === null || !('properties' in schema)) return {};
  const properties = schema.properties;
  return typeof properties === 'object' && properties !== null ? { ...properties } : {};
}

/** The hints a message may show: the description in English, and in Dutch where the schema gives one. */
type Hints = Params<never, 'hint' | 'hintNl'>;

/** The description of a missing property, so the message can say what belongs there. */
function describedProperty(schema: unknown, property: string): Hints {
  return describedBy(propertiesOf(schema)[property]);
}

/**
 * A schema's description as hints: `hint` in English, `hintNl` from its `x-description-nl`, so a
 * Dutch message never carries English (without a Dutch description it gives no hint).
 */
function describedBy(schema: unknown): Hints {
  if (typeof schema !== 'object' || schema === null) return {};
  const { description, 'x-description-nl': nl } = schema as { description?: unknown; 'x-description-nl'?: unknown };
  return { ...(typeof description === 'string' ? { hint: description } : {}), ...(typeof nl === 'string' ? { hintNl: nl } : {}) };
}

function alternativeTitles(schema: unknown): string {
  if (!Array.isArray(schema)) return '';
  return schema
    // A branch without a title is named by its JSON type, as schema-type names what it expected.
    .map((branch: unknown, i) =>
      typeof branch === 'object' && branch !== null && 'title' in branch ? String(branch.title) : typeof branch === 'object' && branch !== null && 'type' in branch ? String(branch.type) : `#${i + 1}`,
    )
    .join(', ');
}

/** The path as a reader writes it: `requirements[2].title.en`. */
function fieldName(segments: readonly (string | number)[]): string {
  if (segments.length === 0) return '(document)';
  return segments.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

/** Several fields missing from one object are one problem: "add id, title and risks", not three. */
function mergeMissingProperties(errors: readonly ErrorObject[]): ErrorObject[] {
  const missing = new Map<string, string[]>();
  for (const error of errors) {
    if (error.keyword !== 'required') continue;
    missing.set(error.instancePath, [...(missing.get(error.instancePath) ?? []), String(error.params.missingProperty)]);
  }
  const done = new Set<string>();
  const merged: ErrorObject[] = [];
  for (const error of errors) {
    if (error.keyword !== 'required') {
      merged.push(error);
      continue;
    }
    if (done.has(error.instancePath)) continue;
    done.add(error.instancePath);
    const properties = missing.get(error.instancePath) ?? [];
    merged.push({ ...error, params: { missingProperty: properties.join(', '), count: properties.length } });
  }
  return merged;
}

function objectKeys(data: unknown): string {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return jsonType(data);
  const keys = Object.keys(data);
  return keys.length > 0 ? keys.join(', ') : '{}';
}

function jsonType(data: unknown): string {
  if (data === null || data === undefined) return 'null';
  if (Array.isArray(data)) return 'array';
  if (typeof data === 'number') return Number.isInteger(data) ? 'integer' : 'number';
  return typeof data;
}

/** A value as the user wrote it, cut short so a pasted essay does not flood the terminal. */
function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return text.length > 60 ? text.slice(0, 57) + '...' : text;
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
