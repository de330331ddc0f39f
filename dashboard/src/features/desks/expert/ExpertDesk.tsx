/**
 * The expert's desk (科技副总本人), usable on a phone: this year's Art. 7 indicators with the
 * year-end projection and a warning when short; the service ledger (record, correct or withdraw
 * until the enterprise confirms, as the server's `nextActions` allow); achievements and IP
 * applications; the annual report (年度述职) for any year served, drafted by the server from that
 * year's confirmed entries, indicators and achievements, edited, then submitted.
 */
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Empty,
  Form,
  Input,
  List,
  message as antMessage,
  Modal,
  Popconfirm,
  Select,
  Space,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useAuth } from '../../../app/auth';
import { useI18n } from '../../../app/i18n';
import { ENUM_LABELS, enumLabel } from '../../../charts/labels';
import { LoadingBlock, ErrorBlock } from '../../../components/States';
import { PageTitle } from '../../../components/Page';
import { chinaToday, DeskErrorAlert, DeskList, pickLanguage, useText, useWorkflowAction } from '../../../desk';
import {
  ExpertDeskAppointmentsDocument,
  ExpertDeskIndicatorsDocument,
  ExpertDeskLedgerDocument,
  ExpertDeskAchievementsDocument,
  ExpertDeskIpApplicationsDocument,
  ExpertDeskRecordsDocument,
  ExpertDeskReportDraftDocument,
  RecordAchievementDocument,
  RecordIpApplicationDocument,
  RecordServiceDocument,
  SubmitAnnualReportDocument,
  UpdateServiceDocument,
  WithdrawServiceDocument,
  type AchievementKind,
  type Confirmation,
  type DeskLedgerEntryFragment,
  type IpKind,
  type LedgerEntryFilter,
  type LedgerEntrySortField,
  type ServiceKind,
} from '../../../gql-desks/graphql';
import { EntryForm, type EntryValues } from './EntryForm';
import { uploadEvidence } from './Evidence';
import { Indicators } from './Indicators';
import { LEDGER_TEXT } from './text';

const CONFIRMATION_COLOR: Record<string, string> = { CONFIRMED: 'green', PENDING: 'gold', DISPUTED: 'red' };

export function ConfirmationTag({ value, lang }: { value: string; lang: 'zh' | 'en' }) {
  return <Tag color={CONFIRMATION_COLOR[value]}>{enumLabel('confirmation', value, lang)}</Tag>;
}

/** The ledger's search form and filter, shared by the expert's and the enterprise's desks. */
export function useLedgerSearch(lang: 'zh' | 'en') {
  const T = useText(LEDGER_TEXT);
  return [
    {
      name: 'kind',
      label: T.searchKind,
      kind: 'select' as const,
      width: 140,
      options: Object.keys(ENUM_LABELS.serviceKind).map((k) => ({ value: k, label: enumLabel('serviceKind', k, lang) })),
    },
    {
      name: 'confirmation',
      label: T.searchConfirmation,
      kind: 'select' as const,
      width: 120,
      options: Object.keys(ENUM_LABELS.confirmation).map((k) => ({ value: k, label: enumLabel('confirmation', k, lang) })),
    },
    { name: 'date', label: T.searchDate, kind: 'dateRange' as const },
  ];
}

export function ledgerFilter(appointmentId: number, v: Record<string, string>): LedgerEntryFilter {
  return {
    appointment: { id: { eq: appointmentId } },
    ...(v.kind && v.kind in ENUM_LABELS.serviceKind ? { kind: { eq: v.kind as ServiceKind } } : {}),
    ...(v.confirmation && v.confirmation in ENUM_LABELS.confirmation ? { confirmation: { eq: v.confirmation as Confirmation } } : {}),
    ...(v.dateFrom || v.dateTo
      ? { serviceDate: { ...(v.dateFrom ? { gte: v.dateFrom } : {}), ...(v.dateTo ? { lte: v.dateTo } : {}) } }
      : {}),
  };
}

export const LEDGER_SORTS = ['serviceDate', 'daysOnSite', 'peopleTrained'];

