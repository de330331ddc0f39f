/** The service entry form (record or correct), phone-first: one column, big touch targets; rules mirror the server's. */
import { DatePicker, Divider, Form, Input, InputNumber, message as antMessage, Modal, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { ENUM_LABELS, enumLabel } from '../../../charts/labels';
import { chinaToday, DeskErrorAlert, useText, type DeskError } from '../../../desk';
import type { DeskLedgerEntryFragment, ServiceKind } from '../../../gql-desks/graphql';
import { PendingEvidence, StoredEvidence } from './Evidence';
import { LEDGER_TEXT } from './text';

export interface EntryValues {
  serviceDate: string;
  kind: ServiceKind;
  daysOnSite: number;
  content: string;
  effect: string;
  peopleTrained: number;
  /** Evidence files chosen for a new entry, sent once it is saved. */
  files: File[];
}

export function EntryForm({
  open,
  entry,
  window,
  lang,
  busy,
  error,
  onReload,
  onCancel,
  onSave,
}: {
  open: boolean;
  entry: DeskLedgerEntryFragment | null;
  /** The service period: entries fall within it and not after today (as the server checks). */
  window: { start: string; end: string };
  lang: 'zh' | 'en';
  busy: boolean;
  error: DeskError | null;
  onReload: () => void;
  onCancel: () => void;
  onSave: (v: EntryValues) => void;
}) {
  const T = useText(LEDGER_TEXT);
  const [form] = Form.useForm();
  const [files, setFiles] = useState<File[]>([]);
  const [message, holder] = antMessage.useMessage();
  const notify = (ok: boolean, text: string) => void (ok ? message.success(text) : message.error(text, 8));
  const today = chinaToday();
  const last = window.end < today ? window.end : today;
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    setFiles([]);
    form.setFieldsValue(
      entry
        ? { ...entry, serviceDate: dayjs(entry.serviceDate) }
        : { serviceDate: dayjs(last), kind: 'TECH_SERVICE', daysOnSite: 1, peopleTrained: 0, content: '', effect: '' },
    );
  }, [open, entry?.id]);
  const text = (label: string, max: number) => [
    { required: true, whitespace: true, message: T.required(label) },
    { max, message: T.maxLen(label, max) },
  ];
  const int = (label: string, min: number, max: number) => [
    { required: true, message: T.required(label) },
    { type: 'integer' as const, min, max, message: T.range(label, min, max) },
  ];
  return (
    <Modal
      open={open}
      title={entry ? `${T.edit} · ${entry.serviceDate}` : T.record}
      okText={T.saveEntry}
      cancelText={T.cancel}
      confirmLoading={busy}
      okButtonProps={{ ...({ 'data-testid': 'entry-save' } as object) }}
      onCancel={onCancel}
      onOk={() =>
        void form.validateFields().then((v) =>
          onSave({
            serviceDate: (v.serviceDate as dayjs.Dayjs).format('YYYY-MM-DD'),
            kind: v.kind,
            daysOnSite: v.daysOnSite,
            content: String(v.content).trim(),
            effect: String(v.effect).trim(),
            peopleTrained: v.peopleTrained,
            files: entry ? [] : files,
          }),
        )
      }
      destroyOnHidden
      width={560}
      className="entry-modal"
    >
      <Form form={form} layout="vertical" data-testid="entry-form">
        <Form.Item
          name="serviceDate"
          label={T.serviceDate}
          rules={[
            { required: true, message: T.required(T.serviceDate) },
            {
              validator: async (_, d: dayjs.Dayjs | null) => {
                const s = d?.format('YYYY-MM-DD');
                if (s && (s < window.start || s > last)) throw new Error(T.outOfService(window.start, last));
              },
            },
          ]}
        >
          <DatePicker
            style={{ width: '100%' }}
            inputReadOnly
            disabledDate={(d) => d.format('YYYY-MM-DD') < window.start || d.format('YYYY-MM-DD') > last}
            data-testid="entry-date"
          />
        </Form.Item>
        <Form.Item name="kind" label={T.kind} rules={[{ required: true, message: T.required(T.kind) }]}>
          <Select
            data-testid="entry-kind"
            options={Object.keys(ENUM_LABELS.serviceKind).map((k) => ({ value: k, label: enumLabel('serviceKind', k, lang) }))}
          />
        </Form.Item>
        <div className="entry-numbers">
          <Form.Item name="daysOnSite" label={T.daysOnSite} rules={int(T.daysOnSite, 0, 31)}>
            <InputNumber min={0} max={31} precision={0} inputMode="numeric" style={{ width: '100%' }} data-testid="entry-days" />
          </Form.Item>
          <Form.Item name="peopleTrained" label={T.peopleTrained} rules={int(T.peopleTrained, 0, 1000)}>
            <InputNumber min={0} max={1000} precision={0} inputMode="numeric" style={{ width: '100%' }} data-testid="entry-trained" />
          </Form.Item>
        </div>
        <Form.Item name="content" label={T.content} rules={text(T.content, 2000)}>
          <Input.TextArea rows={3} maxLength={2000} showCount data-testid="entry-content" />
        </Form.Item>
        <Form.Item name="effect" label={T.effect} rules={text(T.effect, 2000)}>
          <Input.TextArea rows={2} maxLength={2000} showCount data-testid="entry-effect" />
        </Form.Item>
      </Form>
      {holder}
      <Divider titlePlacement="start" style={{ margin: '4px 0 8px' }}>
        {T.evidence}
      </Divider>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 4 }}>
        {T.evidenceNote}
      </Typography.Paragraph>
      {entry ? (
        <StoredEvidence entryId={entry.id} lang={lang} onMessage={notify} />
      ) : (
        <PendingEvidence
          files={files}
          onAdd={(f) => setFiles((prev) => [...prev, f])}
          onRemove={(i) => setFiles((prev) => prev.filter((_, j) => j !== i))}
          onMessage={notify}
        />
      )}
      {!entry && files.length ? (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '4px 0 0' }} data-testid="evidence-after-save">
          {T.evidenceAfterSave(files.length)}
        </Typography.Paragraph>
      ) : null}
      {error ? <DeskErrorAlert error={error} onReload={error.stale ? onReload : undefined} /> : null}
    </Modal>
  );
}
