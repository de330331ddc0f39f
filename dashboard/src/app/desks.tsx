/**
 * The work desks (工作台): one entry per desk for the menu (label key in i18n.tsx, roles, the
 * `myTodo` keys its badge sums) and its lazy routes. Each desk is its own chunk with its own text.
 * Desks added by other parts of the programme append their entries here.
 */
import { AuditOutlined, FileAddOutlined, SolutionOutlined } from '@ant-design/icons';
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

export const DESKS: DeskEntry[] = [
  { key: 'deskEnterprise', path: '/desk/enterprise', roles: ['ENTERPRISE'], todo: ['application.DRAFT'], icon: <FileAddOutlined /> },
  { key: 'deskEnterpriseAppointments', path: '/desk/enterprise/appointments', roles: ['ENTERPRISE'], todo: [], icon: <SolutionOutlined /> },
  { key: 'deskCounty', path: '/desk/county', roles: ['COUNTY_BUREAU'], todo: ['application.SUBMITTED'], icon: <AuditOutlined /> },
];

export const DESK_ROUTES: DeskRoute[] = [
  { path: '/desk/enterprise', roles: ['ENTERPRISE'], Page: EnterpriseDesk },
  { path: '/desk/enterprise/applications/:id', roles: ['ENTERPRISE'], Page: EnterpriseApplication },
  { path: '/desk/enterprise/appointments', roles: ['ENTERPRISE'], Page: EnterpriseAppointments },
  { path: '/desk/county', roles: ['COUNTY_BUREAU'], Page: CountyInbox },
  { path: '/desk/county/:id', roles: ['COUNTY_BUREAU'], Page: CountyCase },
];

/** Existing pages whose menu entry shows a to-do badge. */
export const PAGE_TODO: Partial<Record<string, readonly string[]>> = { filings: ['filing.PENDING'] };
