/**
 * One lazy entry for the desks after recognition (ledger, evaluation, money, projects, accounts, HR): the
 * shell's routes all point here and this picks the page by path. Every lazy route costs the
 * first screen a list of its chunks; one entry instead of ten keeps that cost once.
 */
import { lazy, Suspense } from 'react';
import { useLocation } from 'react-router';
import { LoadingBlock, NotFound } from '../../components/States';
import './part2.css';

const PAGES: Array<[RegExp, ReturnType<typeof lazy>]> = [
  [/^\/desk\/expert$/, lazy(() => import('./expert/ExpertDesk'))],
  [/^\/desk\/enterprise\/ledger$/, lazy(() => import('./enterprise/EnterpriseLedger'))],
  [/^\/desk\/evaluation$/, lazy(() => import('./evaluation/EvaluationDesk'))],
  [/^\/desk\/evaluation\/\d+\/\d+$/, lazy(() => import('./evaluation/EvaluationSubject'))],
  [/^\/desk\/finance$/, lazy(() => import('./finance/FinanceDesk'))],
  [/^\/desk\/finance\/projects\/\d+$/, lazy(() => import('./finance/FinanceProject'))],
  [/^\/desk\/finance\/rewards$/, lazy(() => import('./finance/FinanceRewards'))],
  [/^\/desk\/projects$/, lazy(() => import('./projects/ProjectsDesk'))],
  [/^\/desk\/projects\/\d+$/, lazy(() => import('./projects/ProjectPage'))],
  [/^\/desk\/accounts$/, lazy(() => import('./admin/AccountsDesk'))],
  [/^\/desk\/audit$/, lazy(() => import('./admin/AuditDesk'))],
  [/^\/desk\/hr$/, lazy(() => import('./hr/HrDesk'))],
];

export default function Part2Desk() {
  const { pathname } = useLocation();
  const Page = PAGES.find(([re]) => re.test(pathname.replace(/\/$/, '')))?.[1];
  if (!Page) return <NotFound />;
  return (
    <Suspense fallback={<LoadingBlock />}>
      <Page />
    </Suspense>
  );
}
