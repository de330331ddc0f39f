/** 我的科技副总: the appointments at the enterprise (its own only: the server scopes them). */
import { useI18n } from '../../../app/i18n';
import { fenToYuanString } from '../../../charts/format';
import { enumLabel, refLabel } from '../../../charts/labels';
import { PageTitle } from '../../../components/Page';
import { DeskList, useText, type ListState } from '../../../desk';
import {
  EnterpriseAppointmentsDocument,
  type AppointmentSortField,
  type AppointmentStatus,
  type EnterpriseAppointmentsQuery,
} from '../../../gql/graphql';
import { ENTERPRISE_TEXT } from './text';

type Row = EnterpriseAppointmentsQuery['appointments']['nodes'][number];

export default function EnterpriseAppointments() {
  const T = useText(ENTERPRISE_TEXT);
  const { lang } = useI18n();
  const variables = (s: ListState) => ({
    filter: s.values.status ? { status: { eq: s.values.status as AppointmentStatus } } : {},
    orderBy: [{ field: (s.sort?.field ?? 'serviceStart') as AppointmentSortField, direction: s.sort?.direction ?? 'DESC' }],
  });
  return (
    <div className="page">
      <PageTitle title={T.appointmentsTitle} note={T.appointmentsNote} />
      <DeskList<Row, EnterpriseAppointmentsQuery, Record<string, unknown>>
        id="enterprise-appointments"
        document={EnterpriseAppointmentsDocument as never}
        variables={variables}
        pick={(d) => d.appointments}
        rowKey={(r) => r.id}
        defaultSort={{ field: 'serviceStart', direction: 'DESC' }}
        searchFields={[
          {
            name: 'status',
            label: T.status,
            kind: 'select',
            options: ['ACTIVE', 'COMPLETED', 'TERMINATED', 'REVOKED'].map((s) => ({
              value: s,
              label: enumLabel('appointmentStatus', s, lang),
            })),
          },
        ]}
        columns={[
          { title: T.expert, key: 'x', render: (_, r) => r.expert?.name ?? '—' },
          { title: T.institution, key: 'i', render: (_, r) => refLabel(r.expert?.institution, lang) },
          { title: T.position, key: 'p', render: (_, r) => enumLabel('position', r.position, lang) },
          { title: T.serviceStart, key: 'serviceStart', sorter: true, dataIndex: 'serviceStart' },
          { title: T.serviceEnd, key: 'serviceEnd', sorter: true, dataIndex: 'serviceEnd' },
          { title: T.status, key: 'status', sorter: true, render: (_, r) => enumLabel('appointmentStatus', r.status, lang) },
          {
            title: T.monthly,
            key: 'monthlyAllowanceFen',
            sorter: true,
            align: 'right',
            render: (_, r) => fenToYuanString(r.monthlyAllowanceFen),
          },
          { title: T.certificate, key: 'c', render: (_, r) => r.certificateNo ?? '—' },
        ]}
      />
    </div>
  );
}
