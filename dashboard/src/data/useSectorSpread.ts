/**
 * Panel data: appointments by sector and status. Today from the generic `appointmentGroups`;
 * switch this file alone to the analytics queries when they land.
 */
import { useQuery } from '@apollo/client/react';
import type { SectorStatusGroup } from '../charts/sectors';
import { appointmentWhere, type GlobalFilters } from './filters';
import { SectorSpreadDocument } from '../gql/graphql';

export const SectorSpreadQuery = SectorSpreadDocument;

export function useSectorSpread(f: GlobalFilters, skip = false) {
  const q = useQuery(SectorSpreadQuery, { variables: { filter: appointmentWhere(f) }, skip });
  const groups: SectorStatusGroup[] = (q.data?.appointmentGroups ?? []).map((g) => ({
    sector: g.key.sector ?? null,
    status: g.key.status,
    count: g.count,
  }));
  return { groups, loading: q.loading, error: q.error, refetch: () => void q.refetch() };
}
