import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

describe('docs/permissions.md', () => {
  it('shows the permission matrix the server enforces', () => {
    const out = execFileSync('node', [path.resolve(__dirname, '..', '..', 'scripts', 'permissions-doc.mjs'), '--check'], {
      encoding: 'utf8',
    });
    expect(out).toContain('current');
  });
});
