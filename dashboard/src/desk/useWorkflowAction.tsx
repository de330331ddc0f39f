/**
 * Running one workflow step from a desk: the mutation, a success message naming what changed,
 * failures in the shown language with the rule id and article, and a stale version explained
 * with a 重新加载 button. The to-do counts in the menu are refetched after every success.
 */
import { useApolloClient } from '@apollo/client/react';
import { Alert, Button, message as antMessage, Space, Tag } from 'antd';
import { useCallback, useState } from 'react';
import { useI18n } from '../app/i18n';
import { enumLabel } from '../charts/labels';
import { readDeskError, type DeskError } from './errors';
import { KIT_TEXT, useText } from './text';

export function useWorkflowAction(opts: { onReload?: () => void } = {}) {
  const { lang } = useI18n();
  const client = useApolloClient();
  const [message, holder] = antMessage.useMessage();
  const [error, setError] = useState<DeskError | null>(null);
  const [busy, setBusy] = useState(false);
  /** Runs `fn`; resolves true on success (after the success message), false with `error` set. */
  const run = useCallback(
    async (fn: () => Promise<unknown>, success: string): Promise<boolean> => {
      setBusy(true);
      setError(null);
      try {
        await fn();
        void message.success({ content: success, duration: 5 });
        void client.refetchQueries({ include: ['MyTodo'] });
        return true;
      } catch (err) {
        setError(readDeskError(err, lang));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [client, lang, message],
  );
  return { run, busy, error, clearError: () => setError(null), holder, onReload: opts.onReload, message };
}

/** A failed step, as the desk shows it: message, rule and article, field; reload for a stale version. */
export function DeskErrorAlert({ error, onReload, onClose }: { error: DeskError; onReload?: () => void; onClose?: () => void }) {
  const T = useText(KIT_TEXT);
  const { lang } = useI18n();
  return (
    <Alert
      type={error.stale ? 'warning' : 'error'}
      showIcon
      data-testid="desk-error"
      data-code={error.code}
      data-rule={error.rule}
      closable={!!onClose}
      onClose={onClose}
      title={error.stale ? T.stale : T.failed}
      description={
        <Space direction="vertical" size={4}>
          <span>{error.message}</span>
          {error.rule || error.article ? (
            <span>
              {error.rule ? (
                <Tag color="red" data-testid="desk-error-rule">
                  {T.rule} {enumLabel('rule', error.rule, lang) || error.rule}
                </Tag>
              ) : null}
              {error.article ? <Tag data-testid="desk-error-article">{error.article}</Tag> : null}
            </span>
          ) : null}
          {error.failing && error.failing.length > 1 ? (
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {error.failing.map((f) => (
                <li key={f.rule}>
                  {f.rule}（{f.article}）：{f.detail.split(' / ')[lang === 'zh' ? 0 : 1] ?? f.detail}
                </li>
              ))}
            </ul>
          ) : null}
          {error.field && !error.rule ? (
            <span>
              {T.field}：<code>{error.field}</code>
            </span>
          ) : null}
        </Space>
      }
      action={
        error.stale && onReload ? (
          <Button size="small" type="primary" onClick={onReload} data-testid="desk-reload">
            {T.reload}
          </Button>
        ) : undefined
      }
    />
  );
}
