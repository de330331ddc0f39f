/**
 * One application of the enterprise: the Art. 13 form (needs, expert from the directory,
 * position, period, allowance, last year's figures, priority credentials), the materials
 * checklist with uploads, and, before submitting, every rule E1-E6, N1-N5 with its article as
 * the server evaluates it on the saved draft. A case returned for correction shows the
 * reviewer's reason and highlights the fields to fix. Submit and withdraw come from `nextActions`.
 */
import { useApolloClient, useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Form,
  Input,
  message as antMessage,
  Radio,
  Row,
  Select,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useAuth } from '../../../app/auth';
import { useI18n } from '../../../app/i18n';
import { enumLabel } from '../../../charts/labels';
import {
  ActionBar,
  defaultServicePeriod,
  DeskErrorAlert,
  DeskPage,
  fenToYuanInput,
  minServiceEnd,
  parseYuan,
  pickLanguage,
  readDeskError,
  useText,
  yuanRule,
  type DeskError,
} from '../../../desk';
import {
  type EnterpriseOpenCallsQuery,
  type EnterpriseOpenCallsQueryVariables,
  type EnterpriseApplicationQuery,
  type MaterialKind,
  type Position,
  type EnterpriseApplicationQueryVariables,
  type EnterpriseSelfQuery,
  type EnterpriseSelfQueryVariables,
  type ExpertSearchQuery,
  type ExpertSearchQueryVariables,
  type CreateDeskApplicationMutation,
  type CreateDeskApplicationMutationVariables,
  type UpdateDeskApplicationMutation,
  type UpdateDeskApplicationMutationVariables,
  type SubmitDeskApplicationMutation,
  type SubmitDeskApplicationMutationVariables,
  type WithdrawDeskApplicationMutation,
  type WithdrawDeskApplicationMutationVariables,
  type DeleteDeskMaterialMutation,
  type DeleteDeskMaterialMutationVariables,
} from '../../../gql/graphql';
import { operation } from '../../../desk/operation';
import SOURCE from './EnterpriseApplication.graphql?raw';
import DESK_SOURCE from './EnterpriseDesk.graphql?raw';
import FRAGMENT_0 from '../../records/ApplicationRecord.graphql?raw';
import { ReviewHistory } from '../../records/ReviewHistory';
import { dateTime, RecordGate, Section, StageTag } from '../../records/common';
import { MATERIAL_KINDS, MATERIAL_LABELS, materialLabel, RulePreviewTable } from '../shared/CaseParts';
import { FIX_FIELDS, parseReturnReason, type FixField } from '../shared/fixFields';
import { InviteExpertDialog, type InvitedExpert } from './InviteExpert';
import { ENTERPRISE_TEXT } from './text';

const EnterpriseOpenCallsDocument = operation<EnterpriseOpenCallsQuery, EnterpriseOpenCallsQueryVariables>(
  DESK_SOURCE,
  'EnterpriseOpenCalls',
);
const EnterpriseApplicationDocument = operation<EnterpriseApplicationQuery, EnterpriseApplicationQueryVariables>(
  SOURCE,
  'EnterpriseApplication',
  FRAGMENT_0,
);
const EnterpriseSelfDocument = operation<EnterpriseSelfQuery, EnterpriseSelfQueryVariables>(SOURCE, 'EnterpriseSelf', FRAGMENT_0);
const ExpertSearchDocument = operation<ExpertSearchQuery, ExpertSearchQueryVariables>(SOURCE, 'ExpertSearch', FRAGMENT_0);
const CreateDeskApplicationDocument = operation<CreateDeskApplicationMutation, CreateDeskApplicationMutationVariables>(
  SOURCE,
  'CreateDeskApplication',
  FRAGMENT_0,
);
const UpdateDeskApplicationDocument = operation<UpdateDeskApplicationMutation, UpdateDeskApplicationMutationVariables>(
  SOURCE,
  'UpdateDeskApplication',
  FRAGMENT_0,
);
const SubmitDeskApplicationDocument = operation<SubmitDeskApplicationMutation, SubmitDeskApplicationMutationVariables>(
  SOURCE,
  'SubmitDeskApplication',
  FRAGMENT_0,
);
const WithdrawDeskApplicationDocument = operation<WithdrawDeskApplicationMutation, WithdrawDeskApplicationMutationVariables>(
  SOURCE,
  'WithdrawDeskApplication',
  FRAGMENT_0,
);
const DeleteDeskMaterialDocument = operation<DeleteDeskMaterialMutation, DeleteDeskMaterialMutationVariables>(
  SOURCE,
  'DeleteDeskMaterial',
  FRAGMENT_0,
);

