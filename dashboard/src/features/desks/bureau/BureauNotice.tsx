/**
 * 公示 (Art. 12.5). Filed cases are published in one notice of 5 Chinese working days: the end
 * date is computed by the server on the working-day calendar (holidays and make-up days) and
 * shown before publishing. Cases in notice: objections are recorded and resolved here; a case
 * with an open objection is held (暂停) until every objection is resolved.
 */
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, DatePicker, Form, Input, Modal, Radio, Space, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { PageTitle } from '../../../components/Page';
import { chinaDay, chinaToday, DeskErrorAlert, DeskList, useText, useWorkflowAction } from '../../../desk';
import {
  BureauCasesDocument,
  BureauNoticeCasesDocument,
  BureauNoticePeriodDocument,
  BureauPublishNoticeBatchDocument,
  BureauRaiseObjectionDocument,
  BureauResolveObjectionDocument,
  type BureauCaseRowFragment,
  type BureauCasesQuery,
  type BureauNoticeCasesQuery,
} from '../../../gql/graphql';
import {
  BatchErrorAlert,
  CaseLink,
  caseListVariables,
  StageTag,
  useBatchAction,
  useBureauText,
  useCaseColumns,
  useCaseSearch,
} from './common';

type InNotice = BureauNoticeCasesQuery['applications']['nodes'][number];
type Obj = InNotice['objections'][number];

const TEXT = {
  zh: {
    title: '拟认定人选公示',
    note: '公示不少于5个工作日（按国家法定节假日及调休计算），有异议的案件暂停至异议处理完毕（第十二条第5项）',
    toPublish: '待公示（已备案）',
    publish: '发布公示',
    modalTitle: (n: number) => `发布公示（${n} 项）`,
    noticeTitle: '公示标题',
    channel: '发布渠道',
    startsOn: '公示开始日期',
    period: (s: string, e: string, w: number, c: number) => `公示期 ${s} 至 ${e}：${w} 个工作日（共 ${c} 天）`,
    exceptions: '期间的节假日与调休：',
    off: '放假',
    work: '调休上班',
    ok: '确认发布',
    cancel: '取消',
    done: (n: number, e: string) => `已发布公示：${n} 项，公示期至 ${e}`,
    inNotice: '公示中',
    noticeCol: '公示期',
    objections: '异议',
    open: (n: number) => `${n} 项待处理`,
    noObjection: '无异议',
    raise: '登记异议',
    raiseTitle: (e: string) => `登记异议 · ${e}`,
    raiseBody: '登记后案件暂停（公示异议处理完毕前不能认定）。依据：第十二条第5项。',
    receivedOn: '收到日期（公示期内）',
    content: '异议内容',
    raised: (e: string) => `已登记异议：${e} 暂停`,
    resolve: '处理',
    resolveTitle: '处理异议',
    upheld: '异议成立（申报不予认定，不可撤销）',
    dismissed: '异议不成立（案件继续）',
    resolution: '处理结论',
    resolved: '已处理异议',
    required: '必填',
    pdf: '公示 PDF',
    received: '收到',
    status: { OPEN: '待处理', UPHELD: '成立', DISMISSED: '不成立' } as Record<string, string>,
    defaultTitle: (y: number) => `聊城市${y}年度“科技副总”拟认定人选公示`,
    defaultChannel: '聊城市科学技术局官方网站',
  },
  en: {
    title: 'Public notice',
    note: 'At least 5 working days (statutory holidays and make-up days counted); a case with an objection is held until it is resolved (Art. 12.5)',
    toPublish: 'To publish (filed)',
    publish: 'Publish the notice',
    modalTitle: (n: number) => `Publish a notice of ${n} case(s)`,
    noticeTitle: 'Title',
    channel: 'Published on',
    startsOn: 'First day',
    period: (s: string, e: string, w: number, c: number) => `Notice ${s} to ${e}: ${w} working days (${c} days)`,
    exceptions: 'Holidays and make-up days within it:',
    off: 'holiday',
    work: 'make-up workday',
    ok: 'Publish',
    cancel: 'Cancel',
    done: (n: number, e: string) => `Notice published: ${n} case(s), running to ${e}`,
    inNotice: 'In notice',
    noticeCol: 'Notice period',
    objections: 'Objections',
    open: (n: number) => `${n} open`,
    noObjection: 'None',
    raise: 'Record an objection',
    raiseTitle: (e: string) => `Record an objection · ${e}`,
    raiseBody: 'The case is held once recorded (no recognition until every objection is resolved). Basis: Art. 12.5.',
    receivedOn: 'Received on (within the notice)',
    content: 'What it says',
    raised: (e: string) => `Objection recorded: ${e} is held`,
    resolve: 'Resolve',
    resolveTitle: 'Resolve the objection',
    upheld: 'Upheld (the case is rejected; cannot be undone)',
    dismissed: 'Dismissed (the case continues)',
    resolution: 'Resolution',
    resolved: 'Objection resolved',
    required: 'Required',
    pdf: 'Notice PDF',
    received: 'received',
    status: { OPEN: 'Open', UPHELD: 'Upheld', DISMISSED: 'Dismissed' } as Record<string, string>,
    defaultTitle: (y: number) => `Liaocheng ${y}: proposed technology vice-presidents`,
    defaultChannel: 'Liaocheng S&T Bureau website',
  },
};

