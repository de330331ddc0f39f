/**
 * The evaluation agency's and the bureau's worklist for a cycle: every appointment it evaluates,
 * graded or not, searchable and sortable, page size and page in the URL; the bureau files the
 * cycle's results when the server's `nextActions` offers FILE_RESULTS.
 */
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Empty, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useI18n } from '../../../app/i18n';
import { enumLabel, refLabel } from '../../../charts/labels';
import { PageTitle } from '../../../components/Page';
import { ErrorBlock, LoadingBlock } from '../../../components/States';
import { isOwnClick, PAGE_SIZES, readListState, useText, useWorkflowAction, writeListState } from '../../../desk';
import { EvaluationDeskCyclesDocument, EvaluationWorklistDocument, FileEvaluationResultsDocument } from '../../../gql-desks/graphql';
import { EVAL_TEXT } from './text';

export const GRADE_COLOR: Record<string, string> = { EXCELLENT: 'gold', GOOD: 'green', QUALIFIED: 'blue', UNQUALIFIED: 'red' };
const FIELDS = ['cycle', 'q', 'state'];

export default function EvaluationDesk() {
  const T = useText(EVAL_TEXT);
  const { lang } = useI18n();
  const [search, setSearch] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const cycles = useQuery(EvaluationDeskCyclesDocument, { fetchPolicy: 'cache-and-network' });
  const state = readListState(search, FIELDS, { size: 20, sort: { field: 'state', direction: 'ASC' } });
  const set = (patch: Partial<typeof state>) => setSearch(writeListState(search, FIELDS, { ...state, ...patch }), { replace: true });
  const all = cycles.data?.evaluationCycles.nodes ?? [];
  const cycle = all.find((c) => String(c.id) === state.values.cycle) ?? all.find((c) => c.status === 'OPEN') ?? all[0];
  const work = useQuery(EvaluationWorklistDocument, {
    variables: { cycleId: cycle?.id ?? 0 },
    skip: !cycle,
    fetchPolicy: 'cache-and-network',
  });
  const action = useWorkflowAction();
  const [file] = useMutation(FileEvaluationResultsDocument);
  const [form] = Form.useForm();

  const rows = useMemo(() => {
    const q = (state.values.q ?? '').trim();
    const list = (work.data?.evaluationWorklist ?? []).filter(
      (r) =>
        (!q || r.appointment.expert?.name.includes(q) || r.appointment.enterprise?.name.includes(q)) &&
        (state.values.state !== 'todo' || !r.evaluation) &&
        (state.values.state !== 'done' || !!r.evaluation),
    );
    const dir = state.sort?.direction === 'DESC' ? -1 : 1;
    const key = (r: (typeof list)[number]): string | number =>
      state.sort?.field === 'score'
        ? (r.evaluation?.score ?? -1)
        : state.sort?.field === 'expert'
          ? (r.appointment.expert?.name ?? '')
          : r.evaluation
            ? 1
            : 0;
    return [...list].sort((a, b) => (key(a) < key(b) ? -dir : key(a) > key(b) ? dir : a.appointment.id - b.appointment.id));
  }, [work.data, search.toString()]);

  if (cycles.loading && !cycles.data) return <LoadingBlock />;
  if (cycles.error) return <ErrorBlock error={cycles.error} onRetry={() => void cycles.refetch()} />;
  if (!cycle) return <Empty description={T.noCycle} />;
  const graded = (work.data?.evaluationWorklist ?? []).filter((r) => r.evaluation).length;
  const canFile = cycle.nextActions.includes('FILE_RESULTS');

  return (
    <div className="page">
      {action.holder}
      <PageTitle
        title={T.title}
        note={T.note}
        actions={
          canFile ? (
            <Button
              type="primary"
              data-testid="file-results"
              onClick={() =>
                Modal.confirm({
                  title: `${T.fileResults} · ${cycle.code}`,
                  content: T.fileConfirm(cycle.code, graded),
                  okText: T.fileResults,
                  onOk: () =>
                    action.run(
                      () =>
                        file({
                          variables: { cycleId: cycle.id },
                          refetchQueries: ['EvaluationDeskCycles', 'EvaluationWorklist'],
                          awaitRefetchQueries: true,
                        }),
                      T.filed(cycle.code),
                    ),
                })
              }
            >
              {T.fileResults}
            </Button>
          ) : null
        }
      />
      <Card size="small" className="desk-search no-print" style={{ marginBottom: 12 }}>
        <Form
          form={form}
          layout="inline"
          initialValues={{ q: state.values.q, state: state.values.state }}
          onFinish={(v) => set({ values: { ...state.values, q: v.q?.trim() || '', state: v.state ?? '' }, page: 1 })}
        >
          <Form.Item label={T.cycle} style={{ marginBottom: 8 }}>
            <Select
              style={{ width: 220 }}
              value={cycle.id}
              data-testid="cycle-select"
              onChange={(v) => set({ values: { ...state.values, cycle: String(v) }, page: 1 })}
              options={all.map((c) => ({ value: c.id, label: `${c.code}（${T.cycleStatus[c.status] ?? c.status}）` }))}
            />
          </Form.Item>
          <Form.Item name="q" label={T.searchName} style={{ marginBottom: 8 }}>
            <Input allowClear style={{ width: 180 }} data-testid="worklist-q" />
          </Form.Item>
          <Form.Item name="state" label={T.searchState} style={{ marginBottom: 8 }}>
            <Select
              allowClear
              style={{ width: 120 }}
              options={Object.entries(T.stateOptions).map(([value, label]) => ({ value, label }))}
            />
          </Form.Item>
          <Form.Item style={{ marginBottom: 8 }}>
            <Button type="primary" htmlType="submit" data-testid="worklist-search">
              {lang === 'zh' ? '查询' : 'Search'}
            </Button>
          </Form.Item>
        </Form>
      </Card>
      <Card
        size="small"
        className="record-table"
        title={`${T.worklist} · ${cycle.code}`}
        extra={
          <Typography.Text type="secondary">
            {T.period} {cycle.periodStart}～{cycle.periodEnd}
          </Typography.Text>
        }
        data-testid="table-worklist"
      >
        {work.error ? (
          <ErrorBlock error={work.error} onRetry={() => void work.refetch()} />
        ) : (
          <Table
            size="middle"
            rowKey={(r) => r.appointment.id}
            loading={work.loading && !work.data}
            dataSource={rows}
            scroll={{ x: 'max-content' }}
            onRow={(r) => ({
              onClick: (e) =>
                !isOwnClick(e) &&
                navigate(`/desk/evaluation/${cycle.id}/${r.appointment.id}`, { state: { from: location.pathname + location.search } }),
              style: { cursor: 'pointer' },
            })}
            onChange={(p, _f, sorter) => {
              const s = Array.isArray(sorter) ? sorter[0] : sorter;
              const sort = s?.order
                ? { field: String(s.columnKey), direction: s.order === 'ascend' ? ('ASC' as const) : ('DESC' as const) }
                : null;
              set({ page: p.pageSize !== state.size ? 1 : (p.current ?? 1), size: p.pageSize ?? state.size, sort });
            }}
            pagination={{
              current: state.page,
              pageSize: state.size,
              total: rows.length,
              showSizeChanger: true,
              pageSizeOptions: PAGE_SIZES.map(String),
              showTotal: (n) => (
                <span data-testid="total-worklist" data-total={n}>
                  {lang === 'zh' ? `共 ${n} 条` : `${n} in all`}
                </span>
              ),
            }}
            columns={[
              {
                title: T.expert,
                key: 'expert',
                sorter: true,
                sortOrder: state.sort?.field === 'expert' ? (state.sort.direction === 'ASC' ? 'ascend' : 'descend') : null,
                render: (_, r) => (
                  <Link
                    to={`/desk/evaluation/${cycle.id}/${r.appointment.id}`}
                    state={{ from: location.pathname + location.search }}
                    data-testid={`work-${r.appointment.id}`}
                  >
                    {r.appointment.expert?.name}
                  </Link>
                ),
              },
              { title: T.enterprise, key: 'enterprise', render: (_, r) => r.appointment.enterprise?.name },
              { title: T.county, key: 'county', render: (_, r) => refLabel(r.appointment.division, lang) },
              { title: T.service, key: 'service', render: (_, r) => `${r.appointment.serviceStart}～${r.appointment.serviceEnd}` },
              {
                title: T.grade,
                key: 'state',
                sorter: true,
                sortOrder: state.sort?.field === 'state' ? (state.sort.direction === 'ASC' ? 'ascend' : 'descend') : null,
                render: (_, r) =>
                  r.evaluation ? (
                    <Tag color={GRADE_COLOR[r.evaluation.grade]}>{enumLabel('grade', r.evaluation.grade, lang)}</Tag>
                  ) : (
                    <Tag>{T.ungraded}</Tag>
                  ),
              },
              {
                title: T.score,
                key: 'score',
                sorter: true,
                align: 'right',
                sortOrder: state.sort?.field === 'score' ? (state.sort.direction === 'ASC' ? 'ascend' : 'descend') : null,
                render: (_, r) => r.evaluation?.score ?? '',
              },
              {
                title: '',
                key: 'go',
                render: (_, r) => (
                  <Space>
                    <Link to={`/desk/evaluation/${cycle.id}/${r.appointment.id}`} state={{ from: location.pathname + location.search }}>
                      {r.nextActions.includes('GRADE') ? T.open : T.view}
                    </Link>
                  </Space>
                ),
              },
            ]}
          />
        )}
      </Card>
    </div>
  );
}
