/**
 * 征集通知 (Art. 12.1, 23): the yearly calls, one published a year inside the measures' term
 * 2025-07-01..2030-06-30; save a new one as a draft or publish it at once, edit and publish a
 * draft, close an open one. The server decides (one a year, the window, the version) and which
 * buttons a row shows (nextActions); the form checks the same before sending so mistakes show early.
 */
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, DatePicker, Form, Input, InputNumber, Modal, Space, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { PageTitle } from '../../../components/Page';
import { chinaToday, DeskErrorAlert, DeskList, useText, useWorkflowAction } from '../../../desk';
import {
  BureauCallsDocument,
  BureauCallYearsDocument,
  BureauCloseCallDocument,
  BureauPublishCallDocument,
  BureauPublishCallDraftDocument,
  BureauSaveCallDraftDocument,
  BureauUpdateCallDraftDocument,
  type BureauCallsQuery,
  type CallFilter,
  type CallSortField,
  type CallStatus,
} from '../../../gql/graphql';

type CallRow = BureauCallsQuery['calls']['nodes'][number];

const WINDOW = { from: '2025-07-01', to: '2030-06-30' };

const TEXT = {
  zh: {
    title: '征集通知',
    note: '每年一次，须在办法有效期（2025-07-01至2030-06-30）内（第十二条第1项、第二十三条）',
    create: '新建征集',
    edit: '编辑',
    editTitle: (y: number) => `编辑${y}年度征集草稿`,
    saveDraft: '保存草稿',
    publishTitle: '发布征集通知',
    publishConfirm: (y: number) =>
      `发布后，${y}年度征集即对企业公开，申报时间内可新建申报，不能再修改。每年只发布一次（第十二条第1项），申报时间须在办法有效期内（第二十三条）。确定发布？`,
    drafted: (y: number) => `已保存${y}年度征集草稿`,
    year: '年度',
    name: '标题',
    window: '申报时间',
    status: '状态',
    published: '发布时间',
    close: '关闭征集',
    closeConfirm: (y: number) => `关闭${y}年度征集后，企业不能再新建申报。确定关闭？`,
    conditions: '申报条件',
    materials: '申报材料要求（留空使用第十三条标准清单）',
    publish: '发布',
    cancel: '取消',
    yearTaken: '该年度已有发布的征集（每年一次，第十二条第1项）',
    outside: `申报时间须在 ${WINDOW.from} 至 ${WINDOW.to} 内（第二十三条）`,
    inYear: '开始或截止日期须在征集年度内',
    required: '必填',
    done: (y: number) => `已发布${y}年度征集通知`,
    closed: (y: number) => `已关闭${y}年度征集`,
    status_: { PUBLISHED: '征集中', CLOSED: '已截止', DRAFT: '草稿' } as Record<string, string>,
    searchTitle: '标题',
    searchTitlePh: '标题关键词',
    searchStatus: '状态',
    defaultTitle: (y: number) => `聊城市${y}年度“科技副总”选派需求征集通知`,
    defaultConditions: '符合《聊城市“科技副总”管理办法》第五条、第九条规定的专家和企业',
  },
  en: {
    title: 'Calls',
    note: 'One a year, within the measures’ term 2025-07-01..2030-06-30 (Art. 12.1, 23)',
    create: 'New call',
    edit: 'Edit',
    editTitle: (y: number) => `Edit the ${y} draft call`,
    saveDraft: 'Save draft',
    publishTitle: 'Publish the call',
    publishConfirm: (y: number) =>
      `Once published, the ${y} call is public: enterprises can start applications in its window, and it can no longer be edited. One call is published a year (Art. 12.1), inside the measures’ term (Art. 23). Publish it?`,
    drafted: (y: number) => `Saved the ${y} draft call`,
    year: 'Year',
    name: 'Title',
    window: 'Application window',
    status: 'Status',
    published: 'Published',
    close: 'Close the call',
    closeConfirm: (y: number) => `After closing the ${y} call, enterprises cannot start applications. Close it?`,
    conditions: 'Conditions',
    materials: 'Materials required (empty: the standard Art. 13 list)',
    publish: 'Publish',
    cancel: 'Cancel',
    yearTaken: 'This year already has a published call (one a year, Art. 12.1)',
    outside: `The window must fall within ${WINDOW.from}..${WINDOW.to} (Art. 23)`,
    inYear: 'The first or last day must fall in the call year',
    required: 'Required',
    done: (y: number) => `Published the ${y} call`,
    closed: (y: number) => `Closed the ${y} call`,
    status_: { PUBLISHED: 'Open', CLOSED: 'Closed', DRAFT: 'Draft' } as Record<string, string>,
    searchTitle: 'Title',
    searchTitlePh: 'Words in the title',
    searchStatus: 'Status',
    defaultTitle: (y: number) => `Liaocheng ${y} call for technology vice-presidents`,
    defaultConditions: 'Experts and enterprises meeting Art. 5 and Art. 9 of the measures',
  },
};

