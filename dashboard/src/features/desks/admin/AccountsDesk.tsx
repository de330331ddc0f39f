/**
 * The administrator's accounts: search, sort and page in the URL; create, disable or enable,
 * unlock, reset the password (a one-time temporary one the user replaces at the next sign-in),
 * bind to an enterprise, expert or county; last sign-in and lock state. No business data.
 */
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Form, Input, Modal, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../app/i18n';
import { ENUM_LABELS, enumLabel } from '../../../charts/labels';
import { PageTitle } from '../../../components/Page';
import { dateTime } from '../../records/common';
import { DeskErrorAlert, DeskList, useText, useWorkflowAction } from '../../../desk';
import {
  AdminBindUserDocument,
  AdminCreateUserDocument,
  AdminResetPasswordDocument,
  AdminSetUserActiveDocument,
  AdminUnlockUserDocument,
  AdminUsersDocument,
  type AdminUsersQuery,
  type Role,
  type UserFilter,
  type UserSortField,
} from '../../../gql-desks/graphql';
import { BindingPicker } from './BindingPicker';
import { ADMIN_TEXT } from './text';

type U = AdminUsersQuery['users']['nodes'][number];
const BINDING: Record<string, 'divisionId' | 'enterpriseId' | 'expertId'> = {
  COUNTY_BUREAU: 'divisionId',
  ENTERPRISE: 'enterpriseId',
  EXPERT: 'expertId',
};

