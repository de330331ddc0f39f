/**
 * The audit trail (等保 2.0 level 3, 8.1.4.3 安全审计; PIPL Art. 51, 55): one append-only row per
 * log-in attempt, administrative action and mutation. Rows form a hash chain: each row stores the
 * hash of the previous one, and its own hash covers that and its content, so editing or deleting
 * a row is detected by `verifyAuditChain`. The database refuses UPDATE, DELETE and TRUNCATE on
 * the table (migration 20261125100000); the chain catches what a superuser could still do.
 */
import { createHash } from 'node:crypto';
import { TransactionPropagation } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

export type AuditResult = 'OK' | 'DENIED' | 'FAILED';

export interface AuditEntry {
  /** Log-in name of who acted (or tried to); omitted for anonymous. */
  username?: string | null;
  role?: string | null;
  operation: string;
  objectType?: string | null;
  objectIds?: string | ReadonlyArray<string | number> | null;
  result: AuditResult;
  /** Free-form context; keys that name secrets or personal data are stripped. */
  detail?: unknown;
}

export interface AuditRecorded {
  id: number;
  at: Date;
  hash: string;
}

export interface AuditChainReport {
  ok: boolean;
  /** Rows checked (up to and including the first broken one). */
  checked: number;
  firstBrokenId?: number;
  reason?: string;
}

/** A `pg` Pool, or a `pg` client (inside or outside a transaction). */
export interface PgQueryable {
  query(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}
interface PgPoolLike extends PgQueryable {
  connect(): Promise<PgQueryable & { release(err?: Error | boolean): void }>;
  idleCount: number;
}

export type AuditDb = EntityManager | PgQueryable;

/** The chain's start: the `prev_hash` of the first row. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * Key of the transaction-level advisory lock that serializes appends across transactions and
 * server processes ('techvp_a' as a big-endian int8). Taken before reading the last hash.
 */
export const AUDIT_LOCK_KEY = '8387219181362241377';

const LIMITS = { username: 64, role: 32, operation: 96, objectType: 64, text: 2000 };

/** Keys never written to `detail`, compared without case, `_` or `-`. */
const SECRET_KEY = /(password|passwd|pwd|secret|token|idnumber|idcard|residentid|phone|mobile|cookie|authorization)/;
const RESIDENT_ID = /(?<![0-9A-Za-z])\d{6}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])/g;
const MOBILE = /(?<!\d)(?:\+?86[- ]?)?1[3-9]\d{9}(?!\d)/g;
const REDACTED = '[redacted]';

export class AuditService {
  constructor(private readonly clock: () => Date = () => new Date()) {}

  /**
   * Appends one row. Given an EntityManager inside a transaction, the row joins that transaction
   * (so a mutation and its audit row commit or roll back together); otherwise it runs in its own.
   * A `pg` client inside BEGIN joins it through a savepoint; a `pg` Pool gets its own transaction.
   *
   * The advisory lock is held until the surrounding transaction ends: record the audit row as
   * the last statement of a mutation, so other writers wait as briefly as possible.
   */
  async record(db: AuditDb, entry: AuditEntry): Promise<AuditRecorded> {
    if (isEntityManager(db)) {
      return inTurn(await connectionOf(db), () =>
        db.transactional((tx) => this.append(emRunner(tx), entry), {
          propagation: TransactionPropagation.REQUIRED,
          clear: true,
        }),
      );
    }
    if (isPool(db)) {
      const client = await db.connect();
      try {
        return await this.appendWithClient(client, entry);
      } finally {
        client.release();
      }
    }
    return inTurn(db, () => this.appendWithClient(db, entry));
  }

  private async appendWithClient(client: PgQueryable, entry: AuditEntry): Promise<AuditRecorded> {
    const run = pgRunner(client);
    let own = false;
    try {
      await client.query('savepoint techvp_audit');
    } catch (err) {
      // 25P01: not inside a transaction block; open our own.
      if ((err as { code?: string }).code !== '25P01') throw err;
      own = true;
      await client.query('begin');
    }
    try {
      const recorded = await this.append(run, entry);
      await client.query(own ? 'commit' : 'release savepoint techvp_audit');
      return recorded;
    } catch (err) {
      await client.query(own ? 'rollback' : 'rollback to savepoint techvp_audit').catch(() => undefined);
      throw err;
    }
  }

