/**
 * 邀请新专家: the enterprise enters an expert who is not in the directory (Art. 12.1, 13.3). The
 * resident ID (GB 11643 check digit) and mobile number are checked here with the server's own
 * rules (`src/desk/identifiers.ts`) so a typo is pointed at before sending; the server checks
 * again and its answer about a field is shown on that field.
 */
import { useMutation, useQuery } from '@apollo/client/react';
import { DatePicker, Form, Input, Modal, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useI18n } from '../../../app/i18n';
import { enumLabel } from '../../../charts/labels';
import { DeskErrorAlert, mobilePhoneRule, readDeskError, residentIdRule, useText, type DeskError } from '../../../desk';
import { operation } from '../../../desk/operation';
import type {
  Degree,
  InviteDeskExpertMutation,
  InviteDeskExpertMutationVariables,
  InviteInstitutionsQuery,
  InviteInstitutionsQueryVariables,
  ProfessionalTitle,
} from '../../../gql-desks/graphql';
import SOURCE from './InviteExpert.graphql?raw';
import { ENTERPRISE_TEXT } from './text';

const InviteInstitutionsDocument = operation<InviteInstitutionsQuery, InviteInstitutionsQueryVariables>(SOURCE, 'InviteInstitutions');
const InviteDeskExpertDocument = operation<InviteDeskExpertMutation, InviteDeskExpertMutationVariables>(SOURCE, 'InviteDeskExpert');

export type InvitedExpert = InviteDeskExpertMutation['inviteExpert'];

const DEGREES: Degree[] = ['DOCTORATE', 'MASTER', 'BACHELOR', 'OTHER'];
const TITLES: ProfessionalTitle[] = ['SENIOR', 'ASSOCIATE_SENIOR', 'INTERMEDIATE', 'JUNIOR', 'NONE'];
/** The server's input names → the dialog's fields, to put a refusal on its field. */
const FIELDS = ['name', 'institutionId', 'degree', 'title', 'discipline', 'researchFields', 'workStartedOn', 'phone', 'idNumber'];

interface Values {
  name: string;
  institutionId: number;
  degree: Degree;
  title: ProfessionalTitle;
  discipline: string;
  researchFields: string[];
  workStartedOn: Dayjs;
  phone: string;
  idNumber: string;
}

export function InviteExpertDialog({
  open,
  onClose,
  onInvited,
}: {
  open: boolean;
  onClose: () => void;
  onInvited: (e: InvitedExpert) => void;
}) {
  const T = useText(ENTERPRISE_TEXT);
  const { lang } = useI18n();
  const [form] = Form.useForm<Values>();
  const institutions = useQuery(InviteInstitutionsDocument, { skip: !open });
  const [invite] = useMutation(InviteDeskExpertDocument);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<DeskError | null>(null);
  const required = { required: true, message: T.required };

  const send = async () => {
    const v = await form.validateFields();
    setSaving(true);
    setError(null);
    try {
      const res = await invite({
        variables: {
          input: {
            name: v.name.trim(),
            institutionId: v.institutionId,
            degree: v.degree,
            title: v.title,
            discipline: v.discipline.trim(),
            researchFields: v.researchFields.map((f) => f.trim()).filter(Boolean),
            workStartedOn: v.workStartedOn.format('YYYY-MM-DD'),
            phone: v.phone.trim(),
            idNumber: v.idNumber.trim().toUpperCase(),
          },
        },
      });
      form.resetFields();
      onInvited(res.data!.inviteExpert);
    } catch (err) {
      const e = readDeskError(err, lang);
      if (e.field && FIELDS.includes(e.field)) form.setFields([{ name: e.field as keyof Values, errors: [e.message] }]);
      setError(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={T.inviteTitle}
      okText={T.inviteOk}
      cancelText={lang === 'zh' ? '取消' : 'Cancel'}
      confirmLoading={saving}
      onOk={() => void send()}
      onCancel={onClose}
      width={640}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'invite-ok' } as Record<string, string>}
    >
      <Typography.Paragraph type="secondary">{T.inviteNote}</Typography.Paragraph>
      <Form form={form} layout="vertical" data-testid="invite-form" preserve={false}>
        <Form.Item name="name" label={T.inviteName} rules={[{ ...required, whitespace: true, max: 64 }]}>
          <Input maxLength={64} data-testid="invite-name" />
        </Form.Item>
        <Form.Item name="institutionId" label={T.inviteInstitution} rules={[required]}>
          <Select
            showSearch
            optionFilterProp="label"
            loading={institutions.loading}
            data-testid="invite-institution"
            options={(institutions.data?.institutions ?? []).map((i) => ({ value: i.id, label: lang === 'zh' ? i.nameZh : i.nameEn }))}
          />
        </Form.Item>
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))', columnGap: 16 }}>
          <Form.Item name="degree" label={T.inviteDegree} rules={[required]}>
            <Select data-testid="invite-degree" options={DEGREES.map((d) => ({ value: d, label: enumLabel('degree', d, lang) }))} />
          </Form.Item>
          <Form.Item name="title" label={T.inviteTitleField} rules={[required]}>
            <Select data-testid="invite-title" options={TITLES.map((t) => ({ value: t, label: enumLabel('title', t, lang) }))} />
          </Form.Item>
          <Form.Item name="discipline" label={T.inviteDiscipline} rules={[{ ...required, whitespace: true, max: 64 }]}>
            <Input maxLength={64} data-testid="invite-discipline" />
          </Form.Item>
          <Form.Item name="workStartedOn" label={T.inviteStarted} rules={[required]}>
            <DatePicker style={{ width: '100%' }} data-testid="invite-started" />
          </Form.Item>
        </div>
        <Form.Item
          name="researchFields"
          label={T.inviteFields}
          extra={T.inviteFieldsHint}
          rules={[
            { required: true, type: 'array', min: 1, message: T.required },
            { type: 'array', max: 10, message: T.inviteFieldsHint },
          ]}
        >
          <Select mode="tags" open={false} tokenSeparators={['，', ',', '、']} data-testid="invite-fields" />
        </Form.Item>
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))', columnGap: 16 }}>
          <Form.Item name="phone" label={T.invitePhone} validateTrigger="onBlur" rules={[required, mobilePhoneRule(lang)]}>
            <Input inputMode="tel" maxLength={11} data-testid="invite-phone" />
          </Form.Item>
          <Form.Item name="idNumber" label={T.inviteId} validateTrigger="onBlur" rules={[required, residentIdRule(lang)]}>
            <Input maxLength={18} data-testid="invite-id" />
          </Form.Item>
        </div>
      </Form>
      {error ? <DeskErrorAlert error={error} onClose={() => setError(null)} /> : null}
    </Modal>
  );
}
