/**
 * Compile-time proof that the JSON Schema (through its generated type) and the hand-written
 * `CatalogueFile` describe the same data: `tsc` fails here when they drift apart.
 */
import type { CatalogueFile as SchemaCatalogueFile } from './catalogue-file.schema.generated.js';
import type { CatalogueFile } from './catalogue-types.js';

/** Assignable both ways: the same values are valid for both (types of fields included). */
type MutuallyAssignable<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Optional fields escape assignability, so the field paths are compared too. */
type KeysOfUnion<T> = T extends unknown ? keyof T : never;
type Path<T, Depth extends unknown[] = []> = Depth['length'] extends 6
  ? never
  : T extends readonly (infer X)[]
    ? Path<X, Depth>
    : T extends object
      ? { [K in KeysOfUnion<T> & string]: K | `${K}.${Path<ValueOf<T, K>, [...Depth, unknown]>}` }[KeysOfUnion<T> & string]
      : never;
type ValueOf<T, K extends string> = T extends unknown ? (K extends keyof T ? NonNullable<T[K]> : never) : never;
/** Field paths (e.g. `questions.askWhen.all.answer`) one type has and the other lacks: `never` when in step. */
type OnlyInSchema = Exclude<Path<SchemaCatalogueFile>, Path<CatalogueFile>>;
type OnlyInTypes = Exclude<Path<CatalogueFile>, Path<SchemaCatalogueFile>>;

export const catalogueFileMatchesSchema: MutuallyAssignable<SchemaCatalogueFile, CatalogueFile> = true;
export const noFieldOnlyInSchema: [OnlyInSchema] extends [never] ? true : OnlyInSchema = true;
export const noFieldOnlyInTypes: [OnlyInTypes] extends [never] ? true : OnlyInTypes = true;
