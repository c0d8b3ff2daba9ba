/**
 * Precompiles a JSON Schema into a standalone validator module (TypeScript source holding Ajv's
 * generated code). Loading it skips compiling the schema at start-up, which halves the start-up
 * time of `spec validate`. Used by `scripts/generate-validators.ts` and by the drift test; never
 * at run time.
 */
import { Ajv2020, type Options } from 'ajv/dist/2020.js';
import standaloneCodeModule from 'ajv/dist/standalone/index.js';
import ajvFormats from 'ajv-formats';
import type { GeneratedValidator } from './generated-validators.js';

/** The options every validator in this package is compiled with; `verbose` feeds the located messages. */
export const AJV_OPTIONS: Options = {
  allErrors: true,
  verbose: true,
  strict: true,
  strictRequired: false,
  allowUnionTypes: true,
  // An annotation only: the Dutch description beside the English one, for the hints in Dutch messages.
  keywords: ['x-description-nl'],
  code: { esm: true, source: true },
};

/**
 * @example
 * renderStandaloneValidator(schema, GENERATED_VALIDATORS[0])
 * // "// @ts-nocheck\n// Generated from spec/schema/... export const validateCatalogueFile: ValidateFunction = ..."
 */
export function renderStandaloneValidator(schema: object, validator: GeneratedValidator): string {
  const { exportName, schemaFile, dataType } = validator;
  const ajv = new Ajv2020(AJV_OPTIONS);
  // The generated code then takes the format checks from ajv-formats at run time (through require).
  // Under NodeNext the CommonJS default import is the module object; its `default` is the plugin.
  if (validator.formats) ajvFormats.default(ajv);
  const validate = ajv.compile(schema);
  const standaloneCode = standaloneCodeModule.default;
  // Keep our conventions: no default export, one named export with a declared type.
  const { code, imports, bindings } = importsForRequires(
    standaloneCode(ajv, validate)
      .replace(/^"use strict";/, '')
      .replace(/export default \w+;/, '')
      .replace(/export const validate = (\w+);/, 'const validate = $1;'),
  );
  return [
    '// @ts-nocheck',
    `// Generated from ${schemaFile} by \`npx tsx scripts/generate-validators.ts\`: do not edit.`,
    "import type { ValidateFunction } from 'ajv';",
    ...(dataType ? [`import type { ${dataType.name} } from '${dataType.from}';`] : []),
    ...imports,
    ...bindings,
    code.trim(),
    `export const ${exportName}: ValidateFunction<${dataType?.name ?? 'unknown'}> = validate;`,
    '',
  ].join('\n');
}

/**
 * Ajv's ESM output still calls `require("ajv/dist/runtime/…")` for small runtime helpers; that needs
 * Node's `createRequire` and does not bundle for a browser. Each becomes a default import of the
 * CommonJS module instead. Node and esbuild give `module.exports` for it, vitest gives
 * `exports.default` (a function here), so the function is wrapped back into `{ default }`.
 */
function importsForRequires(code: string): { code: string; imports: string[]; bindings: string[] } {
  const names = new Map<string, string>();
  const rewritten = code.replace(/require\("([^"]+)"\)/g, (_call, specifier: string) => {
    let name = names.get(specifier);
    if (name === undefined) {
      name = `runtime${names.size}`;
      names.set(specifier, name);
    }
    return name;
  });
  const imports = [...names].map(([specifier, name]) => `import ${name}Import from '${specifier}.js';`);
  const bindings = [...names.values()].map((name) => `const ${name} = typeof ${name}Import === 'function' ? { default: ${name}Import } : ${name}Import;`);
  return { code: rewritten, imports, bindings };
}
