import { useEffect, useState } from 'react';

interface Division {
  code: string;
  nameZh: string;
}

/** Placeholder shell until the dashboard issue builds the real views. */
export function App() {
  const [divisions, setDivisions] = useState<Division[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ divisions { code nameZh } }' }) })
      .then((r) => r.json())
      .then((r: { data?: { divisions: Division[] }; errors?: Array<{ message: string }> }) => {
        if (r.errors?.length) setError(r.errors[0].message);
        else setDivisions(r.data?.divisions ?? []);
      })
      .catch((e: Error) => setError(e.message));
  }, []);
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', padding: 24 }}>
      <h1>聊城市“科技副总”数据平台</h1>
      <p>
        <a href="/explorer">GraphQL 查询器 / Explorer</a>
      </p>
      {error && <p role="alert">加载失败：{error}</p>}
      {divisions && (
        <ul>
          {divisions.map((d) => (
            <li key={d.code}>
              {d.nameZh}（{d.code}）
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
