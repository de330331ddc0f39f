/** One co-innovation project: the three-way budget, disbursements, and its appointment. */
import { useQuery } from '@apollo/client/react';
import { Col, Row, Tag } from 'antd';
import { Link, useParams } from 'react-router';
import { useI18n } from '../../app/i18n';
import { fenToYuanString, formatPercent } from '../../charts/format';
import { enumLabel, refLabel } from '../../charts/labels';
import { PageTitle } from '../../components/Page';
import { Fields, MiniTable, RecordGate, Section } from './common';
import { ProjectRecordDocument } from '../../gql/graphql';

const ProjectRecordQuery = ProjectRecordDocument;

export default function ProjectRecord() {
  const { t, lang } = useI18n();
  const { id } = useParams();
  const projectId = Number(id);
  const valid = Number.isInteger(projectId) && projectId > 0;
  const q = useQuery(ProjectRecordQuery, { variables: { id: projectId }, skip: !valid });
  const p = q.data?.project;
  return (
    <RecordGate loading={q.loading} error={q.error} found={!!p}>
      {() => {
        const pr = p!;
        const total = pr.enterpriseFen + pr.universityFen + pr.financeFen;
        const paid = pr.disbursements.reduce((a, d) => a + d.amountFen, 0);
        return (
          <div className="page record">
            <PageTitle
              title={<span data-testid="record-title">{pr.title}</span>}
              note={
                <span>
                  <Tag>{enumLabel('projectStatus', pr.status, lang)}</Tag>
                  {pr.code} · {refLabel(pr.division, lang)} · {refLabel(pr.sector, lang)}
                </span>
              }
            />
            <Row gutter={[16, 16]}>
              <Col xs={24}>
                <Section id="project" title={t('projects')}>
                  <Fields
                    items={[
                      [t('enterprise'), pr.enterprise?.name],
                      [
                        t('expert'),
                        pr.appointment ? <Link to={`/appointments/${pr.appointmentId}`}>{pr.appointment.expert?.name}</Link> : '—',
                      ],
                      [t('proposedOn'), pr.proposedOn],
                      [t('approvedOn'), pr.approvedOn],
                      [
                        `${t('enterpriseFen')}（元）`,
                        `${fenToYuanString(pr.enterpriseFen)}（${total ? formatPercent(pr.enterpriseFen / total) : '—'}）`,
                      ],
                      [`${t('universityFen')}（元）`, fenToYuanString(pr.universityFen)],
                      [`${t('financeFen')}（元）`, fenToYuanString(pr.financeFen)],
                      [`${t('totalFen')}（元）`, fenToYuanString(total)],
                      [`${t('disbursedAmount')}（元）`, `${fenToYuanString(paid)}（${total ? formatPercent(paid / total) : '—'}）`],
                    ]}
                  />
                </Section>
              </Col>
              <Col xs={24}>
                <Section id="disbursements" title={t('disbursementsSection')}>
                  <MiniTable
                    rows={pr.disbursements}
                    columns={[
                      { title: t('disbursedOn'), key: 'd', dataIndex: 'disbursedOn' },
                      { title: t('funder'), key: 'f', render: (_, r) => enumLabel('funder', r.funder, lang) },
                      { title: t('tranche'), key: 't', dataIndex: 'tranche' },
                      { title: `${t('amount')}（元）`, key: 'a', align: 'right', render: (_, r) => fenToYuanString(r.amountFen) },
                      { title: t('voucherNo'), key: 'v', dataIndex: 'voucherNo' },
                    ]}
                  />
                </Section>
              </Col>
            </Row>
          </div>
        );
      }}
    </RecordGate>
  );
}
