/** One application: enterprise, proposed expert, technical needs, rule checks and the review history. */
import { useQuery } from '@apollo/client/react';
import { Col, Row, Tag } from 'antd';
import { Link, useParams } from 'react-router';
import { useI18n } from '../../app/i18n';
import { fenToYuanString } from '../../charts/format';
import { enumLabel, refLabel } from '../../charts/labels';
import { PageTitle } from '../../components/Page';
import { dateTime, Fields, MiniTable, RecordGate, Section, StageTag } from './common';
import { ReviewHistory } from './ReviewHistory';
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
            <Row gutter={[16, 16]}>
              <Col xs={24} xl={14}>
                <Section id="application" title={t('applications')}>
                  <Fields
                    items={[
                      [t('enterprise'), ap.enterprise?.name],
                      [t('creditCode'), ap.enterprise?.creditCode],
                      [
                        t('proposedExpert'),
                        ap.proposedExpert ? `${ap.proposedExpert.name}（${refLabel(ap.proposedExpert.institution, lang)}）` : '—',
                      ],
                      [t('position'), enumLabel('position', ap.proposedPosition, lang)],
                      [t('serviceStart'), ap.proposedServiceStart],
                      [t('serviceEnd'), ap.proposedServiceEnd],
                      [t('monthlyAllowance'), `${fenToYuanString(ap.monthlyAllowanceFen)} 元`],
                      [t('submittedAt'), dateTime(ap.submittedAt, lang)],
                      [t('enteredStage'), dateTime(ap.stageEnteredAt, lang)],
                      [lang === 'zh' ? '优先推荐' : 'Priority', ap.priorityRecommended ? t('yes') : t('no')],
                      ...(ap.rejectionRule || ap.rejectionReason
                        ? ([
                            [
                              t('rejectionReason'),
                              `${ap.rejectionRule ? enumLabel('rule', ap.rejectionRule, lang) + '：' : ''}${ap.rejectionReason ?? ''}`,
                            ],
                          ] as Array<[string, string]>)
                        : []),
                    ]}
                  />
                  <div style={{ marginTop: 8 }}>
                    <b>{t('techNeeds')}：</b>
                    {ap.techNeeds}
                  </div>
                </Section>
              </Col>
              <Col xs={24} xl={10}>
                <Section id="history" title={t('historySection')}>
                  <ReviewHistory items={ap.reviewHistory} />
                </Section>
              </Col>
              <Col xs={24}>
                <Section id="rules" title={t('ruleChecks')}>
                  <MiniTable
                    rows={ap.ruleChecks}
                    columns={[
                      { title: t('rule'), key: 'r', render: (_, r) => enumLabel('rule', r.rule, lang) },
                      { title: lang === 'zh' ? '条款' : 'Article', key: 'a', dataIndex: 'article' },
                      { title: t('step'), key: 's', render: (_, r) => enumLabel('step', r.step, lang) },
                      {
                        title: t('passed'),
                        key: 'p',
                        render: (_, r) => <Tag color={r.passed ? 'green' : 'red'}>{r.passed ? t('pass') : t('fail')}</Tag>,
                      },
                      { title: lang === 'zh' ? '说明' : 'Detail', key: 'd', dataIndex: 'detail' },
                    ]}
                  />
                </Section>
              </Col>
            </Row>
            <p className="no-print">
              <Link to="/applications">← {t('applications')}</Link>
            </p>
          </div>
        );
      }}
    </RecordGate>
  );
}
