/** Pieces shared by the record pages. */
import { Card, Descriptions, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { useI18n } from '../../app/i18n';
import { enumLabel } from '../../charts/labels';
import { describeError, ErrorBlock, Forbidden, LoadingBlock, NotFound } from '../../components/States';

export function Section({ title, children, id, extra }: { title: ReactNode; children: ReactNode; id: string; extra?: ReactNode }) {
  return (
    <Card className="record-section" title={title} data-testid={`section-${id}`} extra={extra} size="small">
      {children}
    </Card>
  );
}

export function Fields({ items }: { items: Array<[string, ReactNode]> }) {
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, sm: 2, xl: 3 }}
      items={items.map(([label, value], i) => ({ key: String(i), label, children: value ?? '—' }))}
    />
  );
}

export function MiniTable<T extends { id: number }>({ rows, columns, empty }: { rows: T[]; columns: ColumnsType<T>; empty?: string }) {
  const { t } = useI18n();
  return (
    <Table<T>
      size="small"
      rowKey="id"
      dataSource={rows}
      columns={columns}
      pagination={rows.length > 10 ? { pageSize: 10, size: 'small' } : false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: empty ?? t('empty') }}
    />
  );
}

/** Loading / error / not found for a record look-up; null means "does not exist or not yours". */
export function RecordGate({
  loading,
  error,
  found,
  children,
}: {
  loading: boolean;
  error?: unknown;
  found: boolean;
  children: () => ReactNode;
}) {
  if (loading && !found) return <LoadingBlock height={400} rows={12} />;
  if (error) {
    const { code } = describeError(error);
    if (code === 'FORBIDDEN') return <Forbidden />;
    if (code === 'NOT_FOUND') return <NotFound />;
    return <ErrorBlock error={error} />;
  }
  if (!found) return <NotFound />;
  return <>{children()}</>;
}

export function StageTag({ stage }: { stage: string }) {
  const { lang } = useI18n();
  return (
    <Tag color={stage === 'REJECTED' ? 'red' : stage === 'RECOGNISED' ? 'green' : stage === 'WITHDRAWN' ? 'default' : 'blue'}>
      {enumLabel('stage', stage, lang)}
    </Tag>
  );
}

export function dateTime(s: string | null | undefined, lang: 'zh' | 'en'): string {
  return s ? new Date(s).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { timeZone: 'Asia/Shanghai', hour12: false }) : '—';
}

/** Today's year in China time (the ledger year and Art. 7 indicators are per calendar year). */
export function chinaYear(now = new Date()): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(now));
}
