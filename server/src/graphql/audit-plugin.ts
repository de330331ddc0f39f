/**
 * Every mutation leaves an audit record in the same transaction as its effects: who, role,
 * which fields, objects, and whether it succeeded, failed or was denied. (Log-in and log-out
 * are audited by the identity service itself; services add domain-level records.)
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { Kind } from 'graphql';
import { AuditService } from '../modules/audit/audit.service';
import type { Context } from './context';

const audit = new AuditService();
const SESSION_FIELDS = new Set(['login', 'logout']);

export const mutationAuditPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ operation, contextValue, response, request }) {
        if (operation?.operation !== 'mutation') return;
        const fields = operation.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []));
        if (fields.every((f) => SESSION_FIELDS.has(f))) return;
        const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
        const codes = (body?.errors ?? []).map((e) => String(e.extensions?.code ?? 'ERROR'));
        const result = codes.length === 0 ? 'OK' : codes.every((c) => c === 'FORBIDDEN' || c === 'UNAUTHENTICATED') ? 'DENIED' : 'FAILED';
        await audit.record(contextValue.em, {
          username: contextValue.viewer?.username,
          role: contextValue.viewer?.role,
          operation: `graphql:${operation.name?.value ?? fields.join('+')}`,
          objectType: fields.join(','),
          result,
          detail: { variables: request.variables ?? {}, errors: codes, requestId: contextValue.requestId, ip: contextValue.ip },
        });
      },
    };
  },
};
