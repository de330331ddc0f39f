/** The Organisation Department's desk: filing records (备案), those awaiting receipt first, by status and date; open one to acknowledge it. */
import { Badge, DatePicker, Select, Space, Tag } from 'antd';
import dayjs from 'dayjs';
import { Link, useNavigate } from 'react-router';
import { useI18n } from '../../app/i18n';
import { useFilters } from '../../app/useFilters';
import { enumLabel, ENUM_LABELS, refLabel } from '../../charts/labels';
import { PageTitle } from '../../components/Page';
import { RecordTable } from '../../components/RecordTable';
import { usePages } from '../../components/usePages';
import type { FilingDeskQuery, FilingKind, FilingRecordFilter, FilingStatus } from '../../gql/graphql';
import { dateTime } from '../records/common';
import { pick } from '../records/ListTags';
import { FilingDeskDocument } from '../../gql/graphql';

const FilingDeskQueryDoc = FilingDeskDocument;

type Row = FilingDeskQuery['filingRecords']['nodes'][number];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export default function FilingDesk() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
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
  const pages = usePages(FilingDeskQueryDoc, { filter }, (d) => d.filingRecords);
  const pending = pages.data?.pending.totalCount;
  return (
    <div className="page">
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
        note={
          lang === 'zh'
            ? '科技副总认定和考核结果报市委组织部备案（第十二、十九条）'
            : 'Recognitions and evaluation results filed with the Organisation Department (Art. 12, 19)'
        }
      />
      <Space wrap className="no-print desk-filters" style={{ marginBottom: 12 }}>
        <Select
          style={{ width: 140 }}
          value={status ?? ''}
          aria-label={t('status')}
          data-testid="filing-status"
          onChange={(v) => setParams({ status: v || undefined })}
          options={[
            { value: '', label: `${t('status')}：${t('all')}` },
            ...Object.keys(ENUM_LABELS.filingStatus).map((s) => ({ value: s, label: enumLabel('filingStatus', s, lang) })),
          ]}
        />
        <Select
          style={{ width: 160 }}
          value={kind ?? ''}
          aria-label={t('kind')}
          onChange={(v) => setParams({ kind: v || undefined })}
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
          onChange={(v) => setParams({ from: v?.[0]?.format('YYYY-MM-DD'), to: v?.[1]?.format('YYYY-MM-DD') })}
        />
      </Space>
      <RecordTable<Row>
        id="filings"
        title={t('filings')}
        exportTitle={t('filings')}
        exportList="filings"
        filter={filter}
        pages={pages}
        rowKey={(r) => r.id}
        onRow={(r) => navigate(`/filings/${r.id}`)}
        columns={[
          { title: t('filingNo'), key: 'no', render: (_, r) => <Link to={`/filings/${r.id}`}>{r.filingNo}</Link> },
          { title: t('title'), key: 't', dataIndex: 'title', ellipsis: true, width: 420 },
          { title: t('kind'), key: 'k', render: (_, r) => enumLabel('filingKind', r.kind, lang) },
          { title: t('county'), key: 'c', render: (_, r) => (r.division ? refLabel(r.division, lang) : '—') },
          { title: t('filedOn'), key: 'f', dataIndex: 'filedOn' },
          {
            title: t('status'),
            key: 's',
            render: (_, r) => <Tag color={r.status === 'PENDING' ? 'orange' : 'green'}>{enumLabel('filingStatus', r.status, lang)}</Tag>,
          },
          { title: t('acknowledgedAt'), key: 'a', render: (_, r) => dateTime(r.acknowledgedAt, lang) },
        ]}
      />
    </div>
  );
}
