/** The Art. 7 indicators of one appointment and year: target, done, year-end projection, warning when short. */
import { Alert, Card, Col, Progress, Row, Space, Tag, Typography } from 'antd';
import { useText } from '../../../desk';
import type { DeskIndicatorReportFragment } from '../../../gql-desks/graphql';
import { LEDGER_TEXT } from './text';

const COLORS: Record<string, string> = { MET: 'green', ON_TRACK: 'blue', AT_RISK: 'orange', MISSED: 'red' };

export function Indicators({ report, lang }: { report: DeskIndicatorReportFragment; lang: 'zh' | 'en' }) {
  const T = useText(LEDGER_TEXT);
  const short = report.indicators.filter((i) => i.status === 'AT_RISK').length;
  const missed = report.indicators.filter((i) => i.status === 'MISSED').length;
  return (
    <Card
      size="small"
      className="record-section"
      data-testid={`indicators-${report.year}`}
      title={T.indicators(report.year)}
      extra={<Typography.Text type="secondary">{T.asOf(report.asOf)}</Typography.Text>}
    >
      {missed ? (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} title={T.missed(missed)} data-testid="indicators-warning" />
      ) : short ? (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={T.shortfall(short)} data-testid="indicators-warning" />
      ) : (
        <Alert type="success" showIcon style={{ marginBottom: 12 }} title={T.allOnTrack} />
      )}
      <Row gutter={[12, 12]}>
        {report.indicators.map((i) => {
          const label = i.label.split(' / ')[lang === 'zh' ? 0 : 1] ?? i.label;
          const pct = i.target ? Math.min(100, Math.round((i.actual * 100) / i.target)) : 100;
          return (
            <Col xs={24} sm={12} xl={8} key={i.code}>
              <div className="indicator-tile" data-testid={`indicator-${i.code}`} data-actual={i.actual} data-confirmed={i.confirmed}>
                <Space style={{ justifyContent: 'space-between', width: '100%' }}>
                  <Typography.Text strong>{label}</Typography.Text>
                  <Tag color={COLORS[i.status]}>{T.status[i.status] ?? i.status}</Tag>
                </Space>
                <Progress
                  percent={pct}
                  showInfo={false}
                  status={i.status === 'MISSED' ? 'exception' : i.status === 'MET' ? 'success' : 'normal'}
                  strokeColor={i.status === 'AT_RISK' ? '#fa8c16' : undefined}
                />
                <div className="indicator-figures">
                  <span>
                    {T.done} <b data-testid={`indicator-${i.code}-actual`}>{i.actual}</b> / {T.target} {i.target}
                  </span>
                  <span>{lang === 'zh' ? `（${T.confirmedPart} ${i.confirmed}）` : `(${T.confirmedPart} ${i.confirmed})`}</span>
                  <span className={i.status === 'AT_RISK' ? 'indicator-short' : undefined}>
                    {T.projected} {i.projected}
                  </span>
                </div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {i.article}
                </Typography.Text>
              </div>
            </Col>
          );
        })}
      </Row>
    </Card>
  );
}