export default function AccountsDesk() {
  const T = useText(ADMIN_TEXT);
  const { lang } = useI18n();
  const action = useWorkflowAction();
  const [creating, setCreating] = useState(false);
  const [binding, setBinding] = useState<U | null>(null);
  const [temp, setTemp] = useState<{ username: string; password: string } | null>(null);
  const [createForm] = Form.useForm();
  const [bindForm] = Form.useForm();
  const [create] = useMutation(AdminCreateUserDocument);
  const [setActive] = useMutation(AdminSetUserActiveDocument);
  const [unlock] = useMutation(AdminUnlockUserDocument);
  const [reset] = useMutation(AdminResetPasswordDocument);
  const [bind] = useMutation(AdminBindUserDocument);
  const refetch = { refetchQueries: ['AdminUsers'], awaitRefetchQueries: true };
  const now = Date.now();
  const lockedNow = (u: U) => !!u.lockedUntil && Date.parse(u.lockedUntil) > now;
  const createRole = Form.useWatch('role', createForm) as string | undefined;

  const confirm = (title: string, run: () => Promise<unknown>, success: string, danger = false) =>
    Modal.confirm({
      title,
      okText: lang === 'zh' ? '确定' : 'OK',
      cancelText: T.cancel,
      okButtonProps: { danger },
      onOk: () => action.run(run, success),
    });

  return (
    <div className="page">
      {action.holder}
      <PageTitle
        title={T.accounts}
        note={T.accountsNote}
        actions={
          <Button type="primary" onClick={() => setCreating(true)} data-testid="create-user">
            {T.create}
          </Button>
        }
      />
      {action.error && !creating && !binding ? <DeskErrorAlert error={action.error} onClose={action.clearError} /> : null}
      <DeskList
        id="users"
        document={AdminUsersDocument}
        defaultSort={{ field: 'username', direction: 'ASC' }}
        searchFields={[
          { name: 'q', label: T.searchUser, kind: 'text' },
          {
            name: 'role',
            label: T.searchRole,
            kind: 'select',
            options: Object.keys(ENUM_LABELS.role).map((r) => ({ value: r, label: enumLabel('role', r, lang) })),
          },
          {
            name: 'state',
            label: T.searchState,
            kind: 'select',
            width: 110,
            options: Object.entries(T.states).map(([value, label]) => ({ value, label })),
          },
        ]}
        variables={(s) => {
          const f: UserFilter = {
            ...(s.values.q ? { or: [{ username: { contains: s.values.q } }, { displayName: { contains: s.values.q } }] } : {}),
            ...(s.values.role && s.values.role in ENUM_LABELS.role ? { role: { eq: s.values.role as Role } } : {}),
            ...(s.values.state === 'active' ? { active: { eq: true } } : s.values.state === 'inactive' ? { active: { eq: false } } : {}),
            ...(s.values.state === 'locked' ? { lockedUntil: { gt: new Date(Math.floor(now / 60_000) * 60_000).toISOString() } } : {}),
          };
          return {
            filter: f,
            orderBy:
              s.sort && ['username', 'role'].includes(s.sort.field)
                ? [{ field: s.sort.field as UserSortField, direction: s.sort.direction }]
                : undefined,
          };
        }}
        pick={(d) => d.users}
        rowKey={(u) => u.id}
        columns={[
          { title: T.username, key: 'username', dataIndex: 'username', sorter: true },
          { title: T.displayName, key: 'displayName', dataIndex: 'displayName' },
          { title: T.role, key: 'role', sorter: true, render: (_, u) => enumLabel('role', u.role, lang) },
          {
            title: T.active,
            key: 'state',
            render: (_, u) => (
              <Space size={2} wrap>
                <Tag color={u.active ? 'green' : 'default'}>{u.active ? T.enabled : T.disabled}</Tag>
                {lockedNow(u) ? (
                  <Tag color="red" data-testid={`locked-${u.username}`}>
                    {T.locked(dateTime(u.lockedUntil, lang))}
                  </Tag>
                ) : null}
                {u.mustChangePassword ? <Tag color="orange">{T.mustChange}</Tag> : null}
              </Space>
            ),
          },
          { title: T.failed, key: 'failed', dataIndex: 'failedAttempts', align: 'right' },
          { title: T.lastLogin, key: 'lastLogin', render: (_, u) => (u.lastLoginAt ? dateTime(u.lastLoginAt, lang) : T.never) },
          {
            title: T.binding,
            key: 'binding',
            render: (_, u) =>
              u.boundEnterpriseId
                ? `${T.enterpriseId} ${u.boundEnterpriseId}`
                : u.boundExpertId
                  ? `${T.expertId} ${u.boundExpertId}`
                  : u.divisionId
                    ? `${T.divisionId} ${u.divisionId}`
                    : '',
          },
          {
            title: T.actions,
            key: 'actions',
            render: (_, u) => (
              <Space size={4} wrap>
                {/* Only the buttons the server's nextActions allows (account-actions.ts). */}
                {u.nextActions.includes('UNLOCK') ? (
                  <Button
                    size="small"
                    data-testid={`unlock-${u.username}`}
                    onClick={() =>
                      confirm(
                        T.unlockConfirm(u.username),
                        () => unlock({ variables: { userId: u.id }, ...refetch }),
                        T.unlocked(u.username),
                      )
                    }
                  >
                    {T.unlock}
                  </Button>
                ) : null}
                {u.nextActions.includes(u.active ? 'DISABLE' : 'ENABLE') ? (
                  <Button
                    size="small"
                    danger={u.active}
                    data-testid={`active-${u.username}`}
                    onClick={() =>
                      confirm(
                        u.active ? T.disableConfirm(u.username) : T.enableConfirm(u.username),
                        () => setActive({ variables: { userId: u.id, active: !u.active }, ...refetch }),
                        u.active ? T.disabledDone(u.username) : T.enabledDone(u.username),
                        u.active,
                      )
                    }
                  >
                    {u.active ? T.disable : T.enable}
                  </Button>
                ) : null}
                {u.nextActions.includes('RESET_PASSWORD') ? (
                  <Button
                    size="small"
                    data-testid={`reset-${u.username}`}
                    onClick={() =>
                      confirm(
                        T.resetConfirm(u.username),
                        async () => {
                          const r = await reset({ variables: { userId: u.id }, ...refetch });
                          if (r.data) setTemp({ username: u.username, password: r.data.resetUserPassword });
                        },
                        T.resetDone(u.username),
                        true,
                      )
                    }
                  >
                    {T.reset}
                  </Button>
                ) : null}
                {u.nextActions.includes('BIND') && BINDING[u.role] ? (
                  <Button size="small" onClick={() => setBinding(u)} data-testid={`bind-${u.username}`}>
                    {T.bind}
                  </Button>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={creating}
        title={T.create}
        okText={T.create}
        cancelText={T.cancel}
        confirmLoading={action.busy}
        destroyOnHidden
        onCancel={() => {
          setCreating(false);
          action.clearError();
        }}
        onOk={() =>
          void createForm.validateFields().then(async (v) => {
            const field = BINDING[v.role];
            const ok = await action.run(
              () =>
                create({
                  variables: {
                    input: {
                      username: v.username.trim(),
                      displayName: v.displayName.trim(),
                      role: v.role,
                      password: v.password,
                      ...(field ? { [field]: v.bindingId } : {}),
                    },
                  },
                  ...refetch,
                }),
              T.created(v.username.trim()),
            );
            if (ok) {
              setCreating(false);
              createForm.resetFields();
            }
          })
        }
      >
        <Form form={createForm} layout="vertical" preserve={false}>
          <Form.Item
            name="username"
            label={T.username}
            rules={[
              { required: true, message: T.required(T.username) },
              {
                pattern: /^[A-Za-z0-9][A-Za-z0-9._@-]{2,63}$/,
                message:
                  lang === 'zh'
                    ? '3至64位字母、数字或 . _ @ -，以字母或数字开头'
                    : '3 to 64 letters, digits or . _ @ -, starting with a letter or digit',
              },
            ]}
          >
            <Input maxLength={64} />
          </Form.Item>
          <Form.Item
            name="displayName"
            label={T.displayName}
            rules={[{ required: true, whitespace: true, message: T.required(T.displayName) }, { max: 64 }]}
          >
            <Input maxLength={64} />
          </Form.Item>
          <Form.Item name="role" label={T.role} rules={[{ required: true, message: T.required(T.role) }]}>
            <Select options={Object.keys(ENUM_LABELS.role).map((r) => ({ value: r, label: enumLabel('role', r, lang) }))} />
          </Form.Item>
          {createRole && BINDING[createRole] ? (
            <Form.Item name="bindingId" label={T.pick[BINDING[createRole]]} rules={[{ required: true, message: T.pickRequired }]}>
              <BindingPicker field={BINDING[createRole]} />
            </Form.Item>
          ) : null}
          <Form.Item
            name="password"
            label={T.password}
            extra={T.passwordRule}
            rules={[
              { required: true, message: T.required(T.password) },
              {
                validator: async (_, v: string) => {
                  if (!v) return;
                  const classes = [/[A-Z]/, /[a-z]/, /\d/, /[^A-Za-z0-9]/].filter((r) => r.test(v)).length;
                  if (v.length < 12 || v.length > 128 || classes < 3) throw new Error(T.passwordRule);
                },
              },
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        </Form>
        {action.error ? <DeskErrorAlert error={action.error} /> : null}
      </Modal>
      <Modal
        open={!!binding}
        title={binding ? T.bindTitle(binding.username, enumLabel('role', binding.role, lang)) : ''}
        okText={T.bind}
        cancelText={T.cancel}
        confirmLoading={action.busy}
        destroyOnHidden
        onCancel={() => {
          setBinding(null);
          action.clearError();
        }}
        onOk={() =>
          void bindForm.validateFields().then(async (v) => {
            if (!binding) return;
            const ok = await action.run(
              () => bind({ variables: { input: { userId: binding.id, [BINDING[binding.role]]: v.id } }, ...refetch }),
              T.bound(binding.username),
            );
            if (ok) setBinding(null);
          })
        }
      >
        <Typography.Paragraph type="secondary">{T.bindNote}</Typography.Paragraph>
        {binding ? (
          <Form form={bindForm} layout="vertical" preserve={false}>
            <Form.Item name="id" label={T.pick[BINDING[binding.role]]} rules={[{ required: true, message: T.pickRequired }]}>
              <BindingPicker field={BINDING[binding.role]} />
            </Form.Item>
          </Form>
        ) : null}
        {action.error ? <DeskErrorAlert error={action.error} /> : null}
      </Modal>
      <Modal
        open={!!temp}
        title={temp ? `${T.reset} · ${temp.username}` : ''}
        footer={<Button onClick={() => setTemp(null)}>{T.close}</Button>}
        onCancel={() => setTemp(null)}
      >
        <Alert
          type="warning"
          showIcon
          title={T.tempPassword}
          description={
            <Typography.Text copyable code data-testid="temp-password">
              {temp?.password}
            </Typography.Text>
          }
        />
      </Modal>
    </div>
  );
}
