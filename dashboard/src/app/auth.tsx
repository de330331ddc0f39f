/** The signed-in account (`me`), log-in and log-out. The session is an HttpOnly cookie. */
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { createContext, useContext, type ReactNode } from 'react';
import type { LoginMutation as LoginResult, MeFieldsFragment } from '../gql/graphql';
import { MeDocument, LoginDocument, LogoutDocument } from '../gql/graphql';

export const MeQuery = MeDocument;

export const LoginMutation = LoginDocument;

export const LogoutMutation = LogoutDocument;

export type Me = MeFieldsFragment;

interface Auth {
  me: Me;
  logout(): Promise<void>;
}

const AuthContext = createContext<Auth | null>(null);

export function useMeQuery() {
  return useQuery(MeQuery, { fetchPolicy: 'network-only' });
}

export function useLogin() {
  const client = useApolloClient();
  const [mutate, state] = useMutation(LoginMutation);
  /**
   * The password step. Signed in: the store is reset (the shell appears) and the account returned;
   * otherwise the second step (code or enrolment) is the caller's, with the challenge token.
   */
  const login = async (username: string, password: string): Promise<NonNullable<LoginResult['login']> | null> => {
    const res = await mutate({ variables: { username, password } });
    const payload = res.data?.login ?? null;
    if (payload?.status === 'SIGNED_IN') await client.resetStore();
    return payload;
  };
  /** After the second step: load the signed-in account and show the shell. */
  const finish = () => client.resetStore();
  return { login, finish, ...state };
}

export function AuthProvider({ me, children }: { me: Me; children: ReactNode }) {
  const client = useApolloClient();
  const [mutate] = useMutation(LogoutMutation);
  const logout = async () => {
    try {
      await mutate();
    } finally {
      await client.clearStore();
      window.location.assign('/');
    }
  };
  return <AuthContext.Provider value={{ me, logout }}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}
