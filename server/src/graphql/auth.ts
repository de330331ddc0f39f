/**
 * Who may call what. Every query, mutation and sensitive field carries a decision: either
 * `@Authorized(roles)` (checked here) or `@Public()` (deliberately open, e.g. log-in). A test
 * walks the resolver metadata and fails on any entry point without one.
 */
import type { AuthChecker } from 'type-graphql';
import type { Context } from './context';
import { AppError, ErrorCode } from './errors';
import { passwordChangeRequired } from '../modules/identity/identity.errors';

/** What a session whose password must be changed may still use besides the public entries (`me`, `logout`). */
const WHILE_PASSWORD_CHANGE_REQUIRED = new Set(['Mutation.changeMyPassword']);

const publicEntries = new Set<string>();

/** Marks a query or mutation as open to anonymous callers, on purpose. */
export function Public(): MethodDecorator {
  return (target, propertyKey) => {
    publicEntries.add(`${(target as { constructor: { name: string } }).constructor.name}.${String(propertyKey)}`);
  };
}

export function isPublic(className: string, field: string): boolean {
  return publicEntries.has(`${className}.${field}`);
}

export const authChecker: AuthChecker<Context> = ({ context, info }, roles) => {
  const viewer = context.viewer;
  if (!viewer) {
    throw new AppError(ErrorCode.UNAUTHENTICATED, '请先登录 / Please log in first', { field: info.fieldName });
  }
  if (viewer.mustChangePassword && !WHILE_PASSWORD_CHANGE_REQUIRED.has(`${info.parentType.name}.${info.fieldName}`)) {
    throw passwordChangeRequired(info.fieldName);
  }
  if (roles.length > 0 && !roles.includes(viewer.role)) {
    throw new AppError(
      ErrorCode.FORBIDDEN,
      `角色 ${viewer.role} 无权使用 ${info.parentType.name}.${info.fieldName} / Role ${viewer.role} may not use ${info.parentType.name}.${info.fieldName}`,
      {
        field: info.fieldName,
      },
    );
  }
  return true;
};
