/** Helpers shared by the document tests. */
import type { TestServer } from '../support/server';

/**
 * The limit counts per minute of PostgreSQL's clock: a test that must stay inside one minute
 * starts with at least 10 seconds of it left.
 */
export async function awayFromMinuteBoundary(api: TestServer): Promise<void> {
  const { rows } = await api.db.sql.query<{ s: number }>(`select extract(second from clock_timestamp())::float8 as s`);
  if (rows[0].s > 50) await new Promise((r) => setTimeout(r, (60.5 - rows[0].s) * 1000));
}
