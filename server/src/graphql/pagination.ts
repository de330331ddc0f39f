/**
 * Cursor connections (Relay): `first`/`after`, `last`/`before`, stable ordering with ties
 * broken by id, and a capped page size. Cursors are opaque base64url JSON naming the list
 * and the ordering they belong to, so a cursor from another list is refused.
 */
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { badInput } from './errors';

export const MAX_PAGE_SIZE = 500;
export const DEFAULT_PAGE_SIZE = 50;

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: '排序方向 / Sort direction',
  valuesConfig: { ASC: { description: '升序 / Ascending' }, DESC: { description: '降序 / Descending' } },
});

@ObjectType('PageInfo', { description: '分页信息 / Where this page sits in the whole list' })
export class PageInfo {
  @Field(() => Boolean, { description: '之后还有数据 / More items follow this page' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: '之前还有数据 / Items precede this page' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: '本页第一项的游标 / Cursor of the first item' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: '本页最后一项的游标 / Cursor of the last item' })
  endCursor!: string | null;
}

export interface OrderTerm {
  field: string;
  direction: SortDirection;
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
  offset?: number | null;
}

export const MAX_OFFSET = 10_000;

/** Numbered pages (the desks' tables): an offset, forward only and never mixed with cursors. */
export function pageOffset(args: PageArgs): number {
  const n = args.offset;
  if (n == null || n === 0) return 0;
  if (!Number.isInteger(n) || n < 0) throw badInput('offset', 'offset 须为非负整数 / "offset" must be a non-negative integer');
  if (n > MAX_OFFSET) {
    throw badInput('offset', `offset 最大为 ${MAX_OFFSET}，请缩小筛选范围 / "offset" may be at most ${MAX_OFFSET}; narrow the filter`, {
      max: MAX_OFFSET,
    });
  }
  if (args.after != null || args.before != null || args.last != null) {
    throw badInput('offset', 'offset 不能与 after、before、last 同用 / Use "offset" with "first" only, not with cursors or "last"');
  }
  return n;
}

interface CursorBody {
  /** list (GraphQL type) name */
  t: string;
  /** ordering signature */
  o: string;
  /** values of the order fields, then the id */
  v: unknown[];
}

export function orderSignature(order: OrderTerm[]): string {
  return order.map((o) => `${o.field}:${o.direction}`).join(',');
}

export function encodeCursor(typeName: string, order: OrderTerm[], values: unknown[]): string {
  const body: CursorBody = { t: typeName, o: orderSignature(order), v: values };
  return Buffer.from(JSON.stringify(body)).toString('base64url');
}

export function decodeCursor(arg: 'after' | 'before', cursor: string, typeName: string, order: OrderTerm[]): unknown[] {
  let body: CursorBody;
  try {
    body = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as CursorBody;
  } catch {
    throw badInput(arg, `游标 ${arg} 格式错误 / Malformed cursor in "${arg}"`);
  }
  if (!body || typeof body !== 'object' || !Array.isArray(body.v)) {
    throw badInput(arg, `游标 ${arg} 格式错误 / Malformed cursor in "${arg}"`);
  }
  if (body.t !== typeName) {
    throw badInput(arg, `游标属于另一列表（${body.t}） / The cursor in "${arg}" belongs to another list (${body.t}), not ${typeName}`);
  }
  if (body.o !== orderSignature(order)) {
    throw badInput(arg, `游标的排序与本次查询不同 / The cursor in "${arg}" was made with another orderBy (${body.o})`);
  }
  if (body.v.length !== order.length) {
    throw badInput(arg, `游标 ${arg} 格式错误 / Malformed cursor in "${arg}"`);
  }
  return body.v;
}

/** Validates page arguments: one direction at a time, sizes between 0 and the cap. */
export function pageWindow(args: PageArgs): { size: number; backward: boolean } {
  if (args.first != null && args.last != null) {
    throw badInput('first', '不能同时使用 first 和 last / Use either "first" or "last", not both');
  }
  for (const name of ['first', 'last'] as const) {
    const n = args[name];
    if (n == null) continue;
    if (n < 0) throw badInput(name, `${name} 不能为负数 / "${name}" must not be negative`);
    if (n > MAX_PAGE_SIZE) {
      throw badInput(
        name,
        `${name} 最大为 ${MAX_PAGE_SIZE}，请分页获取 / "${name}" may be at most ${MAX_PAGE_SIZE}; page through larger lists`,
        {
          max: MAX_PAGE_SIZE,
        },
      );
    }
  }
  if (args.last != null || (args.before != null && args.first == null)) {
    return { size: args.last ?? DEFAULT_PAGE_SIZE, backward: true };
  }
  return { size: args.first ?? DEFAULT_PAGE_SIZE, backward: false };
}

/**
 * The keyset condition "after these values" for an ordering, as a MikroORM filter:
 * (a > x) or (a = x and b > y) or (a = x and b = y and id > z), each comparison flipped for
 * descending terms and again for backward paging.
 */
export function keysetCondition(order: OrderTerm[], values: unknown[], forward: boolean): Record<string, unknown> {
  const alternatives: Record<string, unknown>[] = [];
  for (let i = 0; i < order.length; i++) {
    const term: Record<string, unknown> = {};
    for (let j = 0; j < i; j++) term[order[j].field] = values[j];
    const ascending = order[i].direction === SortDirection.ASC;
    term[order[i].field] = { [ascending === forward ? '$gt' : '$lt']: values[i] };
    alternatives.push(term);
  }
  return { $or: alternatives };
}
