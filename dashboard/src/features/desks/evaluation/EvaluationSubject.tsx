/**
 * One appointment in an evaluation cycle: its two years of ledger, indicators and annual reports
 * side by side; the grade form (score 0-100, 优秀 / 良好 / 合格 / 不合格, remarks) whose submit
 * first shows what Art. 17-19 will do, as the server's dry run `previewGrade` computes it; once
 * graded, the result and its consequences (rewards, revocation, cancelled projects, ban).
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
  GradeEvaluationDocument,
  PreviewGradeDocument,
  type Grade,
  type PreviewGradeQuery,
} from '../../../gql-desks/graphql';
import { Indicators } from '../expert/Indicators';
import { EVAL_TEXT } from './text';
import { GRADE_COLOR } from './EvaluationDesk';

const GRADES: Grade[] = ['EXCELLENT', 'GOOD', 'QUALIFIED', 'UNQUALIFIED'];

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
  const action = useWorkflowAction();

  if (head.error || q.error)
    return <ErrorBlock error={(head.error ?? q.error)!} onRetry={() => void (head.error ? head.refetch() : q.refetch())} />;
  if (head.data && !period) return <NotFound />;
  if (!years || (q.loading && !q.data)) return <LoadingBlock />;
  if (!data?.appointment || !data.evaluationCycle) return <NotFound />;
  const cycle = data.evaluationCycle;
  const appt = data.appointment;
  const evaluation = appt.evaluations.find((e) => e.cycle?.id === cycleId) ?? null;
  const name = appt.expert?.name ?? '';
  const canGrade = !evaluation && cycle.nextActions.includes('GRADE') && (appt.status === 'ACTIVE' || appt.status === 'COMPLETED');

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
      T.graded(name, enumLabel('grade', v.grade, lang)),
    );
    if (ok) setPreview(null);
  };
  const projectList = (ps: Array<{ code: string; title: string }>) =>
    ps.length ? ps.map((p) => `${p.code} ${p.title}`).join('；') : T.noProjects;

  return (
    <DeskPage
      list={{ title: T.worklist, path: `/desk/evaluation?cycle=${cycleId}` }}
      title={`${name} · ${cycle.code}`}
      status={
        evaluation ? (
          <Tag color={GRADE_COLOR[evaluation.grade]} data-testid="grade-tag">
            {enumLabel('grade', evaluation.grade, lang)}
          </Tag>
        ) : (
          <Tag>{T.ungraded}</Tag>
        )
      }
      meta={`${appt.enterprise?.name ?? ''} · ${T.service} ${appt.serviceStart}～${appt.endedOn ?? appt.serviceEnd} · ${enumLabel('appointmentStatus', appt.status, lang)}`}
    >
      {action.holder}
      {evaluation ? (
        <Card size="small" className="record-section" title={T.result} data-testid="section-result">
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2, xl: 4 }}
            items={[
              { key: 'g', label: T.grade, children: enumLabel('grade', evaluation.grade, lang) },
              { key: 's', label: T.score, children: evaluation.score ?? '—' },
              { key: 'd', label: T.gradedOn, children: evaluation.gradedOn },
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
                <List.Item>
                  {rewardKindLabel(r.kind, lang)} {r.serialNo ?? ''} {r.amountFen ? `${fenToYuanString(r.amountFen)} 元` : ''}
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
        title={`${T.consequences} · ${name} ${preview ? enumLabel('grade', preview.grade, lang) : ''}`}
        okText={T.submitGrade}
        cancelText={lang === 'zh' ? '取消' : 'Cancel'}
        okButtonProps={{ danger: preview?.grade === 'UNQUALIFIED', loading: action.busy, ...({ 'data-testid': 'grade-submit' } as object) }}
        onOk={() => void submit()}
        onCancel={() => {
          setPreview(null);
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
