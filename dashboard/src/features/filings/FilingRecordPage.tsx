/**
 * One filing record, and the Organisation Department's acknowledgement of receipt
 * (`acknowledgeFiling` with the record's version, so two people cannot both sign it).
 */
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Col, Popconfirm, Row, Space, Tag } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useI18n } from '../../app/i18n';
import { useAuth } from '../../app/auth';
import { enumLabel, refLabel } from '../../charts/labels';
import { PageTitle } from '../../components/Page';
import { describeError } from '../../components/States';
import { dateTime, Fields, RecordGate, StageTag } from '../records/common';
import { useCameFrom } from '../../desk/DeskPage';
import { AcknowledgeFilingDocument, FilingRecordDocument } from '../../gql/graphql';

const FilingRecordQuery = FilingRecordDocument;

export default function FilingRecordPage() {
  const { t, lang } = useI18n();
  const { me } = useAuth();
  const { id } = useParams();
  const fid = Number(id);
  const valid = Number.isInteger(fid) && fid > 0;
  const q = useQuery(FilingRecordQuery, { variables: { id: fid }, skip: !valid });
  const f = q.data?.filingRecord;
  const back = useCameFrom('/filings');
  const [acknowledge, ack] = useMutation(AcknowledgeFilingDocument);
  const [ackError, setAckError] = useState<string | null>(null);
  const onAcknowledge = async () => {
    if (!f) return;
    setAckError(null);
    try {
      await acknowledge({ variables: { input: { id: f.id, version: f.version } } });
    } catch (e) {
      const { message, code } = describeError(e);
      setAckError(
        code === 'CONFLICT'
          ? `${message}（${lang === 'zh' ? '记录已被他人更新，请刷新后再试' : 'someone else changed it; reload and try again'}）`
          : message,
      );
      void q.refetch();
    }
  };
  return (
    <RecordGate loading={q.loading} error={q.error} found={!!f}>
      {() => {
        const r = f!;
        const canAck = me.role === 'ORG_DEPT';
        return (
          <div className="page record">
            <PageTitle
              title={<span data-testid="record-title">{r.title}</span>}
              note={
                <span>
                  <Tag color={r.status === 'PENDING' ? 'orange' : 'green'} data-testid="filing-status-tag">
                    {enumLabel('filingStatus', r.status, lang)}
                  </Tag>
                  {r.filingNo} · {enumLabel('filingKind', r.kind, lang)}
                </span>
              }
              actions={
                <Space wrap>
                  {me.role === 'ORG_DEPT' || me.role === 'ST_BUREAU' ? (
                    <Button href={`/api/documents/filing/${r.id}.pdf`} target="_blank" rel="noopener" data-testid="filing-packet">
                      {lang === 'zh' ? '下载备案材料（PDF）' : 'Filing packet (PDF)'}
                    </Button>
                  ) : null}
                  {canAck && r.status === 'PENDING' ? (
                    <Popconfirm
                      title={lang === 'zh' ? `确认签收备案 ${r.filingNo}？` : `Acknowledge ${r.filingNo}?`}
                      okText={t('acknowledge')}
                      onConfirm={() => void onAcknowledge()}
                    >
                      <Button type="primary" loading={ack.loading} data-testid="acknowledge">
                        {t('acknowledge')}
                      </Button>
                    </Popconfirm>
                  ) : null}
                </Space>
              }
            />
            {ackError ? <Alert type="error" showIcon title={ackError} style={{ marginBottom: 12 }} role="alert" /> : null}
            <Row gutter={[16, 16]}>
              <Col xs={24}>
                <Card size="small" data-testid="section-filing">
                  <Fields
                    items={[
                      [t('filingNo'), r.filingNo],
                      [t('kind'), enumLabel('filingKind', r.kind, lang)],
                      [t('county'), r.division ? refLabel(r.division, lang) : '—'],
                      [t('filedOn'), r.filedOn],
                      [t('status'), enumLabel('filingStatus', r.status, lang)],
                      [t('acknowledgedAt'), dateTime(r.acknowledgedAt, lang)],
                      [lang === 'zh' ? '签收人' : 'Signed by', r.acknowledgedByName ?? '—'],
                      ...(r.application
                        ? ([
                            [
                              t('relatedApplication'),
                              <Link key="a" to={`/applications/${r.application.id}`}>
                                {r.application.enterprise?.name} <StageTag stage={r.application.stage} />
                              </Link>,
                            ],
                          ] as Array<[string, React.ReactNode]>)
                        : []),
                      ...(r.evaluationCycle ? ([[t('relatedCycle'), r.evaluationCycle.code]] as Array<[string, string]>) : []),
                    ]}
                  />
                  <p style={{ marginTop: 12, lineHeight: 1.9 }}>
                    <b>{t('summary')}：</b>
                    {r.summary}
                  </p>
                </Card>
              </Col>
            </Row>
            <p className="no-print">
              <Link to={back}>← {t('filingDesk')}</Link>
            </p>
          </div>
        );
      }}
    </RecordGate>
  );
}
