/** Loading, empty and error states that say what happened. */
import { FileSearchOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../app/i18n';

export function LoadingBlock({ height = 280, rows = 6 }: { height?: number; rows?: number }) {
  const { t } = useI18n();
  return (
    <div className="state-loading" style={{ minHeight: height }} aria-busy="true" aria-label={t('loading')}>
      <Skeleton active paragraph={{ rows }} title={false} />
    </div>
  );
}

export function EmptyBlock({ height = 280, hint }: { height?: number; hint?: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="state-empty" style={{ minHeight: height, display: 'grid', placeItems: 'center' }}>
      <Empty
        description={
          <span>
            {t('empty')}
            <br />
            <small style={{ opacity: 0.7 }}>{hint ?? t('emptyHint')}</small>
          </span>
        }
      />
    </div>
  );
}

/** What the server said, with its error code when there is one, and a retry. */
export function ErrorBlock({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  const { message, code } = describeError(error);
  return (
    <Alert
      className="state-error"
      type="error"
      showIcon
      title={t('loadError')}
      description={
        <span>
          {message}
          {code ? <code style={{ marginLeft: 8 }}>{code}</code> : null}
        </span>
      }
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('retry')}
          </Button>
        ) : undefined
      }
    />
  );
}

export function describeError(error: unknown): { message: string; code?: string } {
  if (!error) return { message: '' };
  const e = error as { errors?: Array<{ message: string; extensions?: { code?: string } }>; message?: string; statusCode?: number };
  if (Array.isArray(e.errors) && e.errors.length) {
    return { message: e.errors[0].message, code: e.errors[0].extensions?.code };
  }
  if (e.statusCode) return { message: `HTTP ${e.statusCode}: ${e.message ?? ''}` };
  if (e.message?.includes('Failed to fetch')) return { message: '无法连接服务器 / Cannot reach the server' };
  return { message: e.message ?? String(error) };
}

/** A full-page message (antd's Result would bring large illustrations into the first download). */
function PageMessage({ icon, title, hint, testId }: { icon: ReactNode; title: string; hint: string; testId: string }) {
  return (
    <div className="page-message" data-testid={testId} role="alert">
      <div className="page-message-icon">{icon}</div>
      <h2>{title}</h2>
      <p>{hint}</p>
    </div>
  );
}

export function NotFound() {
  const { t } = useI18n();
  return <PageMessage icon={<FileSearchOutlined />} title={t('notFound')} hint={t('notFoundHint')} testId="not-found" />;
}

export function Forbidden() {
  const { t } = useI18n();
  return <PageMessage icon={<StopOutlined />} title={t('forbidden')} hint={t('forbiddenHint')} testId="forbidden" />;
}
