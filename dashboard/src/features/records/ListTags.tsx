/** The list-specific filters (status, stage, grade…) shown as closable tags, plus a select to change one. */
import { Select, Space, Tag } from 'antd';
import { useI18n } from '../../app/i18n';
import { useFilters } from '../../app/useFilters';

export interface ListParam {
  key: string;
  label: string;
  options: Array<{ value: string; label: string }>;
}

export function ListTags({ params }: { params: ListParam[] }) {
  const { t } = useI18n();
  const { search, setParams } = useFilters();
  return (
    <Space wrap size={6} className="no-print">
      {params.map((p) => {
        const v = search.get(p.key) ?? '';
        return (
          <Space key={p.key} size={4}>
            <span className="list-param-label">{p.label}</span>
            <Select
              size="small"
              style={{ minWidth: 120 }}
              value={v}
              aria-label={p.label}
              data-testid={`list-${p.key}`}
              onChange={(nv) => setParams({ [p.key]: nv || undefined })}
              options={[{ value: '', label: t('all') }, ...p.options]}
              popupMatchSelectWidth={false}
            />
            {v ? (
              <Tag closable onClose={() => setParams({ [p.key]: undefined })} color="blue">
                {p.options.find((o) => o.value === v)?.label ?? v}
              </Tag>
            ) : null}
          </Space>
        );
      })}
    </Space>
  );
}

export function pick<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return value && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}
