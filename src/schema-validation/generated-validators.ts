/** The precompiled validators in this package: which schema each comes from and where it is written. */
export interface GeneratedValidator {
  schemaFile: string;
  moduleFile: string;
  exportName: string;
  /** The TypeScript type the schema describes, imported by the generated module. */
  dataType?: { name: string; from: string };
}

export const GENERATED_VALIDATORS: readonly GeneratedValidator[] = [
  {
    schemaFile: 'spec/schema/catalogue-file.schema.json',
    moduleFile: 'src/catalogue/catalogue-file.validator.generated.ts',
    exportName: 'validateCatalogueFile',
    dataType: { name: 'CatalogueFile', from: './catalogue-types.js' },
  },
];
