/**
 * Every GraphQL operation the dashboard sends passes the server's own validation, cost and depth
 * rules, so a page never meets "query too complex" at run time (a desk's notice list did once,
 * when child lists started to cost their real page size).
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, specifiedRules, validate, type DefinitionNode, type FragmentDefinitionNode } from 'graphql';
import { costRule, depthAndAliasRule } from '../../server/src/graphql/limits';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..', '..');
const schema = buildSchema(fs.readFileSync(path.join(root, 'schema', 'schema.graphql'), 'utf8'));

function documents(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? documents(p) : e.name.endsWith('.graphql') ? [p] : [];
  });
}

const files = documents(path.join(root, 'dashboard', 'src'));
const parsed = files.map((f) => ({ file: path.relative(root, f), defs: parse(fs.readFileSync(f, 'utf8')).definitions }));
const fragments = parsed.flatMap((p) => p.defs.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition'));
const operations = parsed.flatMap((p) =>
  p.defs.filter((d) => d.kind === 'OperationDefinition').map((op: DefinitionNode) => ({ file: p.file, op })),
);

describe('the dashboard’s GraphQL operations', () => {
  it('are found', () => {
    expect(operations.length).toBeGreaterThan(40);
  });

  it.each(operations.map((o) => [`${o.file} ${'name' in o.op && o.op.name ? o.op.name.value : '?'}`, o.op] as const))(
    '%s is valid and within the cost and depth limits',
    (_name, op) => {
      const rules = [...specifiedRules.filter((r) => r.name !== 'NoUnusedFragmentsRule'), costRule, depthAndAliasRule];
      const errors = validate(schema, { kind: 'Document', definitions: [op, ...fragments] } as never, rules);
      expect(errors.map((e) => e.message)).toEqual([]);
    },
  );
});