type App = NonNullable<EnterpriseApplicationQuery['application']>;

/** Rule N5 (Art. 11.2): at least 1,000 yuan a month; the server judges it again. */
const MIN_ALLOWANCE_FEN = 100_000;

const POSITIONS: Position[] = ['DEPUTY_GENERAL_MANAGER', 'DEPUTY_CHIEF_ENGINEER', 'ASSISTANT_GENERAL_MANAGER'];

interface FormValues {
  techNeeds: string;
  proposedExpertId?: number | null;
  proposedPosition: Position;
  period: [Dayjs | null, Dayjs | null];
  monthlyAllowance: string;
  revenue: string;
  rd: string;
  credentials: string[];
}

export default function EnterpriseApplication() {
  const { id } = useParams();
  const isNew = id === 'new';
  const appId = Number(id);
  const valid = isNew || (Number.isInteger(appId) && appId > 0);
  const q = useQuery(EnterpriseApplicationDocument, { variables: { id: appId }, skip: isNew || !valid, fetchPolicy: 'cache-and-network' });
  if (isNew) return <ApplicationForm app={null} reload={() => undefined} preview={[]} />;
  return (
    <RecordGate loading={q.loading} error={q.error} found={!!q.data?.application}>
      {() => <ApplicationForm app={q.data!.application!} preview={q.data!.previewApplicationRules} reload={() => void q.refetch()} />}
    </RecordGate>
  );
}

