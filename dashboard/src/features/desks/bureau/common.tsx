/**
 * What the S&T bureau's desks share: their words (zh / en, in the bureau chunk only), the case
 * columns, the stage tag, and the batch error that lists every refused case (the server's
 * `failures`: case, enterprise, rule, article).
 */
import { useApolloClient } from '@apollo/client/react';
import { Alert, message as antMessage, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCallback, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { useI18n } from '../../../app/i18n';
import { enumLabel } from '../../../charts/labels';
import { chinaDay, ListLink, pickLanguage, readDeskError, useText, type ListState, type SearchField } from '../../../desk';
import type { BureauCaseRowFragment } from '../../../gql/graphql';

export const BUREAU_TEXT = {
  zh: {
    calls: '征集通知',
    review: '市级复审',
    matching: '双向选择',
    party: '党组审议',
    filing: '报送备案',
    notice: '公示',
    recognition: '认定发文',
    enterprise: '企业',
    county: '县（市、区）',
    sector: '领域',
    needs: '技术需求',
    expert: '拟选派专家',
    stage: '环节',
    since: '进入本环节',
    call: '征集年度',
    priority: '优先推荐',
    held: '异议暂停',
    open: '办理',
    none: '—',
    searchName: '企业名称',
    searchNamePh: '企业名称关键词',
    batchFailed: (n: number, total: number) => `${total}项中有${n}项不能办理，全部未办理。请处理下列案件后重试：`,
    caseLabel: (id: number, name?: string | null) => `申报 ${id}${name ? `（${name}）` : ''}`,
  },
  en: {
    calls: 'Calls',
    review: 'City re-review',
    matching: 'Two-way selection',
    party: 'Party group review',
    filing: 'Filing',
    notice: 'Public notice',
    recognition: 'Recognition',
    enterprise: 'Enterprise',
    county: 'County',
    sector: 'Sector',
    needs: 'Technical needs',
    expert: 'Proposed expert',
    stage: 'Stage',
    since: 'At this stage since',
    call: 'Call year',
    priority: 'Priority',
    held: 'On hold (objection)',
    open: 'Open',
    none: '—',
    searchName: 'Enterprise',
    searchNamePh: 'Words in the name',
    batchFailed: (n: number, total: number) => `${n} of ${total} cannot be done, so none was. Deal with these cases and try again:`,
    caseLabel: (id: number, name?: string | null) => `Application ${id}${name ? ` (${name})` : ''}`,
  },
};

export function useBureauText() {
  return useText(BUREAU_TEXT);
}

export function StageTag({ stage, onHold }: { stage: string; onHold?: boolean }) {
  const { lang } = useI18n();
  const T = useBureauText();
  return (
    <>
      <Tag color={stage === 'RECOGNISED' ? 'green' : stage === 'REJECTED' || stage === 'WITHDRAWN' ? 'default' : 'blue'}>
        {enumLabel('stage', stage, lang)}
      </Tag>
      {onHold ? (
        <Tag color="red" data-testid="held-tag">
          {T.held}
        </Tag>
      ) : null}
    </>
  );
}

/** The bureau's list desks by URL key, and the desk a case waits at in each stage. */
export const BUREAU_LISTS = {
  calls: '/desk/bureau/calls',
  review: '/desk/bureau/review',
  matching: '/desk/bureau/matching',
  party: '/desk/bureau/party',
  filing: '/desk/bureau/filing',
  notice: '/desk/bureau/notice',
  recognition: '/desk/bureau/recognition',
} as const;
export type BureauList = keyof typeof BUREAU_LISTS;
const STAGE_LIST: Record<string, BureauList> = {
  COUNTY_APPROVED: 'review',
  CITY_APPROVED: 'matching',
  MATCHED: 'party',
  PARTY_APPROVED: 'filing',
  FILED: 'notice',
  IN_NOTICE: 'notice',
  RECOGNISED: 'recognition',
};

/**
 * The list a bureau case page goes back to: the one it was opened from (with its filters, from
 * the link's `from` state), else the desk where a case at `stage` waits, else the re-review.
 */
export function useBureauBack(stage: string | undefined): { title: string; path: string } {
  const T = useBureauText();
  const from = (useLocation().state as { from?: unknown } | null)?.from;
  const m = typeof from === 'string' ? /^\/desk\/bureau\/([a-z]+)(?:[/?]|$)/.exec(from) : null;
  const key = m && m[1] in BUREAU_LISTS ? (m[1] as BureauList) : (STAGE_LIST[stage ?? ''] ?? 'review');
  return { title: T[key], path: m ? (from as string) : BUREAU_LISTS[key] };
}

/** A link to a case that carries the list it leaves (`from`), so the case page's Back keeps its filters. */
export function CaseLink({ to, id, children }: { to: string; id: number; children: ReactNode }) {
  return (
    <ListLink to={to} testId={`case-link-${id}`}>
      {children}
    </ListLink>
  );
}

/** The search form of a bureau case list: the enterprise's name (URL key `name`). */
export function useCaseSearch(): SearchField[] {
  const T = useBureauText();
  return [{ name: 'name', label: T.searchName, kind: 'text', placeholder: T.searchNamePh }];
}

/** A case list's query variables: the desk's stage, the name searched, the sort chosen (server side). */
export function caseListVariables(stage: string, s: ListState) {
  return {
    filter: { stage: { eq: stage }, ...(s.values.name ? { enterprise: { name: { contains: s.values.name } } } : {}) },
    orderBy: s.sort ? [{ field: s.sort.field, direction: s.sort.direction }] : undefined,
  };
}

/** The usual columns of a bureau case list; `link` makes the enterprise name open the case. */
export function useCaseColumns(link?: (row: BureauCaseRowFragment) => string): ColumnsType<BureauCaseRowFragment> {
  const T = useBureauText();
  const { lang } = useI18n();
  return [
    {
      title: T.enterprise,
      key: 'enterprise',
      render: (_, r) => {
        const name = r.enterprise?.name ?? `#${r.id}`;
        return (
          <span>
            {link ? (
              <CaseLink to={link(r)} id={r.id}>
                {name}
              </CaseLink>
            ) : (
              name
            )}
            {r.priorityRecommended ? (
              <Tag color="gold" style={{ marginLeft: 6 }}>
                {T.priority}
              </Tag>
            ) : null}
          </span>
        );
      },
    },
    { title: T.county, key: 'county', render: (_, r) => (lang === 'zh' ? r.division?.nameZh : r.division?.nameEn) ?? T.none },
    { title: T.sector, key: 'sector', render: (_, r) => (lang === 'zh' ? r.sector?.nameZh : r.sector?.nameEn) ?? T.none },
    {
      title: T.needs,
      key: 'needs',
      render: (_, r) => (
        <Typography.Text ellipsis={{ tooltip: r.techNeeds }} style={{ maxWidth: 280 }}>
          {r.techNeeds}
        </Typography.Text>
      ),
    },
    { title: T.expert, key: 'expert', render: (_, r) => r.proposedExpert?.name ?? T.none },
    { title: T.stage, key: 'stage', render: (_, r) => <StageTag stage={r.stage} onHold={r.onHold} /> },
    { title: T.since, key: 'stageEnteredAt', sorter: true, render: (_, r) => chinaDay(r.stageEnteredAt) },
  ];
}

interface Failure {
  applicationId: number;
  enterpriseName: string | null;
  code: string;
  rule: string | null;
  article: string | null;
  message: string;
}

/** A refused batch: the server's message, then each refused case with its rule and article. */
export function BatchErrorAlert({ error, total }: { error: unknown; total: number }) {
  const { lang } = useI18n();
  const T = useBureauText();
  const e = error as { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
  const failures = (e?.errors?.[0]?.extensions?.failures as Failure[] | undefined) ?? null;
  if (!failures) {
    const d = readDeskError(error, lang);
    return <Alert type="error" showIcon data-testid="desk-error" data-code={d.code} title={d.message} />;
  }
  return (
    <Alert
      type="error"
      showIcon
      data-testid="batch-error"
      title={T.batchFailed(failures.length, total)}
      description={
        <ul style={{ margin: 0, paddingLeft: 18 }}>
          {failures.map((f) => (
            <li key={f.applicationId} data-testid={`batch-failure-${f.applicationId}`}>
              <strong>{T.caseLabel(f.applicationId, f.enterpriseName)}</strong>：{pickLanguage(f.message, lang)}
              {f.rule ? (
                <Tag color="red" style={{ marginLeft: 6 }}>
                  {f.rule}
                </Tag>
              ) : null}
              {f.article ? <Tag>{f.article}</Tag> : null}
            </li>
          ))}
        </ul>
      }
    />
  );
}

/**
 * Runs a batch mutation: a success message naming what changed, or the raw error kept for
 * BatchErrorAlert (which lists the server's per-case `failures`). Refreshes the menu's 待办.
 */
export function useBatchAction() {
  const client = useApolloClient();
  const [message, holder] = antMessage.useMessage();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async (fn: () => Promise<unknown>, success: string): Promise<boolean> => {
      setBusy(true);
      setError(null);
      try {
        await fn();
        if (success) void message.success({ content: success, duration: 5 });
        void client.refetchQueries({ include: ['MyTodo'] });
        return true;
      } catch (err) {
        setError(err);
        return false;
      } finally {
        setBusy(false);
      }
    },
    [client, message],
  );
  return { run, busy, error, clearError: () => setError(null), holder };
}
