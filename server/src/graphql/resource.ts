/**
 * One declaration per entity ("resource") gives analysts a uniform API: a cursor connection
 * with typed filters and multi-field ordering, look-ups by id and natural key, batched
 * relation fields (with their foreign-key ids), child lists, and a place for the access rules.
 * The types and resolvers are generated here so that all thirty lists behave the same way.
 */
import type { FilterQuery } from '@mikro-orm/core';
import { canRead, READERS, rowScope } from '../modules/identity/access';
import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  getMetadataStorage,
  ID,
  InputType,
  Int,
  ObjectType,
  Query,
  registerEnumType,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context, Viewer } from './context';
import { AppError, badInput, ErrorCode, notFound } from './errors';
import { BooleanFilter, DateFilter, DateTimeFilter, enumFilter, FenFilter, IntFilter, scalarCondition, StringFilter } from './filters';
import { decodeNodeId, Node } from './node';
import { LocalDate } from './scalars';
import {
  DEFAULT_PAGE_SIZE,
  decodeCursor,
  encodeCursor,
  keysetCondition,
  MAX_PAGE_SIZE,
  orderSignature,
  OrderTerm,
  PageArgs,
  PageInfo,
  pageOffset,
  pageWindow,
  ScalarKind,
  SortDirection,
} from './pagination';

export type EntityClass<T = { id: number }> = { new (...args: never[]): T; name: string };

export type { ScalarKind };

/** Columns every entity has (modules/shared/base.entity.ts), with their kinds. */
const BASE_KINDS: Record<string, ScalarKind> = { id: 'int', createdAt: 'datetime', updatedAt: 'datetime' };

export interface RelationSpec {
  /** The resource of the related entity (a thunk: resources refer to each other). */
  resource: () => Resource;
  description: string;
  nullable?: boolean;
}

export interface ChildSpec {
  resource: () => Resource;
  /** Property on the child pointing back at this entity. */
  foreignKey: string;
  description: string;
  orderBy?: Record<string, 'asc' | 'desc'>;
}

export interface KeySpec {
  /** `date`: a LocalDate argument, so that a malformed date is refused as input, never sent to PostgreSQL. */
  kind: 'string' | 'int' | 'date';
  description: string;
  /** The rows the key identifies, when it is unique only among them (a call's year: not its drafts). */
  where?: Record<string, unknown>;
}

export interface ResourceSpec {
  entity: EntityClass;
  /** GraphQL type name (equals the entity class name). */
  name: string;
  /** Query field for the list, e.g. `appointments`. */
  plural: string;
  /** Query field for one record, e.g. `appointment`. */
  single: string;
  /** Bilingual description of the list. */
  description: string;
  /** Own columns that can be filtered, with their kind. */
  filters: Record<string, ScalarKind>;
  /** Many-to-one relations: exposed as fields (plus `<name>Id`) and as nested filters. */
  relations?: Record<string, RelationSpec>;
  /** One-to-many children exposed as lists. */
  children?: Record<string, ChildSpec>;
  /** Non-null own columns that lists can be ordered by (id is always available). */
  sortable: string[];
  /** Natural keys accepted by the single-record query besides `id`. */
  keys?: Record<string, KeySpec>;
  defaultOrder?: OrderTerm[];
  /**
   * The rows a viewer may see, as an extra condition (null: all rows). Applied to lists,
   * look-ups, nested fields and aggregates alike.
   */
  scope?: (viewer: Viewer | null) => FilterQuery<object> | null;
}

export interface Resource {
  spec: ResourceSpec;
  Filter: Function;
  OrderBy: Function;
  Connection: Function;
  resolvers: Function[];
  /** Translates a filter input into a MikroORM condition. */
  where(filter: unknown): FilterQuery<object>;
  /** The kind of a sortable field (what its cursor values must be). */
  sortKind(field: string): ScalarKind;
}

const registry = new Map<string, Resource>();

export function resourceByName(name: string): Resource | undefined {
  return registry.get(name);
}

export function allResources(): Resource[] {
  return [...registry.values()];
}

