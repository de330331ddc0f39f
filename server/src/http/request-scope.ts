/**
 * Each GraphQL request runs in one transaction as the database role techvp_app, with the
 * viewer's row scope in transaction-local settings, so PostgreSQL's row-level security
 * policies apply the same scope as the application does (a second line of defence).
 * Log-in and log-out run outside it: a failed log-in must stay counted whatever happens next.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { Kind, OperationDefinitionNode, parse } from 'graphql';
import type { Viewer } from '../graphql/context';
import { databaseScope } from '../modules/identity/access';

export const APP_DB_ROLE = 'techvp_app';
// Run outside the request transaction, on the owner connection: they open or end sessions, and a
// refused log-in step must stay counted (committed) when the error is returned.
const SESSION_FIELDS = new Set(['login', 'logout', 'verifySecondFactor', 'beginTotpEnrolment', 'confirmTotpEnrolment']);

export type OperationShape = 'session' | 'mixed-session' | 'query' | 'other';

/**
 * What the request's operation is: a read ("query", which may go to a read replica), one that
 * only logs in or out ("session"), one that mixes log-in with more ("mixed-session", refused),
 * or anything else (mutations, and documents Apollo will reject itself).
 */
export function operationShape(body: unknown): OperationShape {
  const b = body as { query?: unknown; operationName?: unknown } | undefined;
  if (!b || typeof b.query !== 'string') return 'other';
  let ops: OperationDefinitionNode[];
  try {
    ops = parse(b.query, { maxTokens: 20_000 }).definitions.filter(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
  } catch {
    return 'other'; // Apollo reports the syntax error itself.
  }
  const op =
    typeof b.operationName === 'string' ? ops.find((o) => o.name?.value === b.operationName) : ops.length === 1 ? ops[0] : undefined;
  if (op?.operation === 'query') return 'query';
  if (!op || op.operation !== 'mutation') return 'other';
  const fields = op.selectionSet.selections.filter((s) => s.kind === Kind.FIELD).map((s) => (s.kind === Kind.FIELD ? s.name.value : ''));
  const session = fields.filter((f) => SESSION_FIELDS.has(f)).length;
  if (session === 0) return 'other';
  return session === op.selectionSet.selections.length ? 'session' : 'mixed-session';
}

/** Switches the transaction to the application role and sets the viewer's scope. */
export async function applyDatabaseScope(em: EntityManager, viewer: Viewer | null): Promise<void> {
  const settings = databaseScope(viewer);
  const names = Object.keys(settings);
  const params = names.flatMap((n) => [n, settings[n]]);
  const calls = names.map(() => 'set_config(?, ?, true)').join(', ');
  await em.getConnection().execute(`set local role ${APP_DB_ROLE}`, [], 'run', em.getTransactionContext());
  await em.getConnection().execute(`select ${calls}`, params, 'all', em.getTransactionContext());
}
