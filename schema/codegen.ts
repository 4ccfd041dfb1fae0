import type { CodegenConfig } from '@graphql-codegen/cli';

/** `npm run codegen`: typed documents for schema/operations, generated from the printed schema. */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['schema/operations/*.graphql'],
  generates: {
    'schema/generated/': {
      preset: 'client',
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { Decimal: 'string', LocalDate: 'string', DateTime: 'string', JSONObject: 'Record<string, unknown>' },
      },
      presetConfig: { fragmentMasking: false },
    },
  },
  // ESM with explicit extensions, as the rest of the project (NodeNext resolution).
  emitLegacyCommonJSImports: false,
  silent: true,
};

export default config;
