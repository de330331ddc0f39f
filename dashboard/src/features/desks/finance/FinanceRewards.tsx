/**
 * The reward budget of an evaluation cycle (granted, paid, to pay) and its cash rewards, searchable
 * by expert or voucher and by status, sortable, in the URL; paid where `nextActions` allows, with
 * the payment voucher's number and the day paid (China time, not after today; the server checks).
 */
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Col, Empty, Form, Input, Modal, Row, Select, Statistic, Tag } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { fenToYuanString } from '../../../charts/format';
import { PageTitle } from '../../../components/Page';
import { ErrorBlock, LoadingBlock } from '../../../components/States';
import { chinaToday, DeskErrorAlert, DeskList, useText, useWorkflowAction } from '../../../desk';

const REWARD_SORTS = ['grantedOn', 'amountFen'];

/** This page's own words beside the finance desk's (`text.ts` is shared with the project pages). */
const PAY_TEXT = {
  zh: {
    rewardSearch: '专家或凭证号',
    voucherNo: '凭证号',
    voucherRule: '凭证号为1至32位字母、数字或连字符',
    paidOnRule: '拨付日期不得晚于今天，也不得早于授予日期',
  },
  en: {
    rewardSearch: 'Expert or voucher',
    voucherNo: 'Voucher no.',
    voucherRule: 'The voucher number is 1 to 32 letters, digits or hyphens',
    paidOnRule: 'The payment day is not after today nor before the grant',
  },
};
import {
  FinanceRewardCyclesDocument,
  FinanceRewardListDocument,
  FinanceRewardsDocument,
  PayRewardDocument,
  type RewardSortField,
  type RewardStatus,
} from '../../../gql-desks/graphql';
import { FIN_TEXT } from './text';

