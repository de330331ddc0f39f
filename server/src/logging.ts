/**
 * What an error looks like in the log. A failed SQL statement's error carries the statement
 * with its parameter values written in (knex formats them into the message), PostgreSQL's
 * `detail` ("Failing row contains (…)") and the query text: all of it can hold personal data,
 * so a database error is logged by its code, constraint, table and column only, and the
 * stack keeps its frames but not its message. Other errors lose the same properties.
 */
import pino from 'pino';

/** Properties of driver errors that hold statement text or values. */
const VALUE_PROPS = [
  'detail',
  'where',
  'internalQuery',
  'query',
  'sql',
  'params',
  'parameters',
  'bindings',
  'values',
  'sqlMessage',
  'errmsg',
];

const isDatabaseError = (err: Record<string, unknown>): boolean =>
  typeof err.sqlState === 'string' ||
  (typeof err.code === 'string' && /^[0-9A-Z]{5}$/.test(err.code) && ('severity' in err || 'routine' in err)) ||
  /Exception$/.test(String(err.name ?? ''));

/** Only the stack's `at …` lines. */
const framesOf = (stack: unknown): string | undefined =>
  typeof stack === 'string'
    ? stack
        .split('\n')
        .filter((l) => l.trim().startsWith('at '))
        .join('\n')
    : undefined;

/** pino's `err` serializer without statement text or parameter values. */
export function serializeError(err: unknown): unknown {
  if (!(err instanceof Error)) return err;
  const raw = err as Error & Record<string, unknown>;
  if (isDatabaseError(raw)) {
    return {
      type: raw.name,
      message: `database error ${String(raw.code ?? raw.sqlState ?? '')}${raw.constraint ? ` on constraint ${String(raw.constraint)}` : ''}`,
      code: raw.code,
      constraint: raw.constraint,
      table: raw.table,
      column: raw.column,
      routine: raw.routine,
      stack: framesOf(raw.stack),
    };
  }
  const out = pino.stdSerializers.err(err) as unknown as Record<string, unknown>;
  for (const k of VALUE_PROPS) delete out[k];
  if (raw.cause !== undefined) out.cause = serializeError(raw.cause);
  return out;
}
