/**
 * Writing generated rows: one transaction, multi-row `INSERT … SELECT … FROM unnest(…)` in
 * batches (one array parameter per column; works on PostgreSQL and on the embedded PGlite,
 * where COPY may not), then every serial sequence moved past the largest id.
 * Personal data is encrypted here, with the key the caller holds.
 */
import { createHash } from 'node:crypto';
import { maskPhone, maskResidentId, PiiCipher } from '@techvp/server';
import type pg from 'pg';
import { type Db, inTransaction, withClient } from './db';
import { DEFAULT_AS_OF, DEFAULT_SEED, generate, type GeneratedData, type GenerateOptions } from './generate';
import { type ReferenceLoadResult, upsertReferenceData } from './reference';
import { type PgType, REFERENCE_COLUMNS, type Row, SYNTHETIC_COLUMNS, SYNTHETIC_TABLES, type SyntheticTable } from './schema';

/** Rows per INSERT: large enough to amortise the round trip, small enough to stay cheap to parse. */
const BATCH_ROWS = 20_000;

export interface LoadOptions extends GenerateOptions {
  /** The 32-byte personal-data key (TECHVP_PII_KEY). */
  piiKey: Buffer;
}

export interface LoadResult {
  seed: number | string;
  scale: number;
  asOf: string;
  /** Rows written per synthetic table. */
  counts: Record<SyntheticTable, number>;
  rows: number;
  generateMs: number;
  writeMs: number;
  /** Rows written per second of writing (generation excluded). */
  rowsPerSecond: number;
}

function quote(s: string): string {
  let needs = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 34 || c === 92) {
      needs = true;
      break;
    }
  }
  return needs ? `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"` : `"${s}"`;
}

/** A PostgreSQL array literal of one column of rows[from, to). */
function arrayLiteral(
  type: PgType,
  rows: readonly Record<string, unknown>[],
  column: string,
  from: number,
  to: number,
  map?: Map<number, number>,
): string {
  const parts: string[] = new Array(to - from);
  for (let i = from; i < to; i++) {
    const v = rows[i][column];
    let s: string;
    if (v === null || v === undefined) s = 'NULL';
    else if (type === 'int' || type === 'smallint' || type === 'bigint') s = String(map ? (map.get(v as number) ?? v) : v);
    else if (type === 'bool') s = v ? 't' : 'f';
    else if (type === 'bytea') s = `"\\\\x${(v as Buffer).toString('hex')}"`;
    else if (type === 'text[]') s = quote(`{${(v as string[]).map(quote).join(',')}}`);
    else s = quote(v as string);
    parts[i - from] = s;
  }
  return `{${parts.join(',')}}`;
}

function baseType(t: string): PgType {
  return (t.endsWith('?') ? t.slice(0, -1) : t) as PgType;
}

/** Maps from the generator's reference ids (file order) to the database's, by natural key. */
type RefMaps = Partial<Record<'division_id' | 'sector_id' | 'institution_id', Map<number, number>>>;

async function referenceMaps(client: pg.ClientBase, data: GeneratedData): Promise<RefMaps> {
  const maps: RefMaps = {};
  for (const [table, column] of [
    ['division', 'division_id'],
    ['sector', 'sector_id'],
    ['institution', 'institution_id'],
  ] as const) {
    const { rows } = await client.query<{ id: number; code: string }>(`select id, code from ${table}`);
    const byCode = new Map(rows.map((r) => [r.code, r.id]));
    const map = new Map<number, number>();
    let identity = true;
    for (const r of data.reference[table]) {
      const id = byCode.get(r.code);
      if (id === undefined) throw new Error(`reference ${table} "${r.code}" is missing: run loadReferenceData first`);
      map.set(r.id, id);
      if (id !== r.id) identity = false;
    }
    if (!identity) maps[column] = map;
  }
  return maps;
}

/** The rows of a table as written, with personal data encrypted, hashed and masked. */
function rowsToWrite(data: GeneratedData, table: SyntheticTable, cipher: PiiCipher): Record<string, unknown>[] {
  if (table === 'expert') {
    return data.tables.expert.map(({ id_number, phone, ...rest }): Row<'expert'> => ({
      ...rest,
      id_number_cipher: cipher.encrypt(id_number),
      id_number_hash: cipher.hash(id_number),
      id_number_masked: maskResidentId(id_number),
      phone_cipher: phone === null ? null : cipher.encrypt(phone),
      phone_masked: phone === null ? null : maskPhone(phone),
    }));
  }
  if (table === 'enterprise') {
    return data.tables.enterprise.map(({ contact_phone, ...rest }): Row<'enterprise'> => ({
      ...rest,
      contact_phone_cipher: contact_phone === null ? null : cipher.encrypt(contact_phone),
      contact_phone_masked: contact_phone === null ? null : maskPhone(contact_phone),
    }));
  }
  return data.tables[table] as unknown as Record<string, unknown>[];
}