export default function ExpertDesk() {
  const T = useText(LEDGER_TEXT);
  const { lang } = useI18n();
  const { me } = useAuth();
  const [search, setSearch] = useSearchParams();
  const appts = useQuery(ExpertDeskAppointmentsDocument, { variables: { expertId: me.expertId ?? 0 }, skip: !me.expertId });
  if (appts.loading && !appts.data) return <LoadingBlock />;
  if (appts.error) return <ErrorBlock error={appts.error} onRetry={() => void appts.refetch()} />;
  const list = (appts.data?.appointments.nodes ?? []).filter((a) => a.status === 'ACTIVE' || a.status === 'COMPLETED');
  const chosen = list.find((a) => String(a.id) === search.get('appt')) ?? list[0];
  return (
    <div className="page expert-desk">
      <PageTitle title={T.title} note={T.note} />
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
              options={list.map((a) => ({ value: a.id, label: `${a.enterprise?.name ?? ''} · ${a.serviceStart}～${a.serviceEnd}` }))}
            />
          ) : (
            <Typography.Paragraph type="secondary" data-testid="desk-appointment">
              {chosen.enterprise?.name} · {chosen.serviceStart}～{chosen.endedOn ?? chosen.serviceEnd}
            </Typography.Paragraph>
          )}
          <AppointmentDesk
            key={chosen.id}
            appointmentId={chosen.id}
            window={{
              start: chosen.serviceStart,
              end: chosen.endedOn && chosen.endedOn < chosen.serviceEnd ? chosen.endedOn : chosen.serviceEnd,
            }}
            lang={lang}
          />
        </>
      )}
    </div>
  );
}

