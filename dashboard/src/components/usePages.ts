/** Cursor pagination over a list query (first/after), with a page stack for going back. */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';

export interface Connection<N> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  nodes: N[];
}

export function usePages<TData, TVars extends Record<string, unknown>, N>(
  doc: TypedDocumentNode<TData, TVars>,
  vars: Omit<TVars, 'first' | 'after'>,
  pick: (d: TData) => Connection<N> | null | undefined,
  pageSize = 20,
) {
  const key = JSON.stringify(vars);
  const [state, setState] = useState<{ key: string; cursors: Array<string | null> }>({ key, cursors: [null] });
  const cursors = state.key === key ? state.cursors : [null];
  const after = cursors[cursors.length - 1];
  const variables = useMemo(() => ({ ...vars, first: pageSize, after }) as unknown as TVars, [key, pageSize, after]);
  const q = useQuery(doc as TypedDocumentNode<TData, Record<string, unknown>>, { variables: variables as Record<string, unknown> });
  const conn = q.data ? pick(q.data as TData) : null;
  return {
    nodes: conn?.nodes ?? [],
    totalCount: conn?.totalCount ?? 0,
    page: cursors.length,
    hasNext: !!conn?.pageInfo.hasNextPage,
    hasPrev: cursors.length > 1,
    loading: q.loading,
    error: q.error,
    data: q.data as TData | undefined,
    refetch: () => void q.refetch(),
    next: () => conn?.pageInfo.endCursor && setState({ key, cursors: [...cursors, conn.pageInfo.endCursor] }),
    prev: () => setState({ key, cursors: cursors.slice(0, -1) }),
  };
}
