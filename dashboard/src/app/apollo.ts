/** The Apollo client: same-origin /graphql with the HttpOnly session cookie. */
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { tap } from 'rxjs';

const LOGIN_STEPS = new Set(['Login', 'VerifySecondFactor', 'BeginTotpEnrolment', 'ConfirmTotpEnrolment']);

/**
 * A session that ended (idle expiry, signed out elsewhere) makes the server answer
 * UNAUTHENTICATED: reload, so the app asks for the password again on the same address.
 */
const sessionEnded = new ApolloLink((operation, forward) =>
  forward(operation).pipe(
    tap((result) => {
      // A refused log-in (password or second-factor step) is answered the same way: that one the
      // log-in form shows instead.
      if (LOGIN_STEPS.has(operation.operationName ?? '')) return;
      if (result.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) window.location.reload();
    }),
  ),
);

export function createClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([sessionEnded, new HttpLink({ uri: '/graphql', credentials: 'same-origin' })]),
    cache: new InMemoryCache({
      typePolicies: {
        // Group-by rows have no identity: keep them inside their query result.
        AppointmentGroup: { keyFields: false },
        ApplicationGroup: { keyFields: false },
        EvaluationGroup: { keyFields: false },
        ProjectGroup: { keyFields: false },
        DisbursementGroup: { keyFields: false },
        LedgerEntryGroup: { keyFields: false },
        Me: { keyFields: ['id'] },
      },
    }),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
