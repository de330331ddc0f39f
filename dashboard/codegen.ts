import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed operations from the committed contract: `pnpm --filter @techvp/dashboard run codegen`. */
const config: CodegenConfig = {
  schema: '../schema/schema.graphql',
  documents: ['src/**/*.graphql'],
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { Fen: 'number', LocalDate: 'string', DateTime: 'string', ID: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: false,
        avoidOptionals: false,
      },
    },
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default config;