export default function BureauCalls() {
  const T = useText(TEXT);
  const [open, setOpen] = useState(false);
  // The draft being edited; null while creating a new call.
  const [editing, setEditing] = useState<CallRow | null>(null);
  // Every year with a published or closed call, whatever the list shows (it may be filtered or
  // paged); drafts do not take the year (Art. 12.1 counts published calls).
  const yearsQ = useQuery(BureauCallYearsDocument, { fetchPolicy: 'cache-and-network' });
  const allYears = (yearsQ.data?.calls.nodes ?? []).map((c) => c.year);
  const years = (yearsQ.data?.calls.nodes ?? []).filter((c) => c.status !== 'DRAFT').map((c) => c.year);
  const [form] = Form.useForm();
  const [publish] = useMutation(BureauPublishCallDocument);
  const [saveDraft] = useMutation(BureauSaveCallDraftDocument);
  const [updateDraft] = useMutation(BureauUpdateCallDraftDocument);
  const [publishDraft] = useMutation(BureauPublishCallDraftDocument);
  const [close] = useMutation(BureauCloseCallDocument);
  const { run, busy, error, clearError, holder } = useWorkflowAction();
  const [refetchList, setRefetchList] = useState(0);

  const finished = () => {
    setOpen(false);
    setEditing(null);
    form.resetFields();
    setRefetchList((n) => n + 1);
    void yearsQ.refetch();
  };

  /** Saves the form as a draft (new, or the edited one at the version read), or publishes it at once. */
  const submit = async (as: 'draft' | 'publish') => {
    const v = await form.validateFields();
    const [opensOn, closesOn] = (v.window as [dayjs.Dayjs, dayjs.Dayjs]).map((d) => d.format('YYYY-MM-DD'));
    const input = {
      year: v.year as number,
      title: v.title as string,
      opensOn,
      closesOn,
      conditions: v.conditions as string,
      materialsRequired: (v.materialsRequired as string) || null,
    };
    const send = async () => {
      if (as === 'publish') return run(() => publish({ variables: { input } }), T.done(input.year));
      if (editing) {
        return run(
          () => updateDraft({ variables: { input: { ...input, callId: editing.id, version: editing.version } } }),
          T.drafted(input.year),
        );
      }
      return run(() => saveDraft({ variables: { input } }), T.drafted(input.year));
    };
    if (as === 'draft') {
      if (await send()) finished();
      return;
    }
    confirmPublish(input.year, async () => {
      if (await send()) finished();
    });
  };

  /** Publishing is irreversible: it says what happens and cites the articles first. */
  const confirmPublish = (year: number, onOk: () => Promise<void>) =>
    Modal.confirm({
      title: T.publishTitle,
      content: T.publishConfirm(year),
      okText: T.publish,
      cancelText: T.cancel,
      okButtonProps: { ...({ 'data-testid': 'call-publish-confirm' } as object) },
      onOk,
    });

  const nextYear = Math.min(2030, Math.max(Number(chinaToday().slice(0, 4)), ...allYears.map((y) => y + 1)));
  return (
    <div className="page" data-testid="bureau-calls">
      {holder}
      <PageTitle
        title={T.title}
        note={T.note}
        actions={
          <Button
            type="primary"
            data-testid="call-create"
            onClick={() => {
              setEditing(null);
              form.setFieldsValue({
                year: nextYear,
                title: T.defaultTitle(nextYear),
                conditions: T.defaultConditions,
                window: [dayjs(chinaToday()), dayjs(`${nextYear}-06-30`)],
              });
              setOpen(true);
            }}
          >
            {T.create}
          </Button>
        }
      />
      <DeskList<CallRow, BureauCallsQuery, Record<string, unknown>>
        key={refetchList}
        id="calls"
        document={BureauCallsDocument}
        defaultSort={{ field: 'year', direction: 'DESC' }}
        searchFields={[
          { name: 'title', label: T.searchTitle, kind: 'text', placeholder: T.searchTitlePh },
          {
            name: 'status',
            label: T.searchStatus,
            kind: 'select',
            width: 120,
            options: ['DRAFT', 'PUBLISHED', 'CLOSED'].map((s) => ({ value: s, label: T.status_[s] })),
          },
        ]}
        variables={(s) => {
          const filter: CallFilter = {
            ...(s.values.title ? { title: { contains: s.values.title } } : {}),
            ...(s.values.status && s.values.status in T.status_ ? { status: { eq: s.values.status as CallStatus } } : {}),
          };
          return {
            filter,
            orderBy: s.sort ? [{ field: s.sort.field as CallSortField, direction: s.sort.direction }] : undefined,
          };
        }}
        pick={(d) => d.calls}
        rowKey={(c) => c.id}
        columns={[
          { title: T.year, key: 'year', dataIndex: 'year', sorter: true },
          { title: T.name, key: 'title', dataIndex: 'title' },
          { title: T.window, key: 'opensOn', sorter: true, render: (_, c) => `${c.opensOn} ～ ${c.closesOn}` },
          {
            title: T.status,
            key: 'status',
            render: (_, c) => (
              <Tag color={c.status === 'PUBLISHED' ? 'green' : c.status === 'DRAFT' ? 'blue' : 'default'}>
                {T.status_[c.status] ?? c.status}
              </Tag>
            ),
          },
          { title: T.published, key: 'publishedAt', render: (_, c) => (c.publishedAt ? c.publishedAt.slice(0, 10) : '—') },
          {
            title: '',
            key: 'actions',
            render: (_, c) => (
              <Space size="small">
                {c.nextActions.includes('EDIT') ? (
                  <Button
                    size="small"
                    data-testid={`call-edit-${c.id}`}
                    onClick={() => {
                      clearError();
                      setEditing(c);
                      form.setFieldsValue({
                        year: c.year,
                        title: c.title,
                        conditions: c.conditions,
                        materialsRequired: c.materialsRequired,
                        window: [dayjs(c.opensOn), dayjs(c.closesOn)],
                      });
                      setOpen(true);
                    }}
                  >
                    {T.edit}
                  </Button>
                ) : null}
                {c.nextActions.includes('PUBLISH') ? (
                  <Button
                    size="small"
                    type="primary"
                    data-testid={`call-publish-${c.id}`}
                    onClick={() =>
                      confirmPublish(c.year, async () => {
                        if (await run(() => publishDraft({ variables: { input: { id: c.id, version: c.version } } }), T.done(c.year))) {
                          finished();
                        }
                      })
                    }
                  >
                    {T.publish}
                  </Button>
                ) : null}
                {c.nextActions.includes('CLOSE') ? (
                  <Button
                    size="small"
                    danger
                    data-testid={`call-close-${c.year}`}
                    onClick={() =>
                      Modal.confirm({
                        title: T.close,
                        content: T.closeConfirm(c.year),
                        okButtonProps: { danger: true, ...({ 'data-testid': 'call-close-confirm' } as object) },
                        onOk: () =>
                          run(() => close({ variables: { input: { id: c.id, version: c.version } } }), T.closed(c.year)).then(() =>
                            setRefetchList((n) => n + 1),
                          ),
                      })
                    }
                  >
                    {T.close}
                  </Button>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
      {error && !open ? (
        <div style={{ marginTop: 12 }}>
          <DeskErrorAlert error={error} onClose={clearError} />
        </div>
      ) : null}
      <Modal
        open={open}
        title={editing ? T.editTitle(editing.year) : T.create}
        onCancel={() => {
          setOpen(false);
          setEditing(null);
          clearError();
        }}
        footer={[
          <Button
            key="cancel"
            onClick={() => {
              setOpen(false);
              setEditing(null);
              clearError();
            }}
          >
            {T.cancel}
          </Button>,
          <Button key="draft" loading={busy} data-testid="call-save-draft" onClick={() => void submit('draft')}>
            {T.saveDraft}
          </Button>,
          // A saved draft is published from its row (at its version); a new call may go out at once.
          editing ? null : (
            <Button key="publish" type="primary" loading={busy} data-testid="call-publish" onClick={() => void submit('publish')}>
              {T.publish}
            </Button>
          ),
        ]}
        width={620}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false} data-testid="call-form">
          <Space align="start">
            <Form.Item
              name="year"
              label={T.year}
              rules={[
                { required: true, message: T.required },
                { validator: (_, y) => (years.includes(y) ? Promise.reject(new Error(T.yearTaken)) : Promise.resolve()) },
              ]}
            >
              <InputNumber min={2025} max={2030} data-testid="call-year" />
            </Form.Item>
            <Form.Item
              name="window"
              label={T.window}
              dependencies={['year']}
              rules={[
                { required: true, message: T.required },
                ({ getFieldValue }) => ({
                  validator: (_, w?: [dayjs.Dayjs, dayjs.Dayjs]) => {
                    if (!w) return Promise.resolve();
                    const [a, b] = w.map((d) => d.format('YYYY-MM-DD'));
                    if (a < WINDOW.from || b > WINDOW.to) return Promise.reject(new Error(T.outside));
                    const y = String(getFieldValue('year'));
                    if (!a.startsWith(y) && !b.startsWith(y)) return Promise.reject(new Error(T.inYear));
                    return Promise.resolve();
                  },
                }),
              ]}
            >
              <DatePicker.RangePicker data-testid="call-window" />
            </Form.Item>
          </Space>
          <Form.Item name="title" label={T.name} rules={[{ required: true, whitespace: true, message: T.required }]}>
            <Input maxLength={200} data-testid="call-title" />
          </Form.Item>
          <Form.Item name="conditions" label={T.conditions} rules={[{ required: true, whitespace: true, message: T.required }]}>
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
          <Form.Item name="materialsRequired" label={T.materials}>
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
        </Form>
        {error ? <DeskErrorAlert error={error} /> : null}
        {error ? null : <Alert type="info" showIcon title={T.note} />}
      </Modal>
    </div>
  );
}
