/**
 * One appointment in an evaluation cycle: its two years of ledger, indicators, annual reports,
 * achievements (new technologies, processes, products) and IP applications side by side; the grade form (score 0-100, 优秀 / 良好 / 合格 / 不合格, remarks) whose submit
 * first shows what Art. 17-19 will do, as the server's dry run `previewGrade` computes it. The
 * agency's grade is a proposal (Art. 17): the bureau approves it after the same preview
 * (`previewGradeApproval`) or sends it back with a reason, as the evaluation's `nextActions`
 * allow. Once decided, the result and its consequences (rewards, which the bureau hands over when
 * they are certificates or cards, revocation, cancelled projects, ban).
 */
import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Form,
  Input,
  InputNumber,
  List,
  Modal,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useAuth } from '../../../app/auth';
import { useI18n } from '../../../app/i18n';
import { enumLabel } from '../../../charts/labels';
import { fenToYuanString } from '../../../charts/format';
import { ErrorBlock, LoadingBlock, NotFound } from '../../../components/States';
import { DeskErrorAlert, DeskPage, readDeskError, useText, useWorkflowAction, type DeskError } from '../../../desk';
import {
  EvaluationSubjectCycleDocument,
  EvaluationSubjectDocument,
  ApproveGradesDocument,
  GradeEvaluationDocument,
  HandOverRewardDocument,
  PreviewGradeApprovalDocument,
  PreviewGradeDocument,
  ReturnGradeDocument,
  type Grade,
  type PreviewGradeQuery,
} from '../../../gql-desks/graphql';
import { Indicators } from '../expert/Indicators';
import { EVAL_TEXT } from './text';
import { GRADE_COLOR } from './EvaluationDesk';

const GRADES: Grade[] = ['EXCELLENT', 'GOOD', 'QUALIFIED', 'UNQUALIFIED'];
const DECISION_COLOR: Record<string, string> = { PROPOSED: 'orange', RETURNED: 'volcano', DECIDED: 'green' };