/** The description an entity's own @Field carries (so docs are written once, on the entity). */
function fieldDescription(entity: EntityClass, field: string): string {
  const storage = getMetadataStorage();
  const shared = storage.fields.find((f) => f.target === Node && f.name === field);
  if (shared?.description) return shared.description;
  let target: Function | null = entity;
  while (target && target !== Object) {
    const meta = storage.fields.find((f) => f.target === target && f.name === field);
    if (meta?.description) return meta.description;
    target = Object.getPrototypeOf(target) as Function | null;
  }
  return field;
}

/** Splits a "中文 / English" description into its two halves. */
function halves(description: string): [string, string] {
  const at = description.indexOf(' / ');
  return at < 0 ? [description, description] : [description.slice(0, at), description.slice(at + 3)];
}

function filterClassFor(kind: ScalarKind): Function {
  if (typeof kind === 'object') return enumFilter(kind.enum, kind.name);
  return { int: IntFilter, money: FenFilter, string: StringFilter, date: DateFilter, datetime: DateTimeFilter, boolean: BooleanFilter }[
    kind
  ];
}

function applyField(proto: object, name: string, type: () => unknown, options: Record<string, unknown>): void {
  Field(type as never, options)(proto, name);
}

export function defineResource(spec: ResourceSpec): Resource {
  const { entity, name } = spec;
  // Row scopes come from the permission matrix unless a resource declares its own.
  spec.scope ??= (viewer) => rowScope(name, viewer);
  const readers = READERS[name];
  if (!readers) throw new Error(`no readers declared for ${name} in modules/identity/access.ts`);
  const relations = spec.relations ?? {};
  const children = spec.children ?? {};

  // ---- filter input --------------------------------------------------------------------
  @InputType(`${name}Filter`, {
    description: `${name} 的筛选条件，可用 and / or / not 组合 / Conditions on ${name}, combinable with and / or / not`,
  })
  class Filter {}
  for (const [field, kind] of Object.entries({ id: 'int' as ScalarKind, ...spec.filters })) {
    // Created now, not inside the thunk: type-graphql only knows classes decorated before it builds.
    const operatorClass = filterClassFor(kind);
    applyField(Filter.prototype, field, () => operatorClass, { nullable: true, description: fieldDescription(entity, field) });
  }
  for (const [rel, r] of Object.entries(relations)) {
    const [zh, en] = halves(r.description);
    applyField(Filter.prototype, rel, () => r.resource().Filter, {
      nullable: true,
      description: `按${zh}筛选 / Conditions on the ${en.toLowerCase()}`,
    });
  }
  applyField(Filter.prototype, 'and', () => [Filter], { nullable: true, description: '全部满足 / All of these hold' });
  applyField(Filter.prototype, 'or', () => [Filter], { nullable: true, description: '任一满足 / At least one of these holds' });
  applyField(Filter.prototype, 'not', () => Filter, { nullable: true, description: '不满足 / This does not hold' });

  // ---- ordering ------------------------------------------------------------------------
  const sortFields: Record<string, string> = { id: 'id' };
  for (const f of spec.sortable) sortFields[f] = f;
  // Every ordering field has a kind, so the values a cursor brings back can be checked.
  const sortKinds: Record<string, ScalarKind> = {};
  for (const f of Object.keys(sortFields)) {
    const kind = BASE_KINDS[f] ?? spec.filters[f];
    if (!kind) throw new Error(`${name}: sortable field ${f} needs a kind in filters`);
    sortKinds[f] = kind;
  }
  const sortKind = (field: string): ScalarKind => {
    const kind = sortKinds[field];
    if (!kind) throw new Error(`${name}: ${field} is not sortable`);
    return kind;
  };
  const SortField = Object.fromEntries(Object.keys(sortFields).map((f) => [f, f]));
  registerEnumType(SortField, {
    name: `${name}SortField`,
    description: `${name} 可排序的字段 / Fields ${name} lists can be ordered by`,
    valuesConfig: Object.fromEntries(Object.keys(sortFields).map((f) => [f, { description: fieldDescription(entity, f) }])),
  });

  @InputType(`${name}OrderBy`, { description: `${name} 的排序项 / One ordering term for ${name} lists` })
  class OrderBy {
    @Field(() => SortField, { description: '排序字段 / Field' })
    field!: string;

    @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: '方向 / Direction' })
    direction!: SortDirection;
  }

  // ---- connection ----------------------------------------------------------------------
  @ObjectType(`${name}Edge`, { description: `${name} 列表中的一项 / One item of a ${name} list` })
  class Edge {
    @Field(() => String, { description: '此项的游标 / Cursor of this item' })
    cursor!: string;

    @Field(() => entity, { description: '此项 / The item' })
    node!: object;
  }

  @ObjectType(`${name}Connection`, { description: `${spec.description}（分页） / A page of ${name} items` })
  class Connection {
    @Field(() => [Edge], { description: '本页各项及其游标 / Items of this page with their cursors' })
    edges!: Edge[];

    @Field(() => [entity], { description: '本页各项 / Items of this page' })
    nodes!: object[];

    @Field(() => PageInfo, { description: '分页信息 / Page information' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: '符合条件的总数（不受分页影响） / Total items matching the filter, across all pages' })
    totalCount!: number;
  }

  @ArgsType()
  class ListArgs implements PageArgs {
    @Field(() => Int, { nullable: true, description: '向后取前 N 项（最多 500） / Take the first N items (at most 500)' })
    first?: number;

    @Field(() => String, { nullable: true, description: '从此游标之后开始 / Start after this cursor' })
    after?: string;

    @Field(() => Int, { nullable: true, description: '向前取最后 N 项（最多 500） / Take the last N items (at most 500)' })
    last?: number;

    @Field(() => String, { nullable: true, description: '到此游标之前为止 / End before this cursor' })
    before?: string;

    @Field(() => Int, {
      nullable: true,
      description:
        '跳过前 N 项（按页码翻页，最多 10000；与 first 同用，不与游标同用） / Skip the first N items (numbered pages, at most 10000; with first, not with cursors)',
    })
    offset?: number;

    @Field(() => Filter, { nullable: true, description: '筛选条件 / Filter' })
    filter?: Record<string, unknown>;

    @Field(() => [OrderBy], {
      nullable: true,
      description: '排序（可多项，最后按 id 保证稳定） / Ordering terms; ties are always broken by id',
    })
    orderBy?: OrderTerm[];
  }

  // ---- filter translation --------------------------------------------------------------
  // Only declared fields become conditions: a key such as `$or` or an undeclared column must
  // never reach the ORM from a caller's filter (GraphQL input types already ensure it; the
  // spreadsheet export coerces its JSON filter through the same types).
  const filterable = new Set(['id', ...Object.keys(spec.filters)]);
  const where = (input: unknown): FilterQuery<object> => {
    if (input === undefined || input === null) return {};
    if (typeof input !== 'object' || Array.isArray(input)) {
      throw badInput('filter', `${name}Filter 须为对象 / ${name}Filter must be an object`);
    }
    const parts: Record<string, unknown>[] = [];
    for (const [key, value] of Object.entries(input as Record<string, unknown>)) {
      if (value === undefined || value === null) continue;
      if (key === 'and' || key === 'or') {
        if (!Array.isArray(value)) throw badInput('filter', `${key} 须为列表 / "${key}" takes a list of filters`);
        // An empty filter matches every row: it drops out of an `and`, and makes an `or` match
        // every row; an empty list adds no condition. Empty conditions never reach the ORM, which
        // turns some of them into invalid SQL inside a relation (found by the fuzzer).
        const members = value.map(where);
        const empty = (m: FilterQuery<object>) => Object.keys(m as object).length === 0;
        if (key === 'or' && members.some(empty)) continue;
        const kept = members.filter((m) => !empty(m));
        if (kept.length) parts.push({ [`$${key}`]: kept });
      } else if (key === 'not') {
        // `not: {}` adds no condition, as an empty filter does (`not` of an empty `and`/`or` likewise).
        const inner = where(value);
        if (Object.keys(inner as object).length) parts.push({ $not: inner });
      } else if (Object.hasOwn(relations, key)) parts.push({ [key]: relations[key].resource().where(value) });
      else if (filterable.has(key)) for (const cond of scalarCondition(value as Record<string, unknown>)) parts.push({ [key]: cond });
      else throw badInput('filter', `${name}Filter 没有字段 ${key} / ${name}Filter has no field "${key}"`);
    }
    if (parts.length === 0) return {};
    return parts.length === 1 ? (parts[0] as FilterQuery<object>) : ({ $and: parts } as FilterQuery<object>);
  };

  const scoped = (ctx: Context, condition: FilterQuery<object>): FilterQuery<object> => {
    const scope = spec.scope?.(ctx.viewer);
    if (!scope) return condition;
    return { $and: [scope, condition] } as FilterQuery<object>;
  };

  // ---- queries -------------------------------------------------------------------------
  const listName = spec.plural;
  const singleName = spec.single;

  @Resolver()
  class ListResolver {
    async list(ctx: Context, args: ListArgs): Promise<Connection> {
      const { size, backward } = pageWindow(args);
      const order: OrderTerm[] = [...(args.orderBy?.length ? args.orderBy : (spec.defaultOrder ?? []))];
      if (!order.some((o) => o.field === 'id')) {
        order.push({ field: 'id', direction: order.length ? order[order.length - 1].direction : SortDirection.ASC });
      } else {
        // Terms after id can never matter; keep the signature canonical.
        order.splice(order.findIndex((o) => o.field === 'id') + 1);
      }
      const filterWhere = scoped(ctx, where(args.filter));
      const conditions: FilterQuery<object>[] = [filterWhere];
      const kinds = order.map((o) => sortKind(o.field));
      if (args.after) {
        conditions.push(keysetCondition(order, decodeCursor('after', args.after, name, order, kinds), true) as FilterQuery<object>);
      }
      if (args.before) {
        conditions.push(keysetCondition(order, decodeCursor('before', args.before, name, order, kinds), false) as FilterQuery<object>);
      }
      const flip = (d: SortDirection) => (d === SortDirection.ASC ? 'desc' : 'asc');
      const orderBy = order.map((o) => ({ [o.field]: backward ? flip(o.direction) : o.direction === SortDirection.ASC ? 'asc' : 'desc' }));
      const offset = pageOffset(args);
      const rows =
        size === 0
          ? []
          : ((await ctx.em.find(entity, { $and: conditions } as never, {
              orderBy: orderBy as never,
              limit: size + 1,
              ...(offset ? { offset } : {}),
            })) as Array<Record<string, unknown> & { id: number }>);
      const more = rows.length > size;
      const page = rows.slice(0, size);
      if (backward) page.reverse();
      const cursorOf = (row: Record<string, unknown>) =>
        encodeCursor(
          name,
          order,
          order.map((o) => {
            const v = row[o.field];
            return v instanceof Date ? v.toISOString() : v;
          }),
        );
      const edges = page.map((node) => ({ cursor: cursorOf(node), node }));
      const connection = {
        edges,
        nodes: page,
        pageInfo: {
          hasNextPage: backward ? Boolean(args.before) : more,
          hasPreviousPage: backward ? more : Boolean(args.after) || offset > 0,
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges[edges.length - 1]?.cursor ?? null,
        },
      } as unknown as Connection;
      // Counted only when asked for.
      let counted: Promise<number> | undefined;
      Object.defineProperty(connection, 'totalCount', {
        enumerable: true,
        get: () => (counted ??= ctx.em.count(entity, filterWhere as never)),
      });
      return connection;
    }

    async one(ctx: Context, args: Record<string, unknown>): Promise<object | null> {
      const given = Object.entries(args).filter(([, v]) => v !== undefined && v !== null);
      if (given.length !== 1) {
        throw new AppError(
          ErrorCode.BAD_USER_INPUT,
          `请只给出一个查找键：id${Object.keys(spec.keys ?? {})
            .map((k) => `、${k}`)
            .join('')} / Give exactly one key: id${Object.keys(spec.keys ?? {})
            .map((k) => `, ${k}`)
            .join('')}`,
          {
            field: 'id',
          },
        );
      }
      const [key, value] = given[0];
      // GraphQL has typed the key already; a look-up value is never an object (an ORM operator).
      const kind = key === 'id' ? 'int' : spec.keys?.[key]?.kind;
      if (kind === 'int' ? !Number.isInteger(value) : typeof value !== 'string') {
        throw badInput(key, `${key} 的值无效 / Invalid value for "${key}"`);
      }
      const among = key === 'id' ? {} : (spec.keys?.[key]?.where ?? {});
      const row = await ctx.em.findOne(entity, scoped(ctx, { ...among, [key]: value } as FilterQuery<object>) as never);
      return row ?? null;
    }
  }

  // Query fields with the resource's own names.
  const proto = ListResolver.prototype as unknown as Record<string, Function>;
  proto[listName] = function (this: ListResolver, args: ListArgs, ctx: Context) {
    return this.list(ctx, args);
  };
  Query(() => Connection, { description: spec.description })(proto, listName, Object.getOwnPropertyDescriptor(proto, listName)!);
  Authorized(readers)(proto, listName, Object.getOwnPropertyDescriptor(proto, listName)!);
  Args(() => ListArgs)(proto, listName, 0);
  Ctx()(proto, listName, 1);

  const keyArgs: Array<[string, KeySpec]> = [['id', { kind: 'int', description: '行号 / Row id' }], ...Object.entries(spec.keys ?? {})];
  proto[singleName] = function (this: ListResolver, ...params: unknown[]) {
    const ctx = params[keyArgs.length] as Context;
    return this.one(ctx, Object.fromEntries(keyArgs.map(([k], i) => [k, params[i]])));
  };
  Query(() => entity, {
    nullable: true,
    description: `按 id${Object.keys(spec.keys ?? {})
      .map((k) => ` 或 ${k}`)
      .join('')} 查找一条 ${name}；无权或不存在时为 null / One ${name} by id${Object.keys(spec.keys ?? {})
      .map((k) => ` or ${k}`)
      .join('')}; null when absent or not visible`,
  })(proto, singleName, Object.getOwnPropertyDescriptor(proto, singleName)!);
  Authorized(readers)(proto, singleName, Object.getOwnPropertyDescriptor(proto, singleName)!);
  keyArgs.forEach(([k, key], i) => {
    Arg(k, () => (key.kind === 'int' ? Int : key.kind === 'date' ? LocalDate : String), { nullable: true, description: key.description })(
      proto,
      singleName,
      i,
    );
  });
  Ctx()(proto, singleName, keyArgs.length);

  // ---- relation and child fields ---------------------------------------------------------
  @Resolver(() => entity)
  class FieldsResolver {}
  const fproto = FieldsResolver.prototype as unknown as Record<string, Function>;
  for (const [rel, r] of Object.entries(relations)) {
    fproto[rel] = async function (root: Record<string, { id: number } | undefined>, ctx: Context) {
      const ref = root[rel];
      if (!ref) return null;
      const target = r.resource();
      if (!canRead(target.spec.name, ctx.viewer)) return null;
      const row = await ctx.loaders.one(target.spec.entity, ref.id);
      if (!row || !target.spec.scope) return row;
      // The related row must be visible too (nested fields obey the same rules as lists).
      return (await ctx.loaders.visible(target, ctx, ref.id)) ? row : null;
    };
    const [relZh, relEn] = halves(r.description);
    FieldResolver(() => r.resource().spec.entity, {
      nullable: true,
      description: `${relZh}（无权查看时为空） / ${relEn}; null when not visible to you`,
    })(fproto, rel, Object.getOwnPropertyDescriptor(fproto, rel)!);
    Root()(fproto, rel, 0);
    Ctx()(fproto, rel, 1);

    const idField = `${rel}Id`;
    fproto[idField] = function (root: Record<string, { id: number } | undefined>) {
      return root[rel]?.id ?? null;
    };
    const [zh, en] = halves(r.description);
    FieldResolver(() => Int, { nullable: r.nullable ?? false, description: `${zh}的行号 / Row id of the ${en.toLowerCase()}` })(
      fproto,
      idField,
      Object.getOwnPropertyDescriptor(fproto, idField)!,
    );
    Root()(fproto, idField, 0);
  }
  for (const [child, c] of Object.entries(children)) {
    // The declared order with ties broken by id, exactly as a root list would canonicalise it,
    // so that a cursor of the child's own list under the same orderBy continues a child list.
    const order: OrderTerm[] = Object.entries(c.orderBy ?? {})
      .filter(([field]) => field !== 'id')
      .map(([field, d]) => ({ field, direction: d === 'asc' ? SortDirection.ASC : SortDirection.DESC }));
    const idDirection =
      c.orderBy?.id ?? (order.length ? (order[order.length - 1].direction === SortDirection.ASC ? 'asc' : 'desc') : 'asc');
    order.push({ field: 'id', direction: idDirection === 'asc' ? SortDirection.ASC : SortDirection.DESC });
    fproto[child] = async function (root: { id: number }, ctx: Context, first: number | null, after: string | null) {
      const target = c.resource();
      const { size } = pageWindow({ first });
      if (!canRead(target.spec.name, ctx.viewer) || size === 0) return [];
      const values = after
        ? decodeCursor(
            'after',
            after,
            target.spec.name,
            order,
            order.map((o) => target.sortKind(o.field)),
          )
        : null;
      return ctx.loaders.children(target, ctx, {
        foreignKey: c.foreignKey,
        parentId: root.id,
        order,
        size,
        after: values && (keysetCondition(order, values, true) as FilterQuery<object>),
      });
    };
    const orderText = orderSignature(order).replace(/:/g, ' ').replace(/,/g, ', ');
    const [childZh, childEn] = halves(c.description);
    FieldResolver(() => [c.resource().spec.entity], {
      description: `${childZh}（按 ${orderText} 排序，默认前 ${DEFAULT_PAGE_SIZE} 项） / ${childEn}, ordered by ${orderText}; the first ${DEFAULT_PAGE_SIZE} unless \`first\` says otherwise`,
    })(fproto, child, Object.getOwnPropertyDescriptor(fproto, child)!);
    Root()(fproto, child, 0);
    Ctx()(fproto, child, 1);
    Arg('first', () => Int, {
      nullable: true,
      description: `取前 N 项（默认 ${DEFAULT_PAGE_SIZE}，最多 ${MAX_PAGE_SIZE}） / Take the first N items (default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE})`,
    })(fproto, child, 2);
    Arg('after', () => String, {
      nullable: true,
      description: `从此游标之后开始（游标取自同类根列表按 ${orderText} 排序时的 endCursor） / Start after this cursor (the endCursor of the items' root list ordered by ${orderText})`,
    })(fproto, child, 3);
  }

  const resource: Resource = {
    spec,
    Filter,
    OrderBy,
    Connection,
    resolvers: [ListResolver, FieldsResolver],
    where,
    sortKind,
  };
  registry.set(name, resource);
  return resource;
}

/** `node(nodeId)`: any record by its global id. */
@Resolver()
export class NodeResolver {
  @Authorized()
  @Query(() => Node, { nullable: true, description: '按全局编号查找任意对象 / Any object by its global id (see Node.nodeId)' })
  async node(
    @Arg('nodeId', () => ID, { description: '全局编号 / Global id' }) nodeId: string,
    @Ctx() ctx: Context,
  ): Promise<object | null> {
    const { typeName, id } = decodeNodeId(nodeId);
    const resource = registry.get(typeName);
    if (!resource) throw notFound('Node', nodeId);
    if (!canRead(typeName, ctx.viewer)) return null;
    const scope = resource.spec.scope?.(ctx.viewer);
    return ctx.em.findOne(resource.spec.entity, (scope ? { $and: [scope, { id }] } : { id }) as never);
  }
}
