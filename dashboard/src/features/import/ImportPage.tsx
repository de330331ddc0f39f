/**
 * Spreadsheet import (表格导入): choose what to import (only the kinds the viewer's role may
 * import, from /api/spreadsheets/meta), read its columns, download the template, pick a file,
 * preview it (a dry run: the server checks and writes inside a rolled-back savepoint), then
 * import the same file. Progress streams from the server; the report names every problem by
 * sheet, row and column. The server imports a file whole or not at all (docs/spreadsheets.md).
 */
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, message as antMessage, Progress, Radio, Row, Space, Table, Tag, Typography, Upload } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useAuth } from '../../app/auth';
import { useI18n, type MessageKey } from '../../app/i18n';
import { PageTitle } from '../../components/Page';
import { ErrorBlock, Forbidden, LoadingBlock } from '../../components/States';
import {
  downloadFromServer,
  fetchMeta,
  inLanguage,
  SpreadsheetError,
  type ImportColumn,
  type ImportKind,
  type SpreadsheetMeta,
} from '../../data/spreadsheets';
import { importFile, progressPercent, type ImportProgress, type ImportReport } from './importFile';
import { ImportReportView } from './ImportReportView';

function useSpreadsheetMeta() {
  const [state, setState] = useState<{ meta?: SpreadsheetMeta; error?: unknown; loading: boolean }>({ loading: true });
  const load = useCallback(() => {
    setState({ loading: true });
    fetchMeta().then(
      (meta) => setState({ meta, loading: false }),
      (error: unknown) => setState({ error, loading: false }),
    );
  }, []);
  useEffect(load, [load]);
  return { ...state, reload: load };
}

