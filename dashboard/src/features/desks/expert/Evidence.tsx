/**
 * Evidence files of a ledger entry (Art. 7.1) in the phone-first entry form: the files already
 * stored (open, download, remove while the entry may change), and new ones to add. A new entry
 * has no id yet: its files wait in the form and are sent once the entry is saved (`uploadEvidence`).
 * The server checks type, content and size; the form checks the same first so a phone does not
 * send 10 MB for nothing.
 */
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, List, Popconfirm, Typography, Upload } from 'antd';
import { useState } from 'react';
import { pickLanguage, useText } from '../../../desk';
import { DeleteLedgerEvidenceDocument, ExpertDeskEvidenceDocument } from '../../../gql-desks/graphql';
import { LEDGER_TEXT } from './text';

export const EVIDENCE_ACCEPT = '.pdf,.png,.jpg,.jpeg,.xlsx,.csv';
const EVIDENCE_EXTENSIONS = ['pdf', 'png', 'jpg', 'jpeg', 'xlsx', 'csv'];
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

/** Why a chosen file cannot be sent (the server's rules), or null. */
export function evidenceProblem(file: File, T: (typeof LEDGER_TEXT)['zh']): string | null {
  const ext = file.name.includes('.') ? file.name.split('.').pop()!.toLowerCase() : '';
  if (!EVIDENCE_EXTENSIONS.includes(ext)) return T.evidenceWrongType(file.name);
  if (file.size > MAX_EVIDENCE_BYTES) return T.evidenceTooBig(file.name);
  if (file.size === 0) return T.evidenceEmpty(file.name);
  return null;
}

const MIME: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
};

/** Sends one file to an entry; resolves to null when stored, or the server's message in the chosen language. */
export async function uploadEvidence(entryId: number, file: File, lang: 'zh' | 'en'): Promise<string | null> {
  const ext = file.name.split('.').pop()!.toLowerCase();
  const res = await fetch(`/api/ledger-entries/${entryId}/evidence?fileName=${encodeURIComponent(file.name)}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': file.type || MIME[ext] || 'application/octet-stream' },
    body: file,
  });
  if (res.ok) return null;
  const json = (await res.json().catch(() => ({}))) as { errors?: Array<{ message: string }> };
  return pickLanguage(json.errors?.[0]?.message ?? `HTTP ${res.status}`, lang);
}

const size = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`);

/** The files of a saved entry: listed with open / download, removable and addable while `nextActions` has EDIT. */
export function StoredEvidence({
  entryId,
  lang,
  onMessage,
}: {
  entryId: number;
  lang: 'zh' | 'en';
  onMessage: (ok: boolean, text: string) => void;
}) {
  const T = useText(LEDGER_TEXT);
  const q = useQuery(ExpertDeskEvidenceDocument, { variables: { entryId }, fetchPolicy: 'network-only' });
  const [remove, removing] = useMutation(DeleteLedgerEvidenceDocument);
  const [sending, setSending] = useState(false);
  const entry = q.data?.ledgerEntry;
  const editable = !!entry?.nextActions.includes('EDIT');
  const files = entry?.evidence ?? [];
  return (
    <div data-testid="evidence-stored">
      <List
        size="small"
        loading={q.loading || removing.loading || sending}
        locale={{ emptyText: T.evidenceNone }}
        dataSource={files}
        renderItem={(f) => (
          <List.Item
            data-testid={`evidence-${f.id}`}
            actions={[
              <a key="d" href={`/api/ledger-entries/${entryId}/evidence/${f.id}?download=1`} data-testid={`evidence-download-${f.id}`}>
                {T.evidenceDownload}
              </a>,
              editable ? (
                <Popconfirm
                  key="r"
                  title={T.evidenceRemoveConfirm(f.fileName)}
                  okText={T.evidenceRemove}
                  cancelText={T.cancel}
                  okButtonProps={{ danger: true, ...({ 'data-testid': 'evidence-remove-ok' } as object) }}
                  onConfirm={async () => {
                    try {
                      await remove({ variables: { id: f.id } });
                      onMessage(true, T.evidenceRemoved(f.fileName));
                    } catch (e) {
                      onMessage(false, pickLanguage((e as Error).message, lang));
                    }
                    await q.refetch();
                  }}
                >
                  <Button size="small" type="link" danger data-testid={`evidence-remove-${f.id}`}>
                    {T.evidenceRemove}
                  </Button>
                </Popconfirm>
              ) : null,
            ].filter(Boolean)}
          >
            <a href={`/api/ledger-entries/${entryId}/evidence/${f.id}`} target="_blank" rel="noopener" className="evidence-name">
              {f.fileName}
            </a>
            <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 6 }}>
              {size(f.sizeBytes)}
            </Typography.Text>
          </List.Item>
        )}
      />
      {editable ? (
        <Upload
          showUploadList={false}
          accept={EVIDENCE_ACCEPT}
          multiple
          customRequest={({ file, onSuccess }) => {
            const f = file as File;
            const problem = evidenceProblem(f, T);
            if (problem) {
              onMessage(false, problem);
              onSuccess?.({});
              return;
            }
            setSending(true);
            void uploadEvidence(entryId, f, lang)
              .then(async (err) => {
                onMessage(!err, err ? `${T.evidenceFailed(f.name)}：${err}` : T.evidenceAdded(f.name));
                await q.refetch();
              })
              .finally(() => {
                setSending(false);
                onSuccess?.({});
              });
          }}
        >
          <Button block size="large" data-testid="evidence-add">
            {T.evidenceAdd}
          </Button>
        </Upload>
      ) : null}
    </div>
  );
}

/** Files chosen for an entry not saved yet: kept here, sent after the entry is saved. */
export function PendingEvidence({
  files,
  onAdd,
  onRemove,
  onMessage,
}: {
  files: File[];
  onAdd: (file: File) => void;
  onRemove: (index: number) => void;
  onMessage: (ok: boolean, text: string) => void;
}) {
  const T = useText(LEDGER_TEXT);
  return (
    <div data-testid="evidence-pending">
      <List
        size="small"
        locale={{ emptyText: T.evidenceNone }}
        dataSource={files}
        renderItem={(f, i) => (
          <List.Item
            actions={[
              <Button key="r" size="small" type="link" danger onClick={() => onRemove(i)}>
                {T.evidenceRemove}
              </Button>,
            ]}
          >
            <span className="evidence-name">{f.name}</span>
            <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 6 }}>
              {size(f.size)}
            </Typography.Text>
          </List.Item>
        )}
      />
      <Upload
        showUploadList={false}
        accept={EVIDENCE_ACCEPT}
        multiple
        beforeUpload={(f) => {
          const problem = evidenceProblem(f, T);
          if (problem) onMessage(false, problem);
          else onAdd(f);
          return false;
        }}
      >
        <Button block size="large" data-testid="evidence-add">
          {T.evidenceAdd}
        </Button>
      </Upload>
    </div>
  );
}
