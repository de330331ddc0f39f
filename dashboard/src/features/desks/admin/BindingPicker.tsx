/**
 * Picks the record an account is bound to by searching its name or identifying detail (credit
 * code, institution, division code) instead of typing a row id. The server answers with id, name
 * and detail only (`bindingCandidates`): the administrator reads no business data.
 */
import { useQuery } from '@apollo/client/react';
import { Select } from 'antd';
import { useState } from 'react';
import { useText } from '../../../desk';
import { AdminBindingCandidatesDocument, type BindingKind } from '../../../gql-desks/graphql';
import { ADMIN_TEXT } from './text';

const KIND: Record<'divisionId' | 'enterpriseId' | 'expertId', BindingKind> = {
  divisionId: 'DIVISION',
  enterpriseId: 'ENTERPRISE',
  expertId: 'EXPERT',
};

export function BindingPicker({
  field,
  value,
  onChange,
}: {
  field: 'divisionId' | 'enterpriseId' | 'expertId';
  value?: number;
  onChange?: (id: number) => void;
}) {
  const T = useText(ADMIN_TEXT);
  const [search, setSearch] = useState('');
  const { data, loading } = useQuery(AdminBindingCandidatesDocument, {
    variables: { kind: KIND[field], search: search.trim() },
    skip: !search.trim(),
    fetchPolicy: 'network-only',
  });
  const options = (search.trim() ? (data?.bindingCandidates ?? []) : []).map((c) => ({
    value: c.id,
    label: `${c.name} · ${c.detail}`,
    title: c.name,
  }));
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={value}
      onChange={(v: number) => onChange?.(v)}
      options={options}
      loading={loading}
      placeholder={T.pickHint}
      notFoundContent={search.trim() && !loading ? T.pickNone : null}
      data-testid={`binding-picker-${field}`}
      style={{ width: '100%' }}
    />
  );
}
