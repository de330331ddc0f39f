/** Divisions and sectors (reference data every account may read), loaded once. */
import { useQuery } from '@apollo/client/react';
import { ReferenceDocument } from '../gql/graphql';

export const ReferenceQuery = ReferenceDocument;

export function useReference() {
  const { data, loading, error } = useQuery(ReferenceQuery, { fetchPolicy: 'cache-first' });
  const divisions = [...(data?.divisions ?? [])].sort((a, b) => a.sortOrder - b.sortOrder);
  const sectors = [...(data?.sectors ?? [])].sort((a, b) => a.sortOrder - b.sortOrder);
  return { divisions, sectors, loading, error };
}