export default function EvaluationSubject() {
  const T = useText(EVAL_TEXT);
  const { lang } = useI18n();
  const { me } = useAuth();
  // The agency reads neither rewards nor projects (access.ts): their sections are the bureau's.
  const seesRewards = me.readable.includes('Reward');
  const seesProjects = me.readable.includes('Project');
  const params = useParams();
  const cycleId = Number(params.cycleId);
  const appointmentId = Number(params.appointmentId);
  // The period's two years come from the cycle, then the subject is read for those years.
  const head = useQuery(EvaluationSubjectCycleDocument, { variables: { cycleId } });
  const period = head.data?.evaluationCycle;
  const years = period ? yearsFromPeriod(period.periodStart, period.periodEnd) : null;
  const q = useQuery(EvaluationSubjectDocument, {
    variables: { cycleId, appointmentId, ...(years ?? yearsFromPeriod('2025-01-01', '2025-01-01')) },
    skip: !years,
    fetchPolicy: 'cache-and-network',
  });
  const data = q.data ?? null;
  const [form] = Form.useForm();
  const [preview, setPreview] = useState<PreviewGradeQuery['previewGrade'] | null>(null);
  const [previewError, setPreviewError] = useState<DeskError | null>(null);
  const [runPreview, previewing] = useLazyQuery(PreviewGradeDocument, { fetchPolicy: 'network-only' });
  const [grade] = useMutation(GradeEvaluationDocument);
  const [runApprovalPreview, approvalPreviewing] = useLazyQuery(PreviewGradeApprovalDocument, { fetchPolicy: 'network-only' });
  const [approve] = useMutation(ApproveGradesDocument);
  const [sendBack] = useMutation(ReturnGradeDocument);
  const [handOver] = useMutation(HandOverRewardDocument);
  /** The preview shown is of a proposal to approve (true) or of a grade about to be given. */
  const [approving, setApproving] = useState(false);
  const [returning, setReturning] = useState(false);
  const [reasonForm] = Form.useForm();
  const action = useWorkflowAction();
  const REFETCH = ['EvaluationSubject', 'EvaluationWorklist', 'EvaluationDeskCycles'];

  if (head.error || q.error)
    return <ErrorBlock error={(head.error ?? q.error)!} onRetry={() => void (head.error ? head.refetch() : q.refetch())} />;
  if (head.data && !period) return <NotFound />;
  if (!years || (q.loading && !q.data)) return <LoadingBlock />;
  if (!data?.appointment || !data.evaluationCycle) return <NotFound />;
  const cycle = data.evaluationCycle;
  const appt = data.appointment;
  const evaluation = appt.evaluations.find((e) => e.cycle?.id === cycleId) ?? null;
  const name = appt.expert?.name ?? '';
  const canGrade =
    (evaluation ? evaluation.nextActions.includes('GRADE') : cycle.nextActions.includes('GRADE')) &&
    (appt.status === 'ACTIVE' || appt.status === 'COMPLETED');
  const canApprove = !!evaluation?.nextActions.includes('APPROVE_GRADE');
  const canReturn = !!evaluation?.nextActions.includes('RETURN_GRADE');

  const reviewApproval = async () => {
    if (!evaluation) return;
    setPreviewError(null);
    const res = await runApprovalPreview({ variables: { evaluationId: evaluation.id } });
    if (res.error) setPreviewError(readDeskError(res.error, lang));
    else if (res.data) {
      setApproving(true);
      setPreview(res.data.previewGradeApproval);
    }
  };
  const submitApproval = async () => {
    if (!evaluation) return;
    const ok = await action.run(
      () => approve({ variables: { evaluationIds: [evaluation.id] }, refetchQueries: REFETCH, awaitRefetchQueries: true }),
      T.approved(name, enumLabel('grade', evaluation.grade, lang)),
    );
    if (ok) {
      setPreview(null);
      setApproving(false);
    }
  };
  const submitReturn = async () => {
    if (!evaluation) return;
    const v = await reasonForm.validateFields();
    const ok = await action.run(
      () =>
        sendBack({
          variables: { evaluationId: evaluation.id, reason: v.reason.trim() },
          refetchQueries: REFETCH,
          awaitRefetchQueries: true,
        }),
      T.returned(name),
    );
    if (ok) setReturning(false);
  };

  const review = async () => {
    const v = await form.validateFields();
    setPreviewError(null);
    const res = await runPreview({
      variables: { input: { cycleId, appointmentId, grade: v.grade, score: v.score ?? null, remarks: v.remarks?.trim() || null } },
    });
    if (res.error) setPreviewError(readDeskError(res.error, lang));
    else if (res.data) setPreview(res.data.previewGrade);
  };
  const submit = async () => {
    const v = form.getFieldsValue();
    const ok = await action.run(
      () =>
        grade({
          variables: { input: { cycleId, appointmentId, grade: v.grade, score: v.score ?? null, remarks: v.remarks?.trim() || null } },
          refetchQueries: ['EvaluationSubject', 'EvaluationWorklist', 'EvaluationDeskCycles'],
          awaitRefetchQueries: true,
        }),
      // The agency's grade is a proposal for the bureau to decide (Art. 17); the bureau's is decided.
      me.role === 'ST_BUREAU' ? T.graded(name, enumLabel('grade', v.grade, lang)) : T.proposed(name, enumLabel('grade', v.grade, lang)),
    );
    if (ok) setPreview(null);
  };
  const handOverReward = (r: { id: number; kind: string; serialNo?: string | null }) =>
    Modal.confirm({
      title: `${T.handOver} · ${rewardKindLabel(r.kind, lang)} ${r.serialNo ?? ''}`,
      content: T.handOverConfirm(name, rewardKindLabel(r.kind, lang), r.serialNo ?? ''),
      okText: T.handOver,
      cancelText: lang === 'zh' ? '取消' : 'Cancel',
      okButtonProps: { ...({ 'data-testid': 'handover-ok' } as object) },
      onOk: () =>
        action.run(
          () => handOver({ variables: { rewardId: r.id }, refetchQueries: REFETCH, awaitRefetchQueries: true }),
          T.handedOver(rewardKindLabel(r.kind, lang), r.serialNo ?? ''),
        ),
    });
  const projectList = (ps: Array<{ code: string; title: string }>) =>
    ps.length ? ps.map((p) => `${p.code} ${p.title}`).join('；') : T.noProjects;

  return (
    <DeskPage
      list={{ title: T.worklist, path: `/desk/evaluation?cycle=${cycleId}` }}
      title={`${name} · ${cycle.code}`}
      status={
        evaluation ? (
          <Space size={4}>
            <Tag color={GRADE_COLOR[evaluation.grade]} data-testid="grade-tag">
              {enumLabel('grade', evaluation.grade, lang)}
            </Tag>
            <Tag color={DECISION_COLOR[evaluation.status]} data-testid="decision-tag">
              {T.decision[evaluation.status]}
            </Tag>
          </Space>
        ) : (
          <Tag>{T.ungraded}</Tag>
        )
      }
      actions={
        canApprove || canReturn ? (
          <Space>
            {canReturn ? (
              <Button data-testid="return-grade" onClick={() => setReturning(true)}>
                {T.returnGrade}
              </Button>
            ) : null}
            {canApprove ? (
              <Button type="primary" data-testid="approve-grade" loading={approvalPreviewing.loading} onClick={() => void reviewApproval()}>
                {T.approveGrade}
              </Button>
            ) : null}
          </Space>
        ) : null
      }
      meta={`${appt.enterprise?.name ?? ''} · ${T.service} ${appt.serviceStart}～${appt.endedOn ?? appt.serviceEnd} · ${enumLabel('appointmentStatus', appt.status, lang)}`}
    >
      {action.holder}
      {previewError && !canGrade ? <DeskErrorAlert error={previewError} onClose={() => setPreviewError(null)} /> : null}
      {evaluation ? (
        <Card size="small" className="record-section" title={T.result} data-testid="section-result">
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2, xl: 4 }}
            items={[
              { key: 'g', label: T.grade, children: enumLabel('grade', evaluation.grade, lang) },
              { key: 's', label: T.score, children: evaluation.score ?? '—' },
              {
                key: 'd',
                label: evaluation.status === 'DECIDED' ? T.gradedOn : T.proposedOn,
                children: `${evaluation.gradedOn}${evaluation.gradedByName ? ` · ${evaluation.gradedByName}` : ''}`,
              },
              {
                key: 'dc',
                label: T.decisionLabel,
                children: (
                  <span data-testid="decision">
                    {T.decision[evaluation.status]}
                    {evaluation.decidedOn ? ` · ${evaluation.decidedOn}` : ''}
                  </span>
                ),
              },
              ...(evaluation.returnReason ? [{ key: 'rr', label: T.returnReason, children: evaluation.returnReason }] : []),
              {
                key: 'st',
                label: T.status,
                children: <span data-testid="appointment-status">{enumLabel('appointmentStatus', appt.status, lang)}</span>,
              },
              ...(evaluation.remarks ? [{ key: 'r', label: T.remarks, children: evaluation.remarks }] : []),
              ...(appt.endReason ? [{ key: 'e', label: T.endReason, children: appt.endReason }] : []),
              ...(appt.expert?.bannedUntil
                ? [
                    {
                      key: 'b',
                      label: T.status,
                      children: <span data-testid="banned-until">{T.bannedUntil(appt.expert.bannedUntil)}</span>,
                    },
                  ]
                : []),
            ]}
          />
          {seesRewards && evaluation.rewards.length ? (
            <List
              size="small"
              header={T.rewards}
              data-testid="rewards"
              dataSource={evaluation.rewards}
              renderItem={(r) => (
                <List.Item
                  data-testid={`reward-${r.kind}`}
                  extra={
                    r.nextActions.includes('DISBURSE_REWARD') && r.kind !== 'CASH' ? (
                      <Button size="small" data-testid={`handover-${r.kind}`} onClick={() => handOverReward(r)}>
                        {T.handOver}
                      </Button>
                    ) : null
                  }
                >
                  {rewardKindLabel(r.kind, lang)} {r.serialNo ?? ''} {r.amountFen ? `${fenToYuanString(r.amountFen)} 元` : ''}{' '}
                  <Tag color={r.status === 'DISBURSED' ? 'green' : 'default'}>
                    {r.status === 'DISBURSED' ? `${r.kind === 'CASH' ? T.paid : T.handedOverTag} ${r.disbursedOn ?? ''}` : T.rewardGranted}
                  </Tag>
                </List.Item>
              )}
            />
          ) : null}
          {seesProjects ? (
            <List
              size="small"
              header={T.projects}
              data-testid="projects"
              dataSource={appt.projects}
              locale={{ emptyText: T.noProjects }}
              renderItem={(p) => (
                <List.Item>
                  {p.code} {p.title} <Tag>{enumLabel('projectStatus', p.status, lang)}</Tag>
                  {p.priority ? <Tag color="gold">{lang === 'zh' ? '优先支持' : 'Priority'}</Tag> : null}
                </List.Item>
              )}
            />
          ) : null}
        </Card>
      ) : null}
      {canGrade ? (
        <Card size="small" className="record-section" title={T.gradeForm} data-testid="grade-form">
          <Form form={form} layout="vertical">
            <Row gutter={12}>
              <Col xs={24} sm={12} lg={6}>
                <Form.Item name="grade" label={T.grade} rules={[{ required: true, message: T.gradeRequired }]}>
                  <Select data-testid="grade-select" options={GRADES.map((g) => ({ value: g, label: enumLabel('grade', g, lang) }))} />
                </Form.Item>
              </Col>
              <Col xs={24} sm={12} lg={6}>
                <Form.Item name="score" label={T.score} rules={[{ type: 'integer', min: 0, max: 100, message: T.scoreRule }]}>
                  <InputNumber min={0} max={100} precision={0} style={{ width: '100%' }} data-testid="grade-score" />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item name="remarks" label={T.remarks} rules={[{ max: 2000, message: T.remarksRule }]}>
              <Input.TextArea rows={3} maxLength={2000} showCount />
            </Form.Item>
            <Button type="primary" loading={previewing.loading} onClick={() => void review()} data-testid="grade-preview">
              {T.preview}
            </Button>
            {previewError ? <DeskErrorAlert error={previewError} onClose={() => setPreviewError(null)} /> : null}
          </Form>
        </Card>
      ) : null}
      <Row gutter={12}>
        {[data.a, data.b].map((r) => (
          <Col xs={24} xl={12} key={r.year}>
            <Indicators report={r} lang={lang} />
          </Col>
        ))}
      </Row>
      <Card size="small" className="record-section" title={T.reports} data-testid="section-reports">
        <Row gutter={12}>
          {[years.yearA, years.yearB].map((y) => {
            const r = appt.annualReports.find((x) => x.year === y);
            return (
              <Col xs={24} xl={12} key={y}>
                <Typography.Title level={5}>{y}</Typography.Title>
                {r ? (
                  <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} ellipsis={{ rows: 6, expandable: true }}>
                    {r.summary}
                  </Typography.Paragraph>
                ) : (
                  <Typography.Text type="secondary">{T.noReport(y)}</Typography.Text>
                )}
              </Col>
            );
          })}
        </Row>
      </Card>
      <Row gutter={12}>
        <Col xs={24} xl={12}>
          <Card
            size="small"
            className="record-section"
            title={`${T.achievements(years.yearA, years.yearB)} · ${T.count(data.achievements.totalCount)}`}
            data-testid="section-achievements"
          >
            <Table
              size="small"
              rowKey="id"
              dataSource={data.achievements.nodes}
              pagination={data.achievements.nodes.length > 10 ? { pageSize: 10, size: 'small' } : false}
              locale={{ emptyText: T.none }}
              columns={[
                { title: T.date, dataIndex: 'achievedOn', key: 'd', width: 110 },
                { title: T.kind, key: 'k', width: 110, render: (_, r) => T.achievementKind[r.kind] ?? r.kind },
                { title: T.titleCol, dataIndex: 'title', key: 't' },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card
            size="small"
            className="record-section"
            title={`${T.ip(years.yearA, years.yearB)} · ${T.count(data.ipApplications.totalCount)}`}
            data-testid="section-ip"
          >
            <Table
              size="small"
              rowKey="id"
              dataSource={data.ipApplications.nodes}
              pagination={data.ipApplications.nodes.length > 10 ? { pageSize: 10, size: 'small' } : false}
              locale={{ emptyText: T.none }}
              scroll={{ x: 'max-content' }}
              columns={[
                { title: T.date, dataIndex: 'filedOn', key: 'd', width: 110 },
                { title: T.kind, key: 'k', render: (_, r) => T.ipKind[r.kind] ?? r.kind },
                { title: T.titleCol, dataIndex: 'title', key: 't' },
                { title: T.applicationNo, dataIndex: 'applicationNo', key: 'n' },
                { title: T.ipStatusCol, key: 's', render: (_, r) => <Tag>{T.ipStatus[r.status] ?? r.status}</Tag> },
              ]}
            />
          </Card>
        </Col>
      </Row>
      <Card
        size="small"
        className="record-section"
        title={`${T.ledger(years.yearA, years.yearB)} · ${T.entries(data.ledger.totalCount)}`}
        data-testid="section-ledger"
      >
        <Table
          size="small"
          rowKey="id"
          dataSource={data.ledger.nodes}
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 10, size: 'small', showSizeChanger: true }}
          columns={[
            {
              title: lang === 'zh' ? '日期' : 'Date',
              dataIndex: 'serviceDate',
              key: 'd',
              sorter: (a, b) => a.serviceDate.localeCompare(b.serviceDate),
            },
            { title: lang === 'zh' ? '类别' : 'Kind', key: 'k', render: (_, r) => enumLabel('serviceKind', r.kind, lang) },
            {
              title: lang === 'zh' ? '驻企天数' : 'Days',
              dataIndex: 'daysOnSite',
              key: 'n',
              align: 'right',
              sorter: (a, b) => a.daysOnSite - b.daysOnSite,
            },
            { title: lang === 'zh' ? '培养人数' : 'Trained', dataIndex: 'peopleTrained', key: 't', align: 'right' },
            {
              title: lang === 'zh' ? '企业确认' : 'Enterprise',
              key: 'c',
              render: (_, r) => enumLabel('confirmation', r.confirmation, lang),
            },
            { title: lang === 'zh' ? '内容' : 'Content', dataIndex: 'content', key: 'x', ellipsis: true, width: 320 },
          ]}
        />
      </Card>
      <Modal
        open={!!preview}
        title={`${approving ? T.approveConsequences : T.consequences} · ${name} ${preview ? enumLabel('grade', preview.grade, lang) : ''}`}
        okText={approving ? T.approveGrade : T.submitGrade}
        cancelText={lang === 'zh' ? '取消' : 'Cancel'}
        okButtonProps={{ danger: preview?.grade === 'UNQUALIFIED', loading: action.busy, ...({ 'data-testid': 'grade-submit' } as object) }}
        onOk={() => void (approving ? submitApproval() : submit())}
        onCancel={() => {
          setPreview(null);
          setApproving(false);
          action.clearError();
        }}
        destroyOnHidden
        width={600}
      >
        {preview ? (
          <div data-testid="consequences">
            {preview.grade === 'EXCELLENT' ? (
              <Space direction="vertical">
                <Alert type="success" showIcon title={T.excellent(fenToYuanString(preview.rewardFen))} />
                <Typography.Text>{T.prioritised(projectList(preview.prioritisedProjects))}</Typography.Text>
              </Space>
            ) : preview.grade === 'UNQUALIFIED' ? (
              <Alert
                type="error"
                showIcon
                title={T.revoke}
                description={
                  <ul style={{ margin: 0, paddingLeft: 18 }}>
                    <li>{T.cancelled(projectList(preview.cancelledProjects))}</li>
                    {preview.bannedUntil ? <li>{T.ban(preview.bannedUntil)}</li> : null}
                  </ul>
                }
              />
            ) : (
              <Alert type="info" showIcon title={T.noConsequence} />
            )}
          </div>
        ) : null}
        {action.error ? <DeskErrorAlert error={action.error} /> : null}
      </Modal>
      <Modal
        open={returning}
        title={`${T.returnGrade} · ${name}`}
        okText={T.returnGrade}
        cancelText={lang === 'zh' ? '取消' : 'Cancel'}
        okButtonProps={{ loading: action.busy, ...({ 'data-testid': 'return-ok' } as object) }}
        onOk={() => void submitReturn()}
        onCancel={() => {
          setReturning(false);
          action.clearError();
        }}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{T.returnNote}</Typography.Paragraph>
        <Form form={reasonForm} layout="vertical" preserve={false}>
          <Form.Item
            name="reason"
            label={T.returnReason}
            rules={[{ required: true, whitespace: true, min: 2, max: 500, message: T.reasonRule }]}
          >
            <Input.TextArea rows={3} maxLength={500} showCount data-testid="return-reason" />
          </Form.Item>
        </Form>
        {action.error ? <DeskErrorAlert error={action.error} /> : null}
      </Modal>
    </DeskPage>
  );
}

function yearsFromPeriod(start: string, end: string) {
  return { yearA: Number(start.slice(0, 4)), yearB: Number(end.slice(0, 4)), from: start, to: end };
}

const REWARD_KIND: Record<string, [string, string]> = {
  CASH: ['奖金', 'Cash reward'],
  CERTIFICATE: ['优秀证书', 'Certificate'],
  GOLD_CARD_B: ['人才服务金卡（B）', 'Gold Card B'],
};
export const rewardKindLabel = (k: string, lang: 'zh' | 'en') => REWARD_KIND[k]?.[lang === 'zh' ? 0 : 1] ?? k;