function AppointmentDesk({
  appointmentId,
  window,
  lang,
}: {
  appointmentId: number;
  window: { start: string; end: string };
  lang: 'zh' | 'en';
}) {
  const T = useText(LEDGER_TEXT);
  const year = Number(chinaToday().slice(0, 4));
  const indicators = useQuery(ExpertDeskIndicatorsDocument, { variables: { appointmentId, year }, fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<DeskLedgerEntryFragment | null | 'new'>(null);
  // The tab is in the URL with the lists' state, so Back and a reload return to it.
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'ledger';
  const setTab = (t: string) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (t === 'ledger') next.delete('tab');
        else next.set('tab', t);
        return next;
      },
      { replace: true },
    );
  const form = useWorkflowAction();
  const rowAction = useWorkflowAction();
  const [record] = useMutation(RecordServiceDocument);
  const [update] = useMutation(UpdateServiceDocument);
  const [withdraw] = useMutation(WithdrawServiceDocument);
  const refetch = ['ExpertDeskLedger', 'ExpertDeskIndicators', 'MyTodo'];
  const [evidenceMessage, evidenceHolder] = antMessage.useMessage();

  const save = async ({ files, ...v }: EntryValues) => {
    const e = editing === 'new' ? null : editing;
    let savedId: number | null = null;
    const ok = await form.run(
      async () => {
        if (e) {
          return update({
            variables: { input: { entryId: e.id, version: e.version, ...v } },
            refetchQueries: refetch,
            awaitRefetchQueries: true,
          });
        }
        const res = await record({ variables: { input: { appointmentId, ...v } }, refetchQueries: refetch, awaitRefetchQueries: true });
        savedId = res.data?.recordService.id ?? null;
        return res;
      },
      e ? T.entryEdited(v.serviceDate) : T.entryAdded(v.serviceDate),
    );
    if (!ok) return;
    setEditing(null);
    // The files chosen with a new entry go once it has an id; a refused file is named, the entry stays.
    if (savedId !== null) {
      for (const f of files) {
        const err = await uploadEvidence(savedId, f, lang);
        if (err) void evidenceMessage.error(`${T.evidenceFailed(f.name)}：${err}`, 8);
        else void evidenceMessage.success(T.evidenceAdded(f.name));
      }
    }
  };

  return (
    <>
      {form.holder}
      {rowAction.holder}
      {evidenceHolder}
      {indicators.data?.appointmentIndicators ? (
        <Indicators report={indicators.data.appointmentIndicators} lang={lang} />
      ) : indicators.error ? (
        <ErrorBlock error={indicators.error} onRetry={() => void indicators.refetch()} />
      ) : (
        <LoadingBlock />
      )}
      <Button
        type="primary"
        size="large"
        block
        className="record-service-button"
        onClick={() => setEditing('new')}
        data-testid="record-service"
      >
        {T.record}
      </Button>
      {rowAction.error ? <DeskErrorAlert error={rowAction.error} onClose={rowAction.clearError} /> : null}
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          {
            key: 'ledger',
            label: T.ledger,
            children: (
              <DeskList
                id="ledger"
                document={ExpertDeskLedgerDocument}
                searchFields={useLedgerSearch(lang)}
                defaultSort={{ field: 'serviceDate', direction: 'DESC' }}
                defaultSize={10}
                variables={(s) => ({
                  filter: ledgerFilter(appointmentId, s.values),
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
                columns={[
                  { title: T.serviceDate, key: 'serviceDate', dataIndex: 'serviceDate', sorter: true },
                  { title: T.kind, key: 'kind', render: (_, r) => enumLabel('serviceKind', r.kind, lang) },
                  { title: T.daysOnSite, key: 'daysOnSite', dataIndex: 'daysOnSite', sorter: true, align: 'right' },
                  { title: T.confirmation, key: 'confirmation', render: (_, r) => <ConfirmationTag value={r.confirmation} lang={lang} /> },
                  {
                    title: T.actions,
                    key: 'actions',
                    render: (_, r) => (
                      <Space size={4} data-testid={`entry-actions-${r.id}`}>
                        {r.nextActions.includes('EDIT') ? (
                          <Button size="small" onClick={() => setEditing(r)} data-testid={`edit-${r.id}`}>
                            {T.edit}
                          </Button>
                        ) : null}
                        {r.nextActions.includes('WITHDRAW') ? (
                          <Popconfirm
                            title={T.withdrawConfirm}
                            okText={T.withdraw}
                            cancelText={T.cancel}
                            okButtonProps={{ danger: true }}
                            onConfirm={() =>
                              void rowAction.run(
                                () =>
                                  withdraw({
                                    variables: { id: r.id, version: r.version },
                                    refetchQueries: refetch,
                                    awaitRefetchQueries: true,
                                  }),
                                T.entryWithdrawn(r.serviceDate),
                              )
                            }
                          >
                            <Button size="small" danger data-testid={`withdraw-${r.id}`}>
                              {T.withdraw}
                            </Button>
                          </Popconfirm>
                        ) : null}
                      </Space>
                    ),
                  },
                  { title: T.content, key: 'content', dataIndex: 'content', ellipsis: true, width: 260 },
                  { title: T.peopleTrained, key: 'peopleTrained', dataIndex: 'peopleTrained', sorter: true, align: 'right' },
                  { title: T.disputeReason, key: 'disputeReason', render: (_, r) => r.disputeReason ?? '' },
                ]}
              />
            ),
          },
          { key: 'records', label: T.achievements, children: <Achievements appointmentId={appointmentId} window={window} lang={lang} /> },
          {
            key: 'report',
            label: T.annualReport,
            children: <AnnualReport appointmentId={appointmentId} window={window} />,
          },
        ]}
      />
      <EntryForm
        open={editing !== null}
        entry={editing === 'new' ? null : editing}
        window={window}
        lang={lang}
        busy={form.busy}
        error={form.error}
        onReload={() => {
          form.clearError();
          setEditing(null);
          void indicators.refetch();
        }}
        onCancel={() => {
          form.clearError();
          setEditing(null);
        }}
        onSave={(v) => void save(v)}
      />
    </>
  );
}

const ACHIEVEMENT_KINDS: Record<AchievementKind, [string, string]> = {
  NEW_TECHNOLOGY: ['新技术', 'New technology'],
  NEW_PROCESS: ['新工艺', 'New process'],
  NEW_PRODUCT: ['新产品', 'New product'],
};
const IP_KINDS: Record<IpKind, [string, string]> = {
  INVENTION_PATENT: ['发明专利', 'Invention patent'],
  UTILITY_MODEL: ['实用新型', 'Utility model'],
  SOFTWARE_COPYRIGHT: ['软件著作权', 'Software copyright'],
};
const kindOptions = (labels: Record<string, [string, string]>, lang: 'zh' | 'en') =>
  Object.entries(labels).map(([value, l]) => ({ value, label: l[lang === 'zh' ? 0 : 1] }));
const dateRange = (field: string, v: Record<string, string>) =>
  v.dateFrom || v.dateTo ? { [field]: { ...(v.dateFrom ? { gte: v.dateFrom } : {}), ...(v.dateTo ? { lte: v.dateTo } : {}) } } : {};

/** Achievements and IP applications (Art. 7.2): the forms, and each list with search, sort and page size in the URL. */
function Achievements({
  appointmentId,
  window,
  lang,
}: {
  appointmentId: number;
  window: { start: string; end: string };
  lang: 'zh' | 'en';
}) {
  const T = useText(LEDGER_TEXT);
  const a = useWorkflowAction();
  const [addAchievement] = useMutation(RecordAchievementDocument);
  const [addIp] = useMutation(RecordIpApplicationDocument);
  const [fa] = Form.useForm();
  const [fi] = Form.useForm();
  const last = window.end < chinaToday() ? window.end : chinaToday();
  const inWindow = (d: dayjs.Dayjs) => d.format('YYYY-MM-DD') < window.start || d.format('YYYY-MM-DD') > last;
  const refetch = ['ExpertDeskAchievements', 'ExpertDeskIpApplications', 'ExpertDeskRecords', 'ExpertDeskIndicators'];
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={12}>
      {a.holder}
      {a.error ? <DeskErrorAlert error={a.error} onClose={a.clearError} /> : null}
      <Card size="small" title={T.achievement} data-testid="achievements">
        <Form
          form={fa}
          layout="vertical"
          onFinish={(v) =>
            void a
              .run(
                () =>
                  addAchievement({
                    variables: {
                      input: {
                        appointmentId,
                        kind: v.kind as AchievementKind,
                        title: String(v.title).trim(),
                        achievedOn: v.achievedOn.format('YYYY-MM-DD'),
                      },
                    },
                    refetchQueries: refetch,
                    awaitRefetchQueries: true,
                  }),
                T.achievementAdded(String(v.title).trim()),
              )
              .then((ok) => ok && fa.resetFields())
          }
        >
          <div className="entry-numbers">
            <Form.Item name="kind" label={T.achievementKind} rules={[{ required: true, message: T.required(T.achievementKind) }]}>
              <Select options={kindOptions(ACHIEVEMENT_KINDS, lang)} />
            </Form.Item>
            <Form.Item name="achievedOn" label={T.achievedOn} rules={[{ required: true, message: T.required(T.achievedOn) }]}>
              <DatePicker style={{ width: '100%' }} inputReadOnly disabledDate={inWindow} />
            </Form.Item>
          </div>
          <Form.Item
            name="title"
            label={T.achievementTitle}
            rules={[
              { required: true, whitespace: true, message: T.required(T.achievementTitle) },
              { max: 200, message: T.maxLen(T.achievementTitle, 200) },
            ]}
          >
            <Input maxLength={200} />
          </Form.Item>
          <Button htmlType="submit" loading={a.busy}>
            {T.addAchievement}
          </Button>
        </Form>
        <DeskList
          id="achievement-list"
          urlPrefix="ach"
          document={ExpertDeskAchievementsDocument}
          searchFields={[
            { name: 'q', label: T.achievementTitle, kind: 'text', width: 180 },
            { name: 'kind', label: T.achievementKind, kind: 'select', width: 140, options: kindOptions(ACHIEVEMENT_KINDS, lang) },
            { name: 'date', label: T.achievedOn, kind: 'dateRange' },
          ]}
          defaultSort={{ field: 'achievedOn', direction: 'DESC' }}
          defaultSize={10}
          variables={(st) => ({
            filter: {
              appointment: { id: { eq: appointmentId } },
              ...(st.values.q ? { title: { contains: st.values.q } } : {}),
              ...(st.values.kind && st.values.kind in ACHIEVEMENT_KINDS ? { kind: { eq: st.values.kind as AchievementKind } } : {}),
              ...dateRange('achievedOn', st.values),
            },
            orderBy: [
              { field: 'achievedOn' as const, direction: st.sort?.direction ?? 'DESC' },
              { field: 'id' as const, direction: st.sort?.direction ?? 'DESC' },
            ],
          })}
          pick={(d) => d.achievements}
          rowKey={(r) => r.id}
          columns={[
            { title: T.achievedOn, key: 'achievedOn', dataIndex: 'achievedOn', sorter: true, width: 120 },
            { title: T.achievementKind, key: 'kind', render: (_, r) => ACHIEVEMENT_KINDS[r.kind][lang === 'zh' ? 0 : 1], width: 100 },
            { title: T.achievementTitle, key: 'title', dataIndex: 'title' },
          ]}
        />
      </Card>
      <Card size="small" title={T.ip} data-testid="ip-applications">
        <Form
          form={fi}
          layout="vertical"
          onFinish={(v) =>
            void a
              .run(
                () =>
                  addIp({
                    variables: {
                      input: {
                        appointmentId,
                        kind: v.kind as IpKind,
                        title: String(v.title).trim(),
                        applicationNo: String(v.applicationNo).trim(),
                        filedOn: v.filedOn.format('YYYY-MM-DD'),
                      },
                    },
                    refetchQueries: refetch,
                    awaitRefetchQueries: true,
                  }),
                T.ipAdded(String(v.applicationNo).trim()),
              )
              .then((ok) => ok && fi.resetFields())
          }
        >
          <div className="entry-numbers">
            <Form.Item name="kind" label={T.ipKind} rules={[{ required: true, message: T.required(T.ipKind) }]}>
              <Select options={kindOptions(IP_KINDS, lang)} />
            </Form.Item>
            <Form.Item name="filedOn" label={T.filedOn} rules={[{ required: true, message: T.required(T.filedOn) }]}>
              <DatePicker style={{ width: '100%' }} inputReadOnly disabledDate={inWindow} />
            </Form.Item>
          </div>
          <Form.Item
            name="title"
            label={T.ipTitle}
            rules={[
              { required: true, whitespace: true, message: T.required(T.ipTitle) },
              { max: 200, message: T.maxLen(T.ipTitle, 200) },
            ]}
          >
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item
            name="applicationNo"
            label={T.applicationNo}
            rules={[
              { required: true, message: T.required(T.applicationNo) },
              { pattern: /^[0-9A-Za-z.-]{1,32}$/, message: T.applicationNoRule },
            ]}
          >
            <Input maxLength={32} />
          </Form.Item>
          <Button htmlType="submit" loading={a.busy}>
            {T.addIp}
          </Button>
        </Form>
        <DeskList
          id="ip-list"
          urlPrefix="ip"
          document={ExpertDeskIpApplicationsDocument}
          searchFields={[
            { name: 'q', label: T.ipTitle, kind: 'text', width: 180 },
            { name: 'kind', label: T.ipKind, kind: 'select', width: 140, options: kindOptions(IP_KINDS, lang) },
            { name: 'date', label: T.filedOn, kind: 'dateRange' },
          ]}
          defaultSort={{ field: 'filedOn', direction: 'DESC' }}
          defaultSize={10}
          variables={(st) => ({
            filter: {
              appointment: { id: { eq: appointmentId } },
              ...(st.values.q ? { or: [{ title: { contains: st.values.q } }, { applicationNo: { contains: st.values.q } }] } : {}),
              ...(st.values.kind && st.values.kind in IP_KINDS ? { kind: { eq: st.values.kind as IpKind } } : {}),
              ...dateRange('filedOn', st.values),
            },
            orderBy: [
              { field: 'filedOn' as const, direction: st.sort?.direction ?? 'DESC' },
              { field: 'id' as const, direction: st.sort?.direction ?? 'DESC' },
            ],
          })}
          pick={(d) => d.ipApplications}
          rowKey={(r) => r.id}
          columns={[
            { title: T.filedOn, key: 'filedOn', dataIndex: 'filedOn', sorter: true, width: 120 },
            { title: T.ipKind, key: 'kind', render: (_, r) => IP_KINDS[r.kind][lang === 'zh' ? 0 : 1], width: 110 },
            { title: T.applicationNo, key: 'applicationNo', dataIndex: 'applicationNo', width: 150 },
            { title: T.ipTitle, key: 'title', dataIndex: 'title' },
          ]}
        />
      </Card>
    </Space>
  );
}

