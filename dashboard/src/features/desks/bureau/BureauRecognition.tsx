/**
 * 认定发文 (Art. 12.5): once the notice has ended without an open objection, the bureau
 * recognises the case: the server issues the recognition document number (聊科副总〔年〕N号)
 * and the certificate number. Recognised appointments list both, with the certificate PDF and
 * the notice PDF to download (`/api/documents/…`).
 */
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, DatePicker, Form, Input, Modal, Space, Tag, Tooltip } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { PageTitle } from '../../../components/Page';
import { chinaDay, chinaToday, DeskErrorAlert, DeskList, useText, useWorkflowAction } from '../../../desk';
import {
  BureauNoticeCasesDocument,
  BureauRecognisedDocument,
  BureauRecogniseDocument,
  type BureauNoticeCasesQuery,
  type BureauRecognisedQuery,
  type AppointmentFilter,
  type AppointmentSortField,
} from '../../../gql/graphql';
import { CaseLink, caseListVariables, StageTag, useBureauText, useCaseSearch } from './common';

type InNotice = BureauNoticeCasesQuery['applications']['nodes'][number];
type Recognised = BureauRecognisedQuery['appointments']['nodes'][number];
interface AgreementForm {
  signedOn: Dayjs;
  enterpriseSignatory: string;
  documentRef: string;
  content?: string;
}

const TEXT = {
  zh: {
    title: '认定发文',
    note: '公示期满且无未处理异议的，正式发文认定并颁发证书（第十二条第5项）',
    waiting: '公示中的申报',
    endsOn: '公示截止',
    recognise: '发文认定',
    notYet: (d: string) => `公示期至 ${d}，期满后方可认定`,
    held: '存在未处理的异议，案件暂停',
    confirmTitle: (e: string) => `发文认定 · ${e}`,
    confirmBody:
      '案件将从「公示中」进入「已认定」：生成认定文号与证书编号，建立在任的科技副总任职。此操作不可撤销。依据：《聊城市“科技副总”管理办法》第十二条第5项。',
    ok: '确认发文',
    cancel: '取消',
    done: (e: string, doc: string, cert: string) => `已发文认定：${e}（${doc}，证书${cert}）`,
    recognised: '已认定的科技副总',
    docNo: '认定文号',
    searchDone: '文号或企业',
    searchDonePh: '认定文号、企业名称关键词',
    certNo: '证书编号',
    expert: '专家',
    enterprise: '企业',
    recognisedOn: '认定日期',
    service: '服务期限',
    certPdf: '下载证书 PDF',
    noticePdf: '下载公示 PDF',
    agreement: '保密协议（第八条，认定时必须登记）',
    signedOn: '签订日期',
    signedOnRule: '请选择签订日期，且不晚于今天',
    signatory: '企业方签字人及职务',
    signatoryHint: '如：张某（总经理）；专家本人为另一方',
    signatoryRule: '请填写企业方签字人',
    documentRef: '协议文本编号或存档引用',
    documentRefRule: '请填写协议编号或存档引用',
    content: '保密范围（可不填，按第八条表述）',
  },
  en: {
    title: 'Recognition',
    note: 'Once the notice has ended with no open objection, the case is recognised: document and certificate (Art. 12.5)',
    waiting: 'Cases in notice',
    endsOn: 'Notice ends',
    recognise: 'Recognise',
    notYet: (d: string) => `The notice runs to ${d}; recognition follows its end`,
    held: 'An objection is open: the case is held',
    confirmTitle: (e: string) => `Recognise · ${e}`,
    confirmBody:
      'The case moves from "In public notice" to "Recognised": a recognition document number and a certificate number are issued and the appointment starts. This cannot be undone. Basis: Art. 12.5 of the measures.',
    ok: 'Recognise',
    cancel: 'Cancel',
    done: (e: string, doc: string, cert: string) => `Recognised: ${e} (${doc}, certificate ${cert})`,
    recognised: 'Recognised technology vice-presidents',
    docNo: 'Document number',
    searchDone: 'Number or enterprise',
    searchDonePh: 'Document number or words in the name',
    certNo: 'Certificate number',
    expert: 'Expert',
    enterprise: 'Enterprise',
    recognisedOn: 'Recognised on',
    service: 'Service',
    certPdf: 'Certificate PDF',
    noticePdf: 'Notice PDF',
    agreement: 'Confidentiality agreement (Art. 8, recorded at recognition)',
    signedOn: 'Signed on',
    signedOnRule: 'Choose the signing date, not after today',
    signatory: 'Signed for the enterprise by (and capacity)',
    signatoryHint: 'e.g. Zhang (general manager); the expert signs as the other party',
    signatoryRule: 'Enter who signed for the enterprise',
    documentRef: 'Agreement number or archive reference',
    documentRefRule: 'Enter the agreement number or archive reference',
    content: 'What it covers (optional: the wording of Art. 8)',
  },
};