export default function BureauNotice() {
  const T = useText(TEXT);
  const B = useBureauText();
  const columns = useCaseColumns((r) => `/desk/bureau/cases/${r.id}`);
  const search = useCaseSearch();
  const [rows, setRows] = useState<BureauCaseRowFragment[] | null>(null);
  const [after, setAfter] = useState<{ clear: () => void; refetch: () => void } | null>(null);
  const [startsOn, setStartsOn] = useState<string>(chinaToday());
  const [form] = Form.useForm();
  const period = useQuery(BureauNoticePeriodDocument, { variables: { startsOn }, skip: !rows, fetchPolicy: 'network-only' });
  const client = useApolloClient();
  // The in-notice list is a DeskList (its page in the URL under `notice.`); after a step it is asked again.
  const refetchInNotice = () => void client.refetchQueries({ include: [BureauNoticeCasesDocument] });
  const [publish] = useMutation(BureauPublishNoticeBatchDocument);
  const [raise] = useMutation(BureauRaiseObjectionDocument);
  const [resolve] = useMutation(BureauResolveObjectionDocument);
  const batch = useBatchAction();
  const single = useWorkflowAction();
  const [objFor, setObjFor] = useState<InNotice | null>(null);
  const [resolving, setResolving] = useState<{ app: InNotice; o: Obj } | null>(null);
  const [objForm] = Form.useForm();
  const [resForm] = Form.useForm();

  const submit = async () => {
    const v = await form.validateFields();
    let endsOn = '';
    const ok = await batch.run(async () => {
      const res = await publish({
        variables: {
          input: {
            applications: rows!.map((r) => ({ applicationId: r.id, version: r.version })),
            title: v.title,
            channel: v.channel,
            startsOn,
          },
        },
      });
      endsOn = res.data?.publishNoticeBatch.endsOn ?? '';
    }, '');
    if (ok) {
      Modal.success({ title: T.done(rows!.length, endsOn) });
      setRows(null);
      after?.clear();
      after?.refetch();
      refetchInNotice();
    }
  };
  const saveObjection = async () => {
    const v = await objForm.validateFields();
    const a = objFor!;
    const ok = await single.run(
      () =>
        raise({
          variables: {
            input: {
              applicationId: a.id,
              version: a.version,
              receivedOn: (v.receivedOn as dayjs.Dayjs).format('YYYY-MM-DD'),
              content: v.content,
            },
          },
        }),
      T.raised(a.enterprise?.name ?? ''),
    );
    if (ok) {
      setObjFor(null);
      refetchInNotice();
    }
  };
  const saveResolution = async () => {
    const v = await resForm.validateFields();
    const { app, o } = resolving!;
    const ok = await single.run(
      () =>
        resolve({
          variables: { input: { objectionId: o.id, version: app.version, upheld: v.outcome === 'UPHELD', resolution: v.resolution } },
        }),
      T.resolved,
    );
    if (ok) {
      setResolving(null);
      refetchInNotice();
    }
  };
  const p = period.data?.noticePeriod;
  const year = Number(chinaToday().slice(0, 4));

  return (
    <div className="page" data-testid="bureau-notice">
      {batch.holder}
      {single.holder}
      <PageTitle title={T.title} note={T.note} />
      <DeskList<BureauCaseRowFragment, BureauCasesQuery, Record<string, unknown>>
        id="to-publish"
        title={T.toPublish}
        document={BureauCasesDocument}
        defaultSort={{ field: 'stageEnteredAt', direction: 'ASC' }}
        searchFields={search}
        variables={(s) => caseListVariables('FILED', s)}
        pick={(d) => d.applications}
        rowKey={(r) => r.id}
        columns={columns}
        batch={{
          selectable: (r) => r.nextActions.includes('PUBLISH_NOTICE'),
          render: (selected, clear, refetch) => (
            <Button
              type="primary"
              data-testid="notice-publish"
              onClick={() => {
                batch.clearError();
                setAfter({ clear, refetch });
                setStartsOn(chinaToday());
                form.setFieldsValue({
                  title: T.defaultTitle(selected[0]?.call?.year ?? year),
                  channel: T.defaultChannel,
                  startsOn: dayjs(chinaToday()),
                });
                setRows(selected);
              }}
            >
              {T.publish}
            </Button>
          ),
        }}
      />
      <div style={{ height: 16 }} />
      <div data-testid="in-notice">
        {single.error && !objFor && !resolving ? <DeskErrorAlert error={single.error} onClose={single.clearError} /> : null}
        <DeskList<InNotice, BureauNoticeCasesQuery, Record<string, unknown>>
          id="notice"
          urlPrefix="notice"
          title={T.inNotice}
          document={BureauNoticeCasesDocument}
          searchFields={search}
          defaultSort={{ field: 'stageEnteredAt', direction: 'DESC' }}
          variables={(st) => caseListVariables('IN_NOTICE', st)}
          pick={(d) => d.applications}
          rowKey={(a) => a.id}
          expandable={{
            rowExpandable: (a) => a.objections.length > 0,
            expandedRowRender: (a) => (
              <div data-testid={`objections-${a.id}`}>
                {a.objections.map((o) => (
                  <div key={o.id} style={{ marginBottom: 6 }}>
                    <Tag color={o.status === 'OPEN' ? 'red' : o.status === 'UPHELD' ? 'volcano' : 'green'}>{T.status[o.status]}</Tag>
                    {o.receivedOn} {T.received}：{o.content}
                    {o.resolution ? (
                      <span className="muted">
                        （{o.resolvedOn} {o.resolution}）
                      </span>
                    ) : null}
                    {o.nextActions.length ? (
                      <Button
                        size="small"
                        style={{ marginLeft: 8 }}
                        data-testid={`resolve-${o.id}`}
                        onClick={() => {
                          single.clearError();
                          resForm.setFieldsValue({
                            outcome: o.nextActions.includes('DISMISS_OBJECTION') ? 'DISMISSED' : 'UPHELD',
                            resolution: '',
                          });
                          setResolving({ app: a, o });
                        }}
                      >
                        {T.resolve}
                      </Button>
                    ) : null}
                  </div>
                ))}
              </div>
            ),
          }}
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
            { title: T.noticeCol, key: 'notice', render: (_, a) => (a.notice ? `${a.notice.startsOn} ～ ${a.notice.endsOn}` : B.none) },
            { title: B.stage, key: 'stage', render: (_, a) => <StageTag stage={a.stage} onHold={a.onHold} /> },
            { title: B.since, key: 'stageEnteredAt', sorter: true, render: (_, a) => chinaDay(a.stageEnteredAt) },
            {
              title: T.objections,
              key: 'objections',
              render: (_, a) => {
                const open = a.objections.filter((o) => o.status === 'OPEN').length;
                return open ? (
                  <Tag color="red">{T.open(open)}</Tag>
                ) : a.objections.length ? (
                  `${a.objections.length}`
                ) : (
                  <span className="muted">{T.noObjection}</span>
                );
              },
            },
            {
              title: '',
              key: 'act',
              render: (_, a) => (
                <Space>
                  {a.nextActions.includes('RAISE_OBJECTION') ? (
                    <Button
                      size="small"
                      data-testid={`raise-${a.id}`}
                      onClick={() => {
                        single.clearError();
                        objForm.setFieldsValue({ receivedOn: dayjs(chinaToday()), content: '' });
                        setObjFor(a);
                      }}
                    >
                      {T.raise}
                    </Button>
                  ) : null}
                  {a.notice ? (
                    <a href={`/api/documents/notice/${a.notice.id}.pdf`} target="_blank" rel="noreferrer">
                      {T.pdf}
                    </a>
                  ) : null}
                </Space>
              ),
            },
          ]}
        />
      </div>

      <Modal
        open={!!rows}
        title={rows ? T.modalTitle(rows.length) : ''}
        okText={T.ok}
        cancelText={T.cancel}
        onOk={() => void submit()}
        onCancel={() => setRows(null)}
        okButtonProps={{ loading: batch.busy, disabled: !p, ...({ 'data-testid': 'notice-confirm' } as object) }}
        destroyOnHidden
        width={620}
      >
        <ul>
          {rows?.map((r) => (
            <li key={r.id}>{r.enterprise?.name}</li>
          ))}
        </ul>
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item name="title" label={T.noticeTitle} rules={[{ required: true, whitespace: true, message: T.required }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="channel" label={T.channel} rules={[{ required: true, whitespace: true, message: T.required }]}>
            <Input maxLength={128} />
          </Form.Item>
          <Form.Item name="startsOn" label={T.startsOn} rules={[{ required: true, message: T.required }]}>
            <DatePicker
              data-testid="notice-starts-on"
              disabledDate={(d) => d.format('YYYY-MM-DD') < chinaToday()}
              onChange={(d) => d && setStartsOn(d.format('YYYY-MM-DD'))}
            />
          </Form.Item>
        </Form>
        {p ? (
          <Alert
            type="info"
            showIcon
            data-testid="notice-period"
            data-ends-on={p.endsOn}
            title={T.period(p.startsOn, p.endsOn, p.workingDays, p.calendarDays)}
            description={
              p.exceptions.length ? (
                <span>
                  {T.exceptions}
                  {p.exceptions.map((x) => `${x.day.slice(5)} ${x.note}（${x.isWorkday ? T.work : T.off}）`).join('、')}
                </span>
              ) : undefined
            }
          />
        ) : period.error ? (
          <DeskErrorAlert error={{ code: 'RULE_VIOLATION', message: period.error.message, stale: false }} />
        ) : null}
        {batch.error ? (
          <div style={{ marginTop: 12 }}>
            <BatchErrorAlert error={batch.error} total={rows?.length ?? 0} />
          </div>
        ) : null}
      </Modal>

      <Modal
        open={!!objFor}
        title={objFor ? T.raiseTitle(objFor.enterprise?.name ?? '') : ''}
        okText={T.raise}
        cancelText={T.cancel}
        onOk={() => void saveObjection()}
        onCancel={() => setObjFor(null)}
        okButtonProps={{ loading: single.busy, ...({ 'data-testid': 'objection-save' } as object) }}
        destroyOnHidden
      >
        <p>{T.raiseBody}</p>
        <Form form={objForm} layout="vertical" preserve={false}>
          <Form.Item name="receivedOn" label={T.receivedOn} rules={[{ required: true, message: T.required }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="content" label={T.content} rules={[{ required: true, whitespace: true, message: T.required }]}>
            <Input.TextArea rows={3} maxLength={4000} data-testid="objection-content" />
          </Form.Item>
        </Form>
        {single.error ? <DeskErrorAlert error={single.error} onReload={refetchInNotice} /> : null}
      </Modal>

      <Modal
        open={!!resolving}
        title={T.resolveTitle}
        okText={T.resolve}
        cancelText={T.cancel}
        onOk={() => void saveResolution()}
        onCancel={() => setResolving(null)}
        okButtonProps={{ loading: single.busy, ...({ 'data-testid': 'resolution-save' } as object) }}
        destroyOnHidden
      >
        <p>{resolving?.o.content}</p>
        <Form form={resForm} layout="vertical" preserve={false}>
          <Form.Item name="outcome">
            <Radio.Group data-testid="resolution-outcome">
              <Space direction="vertical">
                <Radio value="DISMISSED" disabled={!resolving?.o.nextActions.includes('DISMISS_OBJECTION')}>
                  {T.dismissed}
                </Radio>
                <Radio value="UPHELD" disabled={!resolving?.o.nextActions.includes('UPHOLD_OBJECTION')}>
                  {T.upheld}
                </Radio>
              </Space>
            </Radio.Group>
          </Form.Item>
          <Form.Item name="resolution" label={T.resolution} rules={[{ required: true, whitespace: true, message: T.required }]}>
            <Input.TextArea rows={3} maxLength={4000} data-testid="resolution-text" />
          </Form.Item>
        </Form>
        {single.error ? <DeskErrorAlert error={single.error} onReload={refetchInNotice} /> : null}
      </Modal>
    </div>
  );
}
