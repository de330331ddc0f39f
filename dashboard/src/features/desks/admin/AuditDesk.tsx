/**
 * The audit trail for the administrator: filter by user, operation, object type and id, time;
 * open an entry (its detail and place in the hash chain); run the chain verification and see its
 * result. Entries name accounts, operations and record ids only: no business data.
 */
import { useLazyQuery } from '@apollo/client/react';
import { Alert, Button, Descriptions, Drawer, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../app/i18n';
import { PageTitle } from '../../../components/Page';
import { dateTime } from '../../records/common';
import { DeskList, useText } from '../../../desk';
import { AuditEntryDocument, AuditTrailDocument, VerifyAuditChainDocument, type AuditLogFilter } from '../../../gql-desks/graphql';
import { ADMIN_TEXT } from './text';
import { operationLabel, resultLabel } from './auditLabels';
import { enumLabel } from '../../../charts/labels';

const RESULT_COLOR: Record<string, string> = { OK: 'green', DENIED: 'orange', FAILED: 'red' };

export default function AuditDesk() {
  const T = useText(ADMIN_TEXT);
  const { lang } = useI18n();
  const [open, setOpen] = useState<string | null>(null);
  const [loadEntry, entry] = useLazyQuery(AuditEntryDocument, { fetchPolicy: 'network-only' });
  const [verify, verified] = useLazyQuery(VerifyAuditChainDocument, { fetchPolicy: 'network-only' });
  const v = verified.data?.verifyAuditChain;
  const e = entry.data?.auditLog;
  return (
    <div className="page">
      <PageTitle
        title={T.audit}
        note={T.auditNote}
        actions={
          <Button onClick={() => void verify()} loading={verified.loading} data-testid="verify-chain">
            {T.verify}
          </Button>
        }
      />
      {v ? (
        <Alert
          style={{ marginBottom: 12 }}
          type={v.ok ? 'success' : 'error'}
          showIcon
          data-testid="verify-result"
          data-ok={String(v.ok)}
          title={v.ok ? T.verifyOk(v.checked) : T.verifyBroken(v.firstBrokenId ?? '?', v.reason ?? '')}
        />
      ) : null}
      <DeskList
        id="audit"
        document={AuditTrailDocument}
        defaultSort={{ field: 'at', direction: 'DESC' }}
        searchFields={[
          { name: 'user', label: T.user, kind: 'text', width: 140 },
          { name: 'op', label: T.operation, kind: 'text', width: 150 },
          { name: 'type', label: T.objectType, kind: 'text', width: 130 },
          { name: 'ids', label: T.objectIds, kind: 'text', width: 110 },
          { name: 'at', label: T.time, kind: 'dateRange' },
        ]}
        variables={(s) => {
          const f: AuditLogFilter = {
            ...(s.values.user ? { username: { eq: s.values.user } } : {}),
            ...(s.values.op ? { operation: { contains: s.values.op } } : {}),
            ...(s.values.type ? { objectType: { eq: s.values.type } } : {}),
            ...(s.values.ids ? { objectIds: { contains: s.values.ids } } : {}),
            ...(s.values.atFrom || s.values.atTo
              ? {
                  at: {
                    ...(s.values.atFrom ? { gte: `${s.values.atFrom}T00:00:00+08:00` } : {}),
                    ...(s.values.atTo ? { lt: nextDay(s.values.atTo) } : {}),
                  },
                }
              : {}),
          };
          return {
            filter: f,
            orderBy: [
              { field: 'at' as const, direction: s.sort?.direction ?? 'DESC' },
              { field: 'id' as const, direction: s.sort?.direction ?? 'DESC' },
            ],
          };
        }}
        pick={(d) => d.auditLogs}
        rowKey={(r) => r.id}
        columns={[
          { title: T.time, key: 'at', sorter: true, render: (_, r) => dateTime(r.at, lang) },
          { title: T.user, key: 'user', render: (_, r) => r.username ?? '—' },
          { title: T.role, key: 'role', render: (_, r) => (r.role ? enumLabel('role', r.role, lang) : '') },
          {
            title: T.operation,
            key: 'op',
            render: (_, r) => (
              <Button
                type="link"
                size="small"
                style={{ padding: 0, height: 'auto' }}
                data-testid={`audit-${r.id}`}
                data-operation={r.operation}
                title={r.operation}
                onClick={() => {
                  setOpen(r.id);
                  void loadEntry({ variables: { id: Number(r.id) } });
                }}
              >
                {operationLabel(r.operation, lang)}
              </Button>
            ),
          },
          { title: T.objectType, key: 'type', render: (_, r) => r.objectType ?? '' },
          { title: T.objectIds, key: 'ids', render: (_, r) => r.objectIds ?? '' },
          { title: T.result, key: 'result', render: (_, r) => <Tag color={RESULT_COLOR[r.result]}>{resultLabel(r.result, lang)}</Tag> },
        ]}
      />
      <Drawer open={!!open} onClose={() => setOpen(null)} title={open ? T.entry(open) : ''} size="large" data-testid="audit-entry">
        {e && e.id === open ? (
          <>
            <Descriptions
              size="small"
              column={1}
              bordered
              items={[
                { key: 't', label: T.time, children: dateTime(e.at, lang) },
                { key: 'u', label: T.user, children: `${e.username ?? '—'} ${e.role ? `(${enumLabel('role', e.role, lang)})` : ''}` },
                { key: 'o', label: T.operation, children: `${operationLabel(e.operation, lang)} · ${e.operation}` },
                { key: 'y', label: T.objectType, children: e.objectType ?? '' },
                { key: 'i', label: T.objectIds, children: e.objectIds ?? '' },
                { key: 'r', label: T.result, children: <Tag color={RESULT_COLOR[e.result]}>{resultLabel(e.result, lang)}</Tag> },
                {
                  key: 'h',
                  label: T.hash,
                  children: (
                    <Typography.Text code copyable>
                      {e.hash}
                    </Typography.Text>
                  ),
                },
                { key: 'p', label: T.prevHash, children: <Typography.Text code>{e.prevHash}</Typography.Text> },
              ]}
            />
            <Typography.Title level={5} style={{ marginTop: 16 }}>
              {T.detail}
            </Typography.Title>
            <pre className="audit-detail" data-testid="audit-detail">
              {e.detailJson ? JSON.stringify(JSON.parse(e.detailJson), null, 2) : '—'}
            </pre>
          </>
        ) : null}
      </Drawer>
    </div>
  );
}

/** The instant the day after `day` starts in China (an inclusive date range's end). */
function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00+08:00`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString();
}