  private async append(run: Runner, entry: AuditEntry): Promise<AuditRecorded> {
    const [lock] = await run(
      `select pg_advisory_xact_lock(${AUDIT_LOCK_KEY}) as locked, current_setting('transaction_isolation') as isolation`,
      [],
    );
    // Under REPEATABLE READ the snapshot predates the lock, so the last hash read could be stale.
    if (lock.isolation !== 'read committed') {
      throw new Error(`audit records must be written under READ COMMITTED, not ${String(lock.isolation)}`);
    }
    const [last] = await run('select hash from audit_log order by id desc limit 1', []);
    const prevHash = last ? String(last.hash) : GENESIS_HASH;
    const at = new Date(this.clock().getTime());
    const fields = auditFields(at, entry);
    const hash = auditHash(prevHash, fields);
    const [row] = await run(
      `insert into audit_log (at, username, role, operation, object_type, object_ids, result, detail, prev_hash, hash)
       values (?::timestamptz, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?) returning id`,
      [
        fields.at,
        fields.username,
        fields.role,
        fields.operation,
        fields.object_type,
        fields.object_ids,
        fields.result,
        fields.detail === null ? null : JSON.stringify(fields.detail),
        prevHash,
        hash,
      ],
    );
    return { id: Number(row.id), at, hash };
  }
}

/** The hashed content of one row: everything except `id`, `prev_hash` and `hash`. */
export interface AuditFields {
  at: string;
  username: string | null;
  role: string | null;
  operation: string;
  object_type: string | null;
  object_ids: string | null;
  result: string;
  detail: unknown;
}

function auditFields(at: Date, entry: AuditEntry): AuditFields {
  const ids = entry.objectIds;
  const objectIds = ids === undefined || ids === null ? null : typeof ids === 'string' ? ids : ids.map(String).join(',');
  const detail = entry.detail === undefined || entry.detail === null ? null : sanitizeAuditDetail(entry.detail);
  return {
    at: at.toISOString(),
    username: clean(entry.username, LIMITS.username),
    role: clean(entry.role, LIMITS.role),
    operation: clean(entry.operation, LIMITS.operation) ?? '',
    object_type: clean(entry.objectType, LIMITS.objectType),
    object_ids: clean(objectIds, 100_000),
    result: entry.result,
    detail: detail === undefined ? null : detail,
  };
}

/** SHA-256 (hex) over the previous row's hash followed by the canonical JSON of the fields. */
export function auditHash(prevHash: string, fields: AuditFields): string {
  return createHash('sha256')
    .update(prevHash + canonicalJson(fields), 'utf8')
    .digest('hex');
}

/** JSON with object keys sorted at every level, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

/**
 * What may be stored as `detail`: a JSON value without keys naming secrets or personal data
 * (password, token, idNumber, phone…) and with resident ID and mobile numbers inside strings
 * redacted. Strings are made valid for jsonb (no NUL, no lone surrogates) and capped in length.
 */
export function sanitizeAuditDetail(detail: unknown): unknown {
  const json = JSON.stringify(detail ?? null, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
  const plain: unknown = JSON.parse(json ?? 'null');
  return scrub(plain, 0);
}

function scrub(value: unknown, depth: number): unknown {
  if (depth > 8) return REDACTED;
  if (typeof value === 'string') return scrubText(value);
  if (Array.isArray(value)) return value.map((v) => scrub(v, depth + 1));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      if (SECRET_KEY.test(key.toLowerCase().replace(/[_-]/g, ''))) continue;
      out[scrubText(key)] = scrub(v, depth + 1);
    }
    return out;
  }
  return value;
}

