/** The global filters in the URL, and the county lock of county accounts. */
import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { parseFilters, withFilters, type GlobalFilters } from '../data/filters';
import { useReference } from '../data/reference';
import { useAuth } from './auth';

export function useFilters() {
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const location = useLocation();
  const { me } = useAuth();
  const { divisions } = useReference();
  const lockedCounty = me.role === 'COUNTY_BUREAU' ? (divisions.find((d) => d.id === me.divisionId) ?? null) : null;
  const filters: GlobalFilters = useMemo(() => {
    const f = parseFilters(search);
    // A county account sees its own county whatever the URL says (the server scopes it anyway).
    if (me.role === 'COUNTY_BUREAU') delete f.county;
    return f;
  }, [search, me.role]);
  const setParams = useCallback(
    (patch: Record<string, string | number | undefined>) => {
      const next = withFilters(search, patch);
      // Replace, not push: a filter is the state of this page, so Back from a record opened here
      // returns to the page as filtered, and one more Back leaves it.
      navigate({ pathname: location.pathname, search: next.toString() ? `?${next}` : '' }, { replace: true });
    },
    [search, navigate, location.pathname],
  );
  /** A path with the current global filters (and a patch) carried over. */
  const link = useCallback(
    (pathname: string, patch: Record<string, string | number | undefined> = {}) => {
      const keep = new URLSearchParams();
      for (const k of ['year', 'county', 'sector', 'screen']) {
        const v = search.get(k);
        if (v) keep.set(k, v);
      }
      const next = withFilters(keep, patch);
      return next.toString() ? `${pathname}?${next}` : pathname;
    },
    [search],
  );
  return { filters, search, setParams, link, lockedCounty };
}
