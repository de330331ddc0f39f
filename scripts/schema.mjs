// Writes schema/schema.graphql from the code (`--write`), or fails when it is stale (`--check`).
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { buildGraphQLSchema, printContract, CONTRACT_PATH } = require('../server/dist/index.js');

const mode = process.argv[2] ?? '--check';
const text = printContract(await buildGraphQLSchema());
if (mode === '--write') {
  fs.writeFileSync(CONTRACT_PATH, text);
  console.log(`wrote ${CONTRACT_PATH}`);
} else {
  const committed = fs.existsSync(CONTRACT_PATH) ? fs.readFileSync(CONTRACT_PATH, 'utf8') : '';
  if (committed !== text) {
    console.error('schema/schema.graphql is stale: run `pnpm schema:write` and commit the result');
    process.exit(1);
  }
  console.log('schema/schema.graphql is current');
}