function AnnualReport({ appointmentId, window }: { appointmentId: number; window: { start: string; end: string } }) {
  const T = useText(LEDGER_TEXT);
  const { lang } = useI18n();
  const q = useQuery(ExpertDeskRecordsDocument, { variables: { appointmentId } });
  const a = useWorkflowAction();
  const client = useApolloClient();
  const [submit] = useMutation(SubmitAnnualReportDocument);
  const [form] = Form.useForm();
  const thisYear = Number(chinaToday().slice(0, 4));
  const first = Number(window.start.slice(0, 4));
  const lastYear = Math.min(Number(window.end.slice(0, 4)), thisYear);
  const years = Array.from({ length: Math.max(0, lastYear - first + 1) }, (_, i) => lastYear - i);
  const done = q.data?.appointment?.annualReports ?? [];
  // In January the report usually due is last year's.
  const initialYear = chinaToday().slice(5, 7) === '01' && years.includes(thisYear - 1) ? thisYear - 1 : years[0];
  const year = (Form.useWatch('year', form) as number | undefined) ?? initialYear;
  const already = done.find((r) => r.year === year);
  const [drafting, setDrafting] = useState(false);
  const [draftNote, setDraftNote] = useState<string | null>(null);
  const draft = async () => {
    setDrafting(true);
    try {
      const res = await client.query({
        query: ExpertDeskReportDraftDocument,
        variables: { appointmentId, year },
        fetchPolicy: 'network-only',
      });
      const d = res.data?.annualReportDraft;
      if (!d) return;
      form.setFieldValue('summary', d.text);
      setDraftNote(T.draftMade(d.year, d.entries, d.asOf));
    } catch (err) {
      void a.message.error(pickLanguage((err as Error).message, lang), 8);
    } finally {
      setDrafting(false);
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={12}>
      {a.holder}
      <Card size="small" title={T.annualReport} data-testid="annual-report">
        <Form form={form} layout="vertical" initialValues={{ year: initialYear }}>
          <Form.Item name="year" label={T.reportYear}>
            <Select
              options={years.map((y) => ({ value: y, label: String(y) }))}
              style={{ maxWidth: 160 }}
              data-testid="report-year"
              onChange={() => {
                form.setFieldValue('summary', '');
                setDraftNote(null);
              }}
            />
          </Form.Item>
          {already ? (
            <Alert type="success" showIcon title={T.reportDone(already.year, already.submittedOn)} />
          ) : (
            <>
              <Form.Item
                name="summary"
                label={T.summary}
                rules={[
                  { required: true, whitespace: true, message: T.required(T.summary) },
                  { max: 8000, message: T.maxLen(T.summary, 8000) },
                ]}
              >
                <Input.TextArea rows={14} maxLength={8000} showCount data-testid="report-summary" />
              </Form.Item>
              {draftNote ? (
                <Typography.Paragraph type="secondary" style={{ fontSize: 12 }} data-testid="report-draft-note">
                  {draftNote}
                </Typography.Paragraph>
              ) : null}
              <Space wrap>
                <Button onClick={() => void draft()} loading={drafting} data-testid="report-draft">
                  {T.draftFromLedger}
                </Button>
                <Button
                  type="primary"
                  loading={a.busy}
                  data-testid="report-submit"
                  onClick={() =>
                    void form.validateFields().then((v) =>
                      Modal.confirm({
                        title: T.submitReport,
                        content: T.submitReportConfirm(v.year),
                        okText: T.submitReport,
                        cancelText: T.cancel,
                        onOk: () =>
                          a.run(
                            () =>
                              submit({
                                variables: { input: { appointmentId, year: v.year, summary: String(v.summary).trim() } },
                                refetchQueries: ['ExpertDeskRecords', 'ExpertDeskIndicators'],
                                awaitRefetchQueries: true,
                              }),
                            T.reportSubmitted(v.year),
                          ),
                      }),
                    )
                  }
                >
                  {T.submitReport}
                </Button>
              </Space>
            </>
          )}
          {a.error ? <DeskErrorAlert error={a.error} onClose={a.clearError} /> : null}
        </Form>
      </Card>
      <Card size="small" title={T.submittedReports}>
        <List
          size="small"
          dataSource={done}
          locale={{ emptyText: T.none }}
          renderItem={(r) => (
            <List.Item>
              <Typography.Text strong>{r.year}</Typography.Text> · {r.submittedOn}
            </List.Item>
          )}
        />
      </Card>
    </Space>
  );
}
