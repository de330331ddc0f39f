import { defineResource } from '../../graphql/resource';
import { AuditLog } from '../audit/audit-log.entity';
import { DivisionResource } from '../geo/geo.resource';
import { Role } from './role';
import { User } from './user.entity';

export const UserResource = defineResource({
  entity: User,
  name: 'User',
  plural: 'users',
  single: 'user',
  description: '用户账号（系统管理员） / User accounts (administrator)',
  filters: {
    username: 'string',
    displayName: 'string',
    role: { enum: Role, name: 'Role' },
    active: 'boolean',
    failedAttempts: 'int',
    lockedUntil: 'datetime',
    lastLoginAt: 'datetime',
  },
  relations: { division: { resource: () => DivisionResource, description: '绑定的县（市、区） / Bound division', nullable: true } },
  sortable: ['username', 'role'],
  keys: { username: { kind: 'string', description: '登录名 / Log-in name' } },
});

export const AuditLogResource = defineResource({
  entity: AuditLog as never,
  name: 'AuditLog',
  plural: 'auditLogs',
  single: 'auditLog',
  description: '审计日志（只读） / The audit trail, read-only',
  filters: {
    at: 'datetime',
    username: 'string',
    role: 'string',
    operation: 'string',
    objectType: 'string',
    objectIds: 'string',
    result: 'string',
  },
  sortable: ['at'],
});
