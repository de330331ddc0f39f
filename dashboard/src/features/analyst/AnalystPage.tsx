/** The bundled GraphiQL inside the dashboard, loaded only when this page is opened. */
import { Alert } from 'antd';
import { lazy, Suspense } from 'react';
import { useI18n } from '../../app/i18n';
import { LoadingBlock } from '../../components/States';

const Explorer = lazy(() => import('../../explorer/Explorer'));

export default function AnalystPage() {
  const { t, lang } = useI18n();
  return (
    <div className="page analyst">
      <Alert
        className="no-print"
        type="info"
        showIcon
        title={
          lang === 'zh'
            ? '在此直接编写 GraphQL 查询；左侧“文档”列出每个类型和字段（中英文说明），标签页中是常用示例。查询以当前账号身份执行，受权限约束。'
            : 'Write GraphQL queries here; Docs lists every type and field, the tabs hold the example queries. Queries run as your account, within its permissions.'
        }
        style={{ marginBottom: 12 }}
      />
      <div className="explorer-frame" data-testid="explorer">
        <Suspense fallback={<LoadingBlock height={500} rows={12} />}>
          <Explorer />
        </Suspense>
      </div>
      <span className="sr-only">{t('analyst')}</span>
    </div>
  );
}
