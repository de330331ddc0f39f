/**
 * The enterprise's ledger desk: its tech VP's entries, confirmed or disputed one by one or in
 * batches (a dispute needs a reason; a batch is all or none on the server), and the expert's
 * Art. 7 indicators. Buttons only where the server's `nextActions` has CONFIRM / DISPUTE.
 */
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Empty, Form, Input, Modal, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useAuth } from '../../../app/auth';
import { useI18n } from '../../../app/i18n';
import { enumLabel } from '../../../charts/labels';
import { PageTitle } from '../../../components/Page';
import { ErrorBlock, LoadingBlock } from '../../../components/States';
import { chinaToday, DeskErrorAlert, DeskList, useText, useWorkflowAction } from '../../../desk';
import {
  ConfirmServicesDocument,
  EnterpriseDeskAppointmentsDocument,
  ExpertDeskIndicatorsDocument,
  ExpertDeskLedgerDocument,
  type DeskLedgerEntryFragment,
  type LedgerEntrySortField,
} from '../../../gql-desks/graphql';
import { ConfirmationTag, LEDGER_SORTS, ledgerFilter, useLedgerSearch } from '../expert/ExpertDesk';
import { Indicators } from '../expert/Indicators';
import { LEDGER_TEXT } from '../expert/text';

type Decision = { rows: DeskLedgerEntryFragment[]; confirmed: boolean; done?: () => void };

