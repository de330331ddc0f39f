/**
 * A desk's list: a search form above a table with column sorting, page size and numbered pages
 * with the total; all of it kept in the URL (replace, not push), so a record opened from the list
 * and the browser's Back return to the list exactly as it was, in one press.
 * Columns whose `key` is a server order field and that set `sorter: true` sort on the server.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useQuery } from '@apollo/client/react';
import { Button, Card, DatePicker, Form, Input, Select, Space, Table, Typography } from 'antd';
import type { ColumnsType, TableProps } from 'antd/es/table';
import type { SorterResult } from 'antd/es/table/interface';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { ErrorBlock } from '../components/States';
import { isOwnClick } from './rowClick';
import { PAGE_SIZES, readListState, writeListState, type ListState } from './listState';
import { KIT_TEXT, useText } from './text';

export interface SearchField {
  name: string;
  label: string;
  kind: 'text' | 'select' | 'dateRange';
  options?: Array<{ value: string; label: string }>;
  placeholder?: string;
  width?: number;
}

interface Props<N, TData, TVars> {
  id: string;
  /**
   * The prefix of this list's URL keys (`prefix.page`, `prefix.size`, `prefix.sort`, `prefix.<field>`);
   * needed by every list but one on a page with several, so that paging one does not page the other.
   */
  urlPrefix?: string;
  title?: ReactNode;
  document: TypedDocumentNode<TData, TVars>;
  /** The query's variables from the list state (filter, orderBy); `first`/`offset` are added. */
  variables: (state: ListState) => Omit<TVars, 'first' | 'offset'>;
  pick: (data: TData) => { totalCount: number; nodes: N[] } | null | undefined;
  columns: ColumnsType<N>;
  rowKey: (n: N) => string | number;
  /** The record page a row opens. */
  recordPath?: (n: N) => string;
  searchFields?: SearchField[];
  defaultSort?: ListState['sort'];
  defaultSize?: number;
  /** Batch actions on the rows ticked; the bar shows above the table. */
  batch?: {
    selectable?: (n: N) => boolean;
    render: (rows: N[], clear: () => void, refetch: () => void) => ReactNode;
  };
  extra?: ReactNode;
  /** Rows that open below themselves (e.g. a case's objections). */
  expandable?: TableProps<N>['expandable'];
  /** Called with the data after each load (e.g. to show counts elsewhere). */
  onData?: (data: TData) => void;
}

