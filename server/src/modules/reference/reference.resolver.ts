import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { READERS } from '../identity/access';
import type { Context } from '../../graphql/context';
import { Division } from '../geo/division.entity';
import { Sector } from '../geo/sector.entity';
import { Institution } from '../institution/institution.entity';

/** Reference lists every screen needs: divisions, sectors, institutions. */
@Resolver()
export class ReferenceResolver {
  @Authorized(READERS.Division)
  @Query(() => [Division], { description: '全部县（市、区）及功能区 / All county-level divisions and functional zones' })
  async divisions(@Ctx() { em }: Context): Promise<Division[]> {
    return em.find(Division, {}, { orderBy: { sortOrder: 'asc' } });
  }

  @Authorized(READERS.Sector)
  @Query(() => [Sector], { description: '全部产业领域 / All sectors' })
  async sectors(@Ctx() { em }: Context): Promise<Sector[]> {
    return em.find(Sector, {}, { orderBy: { sortOrder: 'asc' } });
  }

  @Authorized(READERS.Institution)
  @Query(() => [Institution], { description: '全部高校院所 / All sending institutions' })
  async institutions(@Ctx() { em }: Context): Promise<Institution[]> {
    return em.find(Institution, {}, { orderBy: { id: 'asc' } });
  }
}
