import path from 'node:path';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema, NonEmptyArray } from 'type-graphql';
import { authChecker } from './auth';
import { RESOLVERS } from './resolvers';

/** Builds the executable schema from the resolver classes; input validation is on. */
export async function buildGraphQLSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: RESOLVERS as unknown as NonEmptyArray<Function>,
    validate: { forbidUnknownValues: false },
    authChecker,
    emitSchemaFile: false,
  });
  // The root types carry descriptions too (type-graphql has no option for them).
  describe(
    schema.getQueryType(),
    '查询入口：列表、查找、分组统计与驾驶舱分析 / Entry point for reads: lists, look-ups, group-by aggregates and dashboard analytics',
  );
  describe(
    schema.getMutationType(),
    '变更入口：登录、流程各环节、台账、考核、项目与账号管理 / Entry point for changes: log-in, every step of the workflow, ledger, evaluations, projects and accounts',
  );
  return schema;
}

function describe(type: { description?: string | null } | null | undefined, description: string): void {
  if (type && !type.description) (type as { description?: string | null }).description = description;
}

/** The committed contract's text: the schema sorted so diffs stay small. */
export function printContract(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

export const CONTRACT_PATH = path.resolve(__dirname, '..', '..', '..', 'schema', 'schema.graphql');