function ApplicationForm({
  app,
  preview,
  reload,
}: {
  app: App | null;
  preview: EnterpriseApplicationQuery['previewApplicationRules'];
  reload: () => void;
}) {
  const T = useText(ENTERPRISE_TEXT);
  const { lang } = useI18n();
  const { me } = useAuth();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [message, holder] = antMessage.useMessage();
  const [form] = Form.useForm<FormValues>();
  const self = useQuery(EnterpriseSelfDocument, { variables: { id: me.enterpriseId ?? 0 }, skip: !me.enterpriseId });
  const calls = useQuery(EnterpriseOpenCallsDocument, { skip: !!app });
  const [create] = useMutation(CreateDeskApplicationDocument);
  const [update] = useMutation(UpdateDeskApplicationDocument);
  const [submit] = useMutation(SubmitDeskApplicationDocument);
  const [withdraw] = useMutation(WithdrawDeskApplicationDocument);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<DeskError | null>(null);
  const [dirty, setDirty] = useState(false);
  const [inviteOpen, setInviteOpen] = useState(false);
  const [invited, setInvited] = useState<InvitedExpert | null>(null);
  const editable = !app || app.stage === 'DRAFT';

  // The last return for correction: its reason and the fields the reviewer named.
  const lastReturn =
    app && app.stage === 'DRAFT'
      ? [...app.reviewHistory].filter((d) => d.decision === 'RETURN').sort((a, b) => b.decidedAt.localeCompare(a.decidedAt))[0]
      : undefined;
  const toFix = useMemo(() => new Set<FixField>(lastReturn ? parseReturnReason(lastReturn.reason).fields : []), [lastReturn?.id]);
  const fixClass = (f: FixField) => (toFix.has(f) ? 'field-to-fix' : undefined);

  const enterprise = self.data?.enterprise;
  const initial = useMemo<Partial<FormValues>>(() => {
    const creds = (e?: { highTech: boolean; gazelle: boolean; municipalProject: boolean } | null) =>
      e ? [e.highTech ? 'highTech' : '', e.gazelle ? 'gazelle' : '', e.municipalProject ? 'municipalProject' : ''].filter(Boolean) : [];
    if (!app) {
      // China time, not the browser's: a form opened abroad proposes the same period.
      const { start, end } = defaultServicePeriod();
      return {
        proposedPosition: 'DEPUTY_CHIEF_ENGINEER',
        period: [dayjs(start), dayjs(end)],
        monthlyAllowance: '',
        revenue: enterprise ? fenToYuanInput(enterprise.revenueFen) : '',
        rd: enterprise ? fenToYuanInput(enterprise.rdSpendingFen) : '',
        credentials: creds(enterprise),
      };
    }
    return {
      techNeeds: app.techNeeds,
      proposedExpertId: app.proposedExpertId ?? null,
      proposedPosition: app.proposedPosition,
      period: [
        app.proposedServiceStart ? dayjs(app.proposedServiceStart) : null,
        app.proposedServiceEnd ? dayjs(app.proposedServiceEnd) : null,
      ],
      monthlyAllowance: fenToYuanInput(app.monthlyAllowanceFen),
      revenue: app.enterprise ? fenToYuanInput(app.enterprise.revenueFen) : '',
      rd: app.enterprise ? fenToYuanInput(app.enterprise.rdSpendingFen) : '',
      credentials: creds(app.enterprise),
    };
    // Reset only when the record itself changes (a save, a reload): a late answer about the
    // enterprise must not overwrite what is being typed into a saved draft.
  }, [app ? `${app.id}:${app.version}` : `new:${enterprise?.id ?? ''}`]);
  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(initial as FormValues);
    setDirty(false);
  }, [initial]);

  const save = async () => {
    const v = await form.validateFields();
    const fen = (s: string) => {
      const r = parseYuan(s);
      return r.ok ? r.fen : 0;
    };
    const draft = {
      techNeeds: v.techNeeds.trim(),
      proposedExpertId: v.proposedExpertId ?? null,
      proposedPosition: v.proposedPosition,
      proposedServiceStart: v.period[0]!.format('YYYY-MM-DD'),
      proposedServiceEnd: v.period[1]!.format('YYYY-MM-DD'),
      monthlyAllowanceFen: fen(v.monthlyAllowance),
      enterpriseFacts: {
        revenueFen: fen(v.revenue),
        rdSpendingFen: fen(v.rd),
        highTech: v.credentials.includes('highTech'),
        gazelle: v.credentials.includes('gazelle'),
        municipalProject: v.credentials.includes('municipalProject'),
      },
    };
    setSaving(true);
    setSaveError(null);
    try {
      if (!app) {
        const call = calls.data?.calls.nodes[0];
        const res = await create({ variables: { input: { ...draft, callId: call?.id ?? 0 } } });
        void message.success(T.saved);
        void client.refetchQueries({ include: ['MyTodo', 'EnterpriseOpenCalls'] });
        navigate(`/desk/enterprise/applications/${res.data!.createApplication.id}`, { replace: true });
      } else {
        await update({ variables: { input: { ...draft, applicationId: app.id, version: app.version } } });
        void message.success(T.saved);
        setDirty(false);
        reload();
      }
    } catch (err) {
      setSaveError(readDeskError(err, lang));
    } finally {
      setSaving(false);
    }
  };

  const failing = preview.filter((r) => !r.passed);
  const title = app ? (app.call?.title ?? `#${app.id}`) : T.newTitle;
  return (
    <DeskPage
      list={{ title: T.list, path: '/desk/enterprise' }}
      title={title}
      status={app ? <StageTag stage={app.stage} /> : <Tag>{T.newTitle}</Tag>}
      meta={[enterprise?.name ?? app?.enterprise?.name, app?.submittedAt ? `${T.submitted} ${dateTime(app.submittedAt, lang)}` : null]
        .filter(Boolean)
        .join(' · ')}
      actions={
        app ? (
          <ActionBar
            subject={title}
            stage={app.stage}
            nextActions={app.nextActions}
            onDone={reload}
            onReload={reload}
            specs={{
              SUBMIT: {
                primary: true,
                describe: T.submitDescribe,
                disabledReason: dirty ? T.dirty : app.missingMaterials.length ? T.missing(app.missingMaterials.length) : undefined,
                run: () => submit({ variables: { input: { applicationId: app.id, version: app.version } } }),
              },
              WITHDRAW: {
                danger: true,
                describe: T.withdrawDescribe,
                reasonLabel: T.withdrawReason,
                run: ({ reason }) =>
                  withdraw({ variables: { input: { applicationId: app.id, version: app.version, reason: reason ?? '' } } }),
              },
            }}
          />
        ) : null
      }
    >
      {holder}
      <InviteExpertDialog
        open={inviteOpen}
        onClose={() => setInviteOpen(false)}
        onInvited={(e) => {
          setInvited(e);
          setInviteOpen(false);
          form.setFieldValue('proposedExpertId', e.id);
          setDirty(true);
          void message.success(T.invited(e.name));
        }}
      />
      {lastReturn ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="returned-alert"
          title={T.returnedTitle}
          description={
            <div>
              <div>{T.returnedBy(enumLabel('role', lastReturn.actorRole, lang), dateTime(lastReturn.decidedAt, lang))}</div>
              {toFix.size ? (
                <div data-testid="fix-list">
                  {T.fixThese}
                  {FIX_FIELDS.filter((f) => toFix.has(f.key)).map((f) => (
                    <Tag color="orange" key={f.key}>
                      {lang === 'zh' ? f.zh : f.en}
                    </Tag>
                  ))}
                </div>
              ) : null}
              <div data-testid="return-reason">{parseReturnReason(lastReturn.reason).text || lastReturn.reason}</div>
            </div>
          }
        />
      ) : null}
      {app && editable && (app.missingMaterials.length || failing.length) ? (
        <Alert
          type={failing.length ? 'error' : 'info'}
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="submit-blockers"
          title={[
            app.missingMaterials.length ? T.missing(app.missingMaterials.length) : '',
            failing.length ? T.rulesFail(failing.length) : '',
          ]
            .filter(Boolean)
            .join('；')}
        />
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card size="small" title={T.apply} data-testid="application-form">
            <Form form={form} layout="vertical" disabled={!editable} onValuesChange={() => setDirty(true)} initialValues={initial}>
              <Form.Item
                name="techNeeds"
                label={T.techNeeds}
                className={fixClass('techNeeds')}
                extra={T.techNeedsHint}
                rules={[{ required: true, whitespace: true, min: 10, max: 4000, message: T.techNeedsHint }]}
              >
                <Input.TextArea rows={4} showCount maxLength={4000} data-testid="f-techNeeds" />
              </Form.Item>
              <Form.Item
                label={T.expertPick}
                className={fixClass('proposedExpertId')}
                extra={
                  <span>
                    {T.expertInvite}
                    {editable ? (
                      <Button type="link" size="small" onClick={() => setInviteOpen(true)} data-testid="invite-expert">
                        {T.inviteButton}
                      </Button>
                    ) : null}
                  </span>
                }
              >
                <Form.Item name="proposedExpertId" noStyle>
                  <ExpertPicker current={app?.proposedExpert ?? null} invited={invited} />
                </Form.Item>
              </Form.Item>
              <Row gutter={16}>
                <Col xs={24} md={12}>
                  <Form.Item
                    name="proposedPosition"
                    label={T.position}
                    className={fixClass('proposedPosition')}
                    rules={[{ required: true, message: T.required }]}
                  >
                    <Radio.Group
                      optionType="button"
                      options={POSITIONS.map((p) => ({ value: p, label: enumLabel('position', p, lang) }))}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item
                    name="period"
                    label={T.period}
                    className={fixClass('servicePeriod')}
                    extra={T.periodHint}
                    rules={[
                      {
                        required: true,
                        validator: async (_, v: FormValues['period'] | undefined) => {
                          if (!v?.[0] || !v?.[1]) throw new Error(T.required);
                          const start = v[0].format('YYYY-MM-DD');
                          const end = v[1].format('YYYY-MM-DD');
                          if (end < minServiceEnd(start)) throw new Error(T.periodShort(minServiceEnd(start)));
                        },
                      },
                    ]}
                  >
                    <DatePicker.RangePicker style={{ width: '100%' }} data-testid="f-period" />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item
                name="monthlyAllowance"
                label={T.allowance}
                className={fixClass('monthlyAllowance')}
                extra={T.allowanceHint}
                rules={[yuanRule(lang, { required: true, minFen: MIN_ALLOWANCE_FEN, minText: T.allowanceLow })]}
              >
                <Input inputMode="decimal" suffix="元" style={{ maxWidth: 240 }} data-testid="f-allowance" />
              </Form.Item>
              <Typography.Text strong>{T.facts}</Typography.Text>
              <Row gutter={16} className={fixClass('enterpriseFacts')}>
                <Col xs={24} md={12}>
                  <Form.Item name="revenue" label={T.revenue} rules={[yuanRule(lang, { required: true })]}>
                    <Input inputMode="decimal" suffix="元" data-testid="f-revenue" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name="rd" label={T.rd} rules={[yuanRule(lang, { required: true })]}>
                    <Input inputMode="decimal" suffix="元" data-testid="f-rd" />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item name="credentials" label={T.credentials} className={fixClass('credentials')}>
                <Checkbox.Group
                  options={[
                    { value: 'highTech', label: T.highTech },
                    { value: 'gazelle', label: T.gazelle },
                    { value: 'municipalProject', label: T.municipal },
                  ]}
                />
              </Form.Item>
              {saveError ? <DeskErrorAlert error={saveError} onClose={() => setSaveError(null)} onReload={reload} /> : null}
              {editable ? (
                <Button
                  type="primary"
                  onClick={() => void save()}
                  loading={saving}
                  disabled={false}
                  data-testid="save-draft"
                  style={{ marginTop: 8 }}
                >
                  {app ? T.save : T.create}
                </Button>
              ) : null}
            </Form>
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <div className="desk-stack">
            {app ? (
              <MaterialsChecklist app={app} editable={editable} highlight={toFix.has('materials')} onChange={reload} />
            ) : (
              <Card size="small" title={T.checklist}>
                <Typography.Text type="secondary">{T.checklistHint}</Typography.Text>
              </Card>
            )}
            {app ? (
              <Section id="history" title={lang === 'zh' ? '办理记录' : 'History'}>
                <ReviewHistory items={app.reviewHistory} />
              </Section>
            ) : null}
          </div>
        </Col>
        {app ? (
          <Col xs={24}>
            <RulePreviewTable rows={preview} />
          </Col>
        ) : null}
      </Row>
    </DeskPage>
  );
}