export default function EnterpriseLedger() {
  const T = useText(LEDGER_TEXT);
  const { lang } = useI18n();
  const { me } = useAuth();
  const [search, setSearch] = useSearchParams();
  const appts = useQuery(EnterpriseDeskAppointmentsDocument, { variables: { enterpriseId: me.enterpriseId ?? 0 }, skip: !me.enterpriseId });
  const year = Number(chinaToday().slice(0, 4));
  const list = (appts.data?.appointments.nodes ?? []).filter((a) => a.status === 'ACTIVE' || a.status === 'COMPLETED');
  const chosen = list.find((a) => String(a.id) === search.get('appt')) ?? list[0];
  const indicators = useQuery(ExpertDeskIndicatorsDocument, {
    variables: { appointmentId: chosen?.id ?? 0, year },
    skip: !chosen,
    fetchPolicy: 'cache-and-network',
  });
  const [decide] = useMutation(ConfirmServicesDocument);
  const action = useWorkflowAction();
  const [pending, setPending] = useState<Decision | null>(null);
  const [form] = Form.useForm();
  const searchFields = useLedgerSearch(lang);

  if (appts.loading && !appts.data) return <LoadingBlock />;
  if (appts.error) return <ErrorBlock error={appts.error} onRetry={() => void appts.refetch()} />;

  const submit = async () => {
    if (!pending) return;
    const v = pending.confirmed ? {} : await form.validateFields();
    const n = pending.rows.length;
    const ok = await action.run(
      () =>
        decide({
          variables: {
            input: {
              entryIds: pending.rows.map((r) => r.id),
              confirmed: pending.confirmed,
              disputeReason: pending.confirmed ? null : String(v.reason).trim(),
            },
          },
          refetchQueries: ['ExpertDeskLedger', 'ExpertDeskIndicators', 'MyTodo'],
          awaitRefetchQueries: true,
        }),
      pending.confirmed ? T.confirmed(n) : T.disputed(n),
    );
    if (ok) {
      pending.done?.();
      setPending(null);
      form.resetFields();
    }
  };

  return (
    <div className="page enterprise-ledger">
      {action.holder}
      <PageTitle title={T.enterpriseTitle} note={T.enterpriseNote} />
      {!chosen ? (
        <Empty description={T.noAppointment} />
      ) : (
        <>
          {list.length > 1 ? (
            <Select
              style={{ width: '100%', maxWidth: 420, marginBottom: 12 }}
              aria-label={T.appointment}
              value={chosen.id}
              onChange={(v) => setSearch((s) => (s.set('appt', String(v)), s), { replace: true })}
              options={list.map((a) => ({ value: a.id, label: `${a.expert?.name ?? ''} · ${a.serviceStart}～${a.serviceEnd}` }))}
            />
          ) : (
            <Typography.Paragraph type="secondary" data-testid="desk-appointment">
              {T.expertOf(chosen.expert?.name ?? '')} · {chosen.serviceStart}～{chosen.serviceEnd}
            </Typography.Paragraph>
          )}
          {indicators.data?.appointmentIndicators ? <Indicators report={indicators.data.appointmentIndicators} lang={lang} /> : null}
          <DeskList
            id="ledger"
            title={T.ledger}
            document={ExpertDeskLedgerDocument}
            searchFields={searchFields}
            defaultSort={{ field: 'serviceDate', direction: 'DESC' }}
            variables={(s) => ({
              filter: ledgerFilter(chosen.id, s.values),
              orderBy:
                s.sort && LEDGER_SORTS.includes(s.sort.field)
                  ? [
                      { field: s.sort.field as LedgerEntrySortField, direction: s.sort.direction },
                      { field: 'id' as LedgerEntrySortField, direction: s.sort.direction },
                    ]
                  : undefined,
            })}
            pick={(d) => d.ledgerEntries}
            rowKey={(r) => r.id}
            batch={{
              selectable: (r) => r.nextActions.includes('CONFIRM'),
              render: (rows, clear) => (
                <Space wrap>
                  <Button
                    type="primary"
                    size="small"
                    data-testid="batch-confirm"
                    onClick={() => setPending({ rows, confirmed: true, done: clear })}
                  >
                    {T.confirmMany(rows.length)}
                  </Button>
                  <Button
                    danger
                    size="small"
                    data-testid="batch-dispute"
                    onClick={() => setPending({ rows, confirmed: false, done: clear })}
                  >
                    {T.disputeMany(rows.length)}
                  </Button>
                </Space>
              ),
            }}
            columns={[
              { title: T.serviceDate, key: 'serviceDate', dataIndex: 'serviceDate', sorter: true },
              { title: T.kind, key: 'kind', render: (_, r) => enumLabel('serviceKind', r.kind, lang) },
              { title: T.daysOnSite, key: 'daysOnSite', dataIndex: 'daysOnSite', sorter: true, align: 'right' },
              { title: T.peopleTrained, key: 'peopleTrained', dataIndex: 'peopleTrained', sorter: true, align: 'right' },
              { title: T.confirmation, key: 'confirmation', render: (_, r) => <ConfirmationTag value={r.confirmation} lang={lang} /> },
              {
                title: T.actions,
                key: 'actions',
                render: (_, r) => (
                  <Space size={4}>
                    {r.nextActions.includes('CONFIRM') ? (
                      <Button
                        size="small"
                        type="primary"
                        ghost
                        data-testid={`confirm-${r.id}`}
                        onClick={() => setPending({ rows: [r], confirmed: true })}
                      >
                        {T.confirm}
                      </Button>
                    ) : null}
                    {r.nextActions.includes('DISPUTE') ? (
                      <Button
                        size="small"
                        danger
                        data-testid={`dispute-${r.id}`}
                        onClick={() => setPending({ rows: [r], confirmed: false })}
                      >
                        {T.dispute}
                      </Button>
                    ) : null}
                    {r.disputeReason ? <Typography.Text type="secondary">{r.disputeReason}</Typography.Text> : null}
                  </Space>
                ),
              },
              { title: T.content, key: 'content', dataIndex: 'content', ellipsis: true, width: 280 },
              { title: T.effect, key: 'effect', dataIndex: 'effect', ellipsis: true, width: 200 },
            ]}
          />
        </>
      )}
      <Modal
        open={!!pending}
        title={pending ? (pending.confirmed ? T.confirmMany(pending.rows.length) : T.disputeMany(pending.rows.length)) : ''}
        okText={pending?.confirmed ? T.confirm : T.dispute}
        cancelText={T.cancel}
        okButtonProps={{
          danger: pending ? !pending.confirmed : false,
          loading: action.busy,
          ...({ 'data-testid': 'decision-ok' } as object),
        }}
        onOk={() => void submit()}
        onCancel={() => {
          setPending(null);
          action.clearError();
          form.resetFields();
        }}
        destroyOnHidden
      >
        <p>{pending?.confirmed ? T.confirmDescribe : T.disputeDescribe}</p>
        <ul className="decision-list">
          {pending?.rows.slice(0, 8).map((r) => (
            <li key={r.id}>
              {r.serviceDate} · {enumLabel('serviceKind', r.kind, lang)} ·{' '}
              {lang === 'zh' ? `驻企${r.daysOnSite}天` : `${r.daysOnSite} days on site`}
            </li>
          ))}
          {pending && pending.rows.length > 8 ? <li>…</li> : null}
        </ul>
        {pending && !pending.confirmed ? (
          <Form form={form} layout="vertical" preserve={false}>
            <Form.Item
              name="reason"
              label={T.disputeReason}
              rules={[
                { required: true, whitespace: true, message: T.disputeNeedsReason },
                { max: 2000, message: T.maxLen(T.disputeReason, 2000) },
              ]}
            >
              <Input.TextArea rows={3} maxLength={2000} showCount data-testid="dispute-reason" />
            </Form.Item>
          </Form>
        ) : null}
        {action.error ? <DeskErrorAlert error={action.error} /> : null}
      </Modal>
    </div>
  );
}
