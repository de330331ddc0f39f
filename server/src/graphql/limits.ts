/**
 * Limits for free-form queries, checked before any SQL runs (GraphQL validation): depth,
 * aliases, estimated cost and operations per document; the token limit is applied by the
 * parser (Apollo `parseOptions.maxTokens`) and batched HTTP requests are off. Introspection is
 * only for signed-in roles that need it (analysts, the S&T bureau, administrators).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import {
  ASTVisitor,
  FieldNode,
  getNamedType,
  GraphQLError,
  isListType,
  isNonNullType,
  Kind,
  OperationDefinitionNode,
  ValidationContext,
  ValidationRule,
  visit,
} from 'graphql';
import { Role } from '../modules/identity/role';
import type { Context } from './context';
import { DEFAULT_GROUPS } from './aggregate';
import { ErrorCode } from './errors';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './pagination';

export const LIMITS = {
  maxDepth: 12,
  /** 100 lets a request try 100 aliased log-ins, each of which is counted (and locked out). */
  maxAliases: 100,
  maxCost: 100_000,
  maxTokens: 8_000,
  maxOperations: 20,
  /** Assumed size of a list whose size the query does not state. */
  defaultListSize: 20,
  defaultPageSize: DEFAULT_PAGE_SIZE,
};

export const INTROSPECTION_ROLES: Role[] = [Role.ANALYST, Role.ST_BUREAU, Role.ADMIN];

function tooComplex(message: string, extra: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, ...extra } });
}

/** Depth and alias counts per operation (fragments expanded). */
export const depthAndAliasRule: ValidationRule = (context: ValidationContext): ASTVisitor => ({
  OperationDefinition(op: OperationDefinitionNode) {
    let aliases = 0;
    const seen = new Set<string>();
    const depthOf = (selections: readonly import('graphql').SelectionNode[], depth: number): number => {
      let max = depth;
      for (const sel of selections) {
        if (sel.kind === Kind.FIELD) {
          if (sel.alias) aliases++;
          // Introspection (GraphiQL's schema query nests type references deeply) is governed by role, not depth.
          if (sel.name.value.startsWith('__')) continue;
          if (sel.selectionSet) max = Math.max(max, depthOf(sel.selectionSet.selections, depth + 1));
        } else if (sel.kind === Kind.INLINE_FRAGMENT) {
          max = Math.max(max, depthOf(sel.selectionSet.selections, depth));
        } else if (sel.kind === Kind.FRAGMENT_SPREAD) {
          const frag = context.getFragment(sel.name.value);
          if (frag && !seen.has(frag.name.value)) {
            seen.add(frag.name.value);
            max = Math.max(max, depthOf(frag.selectionSet.selections, depth));
            seen.delete(frag.name.value);
          }
        }
      }
      return max;
    };
    const depth = depthOf(op.selectionSet.selections, 1);
    if (depth > LIMITS.maxDepth) {
      context.reportError(
        tooComplex(
          `查询嵌套 ${depth} 层，超过上限 ${LIMITS.maxDepth} 层 / The query nests ${depth} levels; at most ${LIMITS.maxDepth} are allowed`,
          {
            limit: 'depth',
            max: LIMITS.maxDepth,
          },
        ),
      );
    }
    if (aliases > LIMITS.maxAliases) {
      context.reportError(
        tooComplex(
          `查询使用 ${aliases} 个别名，超过上限 ${LIMITS.maxAliases} / The query uses ${aliases} aliases; at most ${LIMITS.maxAliases} are allowed`,
          {
            limit: 'aliases',
            max: LIMITS.maxAliases,
          },
        ),
      );
    }
  },
});

/** At most `maxOperations` operations in one document (batched HTTP requests are off). */
export const operationCountRule: ValidationRule = (context) => ({
  Document(doc) {
    const n = doc.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).length;
    if (n > LIMITS.maxOperations) {
      context.reportError(
        tooComplex(`一个请求最多 ${LIMITS.maxOperations} 个操作 / At most ${LIMITS.maxOperations} operations per request`, {
          limit: 'operations',
          max: LIMITS.maxOperations,
        }),
      );
    }
  },
});

/**
 * The size a list argument asks for: its literal value, or for a variable the largest value
 * the server accepts (validation runs before variables are known, and results are cached per
 * document, so the estimate must hold for any value).
 */
