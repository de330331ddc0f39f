/** Providers (Apollo, router, antd locale and theme, language) and the sign-in gate. */
import { ApolloProvider } from '@apollo/client/react';
import { ConfigProvider, Spin, theme as antTheme } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { lazy, Suspense, useMemo } from 'react';
import { BrowserRouter, useSearchParams } from 'react-router';
import { createClient } from './app/apollo';
import { AuthProvider, useAuth, useMeQuery } from './app/auth';
import { I18nProvider, useI18n } from './app/i18n';
import { ChartThemeProvider } from './app/theme';
import { ErrorBlock } from './components/States';
import { Shell } from './app/Shell';

// Signed-in users never need the log-in form: keep it out of their first download.
const LoginPage = lazy(() => import('./features/login/LoginPage'));
// Only after an administrator's password reset.
const ChangePasswordPage = lazy(() => import('./features/login/ChangePassword'));

const FONT =
  '-apple-system, BlinkMacSystemFont, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif';

function Themed() {
  const { lang } = useI18n();
  const [search] = useSearchParams();
  const screen = search.get('screen') === '1';
  dayjs.locale(lang === 'zh' ? 'zh-cn' : 'en');
  return (
    <ConfigProvider
      locale={lang === 'zh' ? zhCN : enUS}
      theme={{
        algorithm: screen ? antTheme.darkAlgorithm : antTheme.defaultAlgorithm,
        token: {
          fontFamily: FONT,
          colorPrimary: screen ? '#38bdf8' : '#1f5fbf',
          borderRadius: 6,
          ...(screen
            ? { colorBgLayout: '#06122a', colorBgContainer: '#0b1d3a', colorBorderSecondary: '#17325a' }
            : { colorBgLayout: '#f2f4f8' }),
        },
      }}
    >
      <ChartThemeProvider screen={screen}>
        <div className={screen ? 'mode-screen' : 'mode-light'}>
          <Gate />
        </div>
      </ChartThemeProvider>
    </ConfigProvider>
  );
}

function Gate() {
  const { data, loading, error, refetch } = useMeQuery();
  if (loading && !data)
    return (
      <div className="full-center">
        <Spin size="large" />
      </div>
    );
  if (error && !data)
    return (
      <div className="full-center" style={{ maxWidth: 520, margin: '0 auto' }}>
        <ErrorBlock error={error} onRetry={() => void refetch()} />
      </div>
    );
  const me = data?.me;
  if (!me)
    return (
      <Suspense
        fallback={
          <div className="full-center">
            <Spin size="large" />
          </div>
        }
      >
        <LoginPage />
      </Suspense>
    );
  return (
    <AuthProvider me={me}>
      {me.mustChangePassword ? (
        <Suspense
          fallback={
            <div className="full-center">
              <Spin size="large" />
            </div>
          }
        >
          <ForcedPasswordChange />
        </Suspense>
      ) : (
        <Shell />
      )}
    </AuthProvider>
  );
}

/** The server refuses everything but `me`, the change and the sign-out until the password is changed. */
function ForcedPasswordChange() {
  const { me, logout } = useAuth();
  return <ChangePasswordPage me={me} onSignOut={logout} />;
}

export function App() {
  const client = useMemo(createClient, []);
  return (
    <I18nProvider>
      <ApolloProvider client={client}>
        <BrowserRouter>
          <Themed />
        </BrowserRouter>
      </ApolloProvider>
    </I18nProvider>
  );
}
