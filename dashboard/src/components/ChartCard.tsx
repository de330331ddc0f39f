/**
 * A chart panel: title, the chart (or its data as a table), PNG and CSV export, loading /
 * empty / error states, and a small menu on a clicked segment to cross-filter or drill down.
 */
import { Button, Segmented, Space, Tooltip } from 'antd';
import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { useI18n } from '../app/i18n';
import { toCsv, type CsvColumn } from '../charts/csv';
import { downloadBlob, downloadUrl, exportName } from './download';
import { toXlsx } from './xlsx';
import { EChart, type SegmentEvent } from './EChart';
import type { EChartsCoreOption, EChartsType } from './echarts';
import { EmptyBlock, ErrorBlock, LoadingBlock } from './States';
import { useChartTheme } from '../app/theme';

const DataTable = lazy(() => import('./DataTable'));

export interface SegmentAction {
  /** What was clicked, e.g. "新能源 · 在岗 · 32人". */
  title: string;
  /** Cross-filter: a change to the URL query of the current page. */
  filter?: Record<string, string | number | undefined>;
  /** Drill-down: the list behind the segment. */
  drill?: string;
}

export interface TableData<T> {
  columns: CsvColumn<T>[];
  rows: T[];
}

interface Props<T> {
  title: string;
  subtitle?: ReactNode;
  /** For tests and export file names. */
  id: string;
  height?: number | string;
  loading?: boolean;
  error?: unknown;
  empty?: boolean;
  onRetry?: () => void;
  option?: EChartsCoreOption | null;
  table?: TableData<T>;
  onSegment?: (e: SegmentEvent) => SegmentAction | null;
  extra?: ReactNode;
  footer?: ReactNode;
  onFilter?: (patch: Record<string, string | number | undefined>) => void;
}

export function ChartCard<T>(props: Props<T>) {
  const { title, subtitle, id, height = 320, loading, error, empty, onRetry, option, table, onSegment, extra, footer, onFilter } = props;
  const { t } = useI18n();
  const theme = useChartTheme();
  const navigate = useNavigate();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const [menu, setMenu] = useState<(SegmentAction & { x: number; y: number }) | null>(null);
  const chartRef = useRef<EChartsType | null>(null);
  const boxRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!menu) return;
    const close = (e: MouseEvent | KeyboardEvent) => {
      if (e instanceof KeyboardEvent ? e.key === 'Escape' : !(e.target as HTMLElement).closest?.('.segment-menu')) setMenu(null);
    };
    const timer = setTimeout(() => {
      document.addEventListener('mousedown', close);
      document.addEventListener('keydown', close);
    });
    return () => {
      clearTimeout(timer);
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', close);
    };
  }, [menu]);

  const exportPng = () => {
    const chart = chartRef.current;
    if (!chart) return;
    downloadUrl(chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: theme.background }), exportName(title, 'png'));
  };
  const exportCsv = () => {
    if (!table) return;
    downloadBlob(new Blob([toCsv(table.rows, table.columns)], { type: 'text/csv;charset=utf-8' }), exportName(title, 'csv'));
  };
  const exportXlsx = async () => {
    if (!table) return;
    downloadBlob(await toXlsx(title, table.rows, table.columns), exportName(title, 'xlsx'));
  };

  const tableView = table ? (
    <Suspense fallback={<LoadingBlock height={200} rows={4} />}>
      <DataTable rows={table.rows as unknown[]} columns={table.columns as CsvColumn<unknown>[]} />
    </Suspense>
  ) : null;

  let body: ReactNode;
  if (loading && !option) body = <LoadingBlock height={typeof height === 'number' ? height : 280} />;
  else if (error) body = <ErrorBlock error={error} onRetry={onRetry} />;
  else if (empty || !option) body = <EmptyBlock height={typeof height === 'number' ? height : 280} />;
  else if (view === 'table' && tableView) body = tableView;
  else
    body = (
      <div ref={boxRef} style={{ position: 'relative' }}>
        <EChart
          option={option}
          height={height}
          label={title}
          onReady={(c) => (chartRef.current = c)}
          onSegment={
            onSegment
              ? (e) => {
                  const action = onSegment(e);
                  setMenu(action ? { ...action, x: e.x, y: e.y } : null);
                }
              : undefined
          }
        />
        {menu && (
          <div className="segment-menu" role="menu" style={{ left: menu.x, top: menu.y }} data-testid="segment-menu">
            <div className="segment-menu-title">{menu.title}</div>
            {menu.filter && onFilter && (
              <Button
                size="small"
                type="text"
                role="menuitem"
                onClick={() => {
                  onFilter(menu.filter!);
                  setMenu(null);
                }}
              >
                {t('filterByThis')}
              </Button>
            )}
            {menu.drill && (
              <Button size="small" type="text" role="menuitem" onClick={() => navigate(menu.drill!)}>
                {t('openRecords')} →
              </Button>
            )}
          </div>
        )}
      </div>
    );

  const ready = !loading && !error && !empty && !!option;
  return (
    <section className="chart-card panel" data-testid={`panel-${id}`} aria-label={title}>
      <header className="panel-head">
        <div className="chart-card-title">
          <h2>{title}</h2>
          {subtitle ? <small>{subtitle}</small> : null}
        </div>
        <Space size={4} wrap className="no-print">
          {extra}
          {table && (
            <Segmented
              size="small"
              value={view}
              onChange={(v) => setView(v as 'chart' | 'table')}
              options={[
                { label: t('chart'), value: 'chart' },
                { label: t('dataTable'), value: 'table' },
              ]}
            />
          )}
          <Tooltip title={t('exportPng')}>
            <Button size="small" disabled={!ready || view !== 'chart'} onClick={exportPng} data-testid={`export-png-${id}`}>
              PNG
            </Button>
          </Tooltip>
          {table && (
            <Tooltip title={t('exportCsv')}>
              <Button size="small" disabled={!table.rows.length} onClick={exportCsv} data-testid={`export-csv-${id}`}>
                CSV
              </Button>
            </Tooltip>
          )}
          {table && (
            <Tooltip title={t('exportXlsx')}>
              <Button size="small" disabled={!table.rows.length} onClick={() => void exportXlsx()} data-testid={`export-xlsx-${id}`}>
                Excel
              </Button>
            </Tooltip>
          )}
        </Space>
      </header>
      <div className="panel-body">
        {body}
        {footer}
      </div>
    </section>
  );
}
