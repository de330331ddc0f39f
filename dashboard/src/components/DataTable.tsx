/** A chart's data as a small table (loaded only when someone switches a panel to its table). */
import { Table } from 'antd';
import type { CsvColumn } from '../charts/csv';

export default function DataTable<T>({ rows, columns }: { rows: T[]; columns: CsvColumn<T>[] }) {
  return (
    <Table<T>
      size="small"
      rowKey={(_, i) => String(i)}
      columns={columns.map((c, i) => ({
        key: String(i),
        title: c.title,
        render: (_: unknown, row: T) => {
          const v = c.value(row);
          return v === null || v === undefined ? '—' : String(v);
        },
      }))}
      dataSource={rows}
      pagination={rows.length > 12 ? { pageSize: 12, size: 'small' } : false}
      scroll={{ x: true }}
    />
  );
}
