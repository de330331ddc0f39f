/**
 * The evaluation agency's and the bureau's worklist for a cycle: every appointment it evaluates,
 * graded, proposed or not, searchable and sortable, page size and page in the URL. The bureau
 * opens a cycle, approves the agency's proposals in a batch after a summary of their consequences
 * (Art. 17-19; one by one on the subject page, with the server's dry run), and files the cycle's
 * results when the server's `nextActions` offers FILE_RESULTS (every appointment decided).
 */
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Empty, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useAuth } from '../../../app/auth';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useI18n } from '../../../app/i18n';
import { enumLabel, refLabel } from '../../../charts/labels';
import { PageTitle } from '../../../components/Page';
import { ErrorBlock, LoadingBlock } from '../../../components/States';
import { DeskErrorAlert, isOwnClick, PAGE_SIZES, readListState, useText, useWorkflowAction, writeListState } from '../../../desk';
import {
  ApproveGradesDocument,
  EvaluationDeskCyclesDocument,
  EvaluationWorklistDocument,
  FileEvaluationResultsDocument,
  OpenEvaluationCycleDocument,
} from '../../../gql-desks/graphql';
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
  const [approve] = useMutation(ApproveGradesDocument);
  const [openCycle] = useMutation(OpenEvaluationCycleDocument);
  const [form] = Form.useForm();
  const [cycleForm] = Form.useForm();
  const [opening, setOpening] = useState(false);
  const [selected, setSelected] = useState<number[]>([]);
  const { me } = useAuth();
  // No record yet to carry nextActions: opening a cycle is the bureau's (Art. 17), as the server checks.
  const mayOpen = me.role === 'ST_BUREAU';

  const rows = useMemo(() => {
    const q = (state.values.q ?? '').trim();
    const list = (work.data?.evaluationWorklist ?? []).filter(
      (r) =>
        (!q || r.appointment.expert?.name.includes(q) || r.appointment.enterprise?.name.includes(q)) &&
        (state.values.state !== 'todo' || !r.evaluation || r.evaluation.status === 'RETURNED') &&
        (state.values.state !== 'proposed' || r.evaluation?.status === 'PROPOSED') &&
        (state.values.state !== 'done' || r.evaluation?.status === 'DECIDED'),
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

  const submitCycle = async () => {
    const v = await cycleForm.validateFields();
    const ok = await action.run(
      () =>
        openCycle({
          variables: {
            input: { code: v.code.trim(), periodStart: v.periodStart, periodEnd: v.periodEnd, agency: v.agency?.trim() || null },
          },
          refetchQueries: ['EvaluationDeskCycles'],
          awaitRefetchQueries: true,
        }).then((res) => {
          const id = res.data?.openEvaluationCycle.id;
          if (id) set({ values: { ...state.values, cycle: String(id) }, page: 1 });
          return res;
        }),
      T.cycleOpened(v.code.trim()),
    );
    if (ok) setOpening(false);
  };
  const openButton = mayOpen ? (
    <Button data-testid="open-cycle" onClick={() => setOpening(true)}>
      {T.openCycle}
    </Button>
  ) : null;
  const cycleModal = (
    <Modal
      open={opening}
      title={T.openCycle}
      okText={T.openCycle}
      cancelText={lang === 'zh' ? '取消' : 'Cancel'}
      okButtonProps={{ loading: action.busy, ...({ 'data-testid': 'open-cycle-ok' } as object) }}
      onOk={() => void submitCycle()}
      onCancel={() => {
        setOpening(false);
        action.clearError();
      }}
      destroyOnHidden
    >
      <Form form={cycleForm} layout="vertical" preserve={false}>
        <Form.Item
          name="code"
          label={T.cycleCode}
          extra={T.cycleCodeRule}
          rules={[
            { required: true, message: T.cycleCodeRule },
            {
              validator: (_, v: string | undefined) => {
                const m = /^(\d{4})-(\d{4})$/.exec((v ?? '').trim());
                return m && Number(m[2]) === Number(m[1]) + 1 ? Promise.resolve() : Promise.reject(new Error(T.cycleCodeRule));
              },
            },
          ]}
        >
          <Input data-testid="cycle-code" placeholder="2026-2027" />
        </Form.Item>
        <Space wrap>
          <Form.Item name="periodStart" label={T.periodStart} rules={[{ required: true, message: T.periodStart }]}>
            <Input type="date" data-testid="cycle-start" />
          </Form.Item>
          <Form.Item name="periodEnd" label={T.periodEnd} rules={[{ required: true, message: T.periodEnd }]}>
            <Input type="date" data-testid="cycle-end" />
          </Form.Item>
        </Space>
        <Form.Item name="agency" label={T.agency} rules={[{ max: 128 }]}>
          <Input data-testid="cycle-agency" maxLength={128} />
        </Form.Item>
      </Form>
      {action.error ? <DeskErrorAlert error={action.error} /> : null}
    </Modal>
  );

  if (cycles.loading && !cycles.data) return <LoadingBlock />;
  if (cycles.error) return <ErrorBlock error={cycles.error} onRetry={() => void cycles.refetch()} />;
  if (!cycle)
    return (
      <div className="page">
        {action.holder}
        <PageTitle title={T.title} note={T.note} actions={openButton} />
        <Empty description={T.noCycle} />
        {cycleModal}
      </div>
    );
  const list = work.data?.evaluationWorklist ?? [];
  const graded = list.filter((r) => r.evaluation?.status === 'DECIDED').length;
  const undecided = list.length - graded;
  const canFile = cycle.nextActions.includes('FILE_RESULTS');
  const approvable = new Set(list.filter((r) => r.nextActions.includes('APPROVE_GRADE')).map((r) => r.evaluation!.id));
  const chosen = selected.filter((id) => approvable.has(id));
  const batchApprove = () => {
    const picked = list.filter((r) => r.evaluation && chosen.includes(r.evaluation.id));
    const ex = picked.filter((r) => r.evaluation!.grade === 'EXCELLENT').length;
    const un = picked.filter((r) => r.evaluation!.grade === 'UNQUALIFIED').length;
    Modal.confirm({
      title: `${T.batchApprove(picked.length)} · ${cycle.code}`,
      content: <div data-testid="batch-consequences">{T.batchConfirm(picked.length, ex, un)}</div>,
      okText: T.approveGrade,
      cancelText: lang === 'zh' ? '取消' : 'Cancel',
      okButtonProps: { danger: un > 0, ...({ 'data-testid': 'batch-approve-ok' } as object) },
      onOk: async () => {
        const ok = await action.run(
          () =>
            approve({
              variables: { evaluationIds: picked.map((r) => r.evaluation!.id) },
              refetchQueries: ['EvaluationDeskCycles', 'EvaluationWorklist'],
              awaitRefetchQueries: true,
            }),
          T.batchApproved(picked.length),
        );
        if (ok) setSelected([]);
      },
    });
  };

  return (
    <div className="page">
      {action.holder}
      {cycleModal}
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
          ) : (
            <Space>
              {mayOpen && cycle.status === 'OPEN' && undecided > 0 && work.data ? (
                <Typography.Text type="secondary" data-testid="file-blocked">
                  {T.fileBlocked(undecided)}
                </Typography.Text>
              ) : null}
              {openButton}
            </Space>
          )
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
          <Space>
            <Typography.Text type="secondary">
              {T.period} {cycle.periodStart}～{cycle.periodEnd}
            </Typography.Text>
            {approvable.size ? (
              <Button type="primary" disabled={!chosen.length} onClick={batchApprove} data-testid="batch-approve">
                {T.batchApprove(chosen.length)}
              </Button>
            ) : null}
          </Space>
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
            rowSelection={
              approvable.size
                ? {
                    selectedRowKeys: list.filter((r) => r.evaluation && chosen.includes(r.evaluation.id)).map((r) => r.appointment.id),
                    getCheckboxProps: (r) => ({ disabled: !r.nextActions.includes('APPROVE_GRADE') }),
                    onChange: (_keys, picked) => setSelected(picked.filter((r) => r.evaluation).map((r) => r.evaluation!.id)),
                  }
                : undefined
            }
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
                    <Space size={4}>
                      <Tag color={GRADE_COLOR[r.evaluation.grade]}>{enumLabel('grade', r.evaluation.grade, lang)}</Tag>
                      {r.evaluation.status !== 'DECIDED' ? (
                        <Tag color={r.evaluation.status === 'PROPOSED' ? 'orange' : 'volcano'} data-testid={`decision-${r.appointment.id}`}>
                          {T.decision[r.evaluation.status]}
                        </Tag>
                      ) : null}
                    </Space>
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
                      {r.nextActions.includes('GRADE') ? T.open : r.nextActions.includes('APPROVE_GRADE') ? T.review : T.view}
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
