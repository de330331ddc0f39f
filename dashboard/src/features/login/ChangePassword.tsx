/**
 * The user's own password change: forced right after a sign-in with the temporary password an
 * administrator issued (the server refuses everything else until then), and offered to everyone
 * from the user menu. The server checks the current password and the password policy and ends
 * the user's other sessions. This file and its words load only when the form is shown.
 */
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Form, Input, message, Segmented, Space, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../app/i18n';
import { describeError } from '../../components/States';
import { useText } from '../../desk/text';
import { ChangeMyPasswordDocument } from '../../gql/graphql';
import { PASSWORD_TEXT } from './text';

interface Values {
  currentPassword: string;
  newPassword: string;
  repeat: string;
}

/** The form; `forced` names the current password the temporary one. */
export function ChangePasswordForm({ forced = false, onDone, onCancel }: { forced?: boolean; onDone(): void; onCancel?(): void }) {
  const T = useText(PASSWORD_TEXT);
  const [change, { loading }] = useMutation(ChangeMyPasswordDocument);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<Values>();

  const onFinish = async (v: Values) => {
    setError(null);
    try {
      await change({ variables: { currentPassword: v.currentPassword, newPassword: v.newPassword } });
      form.resetFields();
      onDone();
    } catch (e) {
      setError(describeError(e).message);
    }
  };

  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={(v) => void onFinish(v)}
      requiredMark={false}
      disabled={loading}
      data-testid="change-password"
    >
      <Form.Item
        name="currentPassword"
        label={forced ? T.currentForced : T.current}
        rules={[{ required: true, message: T.currentRequired }]}
      >
        <Input.Password autoComplete="current-password" autoFocus />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={T.next}
        extra={T.rule}
        rules={[
          { required: true, message: T.nextRequired },
          { min: 12, message: T.tooShort },
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="repeat"
        label={T.repeat}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: T.nextRequired },
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              !value || value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(T.mismatch)),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      {error && <Alert type="error" showIcon title={`${T.failed}：${error}`} style={{ marginBottom: 16 }} role="alert" />}
      <Space>
        <Button type="primary" htmlType="submit" loading={loading} data-testid="change-password-submit">
          {T.submit}
        </Button>
        {onCancel && <Button onClick={onCancel}>{T.cancel}</Button>}
      </Space>
    </Form>
  );
}

/** The page shown instead of the platform while the password must be changed. */
export default function ChangePasswordPage({
  me,
  onSignOut,
}: {
  me: { displayName: string; username: string };
  onSignOut(): Promise<void>;
}) {
  const T = useText(PASSWORD_TEXT);
  const { t, lang, setLang } = useI18n();
  const client = useApolloClient();
  return (
    <div className="login-page">
      <div className="login-brand">
        <div className="login-emblem" aria-hidden>
          科
        </div>
        <h1>{t('appName')}</h1>
      </div>
      <Card
        className="login-card"
        title={T.forcedTitle}
        extra={
          <Segmented
            size="small"
            value={lang}
            onChange={(v) => setLang(v as 'zh' | 'en')}
            options={[
              { label: '中文', value: 'zh' },
              { label: 'EN', value: 'en' },
            ]}
          />
        }
      >
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={T.forcedNote} data-testid="password-change-required" />
        <Typography.Paragraph type="secondary">{T.who(me.displayName, me.username)}</Typography.Paragraph>
        <ChangePasswordForm
          forced
          onDone={() => {
            void message.success(T.done);
            // `me` is read again: without the flag the platform appears.
            void client.resetStore();
          }}
        />
        <Button type="link" block style={{ marginTop: 8 }} onClick={() => void onSignOut()} data-testid="logout">
          {T.signOut}
        </Button>
      </Card>
    </div>
  );
}
