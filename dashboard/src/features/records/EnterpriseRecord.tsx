/** One enterprise: its profile against Art. 9/11, its appointments, applications and co-innovation projects. */
import { useQuery } from '@apollo/client/react';
import { Col, Row, Tag } from 'antd';
import { Link, useParams } from 'react-router';
import { useI18n } from '../../app/i18n';
import { fenToYuanString, formatPercent } from '../../charts/format';
import { enumLabel, refLabel } from '../../charts/labels';
import { PageTitle } from '../../components/Page';
import { EnterpriseRecordDocument } from '../../gql/graphql';
import { dateTime, Fields, MiniTable, RecordGate, Section, StageTag } from './common';

export default function EnterpriseRecord() {
  const { t, lang } = useI18n();
  const { id } = useParams();
  const enterpriseId = Number(id);
  const valid = Number.isInteger(enterpriseId) && enterpriseId > 0;
  const q = useQuery(EnterpriseRecordDocument, { variables: { id: enterpriseId }, skip: !valid });
  const x = q.data?.enterprise;
  return (
    <RecordGate loading={q.loading} error={q.error} found={!!x}>
      {() => {
        const e = x!;
        const yes = (b: boolean) => (b ? t('yes') : t('no'));
        return (
          <div className="page record">
            <PageTitle
              title={<span data-testid="record-title">{e.name}</span>}
              note={
                <span>
                  {refLabel(e.division, lang)} · {refLabel(e.sector, lang)}
                  {e.highTech ? (
                    <Tag color="blue" style={{ marginLeft: 8 }}>
                      {t('highTech')}
                    </Tag>
                  ) : null}
                  {e.gazelle ? <Tag color="purple">{t('gazelle')}</Tag> : null}
                </span>
              }
            />
            <Row gutter={[16, 16]}>
              <Col xs={24}>
                <Section id="enterprise" title={t('enterpriseSection')}>
                  <Fields
                    items={[
                      [t('creditCode'), e.creditCode],
                      [lang === 'zh' ? '注册日期' : 'Registered', e.registeredOn],
                      [t('employees'), e.employees],
                      [lang === 'zh' ? '营业收入（元）' : 'Revenue (yuan)', fenToYuanString(e.revenueFen)],
                      [
                        lang === 'zh' ? '研发投入（元）' : 'R&D spending (yuan)',
                        `${fenToYuanString(e.rdSpendingFen)}（${e.revenueFen ? formatPercent(e.rdSpendingFen / e.revenueFen) : '—'}）`,
                      ],
                      [lang === 'zh' ? '市级以上科技项目' : 'Municipal S&T project', yes(e.municipalProject)],
                      [lang === 'zh' ? '地址' : 'Address', e.address],
                    ]}
                  />
                </Section>
              </Col>
              <Col xs={24} xl={12}>
                <Section id="appointments" title={t('appointments')}>
                  <MiniTable
                    rows={e.appointments}
                    columns={[
                      {
                        title: t('expert'),
                        key: 'x',
                        render: (_, a) => <Link to={`/appointments/${a.id}`}>{a.expert?.name ?? `#${a.id}`}</Link>,
                      },
                      { title: t('position'), key: 'p', render: (_, a) => enumLabel('position', a.position, lang) },
                      { title: t('serviceStart'), key: 'ss', dataIndex: 'serviceStart' },
                      { title: t('serviceEnd'), key: 'se', dataIndex: 'serviceEnd' },
                      { title: t('status'), key: 's', render: (_, a) => enumLabel('appointmentStatus', a.status, lang) },
                    ]}
                  />
                </Section>
              </Col>
              <Col xs={24} xl={12}>
                <Section id="applications" title={t('applications')}>
                  <MiniTable
                    rows={e.applications}
                    columns={[
                      { title: t('callYear'), key: 'y', render: (_, a) => a.call?.year },
                      {
                        title: t('proposedExpert'),
                        key: 'x',
                        render: (_, a) => <Link to={`/applications/${a.id}`}>{a.proposedExpert?.name ?? `#${a.id}`}</Link>,
                      },
                      { title: t('stage'), key: 's', render: (_, a) => <StageTag stage={a.stage} /> },
                      { title: t('submittedAt'), key: 'd', render: (_, a) => dateTime(a.submittedAt, lang) },
                    ]}
                  />
                </Section>
              </Col>
              <Col xs={24}>
                <Section id="projects" title={t('projectsSection')}>
                  <MiniTable
                    rows={e.projects}
                    columns={[
                      { title: t('code'), key: 'c', render: (_, p) => <Link to={`/projects/${p.id}`}>{p.code}</Link> },
                      { title: t('title'), key: 't', dataIndex: 'title' },
                      { title: t('status'), key: 's', render: (_, p) => enumLabel('projectStatus', p.status, lang) },
                      {
                        title: `${t('totalFen')}（元）`,
                        key: 'f',
                        align: 'right',
                        render: (_, p) => fenToYuanString(p.enterpriseFen + p.universityFen + p.financeFen),
                      },
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
