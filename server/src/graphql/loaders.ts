/**
 * Per-request batching: every `Type.relation` field asks a loader, which gathers the ids of
 * the whole page and fetches them in one statement. The number of SQL statements for a
 * request therefore depends on its shape, not on its page size.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { orderSignature, OrderTerm, SortDirection } from './pagination';

type EntityClass = { new (...args: never[]): { id: number } };

/** The part of a resource (graphql/resource.ts) that visibility checks need. */
export interface ScopedResource {
  spec: { name: string; entity: Function; scope?: (viewer: never) => object | null };
}

export class Loaders {
  private readonly byId = new Map<EntityClass, DataLoader<number, unknown>>();
  private readonly byParent = new Map<string, DataLoader<number, unknown[]>>();

  private readonly visibility = new Map<string, DataLoader<number, boolean>>();

  private readonly custom = new Map<string, DataLoader<number, unknown>>();

  constructor(private readonly em: EntityManager) {}

  /**
   * Whether the row `id` of a scoped resource is visible to the viewer, batched like `one`.
   * Nested fields use it so that a relation never shows a row its list would hide.
   */
  visible(resource: ScopedResource, ctx: { viewer: unknown }, id: number): Promise<boolean> {
    let loader = this.visibility.get(resource.spec.name);
    if (!loader) {
      loader = new DataLoader<number, boolean>(async (ids) => {
        const visible = await this.visibleIds(resource, ctx, [...ids]);
        return ids.map((i) => visible.has(i));
      });
      this.visibility.set(resource.spec.name, loader);
    }
    return loader.load(id);
  }

  async visibleIds(resource: ScopedResource, ctx: { viewer: unknown }, ids: number[]): Promise<Set<number>> {
    if (ids.length === 0) return new Set();
    const scope = resource.spec.scope?.(ctx.viewer as never);
    if (!scope) return new Set(ids);
    const rows = await this.em.find(resource.spec.entity as EntityClass, { $and: [scope, { id: { $in: ids } }] } as never, {
      fields: ['id'] as never,
    });
    return new Set(rows.map((r) => r.id));
  }

  /** Loads one row of `entity` by id, batched with every other id asked for in this tick. */
  one<T extends { id: number }>(entity: { new (...args: never[]): T }, id: number): Promise<T | null> {
    let loader = this.byId.get(entity as EntityClass);
    if (!loader) {
      loader = new DataLoader<number, unknown>(async (ids) => {
        const rows = await this.em.find(entity as EntityClass, { id: { $in: [...ids] } } as never);
        const map = new Map(rows.map((r) => [r.id, r]));
        return ids.map((id) => map.get(id) ?? null);
      });
      this.byId.set(entity as EntityClass, loader);
    }
    return loader.load(id) as Promise<T | null>;
  }

  /**
   * One page of a child list: the first `size` rows of `resource` whose `foreignKey` points at
   * `parentId`, in `order`, visible to the viewer and after the `after` keyset condition.
   * Batched across parents into one statement that ranks the rows per parent with
   * `row_number() over (partition by parent …)`, so the statement count does not grow with the
   * number of parents and no parent loads more than its page.
   */
  children<T extends { id: number }>(
    resource: ScopedResource,
    ctx: { viewer: unknown },
    page: { foreignKey: string; parentId: number; order: OrderTerm[]; size: number; after: object | null },
  ): Promise<T[]> {
    const { foreignKey, order, size, after } = page;
    const key = `${resource.spec.name}.${foreignKey}.${orderSignature(order)}.${size}.${JSON.stringify(after)}`;
    let loader = this.byParent.get(key);
    if (!loader) {
      loader = new DataLoader<number, unknown[]>(async (parentIds) => {
        const entity = resource.spec.entity as EntityClass;
        const meta = this.em.getMetadata().get(entity.name);
        const column = (prop: string): string => {
          const column = meta.properties[prop as never]?.fieldNames?.[0];
          if (!column) throw new Error(`${entity.name}.${prop} has no column`);
          return column;
        };
        const scope = resource.spec.scope?.(ctx.viewer as never);
        const conditions: object[] = [{ [foreignKey]: { $in: [...parentIds] } }];
        if (scope) conditions.push(scope);
        if (after) conditions.push(after);
        // Which rows qualify (scope conditions may join to-many relations: only ids leave here) …
        const candidates = this.em
          .createQueryBuilder(entity, 'c')
          .select('c.id')
          .where({ $and: conditions } as never)
          .getKnexQuery();
        // … their rank within their parent, …
        const knex = this.em.getKnex();
        const ranking = order.map((o) => `?? ${o.direction === SortDirection.ASC ? 'asc' : 'desc'}`).join(', ');
        const ranked = knex
          .select(
            'id',
            knex.raw(`row_number() over (partition by ?? order by ${ranking}) as row_rank`, [
              column(foreignKey),
              ...order.map((o) => column(o.field)),
            ]),
          )
          .from(meta.tableName)
          .whereIn('id', candidates);
        // … and the first `size` of each.
        const top = knex.select('id').from(ranked.as('ranked')).where('row_rank', '<=', size);
        const rows = await this.em.find(entity, { id: { $in: top } } as never, {
          orderBy: order.map((o) => ({ [o.field]: o.direction === SortDirection.ASC ? 'asc' : 'desc' })) as never,
        });
        const groups = new Map<number, unknown[]>(parentIds.map((id) => [id, []]));
        for (const row of rows) {
          const ref = (row as unknown as Record<string, { id: number } | undefined>)[foreignKey];
          if (ref) groups.get(ref.id)?.push(row);
        }
        return parentIds.map((id) => groups.get(id) ?? []);
      });
      this.byParent.set(key, loader);
    }
    return loader.load(page.parentId) as Promise<T[]>;
  }

  /** Batches any per-row look-up of this request under `key` (one call of `load` per tick). */
  batch<V>(key: string, load: (ids: readonly number[]) => Promise<V[]>): DataLoader<number, V> {
    let loader = this.custom.get(key) as DataLoader<number, V> | undefined;
    if (!loader) {
      loader = new DataLoader<number, V>(load);
      this.custom.set(key, loader as DataLoader<number, unknown>);
    }
    return loader;
  }
}