function requestedSize(field: FieldNode, names: string[], variableMax: number): number | null {
  for (const arg of field.arguments ?? []) {
    if (!names.includes(arg.name.value)) continue;
    if (arg.value.kind === Kind.INT) return Number(arg.value.value);
    if (arg.value.kind === Kind.VARIABLE) return variableMax;
  }
  return null;
}

/**
 * Estimated cost: every field costs 1, and a list multiplies what is under it by its size
 * (`first`/`last`/`limit` when given, else the default page or list size; child lists are
 * pages like connections). Computed on the operation with fragments expanded.
 */
export const costRule: ValidationRule = (context: ValidationContext): ASTVisitor => ({
  OperationDefinition(op) {
    const costOf = (
      selections: readonly import('graphql').SelectionNode[],
      parentType: import('graphql').GraphQLNamedType | null,
      guard: Set<string>,
    ): number => {
      let total = 0;
      for (const sel of selections) {
        if (sel.kind === Kind.FIELD) {
          if (sel.name.value.startsWith('__')) continue;
          const fieldDef =
            parentType && 'getFields' in parentType
              ? (parentType as import('graphql').GraphQLObjectType).getFields()[sel.name.value]
              : undefined;
          let type = fieldDef?.type;
          if (type && isNonNullType(type)) type = type.ofType;
          const named = type ? getNamedType(type) : null;
          let multiplier = 1;
          if (type && isListType(type)) {
            // A child list (`Appointment.ledgerEntries(first:)`) is a page: its real `first`, the
            // largest page for a variable, the default page when absent.
            const paged = fieldDef?.args.some((a) => a.name === 'first');
            multiplier = paged
              ? (requestedSize(sel, ['first'], MAX_PAGE_SIZE) ?? LIMITS.defaultPageSize)
              : (requestedSize(sel, ['limit', 'first', 'last'], DEFAULT_GROUPS) ?? LIMITS.defaultListSize);
          }
          // A connection's size multiplies once, at the connection, not again at its nodes or edges.
          if (parentType?.name.endsWith('Connection') && (sel.name.value === 'nodes' || sel.name.value === 'edges')) multiplier = 1;
          if (named && named.name.endsWith('Connection'))
            multiplier = requestedSize(sel, ['first', 'last'], MAX_PAGE_SIZE) ?? LIMITS.defaultPageSize;
          const inner = sel.selectionSet ? costOf(sel.selectionSet.selections, named, guard) : 0;
          total += 1 + multiplier * inner;
        } else if (sel.kind === Kind.INLINE_FRAGMENT) {
          const cond = sel.typeCondition ? (context.getSchema().getType(sel.typeCondition.name.value) ?? parentType) : parentType;
          total += costOf(sel.selectionSet.selections, cond ?? null, guard);
        } else if (sel.kind === Kind.FRAGMENT_SPREAD) {
          const frag = context.getFragment(sel.name.value);
          if (frag && !guard.has(frag.name.value)) {
            guard.add(frag.name.value);
            total += costOf(frag.selectionSet.selections, context.getSchema().getType(frag.typeCondition.name.value) ?? null, guard);
            guard.delete(frag.name.value);
          }
        }
      }
      return total;
    };
    const root = op.operation === 'mutation' ? context.getSchema().getMutationType() : context.getSchema().getQueryType();
    const cost = costOf(op.selectionSet.selections, root ?? null, new Set());
    if (cost > LIMITS.maxCost) {
      context.reportError(
        tooComplex(
          `查询估算成本 ${cost} 超过上限 ${LIMITS.maxCost}，请减少每页数量或嵌套 / Estimated cost ${cost} exceeds ${LIMITS.maxCost}; ask for smaller pages or less nesting`,
          {
            limit: 'cost',
            max: LIMITS.maxCost,
            cost,
          },
        ),
      );
    }
  },
});

/** Refuses introspection to anonymous callers and to roles that do not need it. */
export const introspectionGuard: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, contextValue }) {
        let introspects = false;
        visit(document, {
          Field(node) {
            if (node.name.value === '__schema' || node.name.value === '__type') introspects = true;
          },
        });
        if (introspects && !(contextValue.viewer && INTROSPECTION_ROLES.includes(contextValue.viewer.role))) {
          throw new GraphQLError(
            '无权查看接口结构（仅分析员、科技局、管理员可用） / Introspection is only for analysts, the S&T bureau and administrators',
            {
              extensions: { code: ErrorCode.FORBIDDEN, http: { status: 403 } },
            },
          );
        }
      },
    };
  },
};
