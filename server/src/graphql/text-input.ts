/**
 * Every text a GraphQL request brings in, checked in one place before anything runs: a NUL
 * character or a lone surrogate (domain/text.ts) in any argument, whether written in the query
 * or passed as a variable, at any depth of an input object or list, is refused with
 * BAD_USER_INPUT naming the argument path (`input.title`). Without this, PostgreSQL refuses the
 * NUL deep inside a transaction and the caller gets INTERNAL_SERVER_ERROR.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, ValueNode, VariableDefinitionNode, visit } from 'graphql';
import { findInvalidText, invalidTextMessage, isInvalidText } from '../domain/text';
import type { Context } from './context';
import { badInput } from './errors';

/** The path of the first invalid string in a literal (variables resolved), or null. */
function inLiteral(
  node: ValueNode,
  path: string,
  variables: Record<string, unknown>,
  defaults: Map<string, VariableDefinitionNode>,
): string | null {
  switch (node.kind) {
    case Kind.STRING:
      return isInvalidText(node.value) ? path : null;
    case Kind.LIST:
      for (let i = 0; i < node.values.length; i++) {
        const found = inLiteral(node.values[i], `${path}.${i}`, variables, defaults);
        if (found) return found;
      }
      return null;
    case Kind.OBJECT:
      for (const f of node.fields) {
        const found = inLiteral(f.value, `${path}.${f.name.value}`, variables, defaults);
        if (found) return found;
      }
      return null;
    case Kind.VARIABLE: {
      const name = node.name.value;
      if (Object.prototype.hasOwnProperty.call(variables, name)) return findInvalidText(variables[name], path);
      const fallback = defaults.get(name)?.defaultValue;
      return fallback ? inLiteral(fallback, path, variables, defaults) : null;
    }
    default:
      return null;
  }
}

/** The argument path of the first invalid text in the request, or null. */
export function invalidTextArgument(document: Parameters<typeof visit>[0], variables: Record<string, unknown> | undefined): string | null {
  const vars = variables ?? {};
  const defaults = new Map<string, VariableDefinitionNode>();
  let found: string | null = null;
  visit(document, {
    VariableDefinition(node) {
      defaults.set(node.variable.name.value, node);
    },
  });
  visit(document, {
    Argument(node) {
      if (found) return false;
      found = inLiteral(node.value, node.name.value, vars, defaults);
      return false;
    },
  });
  return found;
}

export const textInputGuard: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, request }) {
        const field = invalidTextArgument(document, request.variables);
        if (field) {
          throw new GraphQLError(invalidTextMessage(field), {
            originalError: badInput(field, invalidTextMessage(field)),
            extensions: { http: { status: 400 } },
          });
        }
      },
    };
  },
};
