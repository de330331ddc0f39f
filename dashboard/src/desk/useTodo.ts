/** The to-do counts of the menu (`myTodo`): how many cases wait for this account's role, per key. */
import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { MyTodoDocument } from '../gql/graphql';

export function useTodo(enabled = true) {
  const q = useQuery(MyTodoDocument, { skip: !enabled, fetchPolicy: 'cache-and-network' });
  return useMemo(() => {
    const counts = new Map((q.data?.myTodo ?? []).map((t) => [t.key, t.count]));
    /** The sum over keys; a key may end in `*` (e.g. `application.*`). */
    const sum = (keys: readonly string[]) =>
      keys.reduce((n, k) => {
        if (!k.endsWith('*')) return n + (counts.get(k) ?? 0);
        let s = 0;
        for (const [key, c] of counts) if (key.startsWith(k.slice(0, -1))) s += c;
        return n + s;
      }, 0);
    return { counts, sum, loaded: !!q.data };
  }, [q.data]);
}
