/** The co-innovation projects behind a chart segment: global filters and a status. */
import { Tag } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useI18n } from '../../app/i18n';
import { useFilters } from '../../app/useFilters';
import { fenToYuanString } from '../../charts/format';
import { enumLabel, ENUM_LABELS, refLabel } from '../../charts/labels';
import { PageTitle } from '../../components/Page';
import { RecordTable } from '../../components/RecordTable';
import { usePages } from '../../components/usePages';
import { projectWhere } from '../../data/filters';
import type { ProjectListQuery, ProjectStatus } from '../../gql/graphql';
import { ListTags, pick } from './ListTags';
import { ProjectListDocument } from '../../gql/graphql';

const ProjectListQuery = ProjectListDocument;

type Row = ProjectListQuery['projects']['nodes'][number];
const STATUSES = Object.keys(ENUM_LABELS.projectStatus);

export default function ProjectList() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const { filters, search } = useFilters();
  const status = pick(search.get('status'), STATUSES);
  const filter = projectWhere(filters, status ? { status: { eq: status as ProjectStatus } } : {});
  const pages = usePages(ProjectListQuery, { filter }, (d) => d.projects);
  const total = (r: Row) => r.enterpriseFen + r.universityFen + r.financeFen;
  return (
    <div className="page">
      <PageTitle
        title={t('projects')}
        note={
          <ListTags
            params={[
              {
                key: 'status',
                label: t('status'),
                options: STATUSES.map((s) => ({ value: s, label: enumLabel('projectStatus', s, lang) })),
              },
            ]}
          />
        }
      />
      <RecordTable<Row>
        id="projects"
        title={t('projects')}
        exportTitle={t('projects')}
        exportList="projects"
        filter={filter}
        pages={pages}
        rowKey={(r) => r.id}
        onRow={(r) => navigate(`/projects/${r.id}`)}
        columns={[
          { title: t('code'), key: 'code', render: (_, r) => <Link to={`/projects/${r.id}`}>{r.code}</Link> },
          { title: t('title'), key: 't', dataIndex: 'title', ellipsis: true, width: 280 },
          { title: t('enterprise'), key: 'e', render: (_, r) => r.enterprise?.name ?? '—' },
          { title: t('county'), key: 'c', render: (_, r) => refLabel(r.division, lang) },
          { title: t('sector'), key: 's', render: (_, r) => refLabel(r.sector, lang) },
          { title: t('status'), key: 'st', render: (_, r) => <Tag>{enumLabel('projectStatus', r.status, lang)}</Tag> },
          { title: `${t('totalFen')}（元）`, key: 'tf', align: 'right', render: (_, r) => fenToYuanString(total(r)) },
          { title: t('proposedOn'), key: 'p', dataIndex: 'proposedOn' },
        ]}
      />
    </div>
  );
}