export default function BureauRecognition() {
  const T = useText(TEXT);
  const B = useBureauText();
  const today = chinaToday();
  const search = useCaseSearch();
  const client = useApolloClient();
  // The waiting list is a DeskList (URL state); after a recognition it is asked again.
  const refetchCases = () => void client.refetchQueries({ include: [BureauNoticeCasesDocument] });
  const [recognise] = useMutation(BureauRecogniseDocument);
  const { run, error, clearError, holder } = useWorkflowAction();
  const [listKey, setListKey] = useState(0);

  // Art. 8: the confidentiality agreement is recorded with the appointment, so the recognition
  // asks for it in the same confirmation; the server checks it again (date not after recognition).
  const [form] = Form.useForm<AgreementForm>();
  const [pending, setPending] = useState<InNotice | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    const a = pending;
    if (!a) return;
    const values = await form.validateFields();
    clearError();
    setSaving(true);
    let label = '';
    const confidentiality = {
      signedOn: values.signedOn.format('YYYY-MM-DD'),
      enterpriseSignatory: values.enterpriseSignatory.trim(),
      documentRef: values.documentRef.trim(),
      content: values.content?.trim() ? values.content.trim() : null,
    };
    const ok = await run(async () => {
      const res = await recognise({ variables: { input: { applicationId: a.id, version: a.version, confidentiality } } });
      const r = res.data?.recogniseApplication;
      label = T.done(a.enterprise?.name ?? '', r?.recognitionDocNo ?? '', r?.certificateNo ?? '');
    }, '');
    setSaving(false);
    setPending(null);
    if (ok) Modal.success({ title: label });
    refetchCases();
    setListKey((k) => k + 1);
  };

  const open = (a: InNotice) => {
    form.resetFields();
    form.setFieldsValue({ signedOn: dayjs(today) });
    setPending(a);
  };

  return (
    <div className="page" data-testid="bureau-recognition">
      {holder}
      <PageTitle title={T.title} note={T.note} />
      <Modal
        open={!!pending}
        title={pending ? T.confirmTitle(pending.enterprise?.name ?? '') : ''}
        okText={T.ok}
        cancelText={T.cancel}
        confirmLoading={saving}
        okButtonProps={{ danger: true, ...({ 'data-testid': 'recognise-confirm' } as object) }}
        onOk={() => void submit()}
        onCancel={() => setPending(null)}
        destroyOnHidden
      >
        <Alert type="warning" showIcon message={T.confirmBody} style={{ marginBottom: 16 }} />
        <Form form={form} layout="vertical" requiredMark data-testid="recognise-agreement">
          <div style={{ fontWeight: 600, marginBottom: 8 }}>{T.agreement}</div>
          <Form.Item name="signedOn" label={T.signedOn} rules={[{ required: true, message: T.signedOnRule }]}>
            <DatePicker
              style={{ width: '100%' }}
              disabledDate={(d: Dayjs) => d.format('YYYY-MM-DD') > today}
              data-testid="agreement-signed-on"
            />
          </Form.Item>
          <Form.Item
            name="enterpriseSignatory"
            label={T.signatory}
            extra={T.signatoryHint}
            rules={[{ required: true, whitespace: true, message: T.signatoryRule }, { max: 100 }]}
          >
            <Input maxLength={100} data-testid="agreement-signatory" />
          </Form.Item>
          <Form.Item
            name="documentRef"
            label={T.documentRef}
            rules={[{ required: true, whitespace: true, message: T.documentRefRule }, { max: 100 }]}
          >
            <Input maxLength={100} data-testid="agreement-document-ref" />
          </Form.Item>
          <Form.Item name="content" label={T.content} rules={[{ max: 4000 }]}>
            <Input.TextArea rows={2} maxLength={4000} />
          </Form.Item>
        </Form>
      </Modal>
      <div style={{ marginBottom: 16 }} data-testid="recognition-waiting">
        {error ? <DeskErrorAlert error={error} onClose={clearError} onReload={refetchCases} /> : null}
        <DeskList<InNotice, BureauNoticeCasesQuery, Record<string, unknown>>
          id="waiting"
          title={T.waiting}
          document={BureauNoticeCasesDocument}
          searchFields={search}
          defaultSort={{ field: 'stageEnteredAt', direction: 'ASC' }}
          variables={(st) => caseListVariables('IN_NOTICE', st)}
          pick={(d) => d.applications}
          rowKey={(a) => a.id}
          columns={[
            {
              title: B.enterprise,
              key: 'enterprise',
              render: (_, a) => (
                <CaseLink to={`/desk/bureau/cases/${a.id}`} id={a.id}>
                  {a.enterprise?.name ?? `#${a.id}`}
                </CaseLink>
              ),
            },
            { title: B.expert, key: 'expert', render: (_, a) => a.proposedExpert?.name ?? B.none },
            { title: T.endsOn, key: 'endsOn', render: (_, a) => a.notice?.endsOn ?? B.none },
            { title: B.stage, key: 'stage', render: (_, a) => <StageTag stage={a.stage} onHold={a.onHold} /> },
            { title: B.since, key: 'stageEnteredAt', sorter: true, render: (_, a) => chinaDay(a.stageEnteredAt) },
            {
              title: '',
              key: 'act',
              render: (_, a) => {
                const ended = !!a.notice && a.notice.endsOn < today;
                const why = a.onHold ? T.held : !ended ? T.notYet(a.notice?.endsOn ?? '') : '';
                return (
                  <Tooltip title={why}>
                    <Button
                      type="primary"
                      size="small"
                      disabled={!!why || !a.nextActions.includes('RECOGNISE')}
                      data-testid={`recognise-${a.id}`}
                      onClick={() => open(a)}
                    >
                      {T.recognise}
                    </Button>
                  </Tooltip>
                );
              },
            },
          ]}
        />
      </div>
      <DeskList<Recognised, BureauRecognisedQuery, Record<string, unknown>>
        key={listKey}
        id="recognised"
        urlPrefix="done"
        title={T.recognised}
        document={BureauRecognisedDocument}
        searchFields={[{ name: 'q', label: T.searchDone, kind: 'text', placeholder: T.searchDonePh, width: 240 }]}
        defaultSort={{ field: 'id', direction: 'DESC' }}
        variables={(st) => {
          const filter: AppointmentFilter = {
            origin: { eq: 'CALL' },
            certificateNo: { isNull: false },
            ...(st.values.q
              ? { or: [{ recognitionDocNo: { contains: st.values.q } }, { enterprise: { name: { contains: st.values.q } } }] }
              : {}),
          };
          return {
            filter,
            orderBy: st.sort ? [{ field: st.sort.field as AppointmentSortField, direction: st.sort.direction }] : undefined,
          };
        }}
        pick={(d) => d.appointments}
        rowKey={(r) => r.id}
        columns={[
          { title: T.docNo, key: 'doc', render: (_, r) => <strong>{r.recognitionDocNo}</strong> },
          { title: T.certNo, key: 'cert', dataIndex: 'certificateNo' },
          { title: T.expert, key: 'expert', render: (_, r) => r.expert?.name },
          { title: T.enterprise, key: 'enterprise', render: (_, r) => r.enterprise?.name },
          { title: T.recognisedOn, key: 'on', dataIndex: 'recognisedOn' },
          { title: T.service, key: 'serviceStart', sorter: true, render: (_, r) => `${r.serviceStart} ～ ${r.serviceEnd}` },
          {
            title: '',
            key: 'pdf',
            render: (_, r) => (
              <Space>
                <Button size="small" href={`/api/documents/certificate/${r.id}.pdf`} target="_blank" data-testid={`cert-pdf-${r.id}`}>
                  {T.certPdf}
                </Button>
                {r.application?.notice ? (
                  <Button
                    size="small"
                    href={`/api/documents/notice/${r.application.notice.id}.pdf`}
                    target="_blank"
                    data-testid={`notice-pdf-${r.id}`}
                  >
                    {T.noticePdf}
                  </Button>
                ) : (
                  <Tag>{B.none}</Tag>
                )}
              </Space>
            ),
          },
        ]}
      />
    </div>
  );
}
