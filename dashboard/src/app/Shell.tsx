/** The shell: a menu of what this account may open, the header with filters, and the routes. */
import {
  AuditOutlined,
  CodeOutlined,
  DashboardOutlined,
  DownOutlined,
  FileDoneOutlined,
  FileTextOutlined,
  FundOutlined,
  ImportOutlined,
  KeyOutlined,
  LogoutOutlined,
  NodeIndexOutlined,
  PieChartOutlined,
  PrinterOutlined,
  ProjectOutlined,
  TeamOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import { Button, Dropdown, Layout, Menu, message, Modal, Space, Tooltip, Typography } from 'antd';
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { Link, Route, Routes, useLocation, useNavigate, useSearchParams } from 'react-router';
import { enumLabel } from '../charts/labels';
import { Forbidden, LoadingBlock, NotFound } from '../components/States';
import { canOpen, homeOf, PAGE_PATHS, pagesFor, type PageKey } from './access';
import { useAuth } from './auth';
import { FilterBar } from './FilterBar';
import { useI18n, type MessageKey } from './i18n';
import { withFilters } from '../data/filters';
import { Navigate } from 'react-router';

const OverviewPage = lazy(() => import('../features/overview/OverviewPage'));
// The user menu's password change loads when it is opened.
const ChangePasswordForm = lazy(() => import('../features/login/ChangePassword').then((m) => ({ default: m.ChangePasswordForm })));
const SectorsPage = lazy(() => import('../features/sectors/SectorsPage'));
const PipelinesPage = lazy(() => import('../features/pipelines/PipelinesPage'));
const EvaluationsPage = lazy(() => import('../features/evaluations/EvaluationsPage'));
const FundsPage = lazy(() => import('../features/funds/FundsPage'));
const AppointmentList = lazy(() => import('../features/records/AppointmentList'));
const ApplicationList = lazy(() => import('../features/records/ApplicationList'));
const ProjectList = lazy(() => import('../features/records/ProjectList'));
const EvaluationList = lazy(() => import('../features/records/EvaluationList'));
const AppointmentRecord = lazy(() => import('../features/records/AppointmentRecord'));
const ApplicationRecord = lazy(() => import('../features/records/ApplicationRecord'));
const ProjectRecord = lazy(() => import('../features/records/ProjectRecord'));
const ExpertRecord = lazy(() => import('../features/records/ExpertRecord'));
const EnterpriseRecord = lazy(() => import('../features/records/EnterpriseRecord'));
const FilingDesk = lazy(() => import('../features/filings/FilingDesk'));
const FilingRecordPage = lazy(() => import('../features/filings/FilingRecordPage'));
const ImportPage = lazy(() => import('../features/import/ImportPage'));
const AnalystPage = lazy(() => import('../features/analyst/AnalystPage'));

type DeskModule = typeof import('./desks');

const ICONS: Record<PageKey, ReactNode> = {
  overview: <DashboardOutlined />,
  sectors: <PieChartOutlined />,
  pipelines: <NodeIndexOutlined />,
  evaluations: <TrophyOutlined />,
  funds: <FundOutlined />,
  appointments: <TeamOutlined />,
  applications: <FileTextOutlined />,
  projects: <ProjectOutlined />,
  evaluationList: <AuditOutlined />,
  filings: <FileDoneOutlined />,
  import: <ImportOutlined />,
  analyst: <CodeOutlined />,
};

const DASHBOARD: PageKey[] = ['overview', 'sectors', 'pipelines', 'evaluations', 'funds'];
const RECORDS: PageKey[] = ['appointments', 'applications', 'projects', 'evaluationList'];
const WITH_FILTERS = new Set([
  '/',
  '/sectors',
  '/pipelines',
  '/evaluations',
  '/funds',
  '/appointments',
  '/applications',
  '/projects',
  '/evaluation-records',
]);

function Guard({ page, children }: { page: PageKey; children: ReactNode }) {
  const { me } = useAuth();
  return canOpen(page, me.role, me.readable) ? <>{children}</> : <Forbidden />;
}

export function Shell() {
  const { me, logout } = useAuth();
  const { t, lang, setLang } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const screen = search.get('screen') === '1';
  const pages = pagesFor(me.role, me.readable);
  const [changingPassword, setChangingPassword] = useState(false);
  const keep = (path: string) => {
    const carry = new URLSearchParams();
    for (const k of ['year', 'county', 'sector', 'screen']) if (search.get(k)) carry.set(k, search.get(k)!);
    return carry.toString() ? `${path}?${carry}` : path;
  };
  // The work desks' menu, routes and to-do counts load just after the first screen (desks.tsx is
  // its own chunk: the first screen is at its 500 KB budget).
  const [deskKit, setDeskKit] = useState<DeskModule | null>(null);
  useEffect(() => {
    void import('./desks').then((m) => setDeskKit(m));
  }, []);
  const desks = deskKit ? deskKit.DESKS.filter((d) => d.roles.includes(me.role)) : [];
  const withTodo = (label: ReactNode, keys: readonly string[] | undefined, id: string) =>
    deskKit && keys?.length ? <deskKit.TodoLabel label={label} keys={keys} id={id} /> : label;
  const item = (p: PageKey) => ({
    key: PAGE_PATHS[p],
    icon: ICONS[p],
    label: <Link to={keep(PAGE_PATHS[p])}>{withTodo(t(p as MessageKey), deskKit?.PAGE_TODO[p], p)}</Link>,
  });
  const menuItems = [
    ...(desks.length
      ? [
          {
            type: 'group' as const,
            key: 'desks',
            label: t('workDesks'),
            children: desks.map((d) => ({
              key: d.path,
              icon: d.icon,
              label: <Link to={d.path}>{withTodo(t(d.key), d.todo, d.key)}</Link>,
            })),
          },
        ]
      : []),
    ...DASHBOARD.filter((p) => pages.includes(p)).map(item),
    ...(RECORDS.some((p) => pages.includes(p))
      ? [{ type: 'group' as const, key: 'records', label: t('records'), children: RECORDS.filter((p) => pages.includes(p)).map(item) }]
      : []),
    ...(['filings', 'import', 'analyst'] as PageKey[]).filter((p) => pages.includes(p)).map(item),
  ];
  const section = '/' + location.pathname.split('/')[1];
  // A desk's own pages select the desk whose path is the longest prefix of the address.
  const desk = desks
    .filter((d) => location.pathname === d.path || location.pathname.startsWith(d.path + '/'))
    .sort((a, b) => b.path.length - a.path.length)[0];
  const selected = desk ? desk.path : section === '/' ? '/' : section;
  const home = homeOf(me.role, me.readable);

  return (
    <Layout className="shell" hasSider>
      <Layout.Sider className="shell-sider no-print" breakpoint="lg" collapsedWidth={0} width={208} theme={screen ? 'dark' : 'light'}>
        <Link to={keep(home)} className="shell-brand">
          <span className="shell-emblem">科</span>
          <span>{t('appShort')}</span>
        </Link>
        {pages.length ? (
          <Menu mode="inline" selectedKeys={[selected]} items={menuItems} data-testid="main-menu" theme={screen ? 'dark' : 'light'} />
        ) : (
          <Typography.Paragraph style={{ padding: 16 }}>{t('noMenu')}</Typography.Paragraph>
        )}
      </Layout.Sider>
      <Layout>
        <Layout.Header className="shell-header">
          <div className="shell-header-left">
            {WITH_FILTERS.has(section === '/' ? '/' : section) && !/\/\d+$/.test(location.pathname) ? <FilterBar /> : null}
          </div>
          <Space size={4} className="no-print" wrap>
            <Tooltip title={screen ? t('normalMode') : t('screenMode')}>
              <Button
                size="small"
                type={screen ? 'primary' : 'default'}
                data-testid="toggle-screen"
                onClick={() => {
                  const next = withFilters(search, { screen: screen ? undefined : '1' });
                  navigate({ pathname: location.pathname, search: next.toString() ? `?${next}` : '' });
                }}
              >
                {screen ? t('normalMode') : t('screenMode')}
              </Button>
            </Tooltip>
            <Tooltip title={t('print')}>
              <Button size="small" icon={<PrinterOutlined />} onClick={() => window.print()} aria-label={t('print')} />
            </Tooltip>
            <Button size="small" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')} data-testid="toggle-lang">
              {t('language')}
            </Button>
            <Dropdown
              trigger={['click']}
              menu={{
                items: [
                  { key: 'password', icon: <KeyOutlined />, label: t('changePassword'), 'data-testid': 'menu-change-password' } as never,
                ],
                onClick: ({ key }) => key === 'password' && setChangingPassword(true),
              }}
            >
              <Button size="small" type="text" className="shell-user" data-testid="current-user">
                {me.displayName} · {enumLabel('role', me.role, lang)} <DownOutlined />
              </Button>
            </Dropdown>
            <Button size="small" icon={<LogoutOutlined />} onClick={() => void logout()} data-testid="logout">
              {t('logout')}
            </Button>
          </Space>
        </Layout.Header>
        <Modal
          open={changingPassword}
          title={t('changePassword')}
          footer={null}
          destroyOnHidden
          onCancel={() => setChangingPassword(false)}
        >
          <Suspense fallback={<LoadingBlock height={240} rows={4} />}>
            <ChangePasswordForm
              onDone={() => {
                setChangingPassword(false);
                void message.success(t('passwordChanged'));
              }}
              onCancel={() => setChangingPassword(false)}
            />
          </Suspense>
        </Modal>
        <Layout.Content className="shell-content">
          <div className="print-title print-only">
            {t('appName')} · {new Date().toLocaleDateString(lang === 'zh' ? 'zh-CN' : 'en-GB')}
          </div>
          <Suspense fallback={<LoadingBlock height={400} rows={10} />}>
            <Routes>
              <Route path="/" element={pages.includes('overview') ? <OverviewPage /> : <Navigate to={home} replace />} />
              <Route
                path="/sectors"
                element={
                  <Guard page="sectors">
                    <SectorsPage />
                  </Guard>
                }
              />
              <Route
                path="/pipelines"
                element={
                  <Guard page="pipelines">
                    <PipelinesPage />
                  </Guard>
                }
              />
              <Route
                path="/evaluations"
                element={
                  <Guard page="evaluations">
                    <EvaluationsPage />
                  </Guard>
                }
              />
              <Route
                path="/funds"
                element={
                  <Guard page="funds">
                    <FundsPage />
                  </Guard>
                }
              />
              <Route
                path="/appointments"
                element={
                  <Guard page="appointments">
                    <AppointmentList />
                  </Guard>
                }
              />
              <Route
                path="/appointments/:id"
                element={
                  <Guard page="appointments">
                    <AppointmentRecord />
                  </Guard>
                }
              />
              <Route
                path="/applications"
                element={
                  <Guard page="applications">
                    <ApplicationList />
                  </Guard>
                }
              />
              <Route
                path="/applications/:id"
                element={
                  <Guard page="applications">
                    <ApplicationRecord />
                  </Guard>
                }
              />
              <Route
                path="/projects"
                element={
                  <Guard page="projects">
                    <ProjectList />
                  </Guard>
                }
              />
              <Route
                path="/experts/:id"
                element={
                  <Guard page="appointments">
                    <ExpertRecord />
                  </Guard>
                }
              />
              <Route
                path="/enterprises/:id"
                element={
                  <Guard page="appointments">
                    <EnterpriseRecord />
                  </Guard>
                }
              />
              <Route
                path="/projects/:id"
                element={
                  <Guard page="projects">
                    <ProjectRecord />
                  </Guard>
                }
              />
              <Route
                path="/evaluation-records"
                element={
                  <Guard page="evaluationList">
                    <EvaluationList />
                  </Guard>
                }
              />
              <Route
                path="/filings"
                element={
                  <Guard page="filings">
                    <FilingDesk />
                  </Guard>
                }
              />
              <Route
                path="/filings/:id"
                element={
                  <Guard page="filings">
                    <FilingRecordPage />
                  </Guard>
                }
              />
              <Route
                path="/import"
                element={
                  <Guard page="import">
                    <ImportPage />
                  </Guard>
                }
              />
              <Route
                path="/analyst"
                element={
                  <Guard page="analyst">
                    <AnalystPage />
                  </Guard>
                }
              />
              {deskKit?.DESK_ROUTES.map((r) => (
                <Route key={r.path} path={r.path} element={r.roles.includes(me.role) ? <r.Page /> : <Forbidden />} />
              ))}
              <Route
                path="*"
                element={!deskKit && location.pathname.startsWith('/desk/') ? <LoadingBlock height={400} rows={10} /> : <NotFound />}
              />
            </Routes>
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
