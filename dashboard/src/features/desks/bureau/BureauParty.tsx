/**
 * 党组研究审议 (Art. 12.4): the matched cases go to a party-group meeting together. Tick the
 * cases, give the meeting date and the minute number; the server approves all of them or none,
 * and names each case it cannot approve with the rule and article.
 */
import { useMutation } from '@apollo/client/react';
import { Button, DatePicker, Form, Input, Modal } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { PageTitle } from '../../../components/Page';
import { chinaToday, DeskList, useText } from '../../../desk';
import {
  BureauCasesDocument,
  BureauPartyReviewBatchDocument,
  type BureauCaseRowFragment,
  type BureauCasesQuery,
} from '../../../gql/graphql';
import { BatchErrorAlert, caseListVariables, useBatchAction, useCaseColumns, useCaseSearch } from './common';

const TEXT = {
  zh: {
    title: '党组研究审议',
    note: '双向选择已确定人选的申报，提交局党组会议研究审议（第十二条第4项）；勾选后一并审议',
    review: '提交党组会议审议通过',
    modalTitle: (n: number) => `党组会议审议通过 ${n} 项申报`,
    body: '所选案件将从「已双选匹配」进入「党组审议通过」，并记录会议日期与纪要编号；全部通过或全部不办理。依据：《聊城市“科技副总”管理办法》第十二条第4项。',
    meetingOn: '会议日期',
    minuteNo: '会议纪要编号',
    minutePh: '如 局党组会议纪要〔2026〕12号',
    opinion: '审议意见（可选）',
    future: '会议日期不得晚于今天',
    required: '必填',
    ok: '确认审议通过',
    cancel: '取消',
    done: (n: number, m: string) => `已党组审议通过 ${n} 项（${m}）`,
  },
  en: {
    title: 'Party group review',
    note: 'Matched cases go to the bureau’s party-group meeting (Art. 12.4); tick them to review together',
    review: 'Approved at a party-group meeting',
    modalTitle: (n: number) => `Party-group approval of ${n} case(s)`,
    body: 'The cases move from "Matched" to "Party group approved", with the meeting date and minute number recorded; all or none. Basis: Art. 12.4 of the measures.',
    meetingOn: 'Meeting date',
    minuteNo: 'Minute number',
    minutePh: 'e.g. 局党组会议纪要〔2026〕12号',
    opinion: 'Opinion (optional)',
    future: 'The meeting cannot be after today',
    required: 'Required',
    ok: 'Approve',
    cancel: 'Cancel',
    done: (n: number, m: string) => `${n} case(s) approved by the party group (${m})`,
  },
};

export default function BureauParty() {
  const T = useText(TEXT);
  const columns = useCaseColumns((r) => `/desk/bureau/cases/${r.id}`);
  const search = useCaseSearch();
  const [rows, setRows] = useState<BureauCaseRowFragment[] | null>(null);
  const [after, setAfter] = useState<{ clear: () => void; refetch: () => void } | null>(null);
  const [form] = Form.useForm();
  const [approve] = useMutation(BureauPartyReviewBatchDocument);
  const { run, busy, error, clearError, holder } = useBatchAction();
  const submit = async () => {
    const v = await form.validateFields();
    const ok = await run(
      () =>
        approve({
          variables: {
            input: {
              applications: rows!.map((r) => ({ applicationId: r.id, version: r.version })),
              meetingOn: (v.meetingOn as dayjs.Dayjs).format('YYYY-MM-DD'),
              minuteNo: v.minuteNo.trim(),
              opinion: v.opinion?.trim() || null,
            },
          },
        }),
      T.done(rows!.length, v.minuteNo.trim()),
    );
    if (ok) {
      setRows(null);
      after?.clear();
      after?.refetch();
    }
  };
  return (
    <div className="page" data-testid="bureau-party">
      {holder}
      <PageTitle title={T.title} note={T.note} />
      <DeskList<BureauCaseRowFragment, BureauCasesQuery, Record<string, unknown>>
        id="party"
        document={BureauCasesDocument}
        defaultSort={{ field: 'stageEnteredAt', direction: 'ASC' }}
        searchFields={search}
        variables={(s) => caseListVariables('MATCHED', s)}
        pick={(d) => d.applications}
        rowKey={(r) => r.id}
        columns={columns}
        batch={{
          // The party group's approval is the PASS of a MATCHED case (docs/workflow.md).
          selectable: (r) => r.nextActions.includes('PASS'),
          render: (selected, clear, refetch) => (
            <Button
              type="primary"
              data-testid="party-approve"
              onClick={() => {
                clearError();
                setAfter({ clear, refetch });
                form.setFieldsValue({ meetingOn: dayjs(chinaToday()) });
                setRows(selected);
              }}
            >
              {T.review}
            </Button>
          ),
        }}
      />
      <Modal
        open={!!rows}
        title={rows ? T.modalTitle(rows.length) : ''}
        okText={T.ok}
        cancelText={T.cancel}
        onOk={() => void submit()}
        onCancel={() => setRows(null)}
        okButtonProps={{ loading: busy, ...({ 'data-testid': 'party-confirm' } as object) }}
        destroyOnHidden
        width={600}
      >
        <p data-testid="action-article">{T.body}</p>
        <ul>
          {rows?.map((r) => (
            <li key={r.id}>{r.enterprise?.name}</li>
          ))}
        </ul>
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item
            name="meetingOn"
            label={T.meetingOn}
            rules={[
              { required: true, message: T.required },
              {
                validator: (_, d?: dayjs.Dayjs) =>
                  d && d.format('YYYY-MM-DD') > chinaToday() ? Promise.reject(new Error(T.future)) : Promise.resolve(),
              },
            ]}
          >
            <DatePicker data-testid="party-meeting-on" />
          </Form.Item>
          <Form.Item name="minuteNo" label={T.minuteNo} rules={[{ required: true, whitespace: true, message: T.required }]}>
            <Input maxLength={64} placeholder={T.minutePh} data-testid="party-minute-no" />
          </Form.Item>
          <Form.Item name="opinion" label={T.opinion}>
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
        </Form>
        {error ? <BatchErrorAlert error={error} total={rows?.length ?? 0} /> : null}
      </Modal>
    </div>
  );
}
