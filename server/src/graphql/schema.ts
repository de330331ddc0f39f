import path from 'node:path';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema, NonEmptyArray } from 'type-graphql';
import { authChecker } from './auth';
import { RESOLVERS } from './resolvers';

/** Builds the executable schema from the resolver classes; input validation is on. */
export async function buildGraphQLSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS as unknown as NonEmptyArray<Function>,
    validate: { forbidUnknownValues: false },
    authChecker,
    emitSchemaFile: false,
  });
}

/** The committed contract's text: the schema sorted so diffs stay small. */
export function printContract(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

export const CONTRACT_PATH = path.resolve(__dirname, '..', '..', '..', 'schema', 'schema.graphql');
