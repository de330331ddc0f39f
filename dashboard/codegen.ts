import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed operations from the committed contract: `pnpm --filter @techvp/dashboard run codegen`. */
const CLIENT = {
  preset: 'client' as const,
  presetConfig: { fragmentMasking: false },
  config: {
    scalars: { Fen: 'number', LocalDate: 'string', DateTime: 'string', ID: 'string' },
    enumsAsTypes: true,
    useTypeImports: true,
    skipTypename: false,
    avoidOptionals: false,
  },
};

/**
 * The desks after recognition (ledger, evaluation, money, accounts, HR) are lazy routes: their
 * documents are generated apart (`src/gql-desks/`), so that they load with those desks instead of
 * joining every document in the first screen's bundle.
 */
const LAZY_DESKS = 'src/features/desks/{expert,evaluation,finance,projects,admin,hr}/**/*.graphql';
const LAZY_ENTERPRISE = 'src/features/desks/enterprise/{EnterpriseLedger,InviteExpert}.graphql';

const config: CodegenConfig = {
  schema: '../schema/schema.graphql',
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': { ...CLIENT, documents: ['src/**/*.graphql', `!${LAZY_DESKS}`, `!${LAZY_ENTERPRISE}`] },
    'src/gql-desks/': { ...CLIENT, documents: [LAZY_DESKS, LAZY_ENTERPRISE] },
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default config;
