/**
 * Panel data: applications per county (or, when the view is one county, per sector) and stage.
 * Today from the generic `applicationGroups`; switch this file alone to the analytics queries.
 */
import { useQuery } from '@apollo/client/react';
import type { StageGroup } from '../charts/pipeline';
import { CountyPipelinesDocument } from '../gql/graphql';
import { applicationWhere, type GlobalFilters } from './filters';

export type Breakdown = 'county' | 'sector';

export function useCountyPipelines(f: GlobalFilters, skip = false, by: Breakdown = 'county') {
  const q = useQuery(CountyPipelinesDocument, {
    variables: { filter: applicationWhere(f), groupBy: [by === 'county' ? 'COUNTY' : 'SECTOR', 'STAGE'] },
    skip,
  });
  // The shaping works on "a group and its stages": the group is the county or the sector.
  const groups: StageGroup[] = (q.data?.applicationGroups ?? []).map((g) => ({
    division: (by === 'county' ? g.key.division : g.key.sector) ?? null,
    stage: g.key.stage ?? null,
    count: g.count,
  }));
  return { groups, by, loading: q.loading, error: q.error, refetch: () => void q.refetch() };
}
