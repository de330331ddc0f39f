/** The reward budget of an evaluation cycle (granted, paid, to pay) and its cash rewards, paid where `nextActions` allows. */
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Col, Empty, Modal, Row, Select, Statistic, Tag } from 'antd';
import { useSearchParams } from 'react-router';
import { fenToYuanString } from '../../../charts/format';
import { PageTitle } from '../../../components/Page';
import { ErrorBlock, LoadingBlock } from '../../../components/States';
import { DeskList, useText, useWorkflowAction } from '../../../desk';
import { DisburseRewardDocument, FinanceRewardCyclesDocument, FinanceRewardsDocument } from '../../../gql-desks/graphql';
import { FIN_TEXT } from './text';

export default function FinanceRewards() {
  const T = useText(FIN_TEXT);
  const [search, setSearch] = useSearchParams();
  const cycles = useQuery(FinanceRewardCyclesDocument);
  const [pay] = useMutation(DisburseRewardDocument);
  const action = useWorkflowAction();
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
            document={FinanceRewardsDocument}
            variables={() => ({ cycleId: cycle.id })}
            pick={(d) => d.rewards}
            rowKey={(r) => r.id}
            onData={() => undefined}
            title={T.budget}
            extra={<BudgetFigures cycleId={cycle.id} />}
            columns={[
              { title: T.expert, key: 'expert', render: (_, r) => r.expert?.name },
              { title: T.grantedOn, key: 'grantedOn', dataIndex: 'grantedOn' },
              { title: T.amount, key: 'amount', align: 'right', render: (_, r) => fenToYuanString(r.amountFen) },
              {
                title: T.status,
                key: 'status',
                render: (_, r) => <Tag color={r.status === 'GRANTED' ? 'orange' : 'green'}>{T.rewardStatus[r.status]}</Tag>,
              },
              { title: T.disbursedOn, key: 'disbursedOn', render: (_, r) => r.disbursedOn ?? '' },
              {
                title: '',
                key: 'pay',
                render: (_, r) =>
                  r.nextActions.includes('DISBURSE_REWARD') ? (
                    <Button
                      size="small"
                      type="primary"
                      data-testid={`pay-${r.id}`}
                      onClick={() =>
                        Modal.confirm({
                          title: T.pay,
                          content: T.payConfirm(r.expert?.name ?? '', fenToYuanString(r.amountFen)),
                          okText: T.pay,
                          cancelText: T.cancel,
                          onOk: () =>
                            action.run(
                              () =>
                                pay({
                                  variables: { rewardId: r.id },
                                  refetchQueries: ['FinanceRewards', 'MyTodo'],
                                  awaitRefetchQueries: true,
                                }),
                              T.rewardPaid(r.expert?.name ?? ''),
                            ),
                        })
                      }
                    >
                      {T.pay}
                    </Button>
                  ) : null,
              },
            ]}
          />
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
