/**
 * Every query, mutation and field resolver of the schema carries an access decision:
 * `@Authorized(...)` or a deliberate `@Public()`. A new entry point without one fails here.
 */
import { buildGraphQLSchema, isPublic } from '@techvp/server';
import { getMetadataStorage } from 'type-graphql';
import { describe, expect, it } from 'vitest';

describe('access decisions', () => {
  it('exist for every query, mutation and sensitive field', async () => {
    await buildGraphQLSchema();
    const storage = getMetadataStorage();
    const authorized = new Set(storage.authorizedFields.map((a) => `${a.target.name}.${a.fieldName}`));
    const entries = [...storage.queries, ...storage.mutations];
    expect(entries.length).toBeGreaterThan(60);
    const undecided = entries
      .map((e) => `${e.target.name}.${e.methodName}`)
      .filter((key) => !authorized.has(key) && !isPublic(key.split('.')[0], key.split('.')[1]));
    expect(undecided).toEqual([]);
    const publics = entries
      .filter((e) => isPublic(e.target.name, e.methodName))
      .map((e) => e.schemaName)
      .sort();
    // The second-factor steps of a log-in take a challenge token instead of a session.
    expect(publics).toEqual(['beginTotpEnrolment', 'confirmTotpEnrolment', 'login', 'logout', 'me', 'verifySecondFactor']);
    for (const field of ['idNumber', 'phone', 'contactPhone']) {
      const resolvers = storage.fieldResolvers.filter((f) => f.methodName === field);
      expect(resolvers.length).toBeGreaterThan(0);
      for (const r of resolvers) expect(authorized.has(`${r.target.name}.${r.methodName}`), field).toBe(true);
    }
  });
});
