/**
 * Panel data: approved co-innovation funding per sector split three ways, and money disbursed
 * (generic `projectGroups` and `disbursementGroups`; one file to switch).
 */
import { useQuery } from '@apollo/client/react';
import type { FundGroup } from '../charts/funds';
import type { Lang } from '../charts/format';
import { refLabel } from '../charts/labels';
import { disbursementWhere, projectWhere, type GlobalFilters } from './filters';
import type { ProjectStatus } from '../gql/graphql';
import { FundSplitsDocument } from '../gql/graphql';

/** Projects whose budget is committed: approved (立项) and after, failures included (money was spent). */
export const FUNDED_STATUSES: ProjectStatus[] = ['APPROVED', 'IN_PROGRESS', 'ACCEPTED', 'FAILED'];

export const FundSplitsQuery = FundSplitsDocument;

export function useFundSplits(f: GlobalFilters, lang: Lang, skip = false) {
  const q = useQuery(FundSplitsQuery, {
    variables: { projects: projectWhere(f, { status: { in: FUNDED_STATUSES } }), disbursements: disbursementWhere(f) },
    skip,
  });
  const groups: FundGroup[] = (q.data?.projectGroups ?? []).map((g) => ({
    code: g.key.sector?.code ?? '',
    label: refLabel(g.key.sector, lang),
    sortKey: g.key.sector?.sortOrder ?? 0,
    count: g.count,
    ...g.sum,
  }));
  const disbursedFen = q.data?.disbursementGroups[0]?.sum.amountFen ?? 0;
  return { groups, disbursedFen, loading: q.loading, error: q.error, refetch: () => void q.refetch() };
}
