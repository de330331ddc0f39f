/** 我的申报: the enterprise's applications (its own only: the server scopes them) and the way to start one in the open call. */
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Tag } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useI18n } from '../../../app/i18n';
import { PageTitle } from '../../../components/Page';
import { DeskList, useText, type ListState } from '../../../desk';
import {
  EnterpriseDeskDocument,
  EnterpriseOpenCallsDocument,
  type ApplicationSortField,
  type ApplicationStage,
  type EnterpriseDeskQuery,
} from '../../../gql/graphql';
import { dateTime, StageTag } from '../../records/common';
import { parseReturnReason } from '../shared/fixFields';
import { ENTERPRISE_TEXT } from './text';
import { enumLabel } from '../../../charts/labels';

type Row = EnterpriseDeskQuery['applications']['nodes'][number];
const STAGES: ApplicationStage[] = [
  'DRAFT',
  'SUBMITTED',
  'COUNTY_APPROVED',
  'CITY_APPROVED',
  'MATCHED',
  'PARTY_APPROVED',
  'FILED',
  'IN_NOTICE',
  'RECOGNISED',
  'REJECTED',
  'WITHDRAWN',
];

export default function EnterpriseDesk() {
  const T = useText(ENTERPRISE_TEXT);
  const { lang } = useI18n();
  const navigate = useNavigate();
  const calls = useQuery(EnterpriseOpenCallsDocument, { fetchPolicy: 'cache-and-network' });
  const call = calls.data?.calls.nodes[0];
  const live = call ? calls.data?.live.nodes.find((a) => a.call?.id === call.id) : undefined;
  const variables = (s: ListState) => ({
    filter: s.values.stage ? { stage: { eq: s.values.stage as ApplicationStage } } : {},
    orderBy: [{ field: (s.sort?.field ?? 'stageEnteredAt') as ApplicationSortField, direction: s.sort?.direction ?? 'DESC' }],
  });
  return (
    <div className="page">
      <PageTitle
        title={T.deskTitle}
        note={T.deskNote}
        actions={
          call && !live ? (
            <Button type="primary" onClick={() => navigate('/desk/enterprise/applications/new')} data-testid="new-application">
              {T.newApplication}
            </Button>
          ) : null
        }
      />
      {calls.data ? (
        <Alert
          style={{ marginBottom: 12 }}
          type={call ? 'info' : 'warning'}
          showIcon
          title={call ? T.openCall(call.title, call.opensOn, call.closesOn) : T.noCall}
          description={call && live ? T.hasLive : undefined}
        />
      ) : null}
      <DeskList<Row, EnterpriseDeskQuery, Record<string, unknown>>
        id="enterprise-applications"
        title={T.list}
        document={EnterpriseDeskDocument as never}
        variables={variables}
        pick={(d) => d.applications}
        rowKey={(r) => r.id}
        recordPath={(r) => `/desk/enterprise/applications/${r.id}`}
        defaultSort={{ field: 'stageEnteredAt', direction: 'DESC' }}
        searchFields={[
          { name: 'stage', label: T.stage, kind: 'select', options: STAGES.map((s) => ({ value: s, label: enumLabel('stage', s, lang) })) },
        ]}
        columns={[
          {
            title: T.apply,
            key: 'a',
            render: (_, r) => <Link to={`/desk/enterprise/applications/${r.id}`}>{r.call?.title ?? `#${r.id}`}</Link>,
          },
          { title: T.call, key: 'y', render: (_, r) => r.call?.year ?? '—' },
          {
            title: T.stage,
            key: 'stage',
            sorter: true,
            render: (_, r) => (
              <>
                <StageTag stage={r.stage} />
                {r.stage === 'DRAFT' && parseReturnReason(r.rejectionReason).fields.length + (r.rejectionReason ? 1 : 0) > 0 ? (
                  <Tag color="orange">{T.returned}</Tag>
                ) : null}
              </>
            ),
          },
          { title: T.expert, key: 'x', render: (_, r) => r.proposedExpert?.name ?? '—' },
          { title: T.submitted, key: 'sa', render: (_, r) => dateTime(r.submittedAt, lang) },
          { title: T.updated, key: 'stageEnteredAt', sorter: true, render: (_, r) => dateTime(r.stageEnteredAt, lang) },
        ]}
      />
    </div>
  );
}
