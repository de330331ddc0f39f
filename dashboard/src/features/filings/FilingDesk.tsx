/**
 * The Organisation Department's desk: filing records (备案), those awaiting receipt first, by
 * status and date (in the URL, so Back from a record returns here as filtered); acknowledge
 * several at once, see who signed and when, print each filing packet as a PDF.
 */
import { useMutation } from '@apollo/client/react';
import { Badge, Button, DatePicker, Modal, Select, Space, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { useAuth } from '../../app/auth';
import { useI18n } from '../../app/i18n';
import { useFilters } from '../../app/useFilters';
import { enumLabel, ENUM_LABELS, refLabel } from '../../charts/labels';
import { exportName } from '../../components/download';
import { PageTitle } from '../../components/Page';
import { downloadFromServer, exportUrl } from '../../data/spreadsheets';
import { DeskList, pickLanguage, useText, useWorkflowAction } from '../../desk';
import {
  AcknowledgeFilingsDocument,
  FilingDeskDocument,
  type AcknowledgeFilingsMutation,
  type FilingDeskQuery,
  type FilingKind,
  type FilingRecordFilter,
  type FilingStatus,
} from '../../gql/graphql';
import { dateTime } from '../records/common';
import { pick } from '../records/ListTags';

type Row = FilingDeskQuery['filingRecords']['nodes'][number];
type Outcome = AcknowledgeFilingsMutation['acknowledgeFilings'][number];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const TEXT = {
  zh: {
    note: '科技副总认定和考核结果报市委组织部备案（第十二条第4项、第十九条）',
    batch: (n: number) => `批量签收（${n}件）`,
    batchTitle: (n: number) => `签收 ${n} 件备案`,
    batchExplain: '每件单独签收并记录签收人和时间；已被他人签收或修改的件不签收，办理后列出每件结果。',
    ok: '确认签收',
    cancel: '取消',
    done: (n: number) => `已办理 ${n} 件签收，结果见列表`,
    result: (ok: number, n: number) => `签收结果：${ok} / ${n} 件已签收`,
    signed: '已签收',
    refused: '未签收',
    why: '原因',
    by: '签收人',
    packet: '备案材料',
    pdf: 'PDF',
  },
  en: {
    note: 'Recognitions and evaluation results filed with the Organisation Department (Art. 12.4, 19)',
    batch: (n: number) => `Acknowledge ${n} selected`,
    batchTitle: (n: number) => `Acknowledge ${n} filings`,
    batchExplain:
      'Each is acknowledged and recorded (who, when) on its own; one already signed or changed by someone else is left, and the result lists each.',
    ok: 'Acknowledge',
    cancel: 'Cancel',
    done: (n: number) => `${n} handled; see the results`,
    result: (ok: number, n: number) => `Result: ${ok} of ${n} acknowledged`,
    signed: 'Acknowledged',
    refused: 'Not done',
    why: 'Why',
    by: 'Signed by',
    packet: 'Filing packet',
    pdf: 'PDF',
  },
};

export default function FilingDesk() {
  const { t, lang } = useI18n();
  const T = useText(TEXT);
  const { me } = useAuth();
  const { search, setParams } = useFilters();
  const status = pick(search.get('status'), Object.keys(ENUM_LABELS.filingStatus));
  const kind = pick(search.get('kind'), Object.keys(ENUM_LABELS.filingKind));
  const from = DATE.test(search.get('from') ?? '') ? search.get('from')! : null;
  const to = DATE.test(search.get('to') ?? '') ? search.get('to')! : null;
  const filter: FilingRecordFilter = {
    ...(status ? { status: { eq: status as FilingStatus } } : {}),
    ...(kind ? { kind: { eq: kind as FilingKind } } : {}),
    ...(from || to ? { filedOn: { ...(from ? { gte: from } : {}), ...(to ? { lte: to } : {}) } } : {}),
  };
  const [pending, setPending] = useState<number | undefined>();
  const [acknowledgeMany] = useMutation(AcknowledgeFilingsDocument);
  const { run, busy, holder } = useWorkflowAction();
  const [confirm, setConfirm] = useState<{ rows: Row[]; clear: () => void; refetch: () => void } | null>(null);
  const [outcomes, setOutcomes] = useState<Array<Outcome & { no: string }> | null>(null);
  const [exporting, setExporting] = useState<string | null>(null);
  const canSign = me.role === 'ORG_DEPT';
  const canPrint = me.role === 'ORG_DEPT' || me.role === 'ST_BUREAU';
  const exportAs = async (format: 'csv' | 'xlsx') => {
    setExporting(format);
    try {
      await downloadFromServer(exportUrl('filings', format, filter), exportName(t('filings'), format));
    } finally {
      setExporting(null);
    }
  };
  return (
    <div className="page">
      {holder}
      <PageTitle
        title={
          <Space>
            {t('filingDesk')}
            {pending ? (
              <a onClick={() => setParams({ status: 'PENDING' })} title={enumLabel('filingStatus', 'PENDING', lang)}>
                <Badge count={pending} data-testid="pending-badge" />
              </a>
            ) : null}
          </Space>
        }
        note={T.note}
      />
      <Space wrap className="no-print desk-filters" style={{ marginBottom: 12 }}>
        <Select
          style={{ width: 140 }}
          value={status ?? ''}
          aria-label={t('status')}
          data-testid="filing-status"
          onChange={(v) => setParams({ status: v || undefined, page: undefined })}
          options={[
            { value: '', label: `${t('status')}：${t('all')}` },
            ...Object.keys(ENUM_LABELS.filingStatus).map((s) => ({ value: s, label: enumLabel('filingStatus', s, lang) })),
          ]}
        />
        <Select
          style={{ width: 160 }}
          value={kind ?? ''}
          aria-label={t('kind')}
          data-testid="filing-kind"
          onChange={(v) => setParams({ kind: v || undefined, page: undefined })}
          options={[
            { value: '', label: `${t('kind')}：${t('all')}` },
            ...Object.keys(ENUM_LABELS.filingKind).map((s) => ({ value: s, label: enumLabel('filingKind', s, lang) })),
          ]}
        />
        <DatePicker.RangePicker
          aria-label={t('dateRange')}
          data-testid="filing-dates"
          value={[from ? dayjs(from) : null, to ? dayjs(to) : null]}
          allowEmpty={[true, true]}
          onChange={(v) => setParams({ from: v?.[0]?.format('YYYY-MM-DD'), to: v?.[1]?.format('YYYY-MM-DD'), page: undefined })}
        />
      </Space>
      <DeskList<Row, FilingDeskQuery, Record<string, unknown>>
        id="filings"
        title={t('filings')}
        document={FilingDeskDocument as never}
        variables={(s) => ({
          filter,
          orderBy: s.sort
            ? [{ field: s.sort.field, direction: s.sort.direction }]
            : [
                { field: 'status', direction: 'DESC' },
                { field: 'filedOn', direction: 'DESC' },
              ],
        })}
        pick={(d) => d.filingRecords}
        onData={(d) => setPending(d.pending.totalCount)}
        rowKey={(r) => r.id}
        recordPath={(r) => `/filings/${r.id}`}
        extra={
          <Space className="no-print" wrap>
            <Button size="small" onClick={() => void exportAs('csv')} loading={exporting === 'csv'} data-testid="export-csv-filings">
              CSV
            </Button>
            <Button size="small" onClick={() => void exportAs('xlsx')} loading={exporting === 'xlsx'} data-testid="export-xlsx-filings">
              Excel
            </Button>
          </Space>
        }
        batch={
          canSign
            ? {
                selectable: (r) => r.status === 'PENDING',
                render: (rows, clear, refetch) => (
                  <Button type="primary" size="small" data-testid="batch-acknowledge" onClick={() => setConfirm({ rows, clear, refetch })}>
                    {T.batch(rows.length)}
                  </Button>
                ),
              }
            : undefined
        }
        columns={[
          { title: t('filingNo'), key: 'filingNo', sorter: true, render: (_, r) => <Link to={`/filings/${r.id}`}>{r.filingNo}</Link> },
          { title: t('title'), key: 't', dataIndex: 'title', ellipsis: true, width: 360 },
          { title: t('kind'), key: 'k', render: (_, r) => enumLabel('filingKind', r.kind, lang) },
          { title: t('county'), key: 'c', render: (_, r) => (r.division ? refLabel(r.division, lang) : '—') },
          { title: t('filedOn'), key: 'filedOn', sorter: true, dataIndex: 'filedOn' },
          {
            title: t('status'),
            key: 'status',
            sorter: true,
            render: (_, r) => <Tag color={r.status === 'PENDING' ? 'orange' : 'green'}>{enumLabel('filingStatus', r.status, lang)}</Tag>,
          },
          {
            title: t('acknowledgedAt'),
            key: 'a',
            render: (_, r) =>
              r.acknowledgedAt ? `${dateTime(r.acknowledgedAt, lang)}${r.acknowledgedByName ? ` · ${r.acknowledgedByName}` : ''}` : '—',
          },
          ...(canPrint
            ? [
                {
                  title: T.packet,
                  key: 'pdf',
                  render: (_: unknown, r: Row) => (
                    <a href={`/api/documents/filing/${r.id}.pdf`} target="_blank" rel="noopener" data-testid={`packet-${r.id}`}>
                      {T.pdf}
                    </a>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Modal
        open={!!confirm}
        title={T.batchTitle(confirm?.rows.length ?? 0)}
        okText={T.ok}
        cancelText={T.cancel}
        confirmLoading={busy}
        onCancel={() => setConfirm(null)}
        okButtonProps={{ ...({ 'data-testid': 'batch-confirm' } as object) }}
        onOk={async () => {
          const c = confirm!;
          let result: Outcome[] = [];
          const done = await run(async () => {
            const res = await acknowledgeMany({ variables: { input: { filings: c.rows.map((r) => ({ id: r.id, version: r.version })) } } });
            result = res.data?.acknowledgeFilings ?? [];
          }, T.done(c.rows.length));
          if (done) {
            setConfirm(null);
            c.clear();
            c.refetch();
            setOutcomes(result.map((o) => ({ ...o, no: c.rows.find((r) => r.id === o.id)?.filingNo ?? `#${o.id}` })));
          }
        }}
      >
        <p>{T.batchExplain}</p>
        <ul>
          {confirm?.rows.map((r) => (
            <li key={r.id}>{`${r.filingNo} ${r.title}`}</li>
          ))}
        </ul>
      </Modal>
      <Modal
        open={!!outcomes}
        title={T.result(outcomes?.filter((o) => o.ok).length ?? 0, outcomes?.length ?? 0)}
        onOk={() => setOutcomes(null)}
        onCancel={() => setOutcomes(null)}
        cancelButtonProps={{ style: { display: 'none' } }}
        width={640}
      >
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={outcomes ?? []}
          data-testid="batch-results"
          columns={[
            { title: t('filingNo'), dataIndex: 'no' },
            {
              title: t('status'),
              key: 'ok',
              render: (_, o) => (o.ok ? <Tag color="green">{T.signed}</Tag> : <Tag color="red">{T.refused}</Tag>),
            },
            { title: T.why, key: 'w', render: (_, o) => (o.ok ? '' : pickLanguage(o.message ?? '', lang)) },
          ]}
        />
      </Modal>
    </div>
  );
}