export default function ImportPage() {
  const { t, lang } = useI18n();
  const { me } = useAuth();
  const { meta, error, loading, reload } = useSpreadsheetMeta();
  const [message, messageHolder] = antMessage.useMessage();
  const [chosenKind, setChosenKind] = useState<ImportKind | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState<'preview' | 'import' | 'template' | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [result, setResult] = useState<{ report: ImportReport; fileName: string } | null>(null);
  const [failure, setFailure] = useState<{ text: string; code?: string } | null>(null);
  /** The file and kind whose preview came back clean: only that pair may be imported. */
  const [clean, setClean] = useState<{ file: File; kind: ImportKind } | null>(null);

  if (loading) return <LoadingBlock height={400} rows={10} />;
  if (error || !meta) return <ErrorBlock error={error} onRetry={reload} />;
  const kinds = meta.imports.filter((k) => k.roles.includes(me.role));
  if (!kinds.length) return <Forbidden />;
  const current = kinds.find((k) => k.kind === chosenKind) ?? kinds[0];
  const kind = current.kind;
  const mb = Math.round(meta.maxUploadBytes / 1024 / 1024);
  const canImport = !!file && clean?.file === file && clean.kind === kind && !busy;

  /** A new file or kind makes the last report and preview stale. */
  const reset = () => {
    setResult(null);
    setFailure(null);
    setProgress(null);
  };

  const failureOf = (err: unknown): { text: string; code?: string } => {
    const e = err as SpreadsheetError;
    const server = e instanceof SpreadsheetError ? inLanguage(e.message, lang) : null;
    switch (e instanceof SpreadsheetError ? e.status : 0) {
      case 413:
        return { text: t('fileTooLarge', { mb }), code: e.code };
      case 415:
        return { text: `${t('wrongFileType')}（${server}）`, code: e.code };
      case 403:
        return { text: `${t('importForbidden')}（${server}）`, code: e.code };
      case 401:
        return { text: t('sessionEnded'), code: e.code };
      default:
        return {
          text: server ?? ((err as Error).message?.includes('Failed to fetch') ? '无法连接服务器 / Cannot reach the server' : String(err)),
          code: e.code,
        };
    }
  };

  const run = async (dryRun: boolean) => {
    if (!file) return;
    reset();
    if (file.size > meta.maxUploadBytes) {
      // The server would refuse it too (413), after the whole upload.
      setFailure({ text: t('fileTooLarge', { mb }), code: 'PAYLOAD_TOO_LARGE' });
      return;
    }
    setBusy(dryRun ? 'preview' : 'import');
    setProgress({ phase: 'reading', rowsRead: 0, rowsWritten: 0, rowsToWrite: null });
    try {
      const report = await importFile({ kind, file, dryRun, onProgress: setProgress });
      setResult({ report, fileName: file.name });
      setProgress((p) => (p ? { ...p, phase: 'done' } : p));
      // After an import the preview is spent: importing again would only find the rows unchanged.
      setClean(dryRun && report.ok ? { file, kind } : null);
    } catch (err) {
      setFailure(failureOf(err));
      setProgress(null);
      setClean(null);
    } finally {
      setBusy(null);
    }
  };

  const downloadTemplate = async () => {
    setBusy('template');
    try {
      await downloadFromServer(current.template, `${current.sheetName}导入模板.xlsx`);
    } catch (err) {
      void message.error(failureOf(err).text);
    } finally {
      setBusy(null);
    }
  };

  const finished = progress?.phase === 'done' && !busy;
  return (
    <div className="page import-page">
      {messageHolder}
      <PageTitle title={t('import')} note={t('importNote')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Card size="small" title={t('importStep1')}>
              <Radio.Group
                optionType="button"
                buttonStyle="solid"
                value={kind}
                onChange={(e) => {
                  setChosenKind(e.target.value as ImportKind);
                  reset();
                }}
                options={kinds.map((k) => ({
                  value: k.kind,
                  label: <span data-testid={`import-kind-${k.kind}`}>{inLanguage(k.title, lang)}</span>,
                }))}
              />
              <Typography.Paragraph type="secondary" style={{ margin: '12px 0' }}>
                {t('importMatch')}：{inLanguage(current.keyNote, lang)}
              </Typography.Paragraph>
              <Button
                icon={<DownloadOutlined />}
                onClick={() => void downloadTemplate()}
                loading={busy === 'template'}
                data-testid="download-template"
              >
                {t('downloadTemplate')}
              </Button>
            </Card>
            <Card size="small" title={t('importStep2')}>
              <Upload.Dragger
                accept=".xlsx,.csv"
                maxCount={1}
                multiple={false}
                beforeUpload={(f) => {
                  setFile(f);
                  setClean(null);
                  reset();
                  // Kept in the page; sent only when previewed or imported.
                  return false;
                }}
                onRemove={() => {
                  setFile(null);
                  setClean(null);
                  reset();
                }}
                fileList={file ? [{ uid: 'chosen', name: file.name, size: file.size, status: 'done' }] : []}
              >
                <p className="ant-upload-drag-icon">
                  <InboxOutlined />
                </p>
                <p className="ant-upload-text">{t('dropFile')}</p>
                <p className="ant-upload-hint">{t('fileHint', { mb })}</p>
              </Upload.Dragger>
            </Card>
            <Card size="small" title={t('importStep3')}>
              <Space wrap>
                <Button onClick={() => void run(true)} disabled={!file || !!busy} loading={busy === 'preview'} data-testid="import-preview">
                  {t('previewImport')}
                </Button>
                <Button
                  type="primary"
                  onClick={() => void run(false)}
                  disabled={!canImport}
                  loading={busy === 'import'}
                  data-testid="import-run"
                >
                  {t('runImport')}
                </Button>
              </Space>
              <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
                {canImport ? t('readyToImport') : t('previewFirst')}
              </Typography.Paragraph>
              {progress ? (
                <div className="import-progress" data-testid="import-progress" data-phase={progress.phase}>
                  <Progress
                    percent={progressPercent(progress)}
                    status={busy ? 'active' : finished && result && !result.report.ok ? 'exception' : 'success'}
                  />
                  <Typography.Text type="secondary">
                    {t(`phase_${progress.phase}` as MessageKey)}
                    {progress.rowsRead ? ` · ${t('rowsReadN', { n: progress.rowsRead.toLocaleString('zh-CN') })}` : ''}
                    {progress.rowsToWrite
                      ? ` · ${t('rowsWrittenN', {
                          n: progress.rowsWritten.toLocaleString('zh-CN'),
                          total: progress.rowsToWrite.toLocaleString('zh-CN'),
                        })}`
                      : ''}
                  </Typography.Text>
                </div>
              ) : null}
            </Card>
          </Space>
        </Col>
        <Col xs={24} xl={14}>
          <ColumnsCard title={t('importColumns', { title: inLanguage(current.title, lang) })} columns={current.columns} />
        </Col>
        {failure || result ? (
          <Col xs={24}>
            {failure ? (
              <Alert
                type="error"
                showIcon
                title={t('importFailed')}
                data-testid="import-failure"
                description={
                  <span>
                    {failure.text}
                    {failure.code ? <code style={{ marginLeft: 8 }}>{failure.code}</code> : null}
                  </span>
                }
              />
            ) : null}
            {result ? <ImportReportView report={result.report} sheetName={current.sheetName} fileName={result.fileName} /> : null}
          </Col>
        ) : null}
      </Row>
    </div>
  );
}

/** The kind's columns as the template has them: header, required or not, how to fill it, choices. */
function ColumnsCard({ title, columns }: { title: string; columns: ImportColumn[] }) {
  const { t, lang } = useI18n();
  return (
    <Card size="small" title={title} className="import-columns" data-testid="import-columns">
      <Table<ImportColumn>
        size="small"
        rowKey="key"
        dataSource={columns}
        pagination={false}
        scroll={{ y: 520 }}
        columns={[
          {
            title: t('columnHeader'),
            key: 'header',
            width: 190,
            render: (_, c) => <b>{c.header.replace(/\*$/, '')}</b>,
          },
          {
            title: t('requiredMark'),
            key: 'required',
            width: 72,
            render: (_, c) => (c.required ? <Tag color="red">{t('requiredMark')}</Tag> : <Tag>{t('optional')}</Tag>),
          },
          {
            title: t('columnNote'),
            key: 'note',
            render: (_, c) => (
              <>
                {inLanguage(c.note, lang)}
                {c.choices?.length ? (
                  <div className="muted">
                    {t('columnChoices')}：{c.choices.join('、')}
                  </div>
                ) : null}
              </>
            ),
          },
        ]}
      />
    </Card>
  );
}
