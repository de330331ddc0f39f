/** The finance bureau's project list: approved, paid and remaining money per funder, searchable, sortable, paged in the URL. */
import { Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../../../app/i18n';
import { ENUM_LABELS, enumLabel } from '../../../charts/labels';
import { fenToYuanString } from '../../../charts/format';
import { PageTitle } from '../../../components/Page';
import { DeskList, useText } from '../../../desk';
import {
  FinanceProjectsDocument,
  type FinanceFundingFragment,
  type ProjectSortField,
  type ProjectStatus,
} from '../../../gql-desks/graphql';
import { FIN_TEXT } from './text';

const SORTS = ['code', 'financeFen', 'enterpriseFen', 'universityFen', 'proposedOn', 'status'];

export function FundingCell({ p, which }: { p: FinanceFundingFragment; which: 'approvedFen' | 'paidFen' | 'remainingFen' }) {
  return (
    <Space direction="vertical" size={0} className="funding-cell">
      {p.funding.map((f) => (
        <Typography.Text key={f.funder} type={which === 'remainingFen' && f[which] === 0 ? 'secondary' : undefined}>
          {fenToYuanString(f[which])}
        </Typography.Text>
      ))}
    </Space>
  );
}

export default function FinanceDesk() {
  const T = useText(FIN_TEXT);
  const { lang } = useI18n();
  return (
    <div className="page">
      <PageTitle title={T.title} note={T.note} />
      <DeskList
        id="projects"
        document={FinanceProjectsDocument}
        defaultSort={{ field: 'code', direction: 'DESC' }}
        searchFields={[
          { name: 'q', label: T.searchText, kind: 'text' },
          {
            name: 'status',
            label: T.searchStatus,
            kind: 'select',
            options: ['APPROVED', 'IN_PROGRESS', 'ACCEPTED', 'PROPOSED', 'FAILED', 'CANCELLED']
              .filter((s) => s in ENUM_LABELS.projectStatus)
              .map((s) => ({ value: s, label: enumLabel('projectStatus', s, lang) })),
          },
        ]}
        variables={(s) => ({
          filter: {
            ...(s.values.q ? { or: [{ code: { contains: s.values.q } }, { title: { contains: s.values.q } }] } : {}),
            ...(s.values.status && s.values.status in ENUM_LABELS.projectStatus
              ? { status: { eq: s.values.status as ProjectStatus } }
              : { status: { in: ['APPROVED', 'IN_PROGRESS'] as ProjectStatus[] } }),
          },
          orderBy:
            s.sort && SORTS.includes(s.sort.field) ? [{ field: s.sort.field as ProjectSortField, direction: s.sort.direction }] : undefined,
        })}
        pick={(d) => d.projects}
        rowKey={(r) => r.id}
        recordPath={(r) => `/desk/finance/projects/${r.id}`}
        columns={[
          {
            title: T.code,
            key: 'code',
            sorter: true,
            render: (_, r) => (
              <Link to={`/desk/finance/projects/${r.id}`} data-testid={`project-${r.id}`}>
                {r.code}
              </Link>
            ),
          },
          { title: T.project, key: 'title', dataIndex: 'title', ellipsis: true, width: 240 },
          { title: T.enterprise, key: 'enterprise', render: (_, r) => r.enterprise?.name, ellipsis: true, width: 180 },
          {
            title: T.status,
            key: 'status',
            render: (_, r) => (
              <Space size={2}>
                <Tag>{enumLabel('projectStatus', r.status, lang)}</Tag>
                {r.priority ? <Tag color="gold">{T.priority}</Tag> : null}
              </Space>
            ),
          },
          {
            title: T.funder,
            key: 'funder',
            render: (_, r) => (
              <Space direction="vertical" size={0}>
                {r.funding.map((f) => (
                  <span key={f.funder}>{enumLabel('funder', f.funder, lang)}</span>
                ))}
              </Space>
            ),
          },
          {
            title: `${T.approved}${lang === 'zh' ? '（元）' : ' (yuan)'}`,
            key: 'financeFen',
            sorter: true,
            align: 'right',
            render: (_, r) => <FundingCell p={r} which="approvedFen" />,
          },
          {
            title: `${T.paid}${lang === 'zh' ? '（元）' : ' (yuan)'}`,
            key: 'paid',
            align: 'right',
            render: (_, r) => <FundingCell p={r} which="paidFen" />,
          },
          {
            title: `${T.remaining}${lang === 'zh' ? '（元）' : ' (yuan)'}`,
            key: 'remaining',
            align: 'right',
            render: (_, r) => <FundingCell p={r} which="remainingFen" />,
          },
        ]}
      />
    </div>
  );
}