/** Picks an expert from the directory (name, institution or discipline); the value is the expert's id. */
function ExpertPicker({
  value,
  onChange,
  current,
  invited,
  disabled,
}: {
  value?: number | null;
  onChange?: (v: number | null) => void;
  current: App['proposedExpert'] | null;
  /** An expert just invited from the form (not yet saved on the draft). */
  invited?: InvitedExpert | null;
  disabled?: boolean;
}) {
  const T = useText(ENTERPRISE_TEXT);
  const { lang } = useI18n();
  const [search, { data, loading }] = useLazyQuery(ExpertSearchDocument);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const card = (e: Pick<InvitedExpert, 'name' | 'institutionName' | 'degree' | 'title' | 'discipline'>) =>
    `${e.name}（${e.institutionName} · ${enumLabel('degree', e.degree, lang)} · ${enumLabel('title', e.title, lang)} · ${e.discipline}）`;
  const options = [
    ...(current ? [{ value: current.id, label: `${current.name}（${current.institution?.nameZh ?? ''}）` }] : []),
    ...(invited && invited.id !== current?.id ? [{ value: invited.id, label: card(invited) }] : []),
    ...(data?.expertDirectory ?? [])
      .filter((e) => e.id !== current?.id && e.id !== invited?.id)
      .map((e) => ({ value: e.id, label: card(e) })),
  ];
  return (
    <Select
      showSearch
      allowClear
      disabled={disabled}
      value={value ?? undefined}
      placeholder={T.expertSearch}
      filterOption={false}
      loading={loading}
      notFoundContent={null}
      data-testid="f-expert"
      onSearch={(s) => {
        clearTimeout(timer.current);
        if (s.trim()) timer.current = setTimeout(() => void search({ variables: { search: s.trim() } }), 250);
      }}
      onChange={(v) => onChange?.((v as number | undefined) ?? null)}
      options={options}
    />
  );
}

