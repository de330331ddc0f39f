/**
 * The work desks (工作台): one entry per desk for the menu (label key in i18n.tsx, roles, the
 * `myTodo` keys its badge sums) and its lazy routes. Each desk is its own chunk with its own text.
 * Desks added by other parts of the programme append their entries here.
 */
import {
  AuditOutlined,
  BankOutlined,
  CheckSquareOutlined,
  FileAddOutlined,
  FormOutlined,
  IdcardOutlined,
  SafetyCertificateOutlined,
  SolutionOutlined,
  StarOutlined,
  UserSwitchOutlined,
} from '@ant-design/icons';
import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import type { MessageKey } from './i18n';

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
// Part 2 (after recognition): ledger, evaluation, money, accounts, HR.
const ExpertDesk = lazy(() => import('../features/desks/expert/ExpertDesk'));
const EnterpriseLedger = lazy(() => import('../features/desks/enterprise/EnterpriseLedger'));
const EvaluationDesk = lazy(() => import('../features/desks/evaluation/EvaluationDesk'));
const EvaluationSubject = lazy(() => import('../features/desks/evaluation/EvaluationSubject'));
const FinanceDesk = lazy(() => import('../features/desks/finance/FinanceDesk'));
const FinanceProject = lazy(() => import('../features/desks/finance/FinanceProject'));
const FinanceRewards = lazy(() => import('../features/desks/finance/FinanceRewards'));
const AccountsDesk = lazy(() => import('../features/desks/admin/AccountsDesk'));
const AuditDesk = lazy(() => import('../features/desks/admin/AuditDesk'));
const HrDesk = lazy(() => import('../features/desks/hr/HrDesk'));

const GRADERS = ['EVALUATION_AGENCY', 'ST_BUREAU'];

export const DESKS: DeskEntry[] = [
  { key: 'deskEnterprise', path: '/desk/enterprise', roles: ['ENTERPRISE'], todo: ['application.DRAFT'], icon: <FileAddOutlined /> },
  { key: 'deskEnterpriseAppointments', path: '/desk/enterprise/appointments', roles: ['ENTERPRISE'], todo: [], icon: <SolutionOutlined /> },
  { key: 'deskCounty', path: '/desk/county', roles: ['COUNTY_BUREAU'], todo: ['application.SUBMITTED'], icon: <AuditOutlined /> },
  { key: 'deskExpert', path: '/desk/expert', roles: ['EXPERT'], todo: ['ledger.DISPUTED'], icon: <FormOutlined /> },
  {
    key: 'deskEnterpriseLedger',
    path: '/desk/enterprise/ledger',
    roles: ['ENTERPRISE'],
    todo: ['ledger.PENDING'],
    icon: <CheckSquareOutlined />,
  },
  { key: 'deskEvaluation', path: '/desk/evaluation', roles: GRADERS, todo: [], icon: <StarOutlined /> },
  { key: 'deskFinance', path: '/desk/finance', roles: ['FINANCE'], todo: [], icon: <BankOutlined /> },
  {
    key: 'deskFinanceRewards',
    path: '/desk/finance/rewards',
    roles: ['FINANCE'],
    todo: ['reward.CASH'],
    icon: <SafetyCertificateOutlined />,
  },
  { key: 'deskAccounts', path: '/desk/accounts', roles: ['ADMIN'], todo: [], icon: <UserSwitchOutlined /> },
  { key: 'deskAudit', path: '/desk/audit', roles: ['ADMIN'], todo: [], icon: <AuditOutlined /> },
  { key: 'deskHr', path: '/desk/hr', roles: ['HR'], todo: [], icon: <IdcardOutlined /> },
];

export const DESK_ROUTES: DeskRoute[] = [
  { path: '/desk/enterprise', roles: ['ENTERPRISE'], Page: EnterpriseDesk },
  { path: '/desk/enterprise/applications/:id', roles: ['ENTERPRISE'], Page: EnterpriseApplication },
  { path: '/desk/enterprise/appointments', roles: ['ENTERPRISE'], Page: EnterpriseAppointments },
  { path: '/desk/county', roles: ['COUNTY_BUREAU'], Page: CountyInbox },
  { path: '/desk/county/:id', roles: ['COUNTY_BUREAU'], Page: CountyCase },
  { path: '/desk/expert', roles: ['EXPERT'], Page: ExpertDesk },
  { path: '/desk/enterprise/ledger', roles: ['ENTERPRISE'], Page: EnterpriseLedger },
  { path: '/desk/evaluation', roles: GRADERS, Page: EvaluationDesk },
  { path: '/desk/evaluation/:cycleId/:appointmentId', roles: GRADERS, Page: EvaluationSubject },
  { path: '/desk/finance', roles: ['FINANCE'], Page: FinanceDesk },
  { path: '/desk/finance/projects/:id', roles: ['FINANCE'], Page: FinanceProject },
  { path: '/desk/finance/rewards', roles: ['FINANCE'], Page: FinanceRewards },
  { path: '/desk/accounts', roles: ['ADMIN'], Page: AccountsDesk },
  { path: '/desk/audit', roles: ['ADMIN'], Page: AuditDesk },
  { path: '/desk/hr', roles: ['HR'], Page: HrDesk },
];

/** Existing pages whose menu entry shows a to-do badge. */
export const PAGE_TODO: Partial<Record<string, readonly string[]>> = { filings: ['filing.PENDING'] };
