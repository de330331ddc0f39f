/**
 * A list of records: table, cursor pager, and CSV / Excel buttons that ask the server for every
 * row behind the same GraphQL filter (`/api/spreadsheets/export/…`): the server writes Chinese
 * headers, applies the role's masking and row scope, records the filter in the file and audits
 * the export, none of which a file written here could do.
 */
import { Button, Card, message as antMessage, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState, type ReactNode } from 'react';
import { useI18n } from '../app/i18n';
import { downloadFromServer, exportUrl, inLanguage, type ExportList } from '../data/spreadsheets';
import { exportName } from './download';
import { EmptyBlock, ErrorBlock } from './States';
import { isOwnClick } from '../desk/rowClick';

interface Props<N> {
  id: string;
  title: ReactNode;
  /** Base of the file name when the server sends none. */
  exportTitle: string;
  /** The server list behind the table and the GraphQL filter the table queries with. */
  exportList: ExportList;
  filter: object | null | undefined;
  columns: ColumnsType<N>;
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
  };
  rowKey: (n: N) => string | number;
  onRow?: (n: N) => void;
  extra?: ReactNode;
}

export function RecordTable<N extends object>({
  id,
  title,
  exportTitle,
  exportList,
  filter,
  columns,
  pages,
  rowKey,
  onRow,
  extra,
}: Props<N>) {
  const { t, lang } = useI18n();
  const [message, messageHolder] = antMessage.useMessage();
  const [exporting, setExporting] = useState<'csv' | 'xlsx' | null>(null);
  const exportAs = async (format: 'csv' | 'xlsx') => {
    setExporting(format);
    try {
      await downloadFromServer(exportUrl(exportList, format, filter), exportName(exportTitle, format));
    } catch (err) {
      void message.error({
        content: `${t('exportFailed')}：${inLanguage((err as Error).message, lang)}`,
        duration: 8,
        key: `export-${id}`,
      });
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
      {messageHolder}
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
            onRow={onRow ? (n) => ({ onClick: (e) => !isOwnClick(e) && onRow(n), style: { cursor: 'pointer' } }) : undefined}
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
