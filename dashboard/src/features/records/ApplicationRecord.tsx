/** One application: enterprise, proposed expert, technical needs, rule checks and the review history. */
import { useQuery } from '@apollo/client/react';
import { Tag } from 'antd';
import { Link, useParams } from 'react-router';
import { useI18n } from '../../app/i18n';
import { refLabel } from '../../charts/labels';
import { PageTitle } from '../../components/Page';
import { RecordGate, StageTag } from './common';
import { ApplicationDetails } from './ApplicationDetails';
import { ApplicationRecordDocument } from '../../gql/graphql';

const ApplicationRecordQuery = ApplicationRecordDocument;

export default function ApplicationRecord() {
  const { t, lang } = useI18n();
  const { id } = useParams();
  const appId = Number(id);
  const valid = Number.isInteger(appId) && appId > 0;
  const q = useQuery(ApplicationRecordQuery, { variables: { id: appId }, skip: !valid });
  const a = q.data?.application;
  return (
    <RecordGate loading={q.loading} error={q.error} found={!!a}>
      {() => {
        const ap = a!;
        return (
          <div className="page record">
            <PageTitle
              title={<span data-testid="record-title">{ap.enterprise?.name}</span>}
              note={
                <span>
                  <StageTag stage={ap.stage} />
                  {ap.onHold ? <Tag color="orange">{t('onHold')}</Tag> : null}
                  {ap.call?.title} · {refLabel(ap.division, lang)} · {refLabel(ap.sector, lang)}
                </span>
              }
            />
            <ApplicationDetails ap={ap} />
            <p className="no-print">
              <Link to="/applications">← {t('applications')}</Link>
            </p>
          </div>
        );
      }}
    </RecordGate>
  );
}
