/**
 * The work desks (工作台): one entry per desk for the menu (label key in i18n.tsx, roles, the
 * `myTodo` keys its badge sums) and its lazy routes. Each desk is its own chunk with its own text.
 * Desks added by other parts of the programme append their entries here.
 */
// Part 2 reuses icons the shell already loads: each new icon would grow the first screen.
import {
  AuditOutlined,
  FileAddOutlined,
  FileDoneOutlined,
  FileTextOutlined,
  FundOutlined,
  SolutionOutlined,
  TeamOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import { useTodo } from '../desk/useTodo';
import { useI18n, type MessageKey } from './i18n';

export interface DeskEntry {
  /** Menu label (i18n.tsx) and React key. */
  key: MessageKey;
  path: string;
  roles: readonly string[];
  /** `myTodo` keys summed in the menu badge (`application.*` sums every application key). */
  todo: readonly string[];
  icon: ReactNode;
}

export interface DeskRoute {
  path: string;
  roles: readonly string[];
  Page: LazyExoticComponent<ComponentType>;
}

const EnterpriseDesk = lazy(() => import('../features/desks/enterprise/EnterpriseDesk'));
const EnterpriseApplication = lazy(() => import('../features/desks/enterprise/EnterpriseApplication'));
const EnterpriseAppointments = lazy(() => import('../features/desks/enterprise/EnterpriseAppointments'));
const CountyInbox = lazy(() => import('../features/desks/county/CountyInbox'));
const CountyCase = lazy(() => import('../features/desks/county/CountyCase'));
// Part 2 (after recognition): ledger, evaluation, money, accounts, HR: one lazy entry (part2.tsx).
const Part2 = lazy(() => import('../features/desks/part2'));

const GRADERS = ['EVALUATION_AGENCY', 'ST_BUREAU'];
// The S&T bureau's desks (features/desks/bureau): one chunk each, sharing the bureau's own text.
const BureauCalls = lazy(() => import('../features/desks/bureau/BureauCalls'));
const BureauReview = lazy(() => import('../features/desks/bureau/BureauReview'));
const BureauCase = lazy(() => import('../features/desks/bureau/BureauCase'));
const BureauMatchingList = lazy(() => import('../features/desks/bureau/BureauMatching').then((m) => ({ default: m.BureauMatchingList })));
const BureauMatching = lazy(() => import('../features/desks/bureau/BureauMatching'));
const BureauParty = lazy(() => import('../features/desks/bureau/BureauParty'));
const BureauFiling = lazy(() => import('../features/desks/bureau/BureauFiling'));
const BureauNotice = lazy(() => import('../features/desks/bureau/BureauNotice'));
const BureauRecognition = lazy(() => import('../features/desks/bureau/BureauRecognition'));
// Their menu entries reuse the icons the menu already loads: each new icon adds to the first screen.
const BUREAU = ['ST_BUREAU'] as const;
// Co-innovation projects: the bureau approves and closes them; the host enterprise proposes its own.
const PROJECT_DESK = ['ST_BUREAU', 'ENTERPRISE'];

export const DESKS: DeskEntry[] = [
  { key: 'deskEnterprise', path: '/desk/enterprise', roles: ['ENTERPRISE'], todo: ['application.DRAFT'], icon: <FileAddOutlined /> },
  { key: 'deskEnterpriseAppointments', path: '/desk/enterprise/appointments', roles: ['ENTERPRISE'], todo: [], icon: <SolutionOutlined /> },
  { key: 'deskCounty', path: '/desk/county', roles: ['COUNTY_BUREAU'], todo: ['application.SUBMITTED'], icon: <AuditOutlined /> },
  { key: 'deskExpert', path: '/desk/expert', roles: ['EXPERT'], todo: ['ledger.DISPUTED'], icon: <FileTextOutlined /> },
  {
    key: 'deskEnterpriseLedger',
    path: '/desk/enterprise/ledger',
    roles: ['ENTERPRISE'],
    todo: ['ledger.PENDING'],
    icon: <FileDoneOutlined />,
  },
  { key: 'deskEvaluation', path: '/desk/evaluation', roles: GRADERS, todo: [], icon: <TrophyOutlined /> },
  { key: 'deskFinance', path: '/desk/finance', roles: ['FINANCE'], todo: [], icon: <FundOutlined /> },
  {
    key: 'deskFinanceRewards',
    path: '/desk/finance/rewards',
    roles: ['FINANCE'],
    todo: ['reward.CASH'],
    icon: <TrophyOutlined />,
  },
  { key: 'deskAccounts', path: '/desk/accounts', roles: ['ADMIN'], todo: [], icon: <TeamOutlined /> },
  { key: 'deskAudit', path: '/desk/audit', roles: ['ADMIN'], todo: [], icon: <AuditOutlined /> },
  { key: 'deskHr', path: '/desk/hr', roles: ['HR'], todo: [], icon: <SolutionOutlined /> },
  { key: 'deskBureauCalls', path: '/desk/bureau/calls', roles: BUREAU, todo: [], icon: <FileAddOutlined /> },
  { key: 'deskBureauReview', path: '/desk/bureau/review', roles: BUREAU, todo: ['application.COUNTY_APPROVED'], icon: <AuditOutlined /> },
  {
    key: 'deskBureauMatching',
    path: '/desk/bureau/matching',
    roles: BUREAU,
    todo: ['application.CITY_APPROVED'],
    icon: <SolutionOutlined />,
  },
  { key: 'deskBureauParty', path: '/desk/bureau/party', roles: BUREAU, todo: ['application.MATCHED'], icon: <AuditOutlined /> },
  { key: 'deskBureauFiling', path: '/desk/bureau/filing', roles: BUREAU, todo: ['application.PARTY_APPROVED'], icon: <FileAddOutlined /> },
  { key: 'deskBureauNotice', path: '/desk/bureau/notice', roles: BUREAU, todo: ['application.FILED'], icon: <AuditOutlined /> },
  {
    key: 'deskBureauRecognition',
    path: '/desk/bureau/recognition',
    roles: BUREAU,
    todo: ['application.IN_NOTICE'],
    icon: <SolutionOutlined />,
  },
  // After the pipeline: the bureau's projects; the enterprise's after its own desks.
  { key: 'deskProjects', path: '/desk/projects', roles: PROJECT_DESK, todo: [], icon: <FundOutlined /> },
];

export const DESK_ROUTES: DeskRoute[] = [
  { path: '/desk/enterprise', roles: ['ENTERPRISE'], Page: EnterpriseDesk },
  { path: '/desk/enterprise/applications/:id', roles: ['ENTERPRISE'], Page: EnterpriseApplication },
  { path: '/desk/enterprise/appointments', roles: ['ENTERPRISE'], Page: EnterpriseAppointments },
  { path: '/desk/county', roles: ['COUNTY_BUREAU'], Page: CountyInbox },
  { path: '/desk/county/:id', roles: ['COUNTY_BUREAU'], Page: CountyCase },
  { path: '/desk/expert', roles: ['EXPERT'], Page: Part2 },
  { path: '/desk/enterprise/ledger', roles: ['ENTERPRISE'], Page: Part2 },
  { path: '/desk/evaluation', roles: GRADERS, Page: Part2 },
  { path: '/desk/evaluation/:cycleId/:appointmentId', roles: GRADERS, Page: Part2 },
  { path: '/desk/finance', roles: ['FINANCE'], Page: Part2 },
  { path: '/desk/finance/projects/:id', roles: ['FINANCE'], Page: Part2 },
  { path: '/desk/finance/rewards', roles: ['FINANCE'], Page: Part2 },
  { path: '/desk/projects', roles: PROJECT_DESK, Page: Part2 },
  { path: '/desk/projects/:id', roles: PROJECT_DESK, Page: Part2 },
  { path: '/desk/accounts', roles: ['ADMIN'], Page: Part2 },
  { path: '/desk/audit', roles: ['ADMIN'], Page: Part2 },
  { path: '/desk/hr', roles: ['HR'], Page: Part2 },
  { path: '/desk/bureau/calls', roles: BUREAU, Page: BureauCalls },
  { path: '/desk/bureau/review', roles: BUREAU, Page: BureauReview },
  { path: '/desk/bureau/cases/:id', roles: BUREAU, Page: BureauCase },
  { path: '/desk/bureau/matching', roles: BUREAU, Page: BureauMatchingList },
  { path: '/desk/bureau/matching/:id', roles: BUREAU, Page: BureauMatching },
  { path: '/desk/bureau/party', roles: BUREAU, Page: BureauParty },
  { path: '/desk/bureau/filing', roles: BUREAU, Page: BureauFiling },
  { path: '/desk/bureau/notice', roles: BUREAU, Page: BureauNotice },
  { path: '/desk/bureau/recognition', roles: BUREAU, Page: BureauRecognition },
];

/** Existing pages whose menu entry shows a to-do badge. */
export const PAGE_TODO: Partial<Record<string, readonly string[]>> = { filings: ['filing.PENDING'] };

/** A menu label with the number of cases waiting there (待办), when there are any. */
export function TodoLabel({ label, keys, id }: { label: ReactNode; keys: readonly string[]; id: string }) {
  const { t } = useI18n();
  const n = useTodo(true).sum(keys);
  return (
    <span className="menu-todo">
      {label}
      {n ? (
        <span className="menu-todo-count" data-testid={`todo-${id}`} title={`${t('todo')} ${n}`} aria-label={`${t('todo')} ${n}`}>
          {n > 999 ? '999+' : n}
        </span>
      ) : null}
    </span>
  );
}
