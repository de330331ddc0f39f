/**
 * Per-request batching: every `Type.relation` field asks a loader, which gathers the ids of
 * the whole page and fetches them in one statement. The number of SQL statements for a
 * request therefore depends on its shape, not on its page size.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';

type EntityClass = { new (...args: never[]): { id: number } };

/** The part of a resource (graphql/resource.ts) that visibility checks need. */
export interface ScopedResource {
  spec: { name: string; entity: Function; scope?: (viewer: never) => object | null };
}

export class Loaders {
  private readonly byId = new Map<EntityClass, DataLoader<number, unknown>>();
  private readonly byParent = new Map<string, DataLoader<number, unknown[]>>();

  private readonly visibility = new Map<string, DataLoader<number, boolean>>();

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

  /** Loads the rows of `entity` whose `foreignKey` points at `parentId`, batched across parents. */
  many<T extends { id: number }>(
    entity: { new (...args: never[]): T },
    foreignKey: string,
    parentId: number,
    orderBy: Record<string, 'asc' | 'desc'> = { id: 'asc' },
  ): Promise<T[]> {
    const key = `${entity.name}.${foreignKey}.${JSON.stringify(orderBy)}`;
    let loader = this.byParent.get(key);
    if (!loader) {
      loader = new DataLoader<number, unknown[]>(async (parentIds) => {
        const rows = await this.em.find(entity as EntityClass, { [foreignKey]: { $in: [...parentIds] } } as never, {
          orderBy: orderBy as never,
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
    return loader.load(parentId) as Promise<T[]>;
  }
}
