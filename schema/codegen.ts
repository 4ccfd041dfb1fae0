import type { CodegenConfig } from '@graphql-codegen/cli';

const scalars = { Decimal: 'string', LocalDate: 'string', DateTime: 'string', PartialDate: 'string', JSONObject: 'Record<string, unknown>' };

/**
 * `npm run codegen`: typed documents for schema/operations, generated from the printed schema, twice:
 * for clients (schema/generated/, the client preset) and for the server's own HTML pages
 * (src/web/generated/operations.ts: one file inside src/, so that the build compiles it into dist/;
 * documents as strings, so that the pages need no GraphQL parser of their own).
 */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['schema/operations/*.graphql'],
  generates: {
    'schema/generated/': {
      preset: 'client',
      config: { enumsAsTypes: true, useTypeImports: true, scalars },
      presetConfig: { fragmentMasking: false },
    },
    'src/web/generated/operations.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: { enumsAsTypes: true, useTypeImports: true, onlyOperationTypes: true, documentMode: 'string', scalars },
    },
  },
  // ESM with explicit extensions, as the rest of the project (NodeNext resolution).
  emitLegacyCommonJSImports: false,
  silent: true,
};

export default config;
