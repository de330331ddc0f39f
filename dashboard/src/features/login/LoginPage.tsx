/** Sign-in: user name and password; the server sets an HttpOnly session cookie. */
import { Alert, Button, Card, Form, Input, Segmented } from 'antd';
import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { homeOf } from '../../app/access';
import { useLogin } from '../../app/auth';
import { useI18n } from '../../app/i18n';
import { describeError } from '../../components/States';

export default function LoginPage() {
  const { t, lang, setLang } = useI18n();
  const { login, loading } = useLogin();
  const [error, setError] = useState<string | null>(null);
  const navigate = useNavigate();
  const location = useLocation();
  const onFinish = async (v: { username: string; password: string }) => {
    setError(null);
    try {
      const me = await login(v.username.trim(), v.password);
      // A deep link is kept; the bare address lands on the account's home (the desk for the Organisation Dept.).
      if (me && location.pathname === '/' && !location.search) navigate(homeOf(me.role, me.readable), { replace: true });
    } catch (e) {
      setError(describeError(e).message);
    }
  };
  return (
    <div className="login-page">
      <div className="login-brand">
        <div className="login-emblem" aria-hidden>
          科
        </div>
        <h1>{t('appName')}</h1>
        <p>
          {lang === 'zh'
            ? '专家分布 · 县区流程 · 考核结果 · 协同创新资金'
            : 'Experts · county pipelines · evaluations · co-innovation funds'}
        </p>
      </div>
      <Card
        className="login-card"
        title={t('loginTitle')}
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
        <Form layout="vertical" onFinish={onFinish} requiredMark={false} disabled={loading}>
          <Form.Item name="username" label={t('username')} rules={[{ required: true, message: t('usernameRequired') }]}>
            <Input autoComplete="username" autoFocus size="large" />
          </Form.Item>
          <Form.Item name="password" label={t('password')} rules={[{ required: true, message: t('passwordRequired') }]}>
            <Input.Password autoComplete="current-password" size="large" />
          </Form.Item>
          {error && <Alert type="error" showIcon title={`${t('loginFailed')}：${error}`} style={{ marginBottom: 16 }} role="alert" />}
          <Button type="primary" htmlType="submit" block size="large" loading={loading}>
            {t('login')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
