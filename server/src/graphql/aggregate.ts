/**
 * Server-side group-by for analysts: group a list by any of its meaningful dimensions
 * (county, sector, institution, stage, grade, year / quarter / month of a chosen date) and
 * get counts, exact sums and averages, with the very same filters and access rules as the
 * list. The SQL is one statement: the list's filtered query, grouped.
 */
import type { FilterQuery } from '@mikro-orm/core';
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  Float,
  InputType,
  Int,
  ObjectType,
  Query,
  registerEnumType,
  Resolver,
  Root,
} from 'type-graphql';
import { READERS } from '../modules/identity/access';
import type { Context } from './context';
import { badInput } from './errors';
import { SortDirection } from './pagination';
import type { EntityClass, Resource } from './resource';
import { Fen } from './scalars';

export const MAX_GROUPS = 5000;
export const DEFAULT_GROUPS = 1000;

export interface DimensionSpec {
  /** SQL for the key, given the root table alias. */
  sql: (alias: string) => string;
  /** Field on the group key object. */
  key: string;
  description: string;
  /** The key is a row id of this entity, shown as that object. */
  entity?: () => EntityClass;
  /** Otherwise its GraphQL type (an enum, Int, String, Boolean). */
  type?: () => unknown;
}

export interface MeasureSpec {
  sql: (alias: string) => string;
  kind: 'money' | 'int';
  description: string;
}

export interface AggregateSpec {
  /** Query name, e.g. `appointmentGroups`. */
  query: string;
  description: string;
  dimensions: Record<string, DimensionSpec>;
  /** Date columns that PERIOD buckets can use (SQL yielding a `date`). */
  dates: Record<string, { sql: (alias: string) => string; description: string }>;
  measures: Record<string, MeasureSpec>;
}

export enum PeriodUnit {
  YEAR = 'YEAR',
  QUARTER = 'QUARTER',
  MONTH = 'MONTH',
}
registerEnumType(PeriodUnit, {
  name: 'PeriodUnit',
  description: '时间分组粒度 / Time bucket for the PERIOD dimension',
  valuesConfig: {
    YEAR: { description: '年，如 2025 / Year, e.g. 2025' },
    QUARTER: { description: '季度，如 2025-Q3 / Quarter, e.g. 2025-Q3' },
    MONTH: { description: '月，如 2025-07 / Month, e.g. 2025-07' },
  },
});

const PERIOD_FORMAT: Record<PeriodUnit, string> = {
  [PeriodUnit.YEAR]: `to_char(%s, 'YYYY')`,
  [PeriodUnit.QUARTER]: `to_char(%s, 'YYYY"-Q"Q')`,
  [PeriodUnit.MONTH]: `to_char(%s, 'YYYY-MM')`,
};

function halves(description: string): [string, string] {
  const at = description.indexOf(' / ');
  return at < 0 ? [description, description] : [description.slice(0, at), description.slice(at + 3)];
}

