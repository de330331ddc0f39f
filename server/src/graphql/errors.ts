/**
 * Errors have stable codes, converted to GraphQL errors in one place (formatError below).
 * Users see a precise message and a code; internal details stay in the log.
 */
import {
  OptimisticLockError,
  UniqueConstraintViolationException,
  CheckConstraintViolationException,
  ForeignKeyConstraintViolationException,
  NotNullConstraintViolationException,
} from '@mikro-orm/core';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { Logger } from 'pino';

export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  CONFLICT = 'CONFLICT',
  RULE_VIOLATION = 'RULE_VIOLATION',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** An error whose message is safe and useful to show to the caller. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const badInput = (field: string, message: string, details: Record<string, unknown> = {}) =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, { field, ...details });
export const notFound = (type: string, key: string) =>
  new AppError(ErrorCode.NOT_FOUND, `${type} ${key} 不存在 / ${type} ${key} not found`, { type });

/** Messages for the database constraints a caller can trip, by constraint name. */
const CONSTRAINT_MESSAGES: Record<string, string> = {
  enterprise_credit_code_unique: '统一社会信用代码已存在 / An enterprise with this unified social credit code already exists',
  expert_id_number_hash_unique: '该身份证号的专家已存在 / An expert with this resident ID number already exists',
  appointment_one_active_per_expert:
    '该专家已有在任的科技副总任职（规则E4，第五条第5项） / The expert already holds an active appointment (rule E4, Art. 5.5)',
  appointment_period_two_years:
    '服务期限不得少于两年（规则E6，第五条第2项） / The service period must be at least two years (rule E6, Art. 5.2)',
  appointment_certificate_no_unique: '证书编号已存在 / The certificate number is already used',
  project_split_rules:
    '企业出资不得低于项目总额50%，支持资金不超过100万元（第二十条） / Enterprise must fund at least 50% and support may not exceed 1,000,000 yuan (Art. 20)',
  call_within_policy:
    '征集须在本办法有效期内（2025-07-01至2030-06-30，第二十三条） / Calls must fall within 2025-07-01 to 2030-06-30 (Art. 23)',
  application_one_live_per_call: '该企业在本年度征集中已有申报 / The enterprise already has a live application in this call',
  call_year_unique: '该年度的征集通知已存在 / A call for this year already exists',
};

interface DriverError {
  constraint?: string;
  code?: string;
  detail?: string;
}

function fromDatabase(err: Error): AppError | null {
  const driver = err as Error & DriverError;
  const constraint = driver.constraint;
  const known = constraint ? CONSTRAINT_MESSAGES[constraint] : undefined;
  if (err instanceof UniqueConstraintViolationException) {
    return new AppError(ErrorCode.CONFLICT, known ?? `与已有记录重复（${constraint}） / Duplicates an existing record (${constraint})`, {
      constraint,
    });
  }
  if (err instanceof CheckConstraintViolationException) {
    return new AppError(ErrorCode.BAD_USER_INPUT, known ?? `数据不符合规则（${constraint}） / Violates rule ${constraint}`, { constraint });
  }
  if (err instanceof ForeignKeyConstraintViolationException) {
    return new AppError(
      ErrorCode.BAD_USER_INPUT,
      `引用的记录不存在（${constraint}） / Refers to a record that does not exist (${constraint})`,
      { constraint },
    );
  }
  if (err instanceof NotNullConstraintViolationException) {
    return new AppError(ErrorCode.BAD_USER_INPUT, '缺少必填项 / A required value is missing', {});
  }
  if (err instanceof OptimisticLockError) {
    return new AppError(
      ErrorCode.CONFLICT,
      '记录已被他人修改，请刷新后重试 / The record was changed by someone else; reload and try again',
      { entity: err.getEntity()?.constructor?.name },
    );
  }
  return null;
}

/** Turns any thrown error into the caller-facing error, masking what is not meant for them. */
export function toPublicError(err: unknown): AppError | null {
  if (err instanceof AppError) return err;
  if (err instanceof Error) return fromDatabase(err);
  return null;
}

export function makeFormatError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? error.originalError : error;
    const path = formatted.path;
    if (original instanceof ArgumentValidationError) {
      const problems = original.extensions.validationErrors as Array<{ property: string; constraints?: Record<string, string> }>;
      const first = problems?.[0];
      return {
        message: first
          ? `参数 ${first.property} 无效：${Object.values(first.constraints ?? {}).join('; ')} / Invalid argument ${first.property}`
          : '参数无效 / Invalid arguments',
        path,
        extensions: {
          code: ErrorCode.BAD_USER_INPUT,
          fields: problems?.map((p) => ({ field: p.property, problems: Object.values(p.constraints ?? {}) })),
        },
      };
    }
    const known = toPublicError(original);
    if (known) {
      return { message: known.message, path, locations: formatted.locations, extensions: { code: known.code, ...known.details } };
    }
    // Apollo labels every validation error GRAPHQL_VALIDATION_FAILED; the query limits keep their own code.
    if (formatted.extensions?.limit) {
      return {
        message: formatted.message,
        locations: formatted.locations,
        extensions: { ...formatted.extensions, code: ErrorCode.QUERY_TOO_COMPLEX },
      };
    }
    const code = formatted.extensions?.code;
    // graphql-js stops coercing variables after 50 errors with an error that has no code, which
    // Apollo would label INTERNAL_SERVER_ERROR: it is the caller's input all the same.
    if (!original && formatted.message.startsWith('Too many errors processing variables')) {
      return {
        message: '变量中的错误过多（超过50处），已停止检查 / Too many errors in the variables (more than 50); checking stopped',
        locations: formatted.locations,
        extensions: { code: ErrorCode.BAD_USER_INPUT },
      };
    }
    // Errors GraphQL itself raises about the request (parse, validation, variable coercion).
    if (!original || (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR')) {
      return { message: formatted.message, locations: formatted.locations, path, extensions: { code: code ?? ErrorCode.BAD_USER_INPUT } };
    }
    log.error({ err: original, path }, 'unexpected error while resolving');
    return {
      message: '服务器内部错误，已记录 / Internal server error; it has been logged',
      path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
