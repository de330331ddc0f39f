/**
 * A case as the bureau sees it: the application, the rule checks and the decisions so far, and
 * the review actions the server's `nextActions` allows at its stage (re-review: pass, return,
 * reject; later steps: return or reject). Two-way selection, party-group review, filing, notice
 * and recognition have their own desks, linked from here.
 */
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Card, Col, Descriptions, Form, Row, Select, Tag } from 'antd';
import { Link, useParams } from 'react-router';
import { useI18n } from '../../../app/i18n';
import { enumLabel } from '../../../charts/labels';
import { ErrorBlock, LoadingBlock } from '../../../components/States';
import { ActionBar, DeskPage, useText } from '../../../desk';
import { BureauCaseDocument, BureauReviewDocument, type Decision, type RuleCode } from '../../../gql/graphql';
import { ReviewHistory } from '../../records/ReviewHistory';
import { StageTag, useBureauBack, useBureauText } from './common';

const TEXT = {
  zh: {
    position: '拟任职务',
    period: '拟服务期限',
    allowance: '每月生活补助',
    rules: '资格规则',
    history: '办理记录',
    rule: '依据规则（可选）',
    yuan: '元',
    elsewhere: '本环节在专门的办理台办理：',
    desks: {
      CITY_APPROVED: '双向选择',
      MATCHED: '党组审议',
      PARTY_APPROVED: '报送备案',
      FILED: '公示',
      IN_NOTICE: '公示 / 认定发文',
    } as Record<string, string>,
    paths: {
      CITY_APPROVED: '/desk/bureau/matching/',
      MATCHED: '/desk/bureau/party',
      PARTY_APPROVED: '/desk/bureau/filing',
      FILED: '/desk/bureau/notice',
      IN_NOTICE: '/desk/bureau/notice',
    } as Record<string, string>,
    meeting: (d: string, n: string) => `党组会议 ${d}，${n}`,
  },
  en: {
    position: 'Proposed position',
    period: 'Proposed service',
    allowance: 'Monthly allowance',
    rules: 'Eligibility rules',
    history: 'Decisions',
    rule: 'Rule cited (optional)',
    yuan: 'yuan',
    elsewhere: 'This step has its own desk:',
    desks: {
      CITY_APPROVED: 'Two-way selection',
      MATCHED: 'Party group review',
      PARTY_APPROVED: 'Filing',
      FILED: 'Public notice',
      IN_NOTICE: 'Notice / recognition',
    } as Record<string, string>,
    paths: {
      CITY_APPROVED: '/desk/bureau/matching/',
      MATCHED: '/desk/bureau/party',
      PARTY_APPROVED: '/desk/bureau/filing',
      FILED: '/desk/bureau/notice',
      IN_NOTICE: '/desk/bureau/notice',
    } as Record<string, string>,
    meeting: (d: string, n: string) => `party meeting ${d}, ${n}`,
  },
};

const RULES = ['E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'N1', 'N2', 'N3', 'N4', 'N5'];

export default function BureauCase() {
  const T = useText(TEXT);
  const B = useBureauText();
  const { lang } = useI18n();
  const id = Number(useParams().id);
  const q = useQuery(BureauCaseDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const back = useBureauBack(q.data?.application?.stage);
  const [review] = useMutation(BureauReviewDocument);
  if (q.error) return <ErrorBlock error={q.error} onRetry={() => void q.refetch()} />;
  const a = q.data?.application;
  if (!a) return <LoadingBlock />;
  const subject = a.enterprise?.name ?? `#${a.id}`;
  const decide = (decision: Decision) => ({
    run: ({ reason, values }: { reason: string | null; values: Record<string, unknown> }) =>
      review({
        variables: {
          input: { applicationId: a.id, version: a.version, decision, reason, rule: (values.rule as RuleCode | undefined) || null },
        },
      }),
  });
  const ruleField = (
    <Form.Item name="rule" label={T.rule}>
      <Select allowClear options={RULES.map((r) => ({ value: r, label: `${r} ${enumLabel('rule', r, lang)}` }))} />
    </Form.Item>
  );
  const elsewhere = T.paths[a.stage];
  return (
    <DeskPage
      list={back}
      title={subject}
      status={<StageTag stage={a.stage} onHold={a.onHold} />}
      meta={`${a.call?.year ?? ''} · ${lang === 'zh' ? a.division?.nameZh : a.division?.nameEn} · ${lang === 'zh' ? a.sector?.nameZh : a.sector?.nameEn}`}
      actions={
        <ActionBar
          subject={subject}
          stage={a.stage}
          nextActions={a.nextActions}
          specs={{
            ...(a.stage === 'COUNTY_APPROVED' ? { PASS: { ...decide('PASS'), primary: true } } : {}),
            RETURN: decide('RETURN'),
            REJECT: { ...decide('REJECT'), danger: true, fields: ruleField, reasonRequired: (v) => !v.rule },
          }}
          onDone={() => void q.refetch()}
          onReload={() => void q.refetch()}
        />
      }
    >
      {elsewhere ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={
            <span>
              {T.elsewhere} <Link to={elsewhere.endsWith('/') ? `${elsewhere}${a.id}` : elsewhere}>{T.desks[a.stage]}</Link>
            </span>
          }
        />
      ) : null}
      <Card size="small" style={{ marginBottom: 12 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={B.needs} span={2}>
            {a.techNeeds}
          </Descriptions.Item>
          <Descriptions.Item label={B.expert}>{a.proposedExpert?.name ?? B.none}</Descriptions.Item>
          <Descriptions.Item label={T.position}>{enumLabel('position', a.proposedPosition, lang)}</Descriptions.Item>
          <Descriptions.Item label={T.period}>
            {a.proposedServiceStart} ～ {a.proposedServiceEnd}
          </Descriptions.Item>
          <Descriptions.Item label={T.allowance}>
            {(a.monthlyAllowanceFen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2 })} {T.yuan}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      {/* Side by side on a wide screen; stacked at full width on a tablet (not two ragged widths). */}
      <Row gutter={[12, 12]}>
        <Col xs={24} xl={12}>
          <Card size="small" title={T.rules} style={{ height: '100%' }}>
            {latestChecks(a.ruleChecks).map((r) => (
              <div key={r.id} style={{ marginBottom: 4 }}>
                <Tag color={r.passed ? 'green' : 'red'}>{r.rule}</Tag>
                <span className="muted">{r.article}</span> {r.detail.split(' / ')[lang === 'zh' ? 0 : 1] ?? r.detail}
              </div>
            ))}
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={T.history} style={{ height: '100%' }}>
            <ReviewHistory
              items={a.reviewHistory.map((d) => ({
                ...d,
                reason:
                  d.meetingOn && d.minuteNo && !d.reason?.includes(d.minuteNo)
                    ? `${d.reason ?? ''}（${T.meeting(d.meetingOn, d.minuteNo)}）`
                    : d.reason,
              }))}
            />
          </Card>
        </Col>
      </Row>
    </DeskPage>
  );
}

/** The latest result of each rule. */
function latestChecks<R extends { id: number; rule: string }>(checks: R[]): R[] {
  const last = new Map<string, R>();
  for (const c of checks) last.set(c.rule, c);
  return RULES.map((r) => last.get(r)).filter((c): c is R => !!c);
}