/** Adds `<query>` for a resource; returns its resolver classes. */
export function defineAggregate(resource: Resource, spec: AggregateSpec): Function[] {
  const name = resource.spec.name;
  const entity = resource.spec.entity;

  const Dimension = Object.fromEntries([...Object.keys(spec.dimensions), 'PERIOD'].map((d) => [d, d]));
  registerEnumType(Dimension, {
    name: `${name}Dimension`,
    description: `${name} 的分组维度 / Dimensions ${name} can be grouped by`,
    valuesConfig: {
      ...Object.fromEntries(Object.entries(spec.dimensions).map(([d, s]) => [d, { description: s.description }])),
      PERIOD: { description: '时间段（需同时给出 period 参数） / Time bucket of a date; needs the period argument' },
    },
  });

  const DateField = Object.fromEntries(Object.keys(spec.dates).map((d) => [d, d]));
  registerEnumType(DateField, {
    name: `${name}DateField`,
    description: `${name} 可按时间分组的日期 / Dates of ${name} that PERIOD can bucket`,
    valuesConfig: Object.fromEntries(Object.entries(spec.dates).map(([d, s]) => [d, { description: s.description }])),
  });

  const measureNames = Object.keys(spec.measures);
  const GroupSort = Object.fromEntries(['KEY', 'COUNT', ...measureNames.map((m) => `SUM_${m}`)].map((k) => [k, k]));
  registerEnumType(GroupSort, {
    name: `${name}GroupSortField`,
    description: `${name} 分组的排序依据 / What ${name} groups can be ordered by`,
    valuesConfig: {
      KEY: { description: '按分组键 / By the group keys, in groupBy order' },
      COUNT: { description: '按数量 / By count' },
      ...Object.fromEntries(measureNames.map((m) => [`SUM_${m}`, { description: `按 ${m} 合计 / By the sum of ${m}` }])),
    },
  });

  @InputType(`${name}Period`, { description: `${name} 的时间分组 / Time bucket for PERIOD` })
  class Period {
    @Field(() => DateField, { description: '按哪个日期 / Which date' })
    field!: string;

    @Field(() => PeriodUnit, { description: '粒度 / Bucket size' })
    unit!: PeriodUnit;
  }

  @InputType(`${name}GroupOrderBy`, { description: `${name} 分组的排序项 / Ordering of ${name} groups` })
  class GroupOrderBy {
    @Field(() => GroupSort, { description: '排序依据 / What to order by' })
    field!: string;

    @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: '方向 / Direction' })
    direction!: SortDirection;
  }

  // Key object: one field per dimension, null unless grouped by it.
  @ObjectType(`${name}GroupKey`, {
    description: `${name} 分组的键（未参与分组的维度为空） / Keys of a ${name} group; null for dimensions not grouped by`,
  })
  class GroupKey {
    @Field(() => String, { nullable: true, description: '时间段，如 2025、2025-Q3、2025-07 / Time bucket, e.g. 2025, 2025-Q3, 2025-07' })
    period?: string;
  }
  const keyFields: Record<string, DimensionSpec> = {};
  for (const d of Object.values(spec.dimensions)) {
    keyFields[d.key] = d;
    if (d.entity) {
      Field(() => Int, {
        nullable: true,
        description: `${halves(d.description)[0]}行号 / Row id of the ${halves(d.description)[1].toLowerCase()}`,
      })(GroupKey.prototype, `${d.key}Id`);
    } else {
      Field(d.type as never, { nullable: true, description: d.description })(GroupKey.prototype, d.key);
    }
  }

  @ObjectType(`${name}Sums`, { description: `${name} 分组的合计（金额为分，精确） / Sums over a ${name} group (money exact, in fen)` })
  class Sums {}
  @ObjectType(`${name}Averages`, {
    description: `${name} 分组的平均值（金额为分，保留两位小数） / Averages over a ${name} group (money in fen, to two decimals)`,
  })
  class Averages {}
  for (const [m, s] of Object.entries(spec.measures)) {
    Field(() => (s.kind === 'money' ? Fen : Int), { description: s.description })(Sums.prototype, m);
    Field(() => Float, { nullable: true, description: s.description })(Averages.prototype, m);
  }

  @ObjectType(`${name}Group`, { description: `${name} 的一个分组 / One group of ${name}` })
  class Group {
    @Field(() => GroupKey, { description: '分组键 / Keys of this group' })
    key!: GroupKey;

    @Field(() => Int, { description: '数量 / Number of items' })
    count!: number;

    @Field(() => Float, {
      description:
        '占比：本组数量 ÷ 同一 shareWithin 分区内的总数（默认为全部分组的总数），保留四位小数 / Share: this count divided by the total of its shareWithin partition (all groups by default), to four decimals',
    })
    share!: number;

    @Field(() => Sums, { description: '合计 / Sums' })
    sum!: object;

    @Field(() => Averages, { description: '平均值 / Averages' })
    avg!: object;
  }

  @Resolver(() => GroupKey)
  class KeyResolver {}
  const kproto = KeyResolver.prototype as unknown as Record<string, Function>;
  for (const d of Object.values(spec.dimensions)) {
    if (!d.entity) continue;
    const field = d.key;
    kproto[field] = function (root: Record<string, number | null>, ctx: Context) {
      const id = root[`${field}Id`];
      return id == null ? null : ctx.loaders.one(d.entity!() as never, id);
    };
    FieldResolver(() => d.entity!(), { nullable: true, description: d.description })(
      kproto,
      field,
      Object.getOwnPropertyDescriptor(kproto, field)!,
    );
    Root()(kproto, field, 0);
    Ctx()(kproto, field, 1);
  }

  @Resolver()
  class GroupResolver {
    async groups(
      ctx: Context,
      args: { filter?: unknown; groupBy: string[]; shareWithin?: string[]; period?: Period; orderBy?: GroupOrderBy[]; limit?: number },
    ): Promise<Group[]> {
      const limit = args.limit ?? DEFAULT_GROUPS;
      if (limit < 1 || limit > MAX_GROUPS)
        throw badInput('limit', `limit 须在 1 到 ${MAX_GROUPS} 之间 / "limit" must be between 1 and ${MAX_GROUPS}`);
      if (new Set(args.groupBy).size !== args.groupBy.length)
        throw badInput('groupBy', 'groupBy 中有重复维度 / "groupBy" repeats a dimension');
      if (args.groupBy.includes('PERIOD') && !args.period) {
        throw badInput(
          'period',
          '按 PERIOD 分组时须给出 period（日期字段与粒度） / Grouping by PERIOD needs "period" (date field and unit)',
        );
      }
      const alias = 'g';
      const scope = resource.spec.scope?.(ctx.viewer);
      const filterWhere = resource.where(args.filter);
      const where = (scope ? { $and: [scope, filterWhere] } : filterWhere) as FilterQuery<object>;
      const knex = ctx.em.getKnex();
      const query = ctx.em
        .createQueryBuilder(entity as never, alias)
        .where(where as never)
        .getKnexQuery();

      const keyExprs = args.groupBy.map((d) => {
        if (d === 'PERIOD') return PERIOD_FORMAT[args.period!.unit].replace('%s', spec.dates[args.period!.field].sql(alias));
        return spec.dimensions[d].sql(alias);
      });
      const shareWithin = args.shareWithin ?? [];
      for (const d of shareWithin) {
        if (!args.groupBy.includes(d))
          throw badInput('shareWithin', `shareWithin 的维度 ${d} 须出现在 groupBy 中 / shareWithin dimension ${d} must also be in groupBy`);
      }
      const partition = shareWithin.map((d) => String(args.groupBy.indexOf(d) + 1)).map((i) => keyExprs[Number(i) - 1]);
      const selects = keyExprs.map((sql, i) => `${sql} as k${i}`);
      selects.push('count(*)::int as n');
      selects.push(
        `round(count(*)::numeric / nullif(sum(count(*)) over (${partition.length ? `partition by ${partition.join(', ')}` : ''}), 0), 4)::float8 as share`,
      );
      for (const [m, s] of Object.entries(spec.measures)) {
        selects.push(
          `coalesce(sum(${s.sql(alias)}), 0)::bigint as "s_${m}"`,
          `round(avg(${s.sql(alias)})::numeric, 2)::float8 as "a_${m}"`,
        );
      }
      query
        .clearSelect()
        .clearOrder()
        .select(knex.raw(selects.join(', ')));
      if (keyExprs.length) query.groupByRaw(keyExprs.map((_, i) => String(i + 1)).join(', '));
      const order = args.orderBy?.length ? args.orderBy : [{ field: 'KEY', direction: SortDirection.ASC }];
      const orderSql: string[] = [];
      for (const o of order) {
        const dir = o.direction === SortDirection.DESC ? 'desc' : 'asc';
        if (o.field === 'KEY') keyExprs.forEach((_, i) => orderSql.push(`${i + 1} ${dir} nulls last`));
        else if (o.field === 'COUNT') orderSql.push(`n ${dir}`);
        else orderSql.push(`"s_${o.field.slice(4)}" ${dir}`);
      }
      keyExprs.forEach((_, i) => orderSql.push(`${i + 1} asc nulls last`));
      if (orderSql.length) query.orderByRaw(orderSql.join(', '));
      query.limit(limit);
      const rows = (await ctx.em.getConnection().execute(query as never)) as Array<Record<string, unknown>>;
      return rows.map((row) => {
        const key: Record<string, unknown> = {};
        args.groupBy.forEach((d, i) => {
          const value = row[`k${i}`];
          if (d === 'PERIOD') key.period = value;
          else if (spec.dimensions[d].entity) key[`${spec.dimensions[d].key}Id`] = value;
          else key[spec.dimensions[d].key] = value;
        });
        const sum: Record<string, number> = {};
        const avg: Record<string, number | null> = {};
        for (const m of measureNames) {
          sum[m] = Number(row[`s_${m}`]);
          avg[m] = row[`a_${m}`] == null ? null : Number(row[`a_${m}`]);
        }
        return { key: key as GroupKey, count: Number(row.n), share: Number(row.share ?? 0), sum, avg };
      });
    }
  }
  const gproto = GroupResolver.prototype as unknown as Record<string, Function>;
  gproto[spec.query] = function (
    this: GroupResolver,
    filter: unknown,
    groupBy: string[],
    shareWithin: string[] | undefined,
    period: Period | undefined,
    orderBy: GroupOrderBy[] | undefined,
    limit: number | undefined,
    ctx: Context,
  ) {
    return this.groups(ctx, { filter, groupBy, shareWithin, period, orderBy, limit });
  };
  const q = spec.query;
  Query(() => [Group], { description: spec.description })(gproto, q, Object.getOwnPropertyDescriptor(gproto, q)!);
  Authorized(READERS[name])(gproto, q, Object.getOwnPropertyDescriptor(gproto, q)!);
  Arg('filter', () => resource.Filter, { nullable: true, description: '与列表相同的筛选条件 / The same filter as the list' })(gproto, q, 0);
  Arg('groupBy', () => [Dimension], { description: '分组维度（可为空，得到总计） / Dimensions to group by; empty for one grand total' })(
    gproto,
    q,
    1,
  );
  Arg('shareWithin', () => [Dimension], {
    nullable: true,
    description:
      '计算占比的分区维度，如 groupBy [COUNTY, GRADE] 时给 [COUNTY] 得到各县内的等级占比 / Dimensions whose partitions the share is computed within, e.g. [COUNTY] with groupBy [COUNTY, GRADE] gives grade ratios per county',
  })(gproto, q, 2);
  Arg('period', () => Period, { nullable: true, description: '按 PERIOD 分组时的日期与粒度 / Date and bucket for PERIOD' })(gproto, q, 3);
  Arg('orderBy', () => [GroupOrderBy], {
    nullable: true,
    description: '分组排序，默认按键升序 / Ordering of groups; by keys ascending by default',
  })(gproto, q, 4);
  Arg('limit', () => Int, {
    nullable: true,
    description: `最多返回的分组数（默认 ${DEFAULT_GROUPS}，最多 ${MAX_GROUPS}） / Maximum groups returned (default ${DEFAULT_GROUPS}, at most ${MAX_GROUPS})`,
  })(gproto, q, 5);
  Ctx()(gproto, q, 6);

  return [GroupResolver, KeyResolver];
}
