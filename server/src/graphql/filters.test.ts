import { describe, expect, it } from 'vitest';
import { scalarCondition } from './filters';

/**
 * The filter translation on its own: GraphQL input types keep operands typed, but any other
 * caller of `scalarCondition` must not be able to smuggle an ORM operator through it.
 */
describe('scalar filter translation', () => {
  it('translates typed operands to MikroORM operators', () => {
    expect(scalarCondition({ gte: 3, lt: 9 })).toEqual([{ $gte: 3 }, { $lt: 9 }]);
    expect(scalarCondition({ in: ['A', 'B'], isNull: false })).toEqual([{ $in: ['A', 'B'] }, { $ne: null }]);
    expect(scalarCondition({ contains: '50%' })).toEqual([{ $ilike: '%50\\%%' }]);
  });

  it.each([
    ['an operator object as operand', { eq: { $ne: null } }],
    ['a nested object as operand', { gte: { a: { b: 1 } } }],
    ['a list where one value belongs', { eq: ['a', 'b'] }],
    ['an operator inside an in-list', { in: [{ $ne: null }] }],
    ['a single value where a list belongs', { notIn: 'ACTIVE' }],
    ['an ORM operator as key', { $ne: null }],
    ['an unknown operator', { like: '%' }],
    ['a non-text pattern', { contains: { $ne: null } }],
    ['a non-boolean isNull', { isNull: 'yes' }],
  ])('refuses %s with BAD_USER_INPUT', (_what, filter) => {
    expect(() => scalarCondition(filter as Record<string, unknown>)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});