async function writeTable(client: pg.ClientBase, table: SyntheticTable, rows: Record<string, unknown>[], maps: RefMaps): Promise<void> {
  if (!rows.length) return;
  const spec = SYNTHETIC_COLUMNS[table] as Record<string, string>;
  const columns = Object.keys(spec);
  const types = columns.map((c) => baseType(spec[c]));
  const sql =
    `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) ` +
    `select ${columns.map((c, i) => (types[i] === 'text[]' ? `"${c}"::text[]` : `"${c}"`)).join(', ')} ` +
    `from unnest(${types.map((t, i) => `$${i + 1}::${t === 'text[]' ? 'text' : t}[]`).join(', ')}) ` +
    `as u(${columns.map((c) => `"${c}"`).join(', ')})`;
  // While PostgreSQL inserts one batch, the next one is encoded.
  let pending: Promise<unknown> | null = null;
  for (let from = 0; from < rows.length; from += BATCH_ROWS) {
    const to = Math.min(rows.length, from + BATCH_ROWS);
    const params = columns.map((c, i) => arrayLiteral(types[i], rows, c, from, to, maps[c as keyof RefMaps]));
    if (pending) await pending;
    const p = client.query(sql, params);
    p.catch(() => undefined);
    pending = p;
  }
  if (pending) await pending;
}

/** Writes generated data on a client already inside a transaction. */
export async function writeSynthetic(client: pg.ClientBase, data: GeneratedData, piiKey: Buffer): Promise<Omit<LoadResult, 'generateMs'>> {
  const started = performance.now();
  const cipher = new PiiCipher(piiKey);
  const maps = await referenceMaps(client, data);
  const counts = {} as Record<SyntheticTable, number>;
  let total = 0;
  for (const table of SYNTHETIC_TABLES) {
    const rows = rowsToWrite(data, table, cipher);
    await writeTable(client, table, rows, maps);
    counts[table] = rows.length;
    total += rows.length;
  }
  await resetSequences(client);
  const writeMs = performance.now() - started;
  return {
    seed: data.seed,
    scale: data.scale,
    asOf: data.asOf,
    counts,
    rows: total,
    writeMs,
    rowsPerSecond: Math.round(total / (writeMs / 1000)),
  };
}

/** Moves every serial sequence of the seeded tables past the largest id in use. */
export async function resetSequences(client: pg.ClientBase): Promise<void> {
  const tables = [...Object.keys(REFERENCE_COLUMNS), ...SYNTHETIC_TABLES, 'work_calendar_day', 'setting'];
  const sql = tables
    .map((t) => `select setval(pg_get_serial_sequence('"${t}"', 'id'), coalesce((select max(id) from "${t}"), 0) + 1, false)`)
    .join(' union all ');
  await client.query(sql);
}

/**
 * Generates (seed, scale, asOf) and writes it in one transaction: all rows or none.
 * Reference data must already be loaded (loadReferenceData).
 */
export async function loadSyntheticData(db: Db, options: LoadOptions): Promise<LoadResult> {
  const t0 = performance.now();
  const data = generate(options);
  const generateMs = performance.now() - t0;
  const result = await withClient(db, (client) => inTransaction(client, () => writeSynthetic(client, data, options.piiKey)));
  return { ...result, generateMs };
}

export interface SeedOptions extends LoadOptions {
  /** false: reference data only (e.g. TECHVP_SKIP_SEED). Default true. */
  synthetic?: boolean;
}

export interface SeedResult {
  reference: ReferenceLoadResult;
  /** What happened to synthetic data. */
  synthetic: 'loaded' | 'skipped: data present' | 'skipped: disabled';
  load?: LoadResult;
}

/**
 * Start-up seeding: reference data always; synthetic data only into an empty database (no
 * enterprise yet). An advisory lock makes concurrent start-ups wait for each other instead
 * of seeding twice.
 */
