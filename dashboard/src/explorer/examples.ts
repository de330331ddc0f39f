// The saved example queries: the same files the analyst guide shows and the tests run.
const files = import.meta.glob('../../../docs/examples/*.graphql', { query: '?raw', import: 'default', eager: true }) as Record<
  string,
  string
>;

export interface Example {
  name: string;
  query: string;
}

export const EXAMPLES: Example[] = Object.entries(files)
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([path, query]) => ({
    name: path
      .split('/')
      .pop()!
      .replace(/\.graphql$/, ''),
    query,
  }));
