/**
 * One project for the finance bureau: approved, paid and remaining per funder, its tranches, and
 * the tranche form. "校验" asks the server's dry run (`previewDisbursement`) for the Art. 20-21
 * guards (over the approved amount, support over the cap, enterprise share below half) and shows
 * them before anything is saved; saving is offered only when no blocking guard fails.
 */
import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, DatePicker, Form, Input, List, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useI18n } from '../../../app/i18n';
import { enumLabel } from '../../../charts/labels';
import { fenToYuanString } from '../../../charts/format';
import { ErrorBlock, LoadingBlock, NotFound } from '../../../components/States';
import {
  chinaToday,
  DeskErrorAlert,
  DeskPage,
  parseYuan,
  readDeskError,
  useText,
  useWorkflowAction,
  yuanRule,
  type DeskError,
} from '../../../desk';
import {
  DisburseProjectDocument,
  FinanceProjectDocument,
  PreviewDisbursementDocument,
  type Funder,
  type PreviewDisbursementQuery,
} from '../../../gql-desks/graphql';
import { FIN_TEXT } from './text';

const FUNDERS: Funder[] = ['FINANCE', 'UNIVERSITY', 'ENTERPRISE'];

export default function FinanceProject() {
  const T = useText(FIN_TEXT);
  const { lang } = useI18n();
  const id = Number(useParams().id);
  const q = useQuery(FinanceProjectDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [form] = Form.useForm();
  const [check, checking] = useLazyQuery(PreviewDisbursementDocument, { fetchPolicy: 'network-only' });
  const [disburse] = useMutation(DisburseProjectDocument);
  const [preview, setPreview] = useState<{ key: string; result: PreviewDisbursementQuery['previewDisbursement'] } | null>(null);
  const [checkError, setCheckError] = useState<DeskError | null>(null);
  const action = useWorkflowAction();
  const values = Form.useWatch([], form) as Record<string, unknown> | undefined;

  if (q.loading && !q.data) return <LoadingBlock />;
  if (q.error) return <ErrorBlock error={q.error} onRetry={() => void q.refetch()} />;
  const p = q.data?.project;
  if (!p) return <NotFound />;
  const canDisburse = p.nextActions.includes('DISBURSE');
  const keyOf = (v: Record<string, unknown> | undefined) =>
    JSON.stringify([v?.funder, v?.amount, v?.voucherNo, (v?.disbursedOn as dayjs.Dayjs | undefined)?.format?.('YYYY-MM-DD')]);
  // A result is shown only for the values it was computed for: change the form, check again.
  const current = preview && preview.key === keyOf(values) ? preview.result : null;

  const input = (v: Record<string, unknown>) => {
    const r = parseYuan(String(v.amount ?? ''));
    return {
      projectId: p.id,
      funder: v.funder as Funder,
      amountFen: r.ok ? r.fen : 0,
      voucherNo: String(v.voucherNo ?? '').trim(),
      disbursedOn: (v.disbursedOn as dayjs.Dayjs | undefined)?.format('YYYY-MM-DD') ?? null,
    };
  };
  const runCheck = async () => {
    const v = await form.validateFields();
    setCheckError(null);
    const i = input(v);
    const res = await check({
      variables: { input: { projectId: i.projectId, funder: i.funder, amountFen: i.amountFen, voucherNo: i.voucherNo } },
    });
    if (res.error) setCheckError(readDeskError(res.error, lang));
    else if (res.data) setPreview({ key: keyOf(v), result: res.data.previewDisbursement });
  };
  const save = async () => {
    const v = await form.validateFields();
    const i = input(v);
    const ok = await action.run(
      () => disburse({ variables: { input: i }, refetchQueries: ['FinanceProject', 'FinanceProjects'], awaitRefetchQueries: true }),
      T.saved(current?.tranche ?? 0, fenToYuanString(i.amountFen), i.voucherNo),
    );
    if (ok) {
      form.resetFields();
      setPreview(null);
    }
  };

  return (
    <DeskPage
      list={{ title: T.title, path: '/desk/finance' }}
      title={`${p.code} ${p.title}`}
      status={<Tag>{enumLabel('projectStatus', p.status, lang)}</Tag>}
      meta={`${p.enterprise?.name ?? ''} · ${p.appointment?.expert?.name ?? ''}${p.approvedOn ? ` · ${lang === 'zh' ? '立项' : 'approved'} ${p.approvedOn}` : ''}`}
    >
      {action.holder}
      <Card size="small" className="record-section" title={T.funding} data-testid="section-funding">
        <Table
          size="small"
          rowKey="funder"
          pagination={false}
          dataSource={p.funding}
          columns={[
            { title: T.funder, key: 'f', render: (_, f) => enumLabel('funder', f.funder, lang) },
            { title: T.approved, key: 'a', align: 'right', render: (_, f) => fenToYuanString(f.approvedFen) },
            {
              title: T.paid,
              key: 'p',
              align: 'right',
              render: (_, f) => <span data-testid={`paid-${f.funder}`}>{fenToYuanString(f.paidFen)}</span>,
            },
            {
              title: T.remaining,
              key: 'r',
              align: 'right',
              render: (_, f) => <span data-testid={`remaining-${f.funder}`}>{fenToYuanString(f.remainingFen)}</span>,
            },
          ]}
        />
      </Card>
      <Card size="small" className="record-section" title={T.record} data-testid="section-disburse">
        {!canDisburse ? (
          <Typography.Text type="secondary">{T.noDisburse}</Typography.Text>
        ) : (
          <Form
            form={form}
            layout="vertical"
            initialValues={{ funder: 'FINANCE', disbursedOn: dayjs(chinaToday()) }}
            data-testid="disburse-form"
          >
            <Space wrap align="start">
              <Form.Item name="funder" label={T.funder} rules={[{ required: true, message: T.required(T.funder) }]}>
                <Select
                  style={{ width: 140 }}
                  data-testid="disburse-funder"
                  options={FUNDERS.map((f) => ({ value: f, label: enumLabel('funder', f, lang) }))}
                />
              </Form.Item>
              <Form.Item
                name="amount"
                label={T.amount}
                required
                rules={[yuanRule(lang, { required: true, minFen: 1, minText: T.amountRule })]}
              >
                <Input style={{ width: 180 }} inputMode="decimal" data-testid="disburse-amount" />
              </Form.Item>
              <Form.Item
                name="voucherNo"
                label={T.voucherNo}
                rules={[
                  { required: true, message: T.required(T.voucherNo) },
                  { pattern: /^[0-9A-Za-z-]{1,32}$/, message: T.voucherRule },
                ]}
              >
                <Input style={{ width: 180 }} maxLength={32} data-testid="disburse-voucher" />
              </Form.Item>
              <Form.Item name="disbursedOn" label={T.disbursedOn} rules={[{ required: true, message: T.required(T.disbursedOn) }]}>
                <DatePicker
                  disabledDate={(d) => d.format('YYYY-MM-DD') > chinaToday() || (!!p.approvedOn && d.format('YYYY-MM-DD') < p.approvedOn)}
                />
              </Form.Item>
            </Space>
            <Space wrap>
              <Button onClick={() => void runCheck()} loading={checking.loading} data-testid="disburse-check">
                {T.check}
              </Button>
              <Button
                type="primary"
                disabled={!current?.allowed}
                loading={action.busy}
                onClick={() => void save()}
                data-testid="disburse-save"
              >
                {T.save}
              </Button>
            </Space>
            {checkError ? <DeskErrorAlert error={checkError} onClose={() => setCheckError(null)} /> : null}
            {current ? (
              <List
                style={{ marginTop: 12 }}
                size="small"
                header={<b>{T.guards}</b>}
                data-testid="disburse-guards"
                dataSource={[
                  ...current.guards.map((g) => ({
                    key: g.code,
                    passed: g.passed,
                    level: g.level,
                    text: `${g.article}：${g.message.split(' / ')[lang === 'zh' ? 0 : 1] ?? g.message}`,
                  })),
                  ...(current.voucherUsed ? [{ key: 'VOUCHER', passed: false, level: 'BLOCK', text: T.voucherUsed }] : []),
                ]}
                renderItem={(g) => (
                  <List.Item data-testid={`guard-${g.key}`} data-passed={String(g.passed)}>
                    <Space align="start">
                      <Tag color={g.passed ? 'green' : g.level === 'BLOCK' ? 'red' : 'orange'}>
                        {g.passed ? T.passed : g.level === 'BLOCK' ? T.blocked : T.warning}
                      </Tag>
                      <span>{g.text}</span>
                    </Space>
                  </List.Item>
                )}
              />
            ) : null}
            {action.error ? <DeskErrorAlert error={action.error} onClose={action.clearError} onReload={() => void q.refetch()} /> : null}
            {current && !current.allowed ? <Alert style={{ marginTop: 8 }} type="error" showIcon title={T.cannotSave} /> : null}
          </Form>
        )}
      </Card>
      <Card size="small" className="record-section" title={T.history} data-testid="section-tranches">
        <Table
          size="small"
          rowKey="id"
          dataSource={[...p.disbursements].sort((a, b) => b.disbursedOn.localeCompare(a.disbursedOn) || b.id - a.id)}
          pagination={{ pageSize: 10, size: 'small' }}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: T.disbursedOn, dataIndex: 'disbursedOn', key: 'd' },
            { title: T.funder, key: 'f', render: (_, d) => enumLabel('funder', d.funder, lang) },
            { title: T.tranche, dataIndex: 'tranche', key: 't', align: 'right' },
            { title: T.amount, key: 'a', align: 'right', render: (_, d) => fenToYuanString(d.amountFen) },
            { title: T.voucherNo, dataIndex: 'voucherNo', key: 'v' },
          ]}
        />
      </Card>
    </DeskPage>
  );
}
