/**
 * One co-innovation project for the S&T bureau (and, read-only, its host enterprise): approved,
 * paid and remaining money per funder, what happened to it (proposal, approval, tranches,
 * closing), and only the steps its `nextActions` allows: approve and change funding with the
 * server's Art. 20-21 dry run shown before saving; accept or fail after a confirmation that says
 * what will happen.
 */
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Descriptions, Form, Modal, Space, Table, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useI18n } from '../../../app/i18n';
import { enumLabel } from '../../../charts/labels';
import { fenToYuanString } from '../../../charts/format';
import { ErrorBlock, LoadingBlock, NotFound } from '../../../components/States';
import { DeskErrorAlert, DeskPage, fenToYuanInput, useText, useWorkflowAction } from '../../../desk';
import {
  DeskApproveProjectDocument,
  DeskChangeProjectFundingDocument,
  DeskCloseProjectDocument,
  DeskProjectDocument,
  type DeskProjectQuery,
} from '../../../gql-desks/graphql';
import { FundingFields, useFundingCheck } from './FundingFields';
import { PROJ_TEXT } from './text';

type P = NonNullable<DeskProjectQuery['project']>;
type Step = 'APPROVE' | 'CHANGE_FUNDING' | 'ACCEPT' | 'FAIL';

export default function ProjectPage() {
  const T = useText(PROJ_TEXT);
  const { lang } = useI18n();
  const id = Number(useParams().id);
  const q = useQuery(DeskProjectDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [open, setOpen] = useState<Step | null>(null);
  const action = useWorkflowAction();

  if (q.loading && !q.data) return <LoadingBlock />;
  if (q.error) return <ErrorBlock error={q.error} onRetry={() => void q.refetch()} />;
  const p = q.data?.project;
  if (!p) return <NotFound />;
  const labels: Record<Step, string> = { APPROVE: T.approve, CHANGE_FUNDING: T.change, ACCEPT: T.accept, FAIL: T.fail };
  const steps = (['APPROVE', 'CHANGE_FUNDING', 'ACCEPT', 'FAIL'] as const).filter((a) => p.nextActions.includes(a));
  const total = p.enterpriseFen + p.universityFen + p.financeFen;

  return (
    <DeskPage
      list={{ title: T.title, path: '/desk/projects' }}
      title={`${p.code} ${p.title}`}
      status={
        <Space size={2}>
          <Tag color={p.status === 'ACCEPTED' ? 'green' : p.status === 'PROPOSED' ? 'blue' : undefined} data-testid="project-status">
            {enumLabel('projectStatus', p.status, lang)}
          </Tag>
          {p.priority ? <Tag color="gold">{T.priority}</Tag> : null}
        </Space>
      }
      meta={`${p.enterprise?.name ?? ''} · ${p.appointment?.expert?.name ?? ''}`}
      actions={
        steps.length ? (
          <Space wrap data-testid="action-bar">
            {steps.map((a) => (
              <Button
                key={a}
                type={a === 'APPROVE' || a === 'ACCEPT' ? 'primary' : 'default'}
                danger={a === 'FAIL'}
                onClick={() => setOpen(a)}
                data-testid={`action-${a}`}
              >
                {labels[a]}
              </Button>
            ))}
          </Space>
        ) : (
          <Typography.Text type="secondary" data-testid="no-actions">
            {T.noActions}
          </Typography.Text>
        )
      }
    >
      {action.holder}
      <Card size="small" className="record-section">
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
          <Descriptions.Item label={T.enterprise}>{p.enterprise?.name}</Descriptions.Item>
          <Descriptions.Item label={T.expert}>{p.appointment?.expert?.name}</Descriptions.Item>
          <Descriptions.Item label={T.total}>
            <span data-testid="project-total">{fenToYuanString(total)}</span>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card size="small" className="record-section" title={T.funding} data-testid="section-funding">
        <Table
          size="small"
          rowKey="funder"
          pagination={false}
          dataSource={p.funding}
          columns={[
            { title: T.funder, key: 'f', render: (_, f) => enumLabel('funder', f.funder, lang) },
            {
              title: T.approvedAmt,
              key: 'a',
              align: 'right',
              render: (_, f) => <span data-testid={`approved-${f.funder}`}>{fenToYuanString(f.approvedFen)}</span>,
            },
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
      <Card size="small" className="record-section" title={T.history} data-testid="section-history">
        <Timeline items={history(p, T, lang)} />
      </Card>
      {open === 'APPROVE' || open === 'CHANGE_FUNDING' ? (
        <FundingModal
          p={p}
          step={open}
          action={action}
          onClose={() => setOpen(null)}
          onDone={() => {
            setOpen(null);
            void q.refetch();
          }}
          onReload={() => {
            setOpen(null);
            void q.refetch();
          }}
        />
      ) : open === 'ACCEPT' || open === 'FAIL' ? (
        <CloseModal
          p={p}
          accepted={open === 'ACCEPT'}
          action={action}
          onClose={() => setOpen(null)}
          onDone={() => {
            setOpen(null);
            void q.refetch();
          }}
        />
      ) : null}
    </DeskPage>
  );
}

function history(p: P, T: (typeof PROJ_TEXT)['zh'], lang: 'zh' | 'en') {
  const rows: Array<{ on: string; text: string; color?: string }> = [{ on: p.proposedOn, text: T.evProposed }];
  if (p.approvedOn) rows.push({ on: p.approvedOn, text: T.evApproved, color: 'green' });
  for (const d of [...p.disbursements].sort((a, b) => a.disbursedOn.localeCompare(b.disbursedOn) || a.id - b.id)) {
    rows.push({
      on: d.disbursedOn,
      text: T.tranche(enumLabel('funder', d.funder, lang), d.tranche, fenToYuanString(d.amountFen), d.voucherNo),
    });
  }
  if (p.closedOn)
    rows.push({ on: p.closedOn, text: enumLabel('projectStatus', p.status, lang), color: p.status === 'ACCEPTED' ? 'green' : 'red' });
  return rows.map((r, i) => ({
    key: i,
    color: r.color,
    children: (
      <span data-testid="history-item">
        <Typography.Text type="secondary">{r.on}</Typography.Text> {r.text}
      </span>
    ),
  }));
}

function FundingModal({
  p,
  step,
  action,
  onClose,
  onDone,
  onReload,
}: {
  p: P;
  step: 'APPROVE' | 'CHANGE_FUNDING';
  action: ReturnType<typeof useWorkflowAction>;
  onClose: () => void;
  onDone: () => void;
  onReload: () => void;
}) {
  const T = useText(PROJ_TEXT);
  const [form] = Form.useForm();
  // Approval proposes nothing new: the project's own amounts have no Art. 21 history to check.
  const check = useFundingCheck(form, step === 'CHANGE_FUNDING' ? p.id : undefined);
  const [approve] = useMutation(DeskApproveProjectDocument);
  const [change] = useMutation(DeskChangeProjectFundingDocument);
  const save = async () => {
    await form.validateFields();
    if (!check.allowed || !check.funding) return;
    const input = { projectId: p.id, version: p.version, funding: check.funding };
    const ok = await action.run(
      () => (step === 'APPROVE' ? approve({ variables: { input } }) : change({ variables: { input } })),
      step === 'APPROVE' ? T.approved(p.code) : T.changed(p.code),
    );
    if (ok) onDone();
  };
  return (
    <Modal
      open
      title={`${step === 'APPROVE' ? T.approveTitle : T.changeTitle} · ${p.code}`}
      width={640}
      okText={step === 'APPROVE' ? T.approve : T.save}
      cancelText={T.cancel}
      onOk={() => void save()}
      onCancel={() => {
        action.clearError();
        onClose();
      }}
      okButtonProps={{ disabled: !check.allowed, loading: action.busy, ...({ 'data-testid': 'funding-save' } as object) }}
      destroyOnHidden
    >
      <Typography.Paragraph data-testid="action-modal">{step === 'APPROVE' ? T.approveNote : T.changeNote}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        data-testid="funding-form"
        initialValues={{
          enterprise: fenToYuanInput(p.enterpriseFen),
          university: fenToYuanInput(p.universityFen),
          finance: fenToYuanInput(p.financeFen),
        }}
      >
        <FundingFields check={check} />
      </Form>
      {action.error ? <DeskErrorAlert error={action.error} onClose={action.clearError} onReload={onReload} /> : null}
    </Modal>
  );
}

function CloseModal({
  p,
  accepted,
  action,
  onClose,
  onDone,
}: {
  p: P;
  accepted: boolean;
  action: ReturnType<typeof useWorkflowAction>;
  onClose: () => void;
  onDone: () => void;
}) {
  const T = useText(PROJ_TEXT);
  const [close] = useMutation(DeskCloseProjectDocument);
  const save = async () => {
    const ok = await action.run(
      () => close({ variables: { input: { id: p.id, version: p.version }, accepted } }),
      T.closed(p.code, accepted),
    );
    if (ok) onDone();
  };
  return (
    <Modal
      open
      title={`${T.closeTitle(accepted)} · ${p.code}`}
      okText={T.closeTitle(accepted)}
      cancelText={T.cancel}
      okButtonProps={{ danger: !accepted, loading: action.busy, ...({ 'data-testid': 'action-confirm' } as object) }}
      onOk={() => void save()}
      onCancel={() => {
        action.clearError();
        onClose();
      }}
      destroyOnHidden
    >
      <Alert type="warning" showIcon title={T.closeNote(accepted)} data-testid="action-modal" />
      {action.error ? <DeskErrorAlert error={action.error} onClose={action.clearError} /> : null}
    </Modal>
  );
}
