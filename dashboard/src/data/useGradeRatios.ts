/**
 * Panel data: evaluation grades per county (or per sector when the view is one county), with
 * shares. Generic `evaluationGroups` today; one file to switch.
 */
import { useQuery } from '@apollo/client/react';
import type { Lang } from '../charts/format';
import type { GradeGroup } from '../charts/grades';
import { refLabel } from '../charts/labels';
import { GradeRatiosDocument } from '../gql/graphql';
import { evaluationWhere, type GlobalFilters } from './filters';
import type { Breakdown } from './useCountyPipelines';

export function useGradeRatios(f: GlobalFilters, lang: Lang, skip = false, by: Breakdown = 'county') {
  const dim = by === 'county' ? 'COUNTY' : 'SECTOR';
  const q = useQuery(GradeRatiosDocument, { variables: { filter: evaluationWhere(f), groupBy: [dim, 'GRADE'], within: [dim] }, skip });
  const groups: GradeGroup[] = (q.data?.evaluationGroups ?? []).map((g) => {
    const ref = by === 'county' ? g.key.division : g.key.sector;
    return {
      code: ref?.code ?? null,
      label: refLabel(ref, lang),
      sortKey: ref?.sortOrder ?? 0,
      grade: g.key.grade ?? null,
      count: g.count,
    };
  });
  return { groups, by, raw: q.data?.evaluationGroups ?? [], loading: q.loading, error: q.error, refetch: () => void q.refetch() };
}
