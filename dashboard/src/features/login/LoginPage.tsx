/**
 * Sign-in: user name and password; the server sets an HttpOnly session cookie. Accounts with a
 * second factor then give the authenticator app's 6-digit code (or a recovery code); privileged
 * roles without one (required in production, 等保 2.0 8.1.4.1 d) enrol here first: scan the QR
 * code, confirm with a code, keep the ten recovery codes. This page's text lives in its own chunk.
 */
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Form, Input, Segmented, Space, Typography } from 'antd';
import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { homeOf } from '../../app/access';
import { useLogin } from '../../app/auth';
import { useI18n } from '../../app/i18n';
import { describeError } from '../../components/States';
import { BeginTotpEnrolmentDocument, ConfirmTotpEnrolmentDocument, VerifySecondFactorDocument } from '../../gql/graphql';

type Step =
  | { kind: 'password' }
  | { kind: 'code'; challengeToken: string }
  | { kind: 'enrol'; challengeToken: string; secret: string; qrCodeDataUrl: string }
  | { kind: 'recovery'; codes: string[]; home: { role: string; readable: string[] } | null };

export default function LoginPage() {
  const { t, lang, setLang } = useI18n();
  const L = (zh: string, en: string) => (lang === 'zh' ? zh : en);
  const { login, finish, loading } = useLogin();
  const [verify, verifyState] = useMutation(VerifySecondFactorDocument);
  const [begin, beginState] = useMutation(BeginTotpEnrolmentDocument);
  const [confirm, confirmState] = useMutation(ConfirmTotpEnrolmentDocument);
  const [step, setStep] = useState<Step>({ kind: 'password' });
  const [error, setError] = useState<string | null>(null);
  const navigate = useNavigate();
  const location = useLocation();
  const busy = loading || verifyState.loading || beginState.loading || confirmState.loading;

  // A deep link is kept; the bare address lands on the account's home (the desk for the Organisation Dept.).
  const land = (me: { role: string; readable: string[] } | null | undefined) => {
    if (me && location.pathname === '/' && !location.search) navigate(homeOf(me.role as never, me.readable), { replace: true });
  };
  const guard = async (work: () => Promise<void>) => {
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(describeError(e).message);
    }
  };

  const onPassword = (v: { username: string; password: string }) =>
    guard(async () => {
      const res = await login(v.username.trim(), v.password);
      if (!res) return;
      if (res.status === 'SIGNED_IN') return land(res.me);
      if (res.status === 'SECOND_FACTOR_REQUIRED') return setStep({ kind: 'code', challengeToken: res.challengeToken! });
      const offer = await begin({ variables: { challengeToken: res.challengeToken } });
      const o = offer.data!.beginTotpEnrolment;
      setStep({ kind: 'enrol', challengeToken: res.challengeToken!, secret: o.secret, qrCodeDataUrl: o.qrCodeDataUrl });
    });

  const onCode = (challengeToken: string) => (v: { code: string }) =>
    guard(async () => {
      const res = await verify({ variables: { challengeToken, code: v.code.trim() } });
      await finish();
      land(res.data?.verifySecondFactor?.me);
    });

  const onConfirm = (challengeToken: string) => (v: { code: string }) =>
    guard(async () => {
      const res = await confirm({ variables: { challengeToken, code: v.code.trim() } });
      const r = res.data!.confirmTotpEnrolment;
      setStep({ kind: 'recovery', codes: r.recoveryCodes, home: r.login?.me ?? null });
    });

  const restart = () => {
    setError(null);
    setStep({ kind: 'password' });
  };

  const title =
    step.kind === 'password'
      ? t('loginTitle')
      : step.kind === 'code'
        ? L('两步验证', 'Two-step verification')
        : step.kind === 'enrol'
          ? L('绑定两步验证', 'Set up two-step verification')
          : L('保存恢复码', 'Save your recovery codes');

  const codeField = (label: string, extra: string, allowRecovery: boolean) => (
    <Form.Item
      name="code"
      label={label}
      extra={extra}
      rules={[
        { required: true, message: L('请输入验证码', 'Enter the code') },
        allowRecovery
          ? {
              pattern: /^(\d{6}|[0-9A-Za-z]{5}[- ]?[0-9A-Za-z]{5})$/,
              message: L('6位数字或恢复码（如 ABCDE-12345）', '6 digits, or a recovery code such as ABCDE-12345'),
            }
          : { pattern: /^\d{6}$/, message: L('请输入6位数字', 'Enter 6 digits') },
      ]}
    >
      <Input
        autoComplete="one-time-code"
        inputMode={allowRecovery ? 'text' : 'numeric'}
        autoFocus
        size="large"
        maxLength={allowRecovery ? 11 : 6}
      />
    </Form.Item>
  );

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
        title={title}
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
        {step.kind === 'password' && (
          <Form layout="vertical" onFinish={onPassword} requiredMark={false} disabled={busy}>
            <Form.Item name="username" label={t('username')} rules={[{ required: true, message: t('usernameRequired') }]}>
              <Input autoComplete="username" autoFocus size="large" />
            </Form.Item>
            <Form.Item name="password" label={t('password')} rules={[{ required: true, message: t('passwordRequired') }]}>
              <Input.Password autoComplete="current-password" size="large" />
            </Form.Item>
            {error && <Alert type="error" showIcon title={`${t('loginFailed')}：${error}`} style={{ marginBottom: 16 }} role="alert" />}
            <Button type="primary" htmlType="submit" block size="large" loading={busy}>
              {t('login')}
            </Button>
          </Form>
        )}

        {step.kind === 'code' && (
          <Form key="code" layout="vertical" onFinish={onCode(step.challengeToken)} requiredMark={false} disabled={busy}>
            {codeField(
              L('验证码', 'Verification code'),
              L(
                '打开手机上的验证器应用，输入显示的6位数字；手机不在身边时可输入一个恢复码（每个只能用一次）。',
                'Open the authenticator app on your phone and enter the 6 digits it shows; without the phone, enter one of your recovery codes (each works once).',
              ),
              true,
            )}
            {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
            <Space direction="vertical" style={{ width: '100%' }}>
              <Button type="primary" htmlType="submit" block size="large" loading={busy}>
                {L('验证并登录', 'Verify and sign in')}
              </Button>
              <Button type="link" block onClick={restart}>
                {L('返回重新输入密码', 'Back to the password')}
              </Button>
            </Space>
          </Form>
        )}

        {step.kind === 'enrol' && (
          <Form key="enrol" layout="vertical" onFinish={onConfirm(step.challengeToken)} requiredMark={false} disabled={busy}>
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              title={L(
                '您的角色须使用两步验证（等保2.0 三级）。请先完成绑定，绑定前无法使用平台。',
                'Your role must use two-step verification (MLPS 2.0 level 3). Finish setting it up first: until then the platform cannot be used.',
              )}
            />
            <ol className="totp-steps" style={{ paddingLeft: 20, marginTop: 0 }}>
              <li>
                {L(
                  '在手机上安装验证器应用（如 Microsoft Authenticator、Google 身份验证器、FreeOTP）。',
                  'Install an authenticator app on your phone (e.g. Microsoft Authenticator, Google Authenticator, FreeOTP).',
                )}
              </li>
              <li>{L('用应用扫描下方二维码；无法扫码时手动输入密钥。', 'Scan the QR code below with the app, or type in the secret.')}</li>
              <li>{L('输入应用显示的6位数字完成绑定。', 'Enter the 6 digits the app shows to finish.')}</li>
            </ol>
            <div style={{ textAlign: 'center' }}>
              <img
                src={step.qrCodeDataUrl}
                alt={L('两步验证二维码', 'Two-step verification QR code')}
                width={184}
                height={184}
                data-testid="totp-qr"
              />
              <div style={{ marginBottom: 16 }}>
                <Typography.Text type="secondary">{L('密钥', 'Secret')}：</Typography.Text>
                <Typography.Text code copyable data-testid="totp-secret">
                  {step.secret}
                </Typography.Text>
              </div>
            </div>
            {codeField(L('验证码', 'Verification code'), L('应用中显示的6位数字', 'The 6 digits shown in the app'), false)}
            {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
            <Space direction="vertical" style={{ width: '100%' }}>
              <Button type="primary" htmlType="submit" block size="large" loading={busy}>
                {L('完成绑定', 'Finish setting up')}
              </Button>
              <Button type="link" block onClick={restart}>
                {L('返回', 'Back')}
              </Button>
            </Space>
          </Form>
        )}

        {step.kind === 'recovery' && (
          <div>
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              title={L(
                '两步验证已启用。以下恢复码仅显示这一次：请抄写或打印后妥善保管，手机丢失时每个恢复码可代替验证码使用一次。',
                'Two-step verification is on. These recovery codes are shown this once only: write them down or print them and keep them safe; if the phone is lost, each one stands in for a code once.',
              )}
            />
            <ol
              className="recovery-codes"
              data-testid="recovery-codes"
              style={{ columns: 2, fontFamily: 'monospace', fontSize: 15, paddingLeft: 28 }}
            >
              {step.codes.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ol>
            <Space direction="vertical" style={{ width: '100%' }}>
              <Typography.Text copyable={{ text: step.codes.join('\n') }}>{L('复制全部恢复码', 'Copy all recovery codes')}</Typography.Text>
              <Button
                type="primary"
                block
                size="large"
                onClick={() =>
                  void guard(async () => {
                    await finish();
                    land(step.home);
                  })
                }
              >
                {L('我已保存，进入平台', 'I have saved them: continue')}
              </Button>
            </Space>
          </div>
        )}
      </Card>
    </div>
  );
}
