/** The bundled explorer is served locally; Apollo's internet landing page is off. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TestServer } from '../support/server';

describe('GraphiQL explorer', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer();
  });
  afterAll(async () => api?.close());

  it('opens when a browser visits /graphql or /explorer, from local assets only', async () => {
    for (const p of ['/graphql', '/explorer']) {
      const res = await fetch(`${api.url}${p}`, { headers: { accept: 'text/html' } });
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain('GraphQL');
      expect(html).not.toMatch(/(src|href)="https?:/);
      const scripts = [...html.matchAll(/src="([^"]+)"/g)].map((m) => m[1]);
      expect(scripts.length).toBeGreaterThan(0);
      for (const src of scripts) {
        expect(src.startsWith('/assets/')).toBe(true);
        expect((await fetch(`${api.url}${src}`)).status).toBe(200);
      }
    }
  });

  it('bundles no loader of Apollo Sandbox or of a CDN', () => {
    const assets = path.resolve(__dirname, '..', '..', 'dashboard', 'dist', 'assets');
    const js = fs.readdirSync(assets).filter((f) => f.endsWith('.js'));
    expect(js.length).toBeGreaterThan(0);
    for (const f of js) {
      const text = fs.readFileSync(path.join(assets, f), 'utf8');
      expect(text).not.toContain('embeddable-sandbox.cdn.apollographql.com');
      expect(text).not.toMatch(/https:\/\/(unpkg\.com|cdn\.jsdelivr\.net)\/[^"'\s]*\.js/);
    }
  });

  it('still answers GraphQL over POST and refuses a cross-site style GET without preflight', async () => {
    const post = await api.gql<{ sectors: unknown[] }>('{ sectors { code } }');
    expect(post.data!.sectors.length).toBe(8);
    const get = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ sectors { code } }')}`);
    expect(get.status).toBe(400);
  });
});
