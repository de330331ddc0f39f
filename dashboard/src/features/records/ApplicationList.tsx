/** The applications behind a chart segment: global filters and a stage. */
import { Tag } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useI18n } from '../../app/i18n';
import { useFilters } from '../../app/useFilters';
import { enumLabel, refLabel } from '../../charts/labels';
import { ALL_STAGES } from '../../charts/pipeline';
import { PageTitle } from '../../components/Page';
import { RecordTable } from '../../components/RecordTable';
import { usePages } from '../../components/usePages';
import { applicationWhere } from '../../data/filters';
import type { ApplicationListQuery, ApplicationStage } from '../../gql/graphql';
import { ListTags, pick } from './ListTags';
import { ApplicationListDocument } from '../../gql/graphql';

const ApplicationListQuery = ApplicationListDocument;

type Row = ApplicationListQuery['applications']['nodes'][number];

export default function ApplicationList() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const { filters, search } = useFilters();
  const stage = pick(search.get('stage'), ALL_STAGES);
  const filter = applicationWhere(filters, stage ? { stage: { eq: stage as ApplicationStage } } : {});
  const pages = usePages(ApplicationListQuery, { filter }, (d) => d.applications);
  const date = (s: string | null | undefined) =>
    s ? new Date(s).toLocaleDateString(lang === 'zh' ? 'zh-CN' : 'en-GB', { timeZone: 'Asia/Shanghai' }) : '—';
  return (
    <div className="page">
      <PageTitle
        title={t('applications')}
        note={
          <ListTags
            params={[
              { key: 'stage', label: t('stage'), options: ALL_STAGES.map((s) => ({ value: s, label: enumLabel('stage', s, lang) })) },
            ]}
          />
        }
      />
      <RecordTable<Row>
        id="applications"
        title={t('applications')}
        exportTitle={t('applications')}
        exportList="applications"
        filter={filter}
        pages={pages}
        rowKey={(r) => r.id}
        onRow={(r) => navigate(`/applications/${r.id}`)}
        columns={[
          {
            title: t('enterprise'),
            key: 'e',
            render: (_, r) => <Link to={`/applications/${r.id}`}>{r.enterprise?.name ?? `#${r.id}`}</Link>,
          },
          { title: t('proposedExpert'), key: 'x', render: (_, r) => r.proposedExpert?.name ?? '—' },
          { title: t('county'), key: 'c', render: (_, r) => refLabel(r.division, lang) },
          { title: t('sector'), key: 's', render: (_, r) => refLabel(r.sector, lang) },
          { title: t('callYear'), key: 'y', render: (_, r) => r.call?.year ?? '—' },
          {
            title: t('stage'),
            key: 'st',
            render: (_, r) => (
              <Tag color={r.stage === 'REJECTED' ? 'red' : r.stage === 'RECOGNISED' ? 'green' : 'blue'}>
                {enumLabel('stage', r.stage, lang)}
              </Tag>
            ),
          },
          { title: t('rule'), key: 'r', render: (_, r) => (r.rejectionRule ? enumLabel('rule', r.rejectionRule, lang) : '') },
          { title: t('submittedAt'), key: 'sa', render: (_, r) => date(r.submittedAt) },
          { title: t('enteredStage'), key: 'at', render: (_, r) => date(r.stageEnteredAt) },
        ]}
      />
    </div>
  );
}
