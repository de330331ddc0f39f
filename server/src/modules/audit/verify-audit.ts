/**
 * Checks the audit log's hash chain:
 *   DATABASE_URL=postgres://… node server/dist/modules/audit/verify-audit.js [--json]
 * Exit status: 0 intact, 1 broken, 2 could not check (configuration or connection).
 */
import pg from 'pg';
import { loadConfig } from '../../config';
import { verifyAuditChain } from './audit.service';

export async function main(argv: string[] = process.argv.slice(2)): Promise<number> {
  const config = loadConfig();
  if (!config.DATABASE_URL) {
    console.error('需要设置 DATABASE_URL / DATABASE_URL is required');
    return 2;
  }
  const pool = new pg.Pool({ connectionString: config.DATABASE_URL, max: 1 });
  try {
    const report = await verifyAuditChain(pool);
    if (argv.includes('--json')) {
      console.log(JSON.stringify(report));
    } else if (report.ok) {
      console.log(`审计链完整，已校验 ${report.checked} 条 / Audit chain intact: ${report.checked} rows checked`);
    } else {
      console.log(
        `审计链在第 ${report.firstBrokenId} 条处断裂：${report.reason} / Audit chain broken at row ${report.firstBrokenId}: ${report.reason}`,
      );
    }
    return report.ok ? 0 : 1;
  } finally {
    await pool.end();
  }
}

if (require.main === module) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      console.error(err instanceof Error ? err.message : err);
      process.exitCode = 2;
    },
  );
}
