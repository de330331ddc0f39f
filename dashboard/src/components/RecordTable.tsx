/** A list of records: table, cursor pager, CSV export of every row behind the filters. */
import { Button, Card, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState, type ReactNode } from 'react';
import { useI18n } from '../app/i18n';
import { toCsv, type CsvColumn } from '../charts/csv';
import { downloadBlob, exportName } from './download';
import { toXlsx } from './xlsx';
import { EmptyBlock, ErrorBlock } from './States';

interface Props<N> {
  id: string;
  title: ReactNode;
  exportTitle: string;
  columns: ColumnsType<N>;
  csv: CsvColumn<N>[];
  pages: {
    nodes: N[];
    totalCount: number;
    page: number;
    hasNext: boolean;
    hasPrev: boolean;
    loading: boolean;
    error?: unknown;
    refetch(): void;
    next(): void;
    prev(): void;
    fetchAll(): Promise<N[]>;
  };
  rowKey: (n: N) => string | number;
  onRow?: (n: N) => void;
  extra?: ReactNode;
}

export function RecordTable<N extends object>({ id, title, exportTitle, columns, csv, pages, rowKey, onRow, extra }: Props<N>) {
  const { t } = useI18n();
  const [exporting, setExporting] = useState<'csv' | 'xlsx' | null>(null);
  const exportAs = async (kind: 'csv' | 'xlsx') => {
    setExporting(kind);
    try {
      const rows = await pages.fetchAll();
      const blob = kind === 'csv' ? new Blob([toCsv(rows, csv)], { type: 'text/csv;charset=utf-8' }) : await toXlsx(exportTitle, rows, csv);
      downloadBlob(blob, exportName(exportTitle, kind));
    } finally {
      setExporting(null);
    }
  };
  return (
    <Card
      className="record-table"
      data-testid={`table-${id}`}
      title={title}
      extra={
        <Space className="no-print" wrap>
          {extra}
          <Button
            size="small"
            onClick={() => void exportAs('csv')}
            loading={exporting === 'csv'}
            disabled={!pages.totalCount}
            data-testid={`export-csv-${id}`}
          >
            CSV
          </Button>
          <Button
            size="small"
            onClick={() => void exportAs('xlsx')}
            loading={exporting === 'xlsx'}
            disabled={!pages.totalCount}
            data-testid={`export-xlsx-${id}`}
          >
            Excel
          </Button>
        </Space>
      }
    >
      {pages.error ? (
        <ErrorBlock error={pages.error} onRetry={pages.refetch} />
      ) : !pages.loading && pages.totalCount === 0 ? (
        <EmptyBlock height={200} />
      ) : (
        <>
          <Table<N>
            size="middle"
            rowKey={rowKey}
            columns={columns}
            dataSource={pages.nodes}
            loading={pages.loading}
            pagination={false}
            scroll={{ x: 'max-content' }}
            onRow={onRow ? (n) => ({ onClick: () => onRow(n), style: { cursor: 'pointer' } }) : undefined}
          />
          <div className="pager no-print">
            <Typography.Text type="secondary" data-testid={`total-${id}`} data-total={pages.loading ? undefined : pages.totalCount}>
              {t('totalCount', { n: pages.totalCount })} · {t('pageOf', { p: pages.page })}
            </Typography.Text>
            <Space>
              <Button size="small" disabled={!pages.hasPrev} onClick={pages.prev}>
                {t('prev')}
              </Button>
              <Button size="small" disabled={!pages.hasNext} onClick={pages.next} data-testid={`next-${id}`}>
                {t('next')}
              </Button>
            </Space>
          </div>
        </>
      )}
    </Card>
  );
}
