/** One appointment in full: expert, enterprise, agreements, ledger against Art. 7, evaluations, projects, review history. */
import { useQuery } from '@apollo/client/react';
import { Col, Progress, Row, Select, Tag } from 'antd';
import { Link, useParams } from 'react-router';
import { useI18n, type MessageKey } from '../../app/i18n';
import { useFilters } from '../../app/useFilters';
import { fenToYuanString } from '../../charts/format';
import { indicatorProgress } from '../../charts/ledger';
import { enumLabel, refLabel } from '../../charts/labels';
import { PageTitle } from '../../components/Page';
import { GRADE_COLORS } from '../../components/theme';
import { chinaYear, Fields, MiniTable, RecordGate, Section, StageTag } from './common';
import { ReviewHistory } from './ReviewHistory';
import { AppointmentRecordDocument } from '../../gql/graphql';

const AppointmentRecordQuery = AppointmentRecordDocument;

export default function AppointmentRecord() {
  const { t, lang } = useI18n();
  const { id } = useParams();
  const { search, setParams } = useFilters();
  const appointmentId = Number(id);
  const thisYear = chinaYear();
  const year = Number(search.get('ledgerYear')) || thisYear;
  const valid = Number.isInteger(appointmentId) && appointmentId > 0;
  const q = useQuery(AppointmentRecordQuery, {
    variables: {
      id: appointmentId,
      ledger: { appointment: { id: { eq: appointmentId } }, serviceDate: { gte: `${year}-01-01`, lte: `${year}-12-31` } },
    },
    skip: !valid,
  });
  const a = q.data?.appointment;
  const indicators = indicatorProgress(
    (q.data?.ledgerEntryGroups ?? []).map((g) => ({
      kind: g.key.kind ?? null,
      confirmation: g.key.confirmation ?? null,
      count: g.count,
      ...g.sum,
    })),
  );
  return (
    <RecordGate loading={q.loading} error={q.error} found={!!a}>
      {() => {
        const ap = a!;
        const startYear = Number(ap.serviceStart.slice(0, 4));
        const endYear = Math.min(thisYear, Number(ap.serviceEnd.slice(0, 4)));
        const years: number[] = [];
        for (let y = endYear; y >= startYear; y--) years.push(y);
        return (
          <div className="page record">
            <PageTitle
              title={
                <span data-testid="record-title">
                  {ap.expert?.name} · {ap.enterprise?.name}
                </span>
              }
              note={
                <span>
                  <Tag color={ap.status === 'ACTIVE' ? 'green' : 'default'}>{enumLabel('appointmentStatus', ap.status, lang)}</Tag>
                  {enumLabel('position', ap.position, lang)} · {ap.serviceStart} — {ap.serviceEnd} · {refLabel(ap.division, lang)} ·{' '}
                  {refLabel(ap.sector, lang)}
                </span>
              }
            />
            <Row gutter={[16, 16]}>
              <Col xs={24} xl={12}>
                <Section id="expert" title={t('expertSection')}>
                  <Fields
                    items={[
                      [t('name'), ap.expert ? <Link to={`/experts/${ap.expert.id}`}>{ap.expert.name}</Link> : '—'],
                      [t('institution'), refLabel(ap.expert?.institution, lang)],
                      [t('degree'), enumLabel('degree', ap.expert?.degree, lang)],
                      [t('proTitle'), enumLabel('title', ap.expert?.title, lang)],
                      [t('discipline'), ap.expert?.discipline],
                      [t('certificateNo'), ap.certificateNo],
                      [t('cohortYear'), ap.cohortYear],
                      [t('monthlyAllowance'), `${fenToYuanString(ap.monthlyAllowanceFen)} 元`],
                      [lang === 'zh' ? '认定文号' : 'Recognition doc.', ap.recognitionDocNo],
                    ]}
                  />
                </Section>
              </Col>
              <Col xs={24} xl={12}>
                <Section id="enterprise" title={t('enterpriseSection')}>
                  <Fields
                    items={[
                      [t('enterprise'), ap.enterprise ? <Link to={`/enterprises/${ap.enterprise.id}`}>{ap.enterprise.name}</Link> : '—'],
                      [t('creditCode'), ap.enterprise?.creditCode],
                      [t('division'), refLabel(ap.enterprise?.division, lang)],
                      [t('sector'), refLabel(ap.enterprise?.sector, lang)],
                      [t('employees'), ap.enterprise?.employees],
                      [t('highTech'), ap.enterprise?.highTech ? t('yes') : t('no')],
                      [t('gazelle'), ap.enterprise?.gazelle ? t('yes') : t('no')],
                    ]}
                  />
                </Section>
              </Col>
              <Col xs={24} xl={12}>
                <Section
                  id="indicators"
                  title={`${t('indicatorsSection')} · ${year}`}
                  extra={
                    <Select
                      size="small"
                      value={year}
                      aria-label={t('ledgerYear')}
                      onChange={(v) => setParams({ ledgerYear: v === thisYear ? undefined : v })}
                      options={(years.length ? years : [thisYear]).map((y) => ({ value: y, label: String(y) }))}
                    />
                  }
                >
                  <div className="indicators">
                    {indicators.map((ind) => (
                      <div key={ind.key} className="indicator" data-testid={`indicator-${ind.key}`} data-value={ind.value}>
                        <div className="indicator-head">
                          <span>{t(`indicator_${ind.key}` as MessageKey)}</span>
                          <span>
                            <b>{ind.value}</b> / {ind.target}
                            {ind.pending ? (
                              <small className="muted">
                                （{t('pendingConfirm')} {ind.pending}）
                              </small>
                            ) : null}
                          </span>
                        </div>
                        <Progress percent={ind.percent} status={ind.met ? 'success' : 'active'} showInfo={false} />
                      </div>
                    ))}
                  </div>
                  <div className="muted" style={{ marginTop: 8 }}>
                    {lang === 'zh'
                      ? '仅统计企业已确认的台账记录；第七条另要求每年至少 1 项新技术（新工艺、新产品）和 1 项知识产权申请。'
                      : 'Confirmed ledger entries only; Art. 7 also asks for one new technology and one IP application a year.'}
                  </div>
                </Section>
              </Col>
              <Col xs={24} xl={12}>
                <Section id="agreements" title={t('agreementsSection')}>
                  <MiniTable
                    rows={ap.agreements}
                    columns={[
                      { title: t('kind'), key: 'k', render: (_, r) => enumLabel('agreementKind', r.kind, lang) },
                      { title: t('signedOn'), key: 's', dataIndex: 'signedOn' },
                      { title: t('serviceStart'), key: 'ss', dataIndex: 'serviceStart' },
                      { title: t('serviceEnd'), key: 'se', dataIndex: 'serviceEnd' },
                      {
                        title: t('monthlyAllowance'),
                        key: 'm',
                        render: (_, r) => (r.monthlyAllowanceFen != null ? `${fenToYuanString(r.monthlyAllowanceFen)} 元` : '—'),
                      },
                    ]}
                  />
                </Section>
              </Col>
              <Col xs={24}>
                <Section id="ledger" title={`${t('ledgerSection')} · ${year}（${q.data?.ledgerEntries.totalCount ?? 0}）`}>
                  <MiniTable
                    rows={q.data?.ledgerEntries.nodes ?? []}
                    columns={[
                      { title: t('serviceDate'), key: 'd', dataIndex: 'serviceDate' },
                      { title: t('kind'), key: 'k', render: (_, r) => enumLabel('serviceKind', r.kind, lang) },
                      { title: t('daysOnSite'), key: 'ds', dataIndex: 'daysOnSite', align: 'right' },
                      { title: t('peopleTrained'), key: 'p', dataIndex: 'peopleTrained', align: 'right' },
                      { title: t('content'), key: 'c', dataIndex: 'content', ellipsis: true, width: 360 },
                      {
                        title: t('confirmation'),
                        key: 'cf',
                        render: (_, r) => (
                          <Tag color={r.confirmation === 'CONFIRMED' ? 'green' : r.confirmation === 'DISPUTED' ? 'red' : 'orange'}>
                            {enumLabel('confirmation', r.confirmation, lang)}
                          </Tag>
                        ),
                      },
                    ]}
                  />
                </Section>
              </Col>
              <Col xs={24} xl={12}>
                <Section id="evaluations" title={t('evaluationsSection')}>
                  <MiniTable
                    rows={ap.evaluations}
                    columns={[
                      { title: t('cycle'), key: 'c', render: (_, r) => r.cycle?.code },
                      {
                        title: t('grade'),
                        key: 'g',
                        render: (_, r) => <Tag color={GRADE_COLORS[r.grade]}>{enumLabel('grade', r.grade, lang)}</Tag>,
                      },
                      { title: t('score'), key: 's', dataIndex: 'score' },
                      { title: t('gradedOn'), key: 'd', dataIndex: 'gradedOn' },
                    ]}
                  />
                </Section>
              </Col>
              <Col xs={24} xl={12}>
                <Section id="projects" title={t('projectsSection')}>
                  <MiniTable
                    rows={ap.projects}
                    columns={[
                      { title: t('code'), key: 'c', render: (_, r) => <Link to={`/projects/${r.id}`}>{r.code}</Link> },
                      { title: t('title'), key: 't', dataIndex: 'title', ellipsis: true },
                      { title: t('status'), key: 's', render: (_, r) => enumLabel('projectStatus', r.status, lang) },
                      {
                        title: `${t('totalFen')}（元）`,
                        key: 'f',
                        align: 'right',
                        render: (_, r) => fenToYuanString(r.enterpriseFen + r.universityFen + r.financeFen),
                      },
                    ]}
                  />
                </Section>
              </Col>
              <Col xs={24}>
                <Section
                  id="history"
                  title={t('historySection')}
                  extra={
                    ap.application ? (
                      <span>
                        <StageTag stage={ap.application.stage} />{' '}
                        <Link to={`/applications/${ap.application.id}`}>{t('relatedApplication')} →</Link>
                      </span>
                    ) : null
                  }
                >
                  {ap.application ? (
                    <ReviewHistory items={ap.application.reviewHistory} />
                  ) : (
                    <span className="muted">{lang === 'zh' ? '既有聘任，无申报记录' : 'Legacy appointment: no application on record'}</span>
                  )}
                </Section>
              </Col>
            </Row>
          </div>
        );
      }}
    </RecordGate>
  );
}
