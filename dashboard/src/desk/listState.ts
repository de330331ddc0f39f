// Relative imports carry .js: these pure modules are also compiled by the tests as Node ESM.
/**
 * A desk list's state in the URL's query string: the search form's values, the page, the
 * page size and the sort (`sort=field` ascending, `sort=-field` descending). Pure functions,
 * so the round trip is tested without a browser.
 *
 * Two lists on one page each take a `prefix`, so that their keys do not meet: with prefix
 * `sent` the second list keeps `sent.page`, `sent.size`, `sent.sort` and `sent.<field>`.
 */

export const PAGE_SIZES = [10, 20, 50, 100] as const;

export interface ListState {
  values: Record<string, string>;
  page: number;
  size: number;
  sort: { field: string; direction: 'ASC' | 'DESC' } | null;
}

const RESERVED = new Set(['page', 'size', 'sort']);

/** The URL key of a list's parameter: `name`, or `prefix.name` for a list with a prefix. */
export function listKey(prefix: string | undefined, name: string): string {
  return prefix ? `${prefix}.${name}` : name;
}

export function readListState(
  search: URLSearchParams,
  fieldNames: readonly string[],
  defaults: { size?: number; sort?: ListState['sort'] } = {},
  prefix?: string,
): ListState {
  const key = (name: string) => listKey(prefix, name);
  const values: Record<string, string> = {};
  for (const name of fieldNames) {
    const v = search.get(key(name));
    if (v) values[name] = v;
  }
  const page = Number(search.get(key('page')));
  const size = Number(search.get(key('size')));
  const sortParam = search.get(key('sort'));
  const sort =
    sortParam && /^-?[A-Za-z][A-Za-z0-9_]*$/.test(sortParam)
      ? { field: sortParam.replace(/^-/, ''), direction: sortParam.startsWith('-') ? ('DESC' as const) : ('ASC' as const) }
      : (defaults.sort ?? null);
  return {
    values,
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
    size: (PAGE_SIZES as readonly number[]).includes(size) ? size : (defaults.size ?? 20),
    sort,
  };
}

/** The query string for a new state; keys that are not the list's own are kept. */
export function writeListState(search: URLSearchParams, fieldNames: readonly string[], state: ListState, prefix?: string): URLSearchParams {
  const key = (name: string) => listKey(prefix, name);
  const next = new URLSearchParams(search);
  for (const name of [...fieldNames, ...RESERVED]) next.delete(key(name));
  for (const [k, v] of Object.entries(state.values)) if (v && !RESERVED.has(k)) next.set(key(k), v);
  if (state.page > 1) next.set(key('page'), String(state.page));
  if (state.size !== 20) next.set(key('size'), String(state.size));
  if (state.sort) next.set(key('sort'), `${state.sort.direction === 'DESC' ? '-' : ''}${state.sort.field}`);
  next.sort();
  return next;
}
