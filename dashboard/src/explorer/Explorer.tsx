import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { FormEvent, useEffect, useState } from 'react';
import { EXAMPLES } from './examples';

const fetcher = createGraphiQLFetcher({ url: '/graphql' });

async function gql<T>(query: string, variables?: Record<string, unknown>): Promise<{ data?: T; errors?: Array<{ message: string }> }> {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}

/** Asks for an account when the browser has no session (the schema is only for signed-in analysts). */
function SignIn({ onDone }: { onDone: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const res = await gql('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { me { username } } }', {
      u: form.get('username'),
      p: form.get('password'),
    });
    if (res.errors?.length) setError(res.errors[0].message);
    else onDone();
  };
  return (
    <form onSubmit={submit} style={{ maxWidth: 360, margin: '15vh auto', fontFamily: 'system-ui, sans-serif', display: 'grid', gap: 12 }}>
      <h2 style={{ margin: 0 }}>GraphQL 查询器 · 登录 / Sign in to the explorer</h2>
      <input name="username" placeholder="用户名 / Username" autoComplete="username" required style={{ padding: 8 }} />
      <input
        name="password"
        type="password"
        placeholder="密码 / Password"
        autoComplete="current-password"
        required
        style={{ padding: 8 }}
      />
      <button type="submit" style={{ padding: 8 }}>
        登录 / Sign in
      </button>
      {error && (
        <p role="alert" style={{ color: '#b42318', margin: 0 }}>
          {error}
        </p>
      )}
    </form>
  );
}

/** The bundled GraphiQL: schema docs, and a tab per saved example query. Nothing from the internet. */
export default function Explorer() {
  const [signedIn, setSignedIn] = useState<boolean | null>(null);
  useEffect(() => {
    void gql<{ me: { username: string } | null }>('{ me { username } }').then((r) => setSignedIn(Boolean(r.data?.me)));
  }, []);
  if (signedIn === null) return null;
  if (!signedIn) return <SignIn onDone={() => setSignedIn(true)} />;
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