export async function seedIfEmpty(db: Db, options: SeedOptions): Promise<SeedResult> {
  return withClient(db, (client) =>
    inTransaction(client, async () => {
      await client.query(`select pg_advisory_xact_lock(hashtext('techvp:seed'))`);
      const reference = await upsertReferenceData(client);
      if (options.synthetic === false) return { reference, synthetic: 'skipped: disabled' as const };
      const { rows } = await client.query<{ present: boolean }>('select exists (select 1 from enterprise) as present');
      if (rows[0].present) return { reference, synthetic: 'skipped: data present' as const };
      const t0 = performance.now();
      const data = generate(options);
      const generateMs = performance.now() - t0;
      const load = { ...(await writeSynthetic(client, data, options.piiKey)), generateMs };
      return { reference, synthetic: 'loaded' as const, load };
    }),
  );
}

async function domainTables(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ table_name: string }>(
    `select table_name from information_schema.tables
     where table_schema = current_schema() and table_type = 'BASE TABLE' and table_name not like 'mikro_orm_%'
     order by table_name`,
  );
  return rows.map((r) => r.table_name);
}

/**
 * Empties every domain table and restarts the ids. The migration log stays, and so does the
 * audit log: it is append-only by design (a trigger refuses TRUNCATE) and refers to nothing.
 */
export async function resetDatabase(db: Db): Promise<void> {
  await withClient(db, async (client) => {
    const tables = (await domainTables(client)).filter((t) => t !== 'audit_log');
    if (tables.length) await client.query(`truncate table ${tables.map((t) => `"${t}"`).join(', ')} restart identity cascade`);
  });
}

/** Rows per domain table. */
export async function tableCounts(db: Db): Promise<Record<string, number>> {
  return withClient(db, async (client) => {
    const tables = await domainTables(client);
    if (!tables.length) return {};
    const { rows } = await client.query<{ t: string; n: string }>(
      tables.map((t) => `select '${t}' as t, count(*) as n from "${t}"`).join(' union all '),
    );
    return Object.fromEntries(rows.map((r) => [r.t, Number(r.n)]).sort((a, b) => (a[0] < b[0] ? -1 : 1)));
  });
}

const RAW_TYPES = { getTypeParser: () => (value: string) => value } as unknown as pg.CustomTypesConfig;

/**
 * SHA-256 over the database's content: every domain table in name order, rows in id order,
 * all columns as PostgreSQL prints them except the randomly encrypted `*_cipher` columns and
 * created_at / updated_at. Equal databases give equal hashes whatever the engine's clock.
 */
export async function contentHash(db: Db): Promise<string> {
  return withClient(db, (client) =>
    inTransaction(client, async () => {
      await client.query(`set local timezone = 'UTC'`);
      await client.query(`set local datestyle = 'ISO, YMD'`);
      await client.query(`set local bytea_output = 'hex'`);
      await client.query(`set local extra_float_digits = 1`);
      const hash = createHash('sha256');
      for (const table of await domainTables(client)) {
        const { rows: cols } = await client.query<{ column_name: string }>(
          `select column_name from information_schema.columns where table_schema = current_schema() and table_name = $1 order by ordinal_position`,
          [table],
        );
        const names = cols.map((c) => c.column_name);
        const kept = names.filter((c) => c !== 'created_at' && c !== 'updated_at' && !c.endsWith('_cipher'));
        hash.update(`table ${table} (${kept.join(',')})\n`);
        const select = kept.map((c) => `"${c}"::text`).join(', ');
        if (names.includes('id')) {
          let last: string | null = null;
          for (;;) {
            const res: pg.QueryArrayResult<string[]> = await client.query({
              text: `select id::text as _id, ${select} from "${table}" ${last === null ? '' : 'where id > $1'} order by id limit 5000`,
              values: last === null ? [] : [last],
              rowMode: 'array',
              types: RAW_TYPES,
            });
            for (const r of res.rows) hash.update(`${JSON.stringify(r.slice(1))}\n`);
            if (res.rows.length < 5000) break;
            last = res.rows[res.rows.length - 1][0];
          }
        } else {
          const res = await client.query({
            text: `select ${select} from "${table}" order by ${kept.map((_, i) => i + 1).join(', ')}`,
            rowMode: 'array',
            types: RAW_TYPES,
          });
          for (const r of res.rows) hash.update(`${JSON.stringify(r)}\n`);
        }
      }
      return hash.digest('hex');
    }),
  );
}

export { DEFAULT_AS_OF, DEFAULT_SEED };
