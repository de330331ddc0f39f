/**
 * The actions a desk offers on a case: ONLY those in the server's `nextActions` (the server's
 * transition table decides; nothing is duplicated here). Each opens a confirmation that says
 * what will happen (stage → stage), cites the article from the server's `workflowTransitions`,
 * asks for the reason where the table needs one, runs the mutation and names what changed.
 */
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Form, Input, Modal, Space, Typography } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { useI18n } from '../app/i18n';
import { enumLabel } from '../charts/labels';
import { DeskTransitionsDocument, type DeskTransitionsQuery } from '../gql/graphql';
import { ACTION_LABELS, KIT_TEXT, useText } from './text';
import { DeskErrorAlert, useWorkflowAction } from './useWorkflowAction';

export type Transition = DeskTransitionsQuery['workflowTransitions'][number];

const FINAL = new Set(['REJECTED', 'WITHDRAWN', 'RECOGNISED']);

/** The server's pipeline table, fetched once per session (it changes only with a release). */
export function useTransitions() {
  const q = useQuery(DeskTransitionsDocument, { fetchPolicy: 'cache-first' });
  return useMemo(() => {
    const rows = q.data?.workflowTransitions ?? [];
    return { rows, find: (stage: string, action: string) => rows.find((t) => t.from === stage && t.action === action) };
  }, [q.data]);
}

export interface ActionSpec {
  /** Button label; the kit's default for the action otherwise. */
  label?: string;
  /** Runs the mutation with the reason typed and the extra fields' values. */
  run(input: { reason: string | null; values: Record<string, unknown> }): Promise<unknown>;
  /** Extra antd Form.Items shown in the confirmation (e.g. the rule a rejection cites). */
  fields?: ReactNode;
  /** Whether the reason must be filled in; the server's table (`needsReason`) by default. */
  reasonRequired?: boolean | ((values: Record<string, unknown>) => boolean);
  reasonLabel?: string;
  /** Shown above the reason: what this step means in this desk's words. */
  describe?: ReactNode;
  /** The success message; "已{label}：{subject}，现为「{stage}」" by default. */
  success?: string;
  danger?: boolean;
  primary?: boolean;
  /** Disabled with this explanation (e.g. materials still missing). */
  disabledReason?: string;
}

interface Props {
  /** Named in the confirmation and the success message, e.g. the enterprise's name. */
  subject: string;
  stage: string;
  /** The server's `nextActions` for this viewer. */
  nextActions: readonly string[];
  specs: Partial<Record<string, ActionSpec>>;
  /** After a success (refetch the case). */
  onDone?: () => void;
  /** After a stale-version failure: reload the case. */
  onReload?: () => void;
  size?: 'small' | 'middle' | 'large';
}

export function ActionBar({ subject, stage, nextActions, specs, onDone, onReload, size = 'middle' }: Props) {
  const T = useText(KIT_TEXT);
  const { lang } = useI18n();
  const transitions = useTransitions();
  const [open, setOpen] = useState<string | null>(null);
  const [form] = Form.useForm();
  const { run, busy, error, clearError, holder } = useWorkflowAction();
  const shown = nextActions.filter((a) => specs[a]);
  const label = (a: string) => specs[a]?.label ?? ACTION_LABELS[a]?.[lang === 'zh' ? 0 : 1] ?? a;
  const stageName = (s: string) => enumLabel('stage', s, lang);

  const current = open ? specs[open] : undefined;
  const t = open ? transitions.find(stage, open) : undefined;
  const values = Form.useWatch([], form) as Record<string, unknown> | undefined;
  const needsReason =
    typeof current?.reasonRequired === 'function'
      ? current.reasonRequired(values ?? {})
      : (current?.reasonRequired ?? t?.needsReason ?? false);

  const close = () => {
    setOpen(null);
    clearError();
    form.resetFields();
  };
  const submit = async () => {
    if (!open || !current) return;
    const v = (await form.validateFields()) as Record<string, unknown>;
    const reason = typeof v.reason === 'string' && v.reason.trim() ? v.reason.trim() : null;
    const to = t ? stageName(t.to) : stageName(stage);
    const ok = await run(() => current.run({ reason, values: v }), current.success ?? T.done(label(open), subject, to));
    if (ok) {
      close();
      onDone?.();
    }
  };

  if (!shown.length) {
    return (
      <Typography.Text type="secondary" data-testid="no-actions">
        {T.noActions}
      </Typography.Text>
    );
  }
  return (
    <>
      {holder}
      <Space wrap data-testid="action-bar">
        {shown.map((a) => {
          const s = specs[a]!;
          return (
            <Button
              key={a}
              size={size}
              type={s.primary ? 'primary' : 'default'}
              danger={s.danger}
              disabled={!!s.disabledReason}
              title={s.disabledReason}
              data-testid={`action-${a}`}
              onClick={() => setOpen(a)}
            >
              {label(a)}
            </Button>
          );
        })}
      </Space>
      <Modal
        open={!!open}
        title={open ? `${label(open)} · ${subject}` : ''}
        okText={T.confirm}
        cancelText={T.cancel}
        okButtonProps={{ danger: current?.danger, loading: busy, ...({ 'data-testid': 'action-confirm' } as object) }}
        onOk={() => void submit()}
        onCancel={close}
        destroyOnHidden
        width={560}
      >
        {open && t ? (
          <div data-testid="action-modal" style={{ marginBottom: 12 }}>
            <p style={{ margin: 0 }}>{t.to === t.from ? T.stays(stageName(t.from)) : T.willMove(stageName(t.from), stageName(t.to))}</p>
            <p style={{ margin: 0 }} data-testid="action-article">
              {T.basis}：《聊城市“科技副总”管理办法》{t.article}
            </p>
            {FINAL.has(t.to) ? <Alert type="warning" showIcon style={{ marginTop: 8 }} title={T.irreversible} /> : null}
          </div>
        ) : null}
        {current?.describe ? <div style={{ marginBottom: 12 }}>{current.describe}</div> : null}
        <Form form={form} layout="vertical" preserve={false}>
          {current?.fields}
          <Form.Item
            name="reason"
            label={current?.reasonLabel ?? T.reason}
            rules={needsReason ? [{ required: true, whitespace: true, message: T.reasonRequired }] : []}
            required={needsReason}
          >
            <Input.TextArea rows={3} maxLength={4000} showCount data-testid="action-reason" />
          </Form.Item>
        </Form>
        {error ? (
          <DeskErrorAlert
            error={error}
            onReload={
              onReload
                ? () => {
                    close();
                    onReload();
                  }
                : undefined
            }
          />
        ) : null}
      </Modal>
    </>
  );
}