export function DeskList<N extends object, TData, TVars>(props: Props<N, TData, TVars>) {
  const { id, urlPrefix, title, document, variables, pick, columns, rowKey, recordPath, searchFields = [], batch, extra } = props;
  const T = useText(KIT_TEXT);
  const [search, setSearch] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const names = useMemo(
    () => searchFields.flatMap((f) => (f.kind === 'dateRange' ? [`${f.name}From`, `${f.name}To`] : [f.name])),
    [searchFields],
  );
  const state = readListState(search, names, { size: props.defaultSize, sort: props.defaultSort }, urlPrefix);
  const set = (patch: Partial<ListState>) => setSearch(writeListState(search, names, { ...state, ...patch }, urlPrefix), { replace: true });
  const vars = { ...variables(state), first: state.size, offset: (state.page - 1) * state.size } as unknown as TVars;
  const q = useQuery(document as TypedDocumentNode<TData, Record<string, unknown>>, {
    variables: vars as Record<string, unknown>,
    fetchPolicy: 'cache-and-network',
  });
  const conn = q.data ? pick(q.data as TData) : null;
  const [selected, setSelected] = useState<N[]>([]);
  const [form] = Form.useForm();
  useEffect(() => {
    if (q.data && props.onData) props.onData(q.data as TData);
  }, [q.data]);
  useEffect(() => {
    form.setFieldsValue(formValues(searchFields, state.values));
  }, [search.toString()]);

  const open = (n: N) => recordPath && navigate(recordPath(n), { state: { from: location.pathname + location.search } });
  const sortedColumns = columns.map((c) => {
    const key = (c as { key?: string }).key;
    return c.sorter && key
      ? {
          ...c,
          sortOrder: state.sort?.field === key ? (state.sort.direction === 'ASC' ? ('ascend' as const) : ('descend' as const)) : null,
        }
      : c;
  });

  return (
    <div data-testid={`desk-list-${id}`}>
      {searchFields.length ? (
        <Card size="small" className="desk-search no-print" style={{ marginBottom: 12 }}>
          <Form
            form={form}
            layout="inline"
            initialValues={formValues(searchFields, state.values)}
            onFinish={(v) => set({ values: fromForm(searchFields, v), page: 1 })}
            data-testid={`search-${id}`}
          >
            {searchFields.map((f) => (
              <Form.Item key={f.name} name={f.name} label={f.label} style={{ marginBottom: 8 }}>
                {f.kind === 'text' ? (
                  <Input allowClear placeholder={f.placeholder} style={{ width: f.width ?? 200 }} data-testid={`search-${id}-${f.name}`} />
                ) : f.kind === 'select' ? (
                  <Select
                    allowClear
                    placeholder={f.placeholder}
                    options={f.options}
                    style={{ width: f.width ?? 180 }}
                    data-testid={`search-${id}-${f.name}`}
                  />
                ) : (
                  <DatePicker.RangePicker allowEmpty={[true, true]} data-testid={`search-${id}-${f.name}`} />
                )}
              </Form.Item>
            ))}
            <Form.Item style={{ marginBottom: 8 }}>
              <Space>
                <Button type="primary" htmlType="submit" data-testid={`search-${id}-submit`}>
                  {T.search}
                </Button>
                <Button
                  onClick={() => {
                    form.resetFields();
                    set({ values: {}, page: 1 });
                  }}
                >
                  {T.reset}
                </Button>
              </Space>
            </Form.Item>
          </Form>
        </Card>
      ) : null}
      <Card size="small" className="record-table" title={title} extra={extra} data-testid={`table-${id}`}>
        {batch && selected.length ? (
          <div className="desk-batch-bar" data-testid={`batch-${id}`}>
            <Typography.Text strong>{T.selected(selected.length)}</Typography.Text>
            {batch.render(
              selected,
              () => setSelected([]),
              () => void q.refetch(),
            )}
          </div>
        ) : null}
        {q.error ? (
          <ErrorBlock error={q.error} onRetry={() => void q.refetch()} />
        ) : (
          <Table<N>
            size="middle"
            rowKey={rowKey}
            columns={sortedColumns}
            dataSource={conn?.nodes ?? []}
            loading={q.loading && !q.data}
            scroll={{ x: 'max-content' }}
            expandable={props.expandable}
            rowSelection={
              batch
                ? {
                    selectedRowKeys: selected.map(rowKey),
                    onChange: (_, rows) => setSelected(rows),
                    getCheckboxProps: (n) => ({ disabled: batch.selectable ? !batch.selectable(n) : false }),
                  }
                : undefined
            }
            onRow={recordPath ? (n) => ({ onClick: (e) => !isOwnClick(e) && open(n), style: { cursor: 'pointer' } }) : undefined}
            onChange={(pagination, _filters, sorter) => {
              const s = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<N> | undefined;
              const field = s?.order ? String(s.columnKey ?? '') : '';
              const sort = field
                ? { field, direction: s!.order === 'ascend' ? ('ASC' as const) : ('DESC' as const) }
                : (props.defaultSort ?? null);
              const size = pagination.pageSize ?? state.size;
              const sortChanged = JSON.stringify(sort) !== JSON.stringify(state.sort);
              set({ page: size !== state.size || sortChanged ? 1 : (pagination.current ?? 1), size, sort });
            }}
            pagination={{
              current: state.page,
              pageSize: state.size,
              total: conn?.totalCount ?? 0,
              showSizeChanger: true,
              pageSizeOptions: PAGE_SIZES.map(String),
              showTotal: (n) => (
                <span data-testid={`total-${id}`} data-total={q.loading && !q.data ? undefined : n}>
                  {T.total(n)}
                </span>
              ),
            }}
          />
        )}
      </Card>
    </div>
  );
}

function formValues(fields: SearchField[], values: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    if (f.kind === 'dateRange') {
      const a = values[`${f.name}From`];
      const b = values[`${f.name}To`];
      out[f.name] = a || b ? [a ? dayjs(a) : null, b ? dayjs(b) : null] : undefined;
    } else out[f.name] = values[f.name] || undefined;
  }
  return out;
}

function fromForm(fields: SearchField[], v: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fields) {
    const x = v[f.name];
    if (f.kind === 'dateRange') {
      const [a, b] = (x as Array<dayjs.Dayjs | null> | undefined) ?? [];
      if (a) out[`${f.name}From`] = a.format('YYYY-MM-DD');
      if (b) out[`${f.name}To`] = b.format('YYYY-MM-DD');
    } else if (typeof x === 'string' && x.trim()) out[f.name] = x.trim();
  }
  return out;
}
