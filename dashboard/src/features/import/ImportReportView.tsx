/** The server's import report: what happened in plain Chinese, the counts, and every problem by sheet, row and column. */
import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { useI18n, type MessageKey } from '../../app/i18n';
import { toCsv } from '../../charts/csv';
import { downloadBlob, exportName } from '../../components/download';
import { inLanguage } from '../../data/spreadsheets';
import type { ImportNotice, ImportProblem, ImportReport } from './importFile';

export function ImportReportView({ report, sheetName, fileName }: { report: ImportReport; sheetName: string; fileName: string }) {
  const { t, lang } = useI18n();
  const n = report.problemCount.toLocaleString('zh-CN');
  const summary = report.dryRun
    ? report.ok
      ? t('previewOk')
      : t('previewRefused', { n })
    : report.ok
      ? t('importOk')
      : t('importRefused', { n });
  const count = (id: string, value: number) => (
    <span data-testid={`report-${id}`} data-value={value}>
      {value.toLocaleString('zh-CN')}
    </span>
  );
  const counts = [
    { key: 'rows', label: t('reportRows'), children: count('rows', report.rows) },
    ...(report.ok
      ? [
          { key: 'inserted', label: t('reportInserted'), children: count('inserted', report.inserted) },
          { key: 'updated', label: t('reportUpdated'), children: count('updated', report.updated) },
          { key: 'unchanged', label: t('reportUnchanged'), children: count('unchanged', report.unchanged) },
        ]
      : [{ key: 'problems', label: t('problemCount'), children: count('problems', report.problemCount) }]),
    ...(report.skipped ? [{ key: 'skipped', label: t('reportSkipped'), children: count('skipped', report.skipped) }] : []),
  ];
  const where = (p: ImportProblem) => p.sheet ?? t('wholeFile');
  const downloadProblems = () => {
    // Both languages in the file: it is passed on to whoever fixes the spreadsheet.
    const csv = toCsv(report.problems, [
      { title: t('problemSheet'), value: where },
      { title: t('problemRow'), value: (p) => p.row },
      { title: t('problemColumn'), value: (p) => p.column },
      { title: t('problemCell'), value: (p) => p.cell },
      { title: t('problemMessage'), value: (p) => p.message },
    ]);
    downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), exportName(`${sheetName}_${t('problemList')}`, 'csv'));
  };
  return (
    <Card
      size="small"
      title={t('reportTitle')}
      className="import-report"
      data-testid="import-report"
      data-ok={String(report.ok)}
      data-dry-run={String(report.dryRun)}
    >
      <Alert type={report.ok ? 'success' : 'error'} showIcon title={summary} data-testid="import-summary" />
      <Descriptions
        size="small"
        bordered
        column={{ xs: 2, md: counts.length }}
        items={counts}
        style={{ marginTop: 12, maxWidth: 180 * counts.length }}
        layout="vertical"
      />
      <Typography.Text type="secondary" className="import-file-line">
        {t('chosenFile')}：{fileName}
        {report.format ? `（${[report.format.toUpperCase(), report.sheet].filter((x, i, a) => x && a.indexOf(x) === i).join(' · ')}）` : ''}
        {' · '}
        {t('duration', { s: Math.max(0.1, report.durationMs / 1000).toFixed(1) })}
      </Typography.Text>
      {report.notices?.length ? (
        <div className="import-notices" data-testid="import-notices">
          <Alert type="warning" showIcon title={report.dryRun ? t('noticesPreview') : t('noticesDone')} />
          <Table<ImportNotice & { key: number }>
            size="small"
            dataSource={report.notices.map((n, key) => ({ ...n, key }))}
            pagination={report.notices.length > 10 ? { pageSize: 10, size: 'small' } : false}
            columns={[
              { title: t('problemRow'), key: 'row', width: 64, align: 'right', render: (_, n) => n.row },
              {
                title: t('noticeKind'),
                key: 'kind',
                width: 110,
                render: (_, n) => (
                  <Tag color={n.kind === 'REWARD' ? 'green' : n.kind === 'REVOCATION' ? 'red' : 'default'}>
                    {['REWARD', 'REVOCATION'].includes(n.kind) ? t(`notice_${n.kind}` as MessageKey) : n.kind}
                  </Tag>
                ),
              },
              { title: t('noticeMessage'), key: 'message', render: (_, n) => inLanguage(n.message, lang) },
            ]}
          />
        </div>
      ) : null}
      {report.problems.length ? (
        <div className="import-problems" data-testid="import-problems">
          <Space className="import-problems-head" wrap>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {t('problemList')}
            </Typography.Title>
            {report.problemsTruncated ? (
              <Typography.Text type="warning">
                {t('problemsTruncated', { shown: report.problems.length.toLocaleString('zh-CN'), n })}
              </Typography.Text>
            ) : null}
            <Button size="small" icon={<DownloadOutlined />} onClick={downloadProblems} data-testid="download-problems">
              {t('downloadProblems')}
            </Button>
          </Space>
          <Table<ImportProblem & { key: number }>
            size="small"
            dataSource={report.problems.map((p, key) => ({ ...p, key }))}
            pagination={{ defaultPageSize: 10, showSizeChanger: true, hideOnSinglePage: false, size: 'small' }}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: t('problemSheet'), key: 'sheet', width: 110, render: (_, p) => where(p) },
              { title: t('problemRow'), key: 'row', width: 64, align: 'right', render: (_, p) => p.row ?? '—' },
              { title: t('problemColumn'), key: 'column', width: 180, render: (_, p) => p.column ?? '—' },
              { title: t('problemCell'), key: 'cell', width: 80, render: (_, p) => p.cell ?? '—' },
              { title: t('problemMessage'), key: 'message', render: (_, p) => inLanguage(p.message, lang) },
            ]}
          />
        </div>
      ) : null}
    </Card>
  );
}