function scrubText(value: string): string {
  const text = wellFormed(value);
  const capped = text.length > LIMITS.text ? `${text.slice(0, LIMITS.text)}…` : text;
  return capped.replace(RESIDENT_ID, REDACTED).replace(MOBILE, REDACTED);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** PostgreSQL text and jsonb accept neither NUL nor unpaired surrogates. */
function wellFormed(value: string): string {
  return value.replaceAll('\u0000', '').replace(LONE_SURROGATE, '\uFFFD');
}

function clean(value: string | null | undefined, max: number): string | null {
  if (value === undefined || value === null) return null;
  const text = wellFormed(String(value));
  return [...text].slice(0, max).join('');
}

/**
 * Recomputes every row's hash in id order and checks each `prev_hash` against the row before.
 * Reports the first row whose content or link does not match: an edited row is reported itself,
 * a deleted row through its successor. (Deleting the newest rows leaves a shorter valid chain:
 * compare `checked` and the head hash with a copy kept elsewhere to catch that.)
 */
export async function verifyAuditChain(db: AuditDb, opts: { pageSize?: number } = {}): Promise<AuditChainReport> {
  const run = isEntityManager(db) ? emRunner(db) : pgRunner(db);
  const pageSize = opts.pageSize ?? 1000;
  let expectedPrev = GENESIS_HASH;
  let checked = 0;
  let afterId = '0';
  for (;;) {
    const rows = await run(
      `select id::text as id, to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') as at_text, username, role, operation,
              object_type, object_ids, result, detail::text as detail_text, prev_hash, hash
         from audit_log where audit_log.id > ?::bigint order by audit_log.id limit ${Number(pageSize)}`,
      [afterId],
    );
    for (const row of rows) {
      checked++;
      const id = Number(row.id);
      if (row.prev_hash !== expectedPrev) {
        return {
          ok: false,
          checked,
          firstBrokenId: id,
          reason: 'prev_hash does not match the previous row (a row was removed or inserted)',
        };
      }
      const atText = String(row.at_text);
      if (!atText.endsWith('000')) {
        return { ok: false, checked, firstBrokenId: id, reason: 'at was altered (sub-millisecond value)' };
      }
      const fields: AuditFields = {
        at: `${atText.slice(0, -3)}Z`,
        username: row.username as string | null,
        role: row.role as string | null,
        operation: row.operation as string,
        object_type: row.object_type as string | null,
        object_ids: row.object_ids as string | null,
        result: row.result as string,
        detail: row.detail_text === null ? null : JSON.parse(String(row.detail_text)),
      };
      if (auditHash(String(row.prev_hash), fields) !== row.hash) {
        return { ok: false, checked, firstBrokenId: id, reason: 'hash does not match the row content (the row was altered)' };
      }
      expectedPrev = String(row.hash);
      afterId = String(row.id);
    }
    if (rows.length < pageSize) return { ok: true, checked };
  }
}

/**
 * The last append asked for, per connection (a request transaction's, or a `pg` client). The
 * advisory lock serializes appends of different sessions, but it is re-entrant within one: the
 * parallel resolvers of one request (say three personal-data fields, each audited) would all
 * take it at once, read the same last hash and fork the chain. So appends on one connection
 * also wait for each other here, in the order they were asked for.
 */
const appending = new WeakMap<object, Promise<unknown>>();

/**
 * The connection of the EntityManager's transaction, the key appends wait on: a nested
 * transaction (savepoint) of the same request is another knex transaction object on the same
 * connection, and the same session, so it must wait in the same line. Undefined outside a
 * transaction.
 */
async function connectionOf(em: EntityManager): Promise<object | undefined> {
  const trx = em.getTransactionContext<{ client?: { acquireConnection?: () => Promise<object> } }>();
  if (!trx) return undefined;
  // A transaction's knex client always hands out its one connection, without the pool.
  return (await trx.client?.acquireConnection?.()) ?? trx;
}

function inTurn<T>(owner: object | undefined, append: () => Promise<T>): Promise<T> {
  if (!owner) return append(); // its own transaction: the advisory lock alone serializes it
  const before = appending.get(owner) ?? Promise.resolve();
  const mine = before.then(append, append);
  appending.set(
    owner,
    mine.catch(() => undefined),
  );
  return mine;
}

type Row = Record<string, unknown>;
/** Runs SQL with `?` placeholders. */
type Runner = (sql: string, params: unknown[]) => Promise<Row[]>;

function emRunner(em: EntityManager): Runner {
  return (sql, params) => em.execute<Row[]>(sql, params, 'all');
}

function pgRunner(client: PgQueryable): Runner {
  return async (sql, params) => {
    let n = 0;
    const text = sql.replace(/\?/g, () => `$${++n}`);
    return (await client.query(text, params)).rows;
  };
}

function isEntityManager(db: AuditDb): db is EntityManager {
  return typeof (db as Partial<EntityManager>).transactional === 'function' && typeof (db as Partial<EntityManager>).execute === 'function';
}

function isPool(db: PgQueryable): db is PgPoolLike {
  return typeof (db as Partial<PgPoolLike>).connect === 'function' && typeof (db as Partial<PgPoolLike>).idleCount === 'number';
}