/** The Art. 13 checklist: what is there, what is missing, upload and remove while it is a draft. */
function MaterialsChecklist({
  app,
  editable,
  highlight,
  onChange,
}: {
  app: App;
  editable: boolean;
  highlight: boolean;
  onChange: () => void;
}) {
  const T = useText(ENTERPRISE_TEXT);
  const { lang } = useI18n();
  const [message, holder] = antMessage.useMessage();
  const [remove] = useMutation(DeleteDeskMaterialDocument);
  const missing = new Set(app.missingMaterials);
  const upload = async (kind: MaterialKind, file: File) => {
    const res = await fetch(`/api/applications/${app.id}/materials?kind=${kind}&fileName=${encodeURIComponent(file.name)}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': file.type || 'application/octet-stream' },
      body: file,
    });
    const json = (await res.json().catch(() => ({}))) as { errors?: Array<{ message: string }> };
    if (!res.ok) {
      void message.error(`${T.uploadFailed}：${pickLanguage(json.errors?.[0]?.message ?? `HTTP ${res.status}`, lang)}`, 8);
      return;
    }
    void message.success(T.uploaded(file.name));
    onChange();
  };
  return (
    <Card
      size="small"
      title={T.checklist}
      className={highlight ? 'field-to-fix' : undefined}
      extra={missing.size ? <Tag color="orange">{T.missing(missing.size).split('，')[0].split(';')[0]}</Tag> : <Tag color="green">✓</Tag>}
      style={{ marginBottom: 16 }}
      data-testid="materials-checklist"
    >
      {holder}
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {T.checklistHint}
      </Typography.Paragraph>
      <Table
        size="small"
        rowKey="kind"
        pagination={false}
        showHeader={false}
        dataSource={MATERIAL_KINDS.map((kind) => ({ kind, files: app.materials.filter((m) => m.kind === kind) }))}
        columns={[
          {
            title: '',
            key: 'k',
            render: (_, r) => (
              <span data-testid={`material-${r.kind}`} data-missing={missing.has(r.kind) ? '1' : '0'}>
                {missing.has(r.kind) ? <Tag color="orange">✗</Tag> : <Tag color="green">✓</Tag>}
                {materialLabel(r.kind, lang)}
                <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 4 }}>
                  {MATERIAL_LABELS[r.kind][2]}
                </Typography.Text>
                {r.files.map((m) => (
                  <div key={m.id} style={{ fontSize: 12 }}>
                    <a href={`/api/applications/${app.id}/materials/${m.id}`} target="_blank" rel="noopener">
                      {m.fileName}
                    </a>
                    {editable ? (
                      <Button
                        size="small"
                        type="link"
                        danger
                        onClick={async () => {
                          await remove({ variables: { id: m.id } });
                          void message.success(T.removed);
                          onChange();
                        }}
                      >
                        {T.remove}
                      </Button>
                    ) : null}
                  </div>
                ))}
              </span>
            ),
          },
          {
            title: '',
            key: 'u',
            width: 96,
            render: (_, r) =>
              editable ? (
                <Upload
                  showUploadList={false}
                  accept=".pdf,.png,.jpg,.jpeg,.xlsx,.csv"
                  customRequest={({ file, onSuccess }) => {
                    void upload(r.kind, file as File).then(() => onSuccess?.({}));
                  }}
                >
                  <Button size="small" data-testid={`upload-${r.kind}`}>
                    {r.files.length ? T.replace : T.upload}
                  </Button>
                </Upload>
              ) : null,
          },
        ]}
      />
    </Card>
  );
}