export default function FinanceRewards() {
  const T = { ...useText(FIN_TEXT), ...useText(PAY_TEXT) };
  const [search, setSearch] = useSearchParams();
  const cycles = useQuery(FinanceRewardCyclesDocument);
  const [pay] = useMutation(PayRewardDocument);
  const action = useWorkflowAction();
  const [paying, setPaying] = useState<{ id: number; name: string; yuan: string; grantedOn: string } | null>(null);
  const [payForm] = Form.useForm();
  const submitPay = async () => {
    if (!paying) return;
    const v = await payForm.validateFields();
    const ok = await action.run(
      () =>
        pay({
          variables: { rewardId: paying.id, voucherNo: v.voucherNo.trim(), paidOn: v.paidOn },
          refetchQueries: ['FinanceRewardList', 'FinanceRewards', 'MyTodo'],
          awaitRefetchQueries: true,
        }),
      T.rewardPaid(paying.name),
    );
    if (ok) setPaying(null);
  };
  if (cycles.loading && !cycles.data) return <LoadingBlock />;
  if (cycles.error) return <ErrorBlock error={cycles.error} onRetry={() => void cycles.refetch()} />;
  const all = cycles.data?.evaluationCycles.nodes ?? [];
  const cycle = all.find((c) => String(c.id) === search.get('cycle')) ?? all[0];
  return (
    <div className="page">
      {action.holder}
      <PageTitle title={T.rewardsTitle} note={T.rewardsNote} />
      {!cycle ? (
        <Empty />
      ) : (
        <>
          <Select
            style={{ width: 220, marginBottom: 12 }}
            aria-label={T.cycle}
            value={cycle.id}
            onChange={(v) => setSearch((s) => (s.set('cycle', String(v)), s.delete('page'), s), { replace: true })}
            options={all.map((c) => ({ value: c.id, label: `${T.cycle} ${c.code}` }))}
          />
          <DeskList
            id="rewards"
            document={FinanceRewardListDocument}
            defaultSort={{ field: 'grantedOn', direction: 'DESC' }}
            searchFields={[
              { name: 'q', label: T.rewardSearch, kind: 'text' },
              {
                name: 'status',
                label: T.status,
                kind: 'select',
                options: Object.entries(T.rewardStatus).map(([value, label]) => ({ value, label: label as string })),
              },
            ]}
            variables={(st) => ({
              cycleId: cycle.id,
              filter: {
                ...(st.values.q ? { or: [{ expert: { name: { contains: st.values.q } } }, { voucherNo: { contains: st.values.q } }] } : {}),
                ...(st.values.status === 'GRANTED' || st.values.status === 'DISBURSED'
                  ? { status: { eq: st.values.status as RewardStatus } }
                  : {}),
              },
              orderBy:
                st.sort && REWARD_SORTS.includes(st.sort.field)
                  ? [{ field: st.sort.field as RewardSortField, direction: st.sort.direction }]
                  : undefined,
            })}
            pick={(d) => d.rewards}
            rowKey={(r) => r.id}
            onData={() => undefined}
            title={T.budget}
            extra={<BudgetFigures cycleId={cycle.id} />}
            columns={[
              { title: T.expert, key: 'expert', render: (_, r) => r.expert?.name },
              { title: T.grantedOn, key: 'grantedOn', sorter: true, dataIndex: 'grantedOn' },
              { title: T.amount, key: 'amountFen', sorter: true, align: 'right', render: (_, r) => fenToYuanString(r.amountFen) },
              {
                title: T.status,
                key: 'status',
                render: (_, r) => <Tag color={r.status === 'GRANTED' ? 'orange' : 'green'}>{T.rewardStatus[r.status]}</Tag>,
              },
              { title: T.disbursedOn, key: 'disbursedOn', render: (_, r) => r.disbursedOn ?? '' },
              { title: T.voucherNo, key: 'voucherNo', render: (_, r) => r.voucherNo ?? '' },
              {
                title: '',
                key: 'pay',
                render: (_, r) =>
                  r.nextActions.includes('DISBURSE_REWARD') ? (
                    <Button
                      size="small"
                      type="primary"
                      data-testid={`pay-${r.id}`}
                      onClick={() => {
                        payForm.resetFields();
                        setPaying({ id: r.id, name: r.expert?.name ?? '', yuan: fenToYuanString(r.amountFen), grantedOn: r.grantedOn });
                      }}
                    >
                      {T.pay}
                    </Button>
                  ) : null,
              },
            ]}
          />
          <Modal
            open={!!paying}
            title={T.pay}
            okText={T.pay}
            cancelText={T.cancel}
            okButtonProps={{ loading: action.busy, ...({ 'data-testid': 'pay-ok' } as object) }}
            onOk={() => void submitPay()}
            onCancel={() => {
              setPaying(null);
              action.clearError();
            }}
            destroyOnHidden
          >
            <p>{paying ? T.payConfirm(paying.name, paying.yuan) : null}</p>
            <Form form={payForm} layout="vertical" initialValues={{ paidOn: chinaToday() }}>
              <Form.Item
                name="voucherNo"
                label={T.voucherNo}
                rules={[{ required: true, pattern: /^[0-9A-Za-z-]{1,32}$/, message: T.voucherRule }]}
              >
                <Input maxLength={32} data-testid="pay-voucher" />
              </Form.Item>
              <Form.Item
                name="paidOn"
                label={T.disbursedOn}
                rules={[
                  { required: true, message: T.paidOnRule },
                  {
                    validator: (_, v: string | undefined) =>
                      !v || (v <= chinaToday() && (!paying || v >= paying.grantedOn))
                        ? Promise.resolve()
                        : Promise.reject(new Error(T.paidOnRule)),
                  },
                ]}
              >
                <Input type="date" max={chinaToday()} data-testid="pay-date" />
              </Form.Item>
            </Form>
            {action.error ? <DeskErrorAlert error={action.error} /> : null}
          </Modal>
        </>
      )}
    </div>
  );
}

function BudgetFigures({ cycleId }: { cycleId: number }) {
  const T = useText(FIN_TEXT);
  const q = useQuery(FinanceRewardsDocument, { variables: { cycleId, first: 1, offset: 0 }, fetchPolicy: 'cache-and-network' });
  const b = q.data?.rewardBudget;
  if (!b) return null;
  return (
    <Row gutter={24} className="budget-figures" data-testid="reward-budget">
      <Col>
        <Statistic title={T.count} value={`${b.paidRewards} / ${b.rewards}`} />
      </Col>
      <Col>
        <Statistic title={T.granted} value={fenToYuanString(b.grantedFen)} suffix={T.yuan} />
      </Col>
      <Col>
        <Statistic title={T.paid} value={fenToYuanString(b.paidFen)} suffix={T.yuan} />
      </Col>
      <Col>
        <Statistic title={T.unpaid} value={fenToYuanString(b.unpaidFen)} suffix={T.yuan} />
      </Col>
    </Row>
  );
}
