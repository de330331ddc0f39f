import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { EXAMPLES } from './examples';

const fetcher = createGraphiQLFetcher({ url: '/graphql' });

/** The bundled GraphiQL: schema docs, and a tab per saved example query. Nothing from the internet. */
export default function Explorer() {
  const tabs = EXAMPLES.map((e) => ({ query: e.query }));
  return (
    <GraphiQL
      fetcher={fetcher}
      defaultTabs={tabs.length ? tabs : undefined}
      defaultEditorToolsVisibility="variables"
      shouldPersistHeaders={false}
    />
  );
}
