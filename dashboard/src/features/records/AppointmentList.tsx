/** The appointments behind a chart segment: filtered by the global filters and a status. */
import { Tag } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useI18n } from '../../app/i18n';
import { useFilters } from '../../app/useFilters';
import { enumLabel, ENUM_LABELS, refLabel } from '../../charts/labels';
import { PageTitle } from '../../components/Page';
import { RecordTable } from '../../components/RecordTable';
import { usePages } from '../../components/usePages';
import { appointmentWhere } from '../../data/filters';
import type { AppointmentFilter, AppointmentListQuery, AppointmentStatus } from '../../gql/graphql';
import { ListTags, pick } from './ListTags';
import { AppointmentListDocument } from '../../gql/graphql';

const AppointmentListQuery = AppointmentListDocument;

type Row = AppointmentListQuery['appointments']['nodes'][number];
const STATUSES = ['ACTIVE', 'COMPLETED', 'REVOKED', 'TERMINATED', 'ENDED'] as const;

export default function AppointmentList() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const { filters, search } = useFilters();
  const status = pick(search.get('status'), STATUSES);
  const extra: AppointmentFilter =
    status === 'ENDED' ? { status: { ne: 'ACTIVE' } } : status ? { status: { eq: status as AppointmentStatus } } : {};
  const filter = appointmentWhere(filters, extra);
  const pages = usePages(AppointmentListQuery, { filter }, (d) => d.appointments);
  const statusOptions = [
    ...Object.keys(ENUM_LABELS.appointmentStatus).map((s) => ({ value: s, label: enumLabel('appointmentStatus', s, lang) })),
    { value: 'ENDED', label: lang === 'zh' ? '已结束（非在岗）' : 'Ended (not active)' },
  ];
  return (
    <div className="page">
      <PageTitle title={t('appointments')} note={<ListTags params={[{ key: 'status', label: t('status'), options: statusOptions }]} />} />
      <RecordTable<Row>
        id="appointments"
        title={t('appointments')}
        exportTitle={t('appointments')}
        exportList="appointments"
        filter={filter}
        pages={pages}
        rowKey={(r) => r.id}
        onRow={(r) => navigate(`/appointments/${r.id}`)}
        columns={[
          { title: t('expert'), key: 'x', render: (_, r) => <Link to={`/appointments/${r.id}`}>{r.expert?.name ?? `#${r.id}`}</Link> },
          { title: t('institution'), key: 'i', render: (_, r) => refLabel(r.expert?.institution, lang) },
          { title: t('enterprise'), key: 'e', render: (_, r) => r.enterprise?.name ?? '—' },
          { title: t('county'), key: 'c', render: (_, r) => refLabel(r.division, lang) },
          { title: t('sector'), key: 's', render: (_, r) => refLabel(r.sector, lang) },
          { title: t('position'), key: 'p', render: (_, r) => enumLabel('position', r.position, lang) },
          { title: t('cohortYear'), key: 'y', dataIndex: 'cohortYear' },
          { title: t('serviceStart'), key: 'ss', dataIndex: 'serviceStart' },
          { title: t('serviceEnd'), key: 'se', dataIndex: 'serviceEnd' },
          {
            title: t('status'),
            key: 'st',
            render: (_, r) => (
              <Tag color={r.status === 'ACTIVE' ? 'green' : 'default'}>{enumLabel('appointmentStatus', r.status, lang)}</Tag>
            ),
          },
        ]}
      />
    </div>
  );
}
