/**
 * A typed operation read from its `.graphql` file at run time (`import src from './X.graphql?raw'`).
 * Why not the generated `…Document` constants: `gql/graphql.ts` is one module, so every document
 * it holds ships with the first screen (at its 500 KB budget); desk pages are lazy, and this keeps
 * their queries in their own chunks. The types still come from the generated file (GraphQL Code
 * Generator reads the same `.graphql` files), and the server validates every operation.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Kind, parse, type DefinitionNode, type DocumentNode } from 'graphql';

const parsed = new Map<string, DocumentNode>();

/** The operation `name` of `source`, with the fragments (from `fragments`) it spreads. */
export function operation<TData, TVars>(source: string, name: string, ...fragments: string[]): TypedDocumentNode<TData, TVars> {
  const key = [source, ...fragments].join('\n');
  let doc = parsed.get(key);
  if (!doc) {
    doc = parse(key);
    parsed.set(key, doc);
  }
  const op = doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name);
  if (!op) throw new Error(`operation ${name} not found`);
  const byName = new Map(
    doc.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [(d as { name: { value: string } }).name.value, d]),
  );
  // The fragments it spreads, and theirs in turn.
  const needed = new Map<string, DefinitionNode>();
  const visit = (node: DefinitionNode) => {
    for (const m of JSON.stringify(node).matchAll(/"kind":"FragmentSpread","name":\{"kind":"Name","value":"([^"]+)"/g)) {
      const f = byName.get(m[1]);
      if (f && !needed.has(m[1])) {
        needed.set(m[1], f);
        visit(f);
      }
    }
  };
  visit(op);
  return { kind: Kind.DOCUMENT, definitions: [op, ...needed.values()] } as unknown as TypedDocumentNode<TData, TVars>;
}
