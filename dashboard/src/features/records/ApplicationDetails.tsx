/**
 * The body of an application's page, shared by the record page and the work desks' case pages:
 * the application (enterprise, expert, position, period, allowance, needs), the review history,
 * and the rule checks recorded at each step. Desks add their own sections around it.
 */
import { Col, Row, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../../app/i18n';
import { fenToYuanString } from '../../charts/format';
import { enumLabel, refLabel } from '../../charts/labels';
import type { ApplicationDetails_ApplicationFragment } from '../../gql/graphql';
import { dateTime, Fields, MiniTable, Section } from './common';
import { ReviewHistory } from './ReviewHistory';

export function ApplicationDetails({
  ap,
  aside,
  rules,
  children,
}: {
  ap: ApplicationDetails_ApplicationFragment;
  /** Shown above the history in the right column (e.g. a desk's materials). */
  aside?: ReactNode;
  /** Replaces the recorded rule checks section (e.g. a live preview plus the record). */
  rules?: ReactNode;
  children?: ReactNode;
}) {
  const { t, lang } = useI18n();
  return (
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
              [
                lang === 'zh' ? '优先推荐' : 'Priority',
                ap.priorityRecommended ? (
                  <Tag color="gold" data-testid="priority-tag">
                    {lang === 'zh' ? '优先推荐（第十二条第2项）' : 'Priority (Art. 12.2)'}
                  </Tag>
                ) : (
                  t('no')
                ),
              ],
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
        {aside}
        <Section id="history" title={t('historySection')}>
          <ReviewHistory items={ap.reviewHistory} />
        </Section>
      </Col>
      {children}
      <Col xs={24}>
        {rules ?? (
          <Section id="rules" title={t('ruleChecks')}>
            <RuleCheckTable rows={ap.ruleChecks} />
          </Section>
        )}
      </Col>
    </Row>
  );
}

export function RuleCheckTable({ rows }: { rows: ApplicationDetails_ApplicationFragment['ruleChecks'] }) {
  const { t, lang } = useI18n();
  return (
    <MiniTable
      rows={rows}
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
  );
}
