/**
 * 报市委组织部备案 (Art. 12.4): the cases the party group approved are filed with the
 * Organisation Department together, as one packet (one filing record per case, numbered in
 * order, all or none). Below, the recognition filings sent so far and whether they were signed for.
 */
import { useMutation } from '@apollo/client/react';
import { Button, Modal, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { PageTitle } from '../../../components/Page';
import { DeskList, useText } from '../../../desk';
import {
  BureauCasesDocument,
  BureauFileBatchDocument,
  BureauFilingsDocument,
  type BureauCaseRowFragment,
  type BureauCasesQuery,
  type BureauFilingsQuery,
  type FilingRecordFilter,
  type FilingRecordSortField,
} from '../../../gql/graphql';
import { BatchErrorAlert, caseListVariables, useBatchAction, useCaseColumns, useCaseSearch } from './common';

type Filing = BureauFilingsQuery['filingRecords']['nodes'][number];

const TEXT = {
  zh: {
    title: '报送备案',
    note: '党组审议通过的申报报市委组织部备案（第十二条第4项）；勾选多项作为一个备案包报送',
    file: '作为一个备案包报送',
    modalTitle: (n: number) => `报送备案包（${n} 项）`,
    body: '所选案件将从「党组审议通过」进入「已备案」，每项生成一份备案记录（聊科副总备〔年〕N号），由市委组织部签收；全部报送或全部不报送。依据：《聊城市“科技副总”管理办法》第十二条第4项。',
    ok: '确认报送',
    cancel: '取消',
    done: (n: number, nos: string) => `已报送备案包：${n} 项（${nos}）`,
    sent: '已报送的认定备案',
    filingNo: '备案编号',
    name: '标题',
    filedOn: '报送日期',
    status: '状态',
    pending: '待签收',
    acknowledged: '已签收',
    packet: '备案材料 PDF',
    searchSent: '编号或标题',
    searchSentPh: '备案编号、标题关键词',
  },
  en: {
    title: 'Filing',
    note: 'Party-approved cases are filed with the Organisation Department (Art. 12.4); tick several to send as one packet',
    file: 'File as one packet',
    modalTitle: (n: number) => `File a packet of ${n} case(s)`,
    body: 'The cases move from "Party group approved" to "Filed"; each gets a filing record (聊科副总备〔year〕N号) for the Organisation Department to sign for; all or none. Basis: Art. 12.4 of the measures.',
    ok: 'File',
    cancel: 'Cancel',
    done: (n: number, nos: string) => `Packet filed: ${n} case(s) (${nos})`,
    sent: 'Recognition filings sent',
    filingNo: 'Filing number',
    name: 'Title',
    filedOn: 'Filed on',
    status: 'Status',
    pending: 'Awaiting receipt',
    acknowledged: 'Acknowledged',
    packet: 'Filing packet PDF',
    searchSent: 'Number or title',
    searchSentPh: 'Filing number or words in the title',
  },
};

export default function BureauFiling() {
  const T = useText(TEXT);
  const columns = useCaseColumns((r) => `/desk/bureau/cases/${r.id}`);
  const search = useCaseSearch();
  const [rows, setRows] = useState<BureauCaseRowFragment[] | null>(null);
  const [after, setAfter] = useState<{ clear: () => void; refetch: () => void } | null>(null);
  const [sentKey, setSentKey] = useState(0);
  const [file] = useMutation(BureauFileBatchDocument);
  const { run, busy, error, clearError, holder } = useBatchAction();
  const submit = async () => {
    let nos = '';
    const ok = await run(async () => {
      const res = await file({ variables: { input: { applications: rows!.map((r) => ({ applicationId: r.id, version: r.version })) } } });
      nos = (res.data?.fileRecognitionBatch ?? []).map((f) => f.filingNo).join('、');
    }, '');
    if (ok) {
      Modal.success({ title: T.done(rows!.length, nos) });
      setRows(null);
      after?.clear();
      after?.refetch();
      setSentKey((k) => k + 1);
    }
  };
  return (
    <div className="page" data-testid="bureau-filing">
      {holder}
      <PageTitle title={T.title} note={T.note} />
      <DeskList<BureauCaseRowFragment, BureauCasesQuery, Record<string, unknown>>
        id="filing"
        document={BureauCasesDocument}
        defaultSort={{ field: 'stageEnteredAt', direction: 'ASC' }}
        searchFields={search}
        variables={(s) => caseListVariables('PARTY_APPROVED', s)}
        pick={(d) => d.applications}
        rowKey={(r) => r.id}
        columns={columns}
        batch={{
          selectable: (r) => r.nextActions.includes('FILE'),
          render: (selected, clear, refetch) => (
            <Button
              type="primary"
              data-testid="filing-file"
              onClick={() => {
                clearError();
                setAfter({ clear, refetch });
                setRows(selected);
              }}
            >
              {T.file}
            </Button>
          ),
        }}
      />
      <div style={{ height: 16 }} />
      <DeskList<Filing, BureauFilingsQuery, Record<string, unknown>>
        key={sentKey}
        id="sent"
        urlPrefix="sent"
        title={T.sent}
        document={BureauFilingsDocument}
        searchFields={[{ name: 'q', label: T.searchSent, kind: 'text', placeholder: T.searchSentPh, width: 240 }]}
        defaultSort={{ field: 'filedOn', direction: 'DESC' }}
        variables={(st) => {
          const filter: FilingRecordFilter = {
            kind: { eq: 'RECOGNITION' },
            ...(st.values.q ? { or: [{ filingNo: { contains: st.values.q } }, { title: { contains: st.values.q } }] } : {}),
          };
          // The id breaks ties between filings of one day, newest first, so pages never overlap.
          const orderBy = st.sort ? [{ field: st.sort.field as FilingRecordSortField, direction: st.sort.direction }] : [];
          return { filter, orderBy: [...orderBy, { field: 'id' as FilingRecordSortField, direction: 'DESC' as const }] };
        }}
        pick={(d) => d.filingRecords}
        rowKey={(f) => f.id}
        columns={[
          { title: T.filingNo, key: 'filingNo', render: (_, f) => <Link to={`/filings/${f.id}`}>{f.filingNo}</Link> },
          { title: T.name, key: 'title', dataIndex: 'title' },
          { title: T.filedOn, key: 'filedOn', sorter: true, dataIndex: 'filedOn' },
          {
            title: T.status,
            key: 'status',
            render: (_, f) => (f.status === 'PENDING' ? <Tag color="orange">{T.pending}</Tag> : <Tag color="green">{T.acknowledged}</Tag>),
          },
          {
            title: '',
            key: 'pdf',
            // The filing packet (备案材料) as the Organisation Department receives it (modules/documents/filing-packet.ts).
            render: (_, f) => (
              <a href={`/api/documents/filing/${f.id}.pdf`} target="_blank" rel="noreferrer" data-testid={`packet-pdf-${f.id}`}>
                {T.packet}
              </a>
            ),
          },
        ]}
      />
      <Modal
        open={!!rows}
        title={rows ? T.modalTitle(rows.length) : ''}
        okText={T.ok}
        cancelText={T.cancel}
        onOk={() => void submit()}
        onCancel={() => setRows(null)}
        okButtonProps={{ loading: busy, ...({ 'data-testid': 'filing-confirm' } as object) }}
        destroyOnHidden
        width={600}
      >
        <p data-testid="action-article">{T.body}</p>
        <ul>
          {rows?.map((r) => (
            <li key={r.id}>{r.enterprise?.name}</li>
          ))}
        </ul>
        {error ? <BatchErrorAlert error={error} total={rows?.length ?? 0} /> : null}
      </Modal>
    </div>
  );
}
