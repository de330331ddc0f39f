/** The Apollo client: same-origin /graphql with the HttpOnly session cookie. */
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

export function createClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
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
