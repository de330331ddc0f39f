/** One expert: profile and every appointment (an expert serves one enterprise at a time, Art. 5). */
import { useQuery } from '@apollo/client/react';
import { Col, Row, Tag } from 'antd';
import { Link, useParams } from 'react-router';
import { useI18n } from '../../app/i18n';
import { enumLabel, refLabel } from '../../charts/labels';
import { PageTitle } from '../../components/Page';
import { ExpertRecordDocument } from '../../gql/graphql';
import { Fields, MiniTable, RecordGate, Section } from './common';

export default function ExpertRecord() {
  const { t, lang } = useI18n();
  const { id } = useParams();
  const expertId = Number(id);
  const valid = Number.isInteger(expertId) && expertId > 0;
  const q = useQuery(ExpertRecordDocument, { variables: { id: expertId }, skip: !valid });
  const x = q.data?.expert;
  return (
    <RecordGate loading={q.loading} error={q.error} found={!!x}>
      {() => {
        const e = x!;
        return (
          <div className="page record">
            <PageTitle
              title={<span data-testid="record-title">{e.name}</span>}
              note={
                <span>
                  {refLabel(e.institution, lang)} · {enumLabel('degree', e.degree, lang)} · {enumLabel('title', e.title, lang)}
                  {e.topTalent ? (
                    <Tag color="gold" style={{ marginLeft: 8 }}>
                      {lang === 'zh' ? '顶尖人才' : 'Top talent'}
                    </Tag>
                  ) : null}
                </span>
              }
            />
            <Row gutter={[16, 16]}>
              <Col xs={24}>
                <Section id="expert" title={t('expertSection')}>
                  <Fields
                    items={[
                      [t('name'), e.name],
                      [t('institution'), refLabel(e.institution, lang)],
                      [t('discipline'), e.discipline],
                      [t('sector'), e.sector ? refLabel(e.sector, lang) : '—'],
                      [lang === 'zh' ? '参加工作' : 'Working since', e.workStartedOn],
                      [lang === 'zh' ? '研究方向' : 'Keywords', e.keywords.join('、')],
                      ...(e.bannedUntil
                        ? ([[lang === 'zh' ? '禁止申报至' : 'Banned until', e.bannedUntil]] as Array<[string, string]>)
                        : []),
                    ]}
                  />
                </Section>
              </Col>
              <Col xs={24}>
                <Section id="appointments" title={t('appointments')}>
                  <MiniTable
                    rows={e.appointments}
                    columns={[
                      {
                        title: t('enterprise'),
                        key: 'e',
                        render: (_, a) => <Link to={`/appointments/${a.id}`}>{a.enterprise?.name ?? `#${a.id}`}</Link>,
                      },
                      { title: t('county'), key: 'c', render: (_, a) => refLabel(a.division, lang) },
                      { title: t('position'), key: 'p', render: (_, a) => enumLabel('position', a.position, lang) },
                      { title: t('cohortYear'), key: 'y', dataIndex: 'cohortYear' },
                      { title: t('serviceStart'), key: 'ss', dataIndex: 'serviceStart' },
                      { title: t('serviceEnd'), key: 'se', dataIndex: 'serviceEnd' },
                      {
                        title: t('status'),
                        key: 's',
                        render: (_, a) => (
                          <Tag color={a.status === 'ACTIVE' ? 'green' : 'default'}>{enumLabel('appointmentStatus', a.status, lang)}</Tag>
                        ),
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
