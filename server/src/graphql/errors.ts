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
  call_one_published_per_year:
    '该年度已有发布的征集通知（每年一次，第十二条第1项） / This year already has a published call (one a year, Art. 12.1)',
  appointment_unended_has_no_end:
    '在任或期满的任职没有撤销或终止日期及原因（endedOn、endReason，第五条第2项） / A serving or completed appointment has no end date or reason (endedOn, endReason; Art. 5.2)',
  appointment_ended_has_date_and_reason:
    '撤销或终止的任职须有日期和原因（endedOn、endReason，第五条第2项、第十七条） / A revoked or terminated appointment needs its end date and reason (endedOn, endReason; Art. 5.2, 17)',
  appointment_ended_after_start:
    '撤销或终止日期不得早于认定或服务开始（endedOn，第五条第2项） / The end date may not precede the recognition or start of service (endedOn; Art. 5.2)',
  appointment_terminated_within_period:
    '提前终止日期须在服务期限内（endedOn，第五条第2项） / An early end falls within the service period (endedOn; Art. 5.2)',
  objection_open_unresolved:
    '待处理的异议没有处理日期和结论（resolvedOn、resolution，第十二条第5项） / An open objection has no resolution date or result (resolvedOn, resolution; Art. 12.5)',
  objection_resolved_has_date_and_result:
    '已处理的异议须有处理日期和结论（resolvedOn、resolution，第十二条第5项） / A resolved objection needs its date and result (resolvedOn, resolution; Art. 12.5)',
  objection_resolved_after_received:
    '异议处理日期不得早于收到日期（resolvedOn，第十二条第5项） / An objection is not resolved before it was received (resolvedOn; Art. 12.5)',
  application_rejection_rule_only_when_rejected:
    '只有不予通过的申报才记录导致不通过的规则（rejectionRule，第十二条） / Only a rejected application names the rule that stopped it (rejectionRule; Art. 12)',
  review_decision_rule_only_on_reject:
    '只有不予通过的决定才引用规则（ruleCode，第十二条） / Only a rejection cites a rule (ruleCode; Art. 12)',
  agreement_confidentiality_recorded:
    '保密协议须随任职登记企业方签字人和文本编号（enterpriseSignatory、documentRef，第八条） / A confidentiality agreement is recorded with its appointment, signatory and document reference (Art. 8)',
  agreement_one_confidentiality_per_appointment:
    '该任职已登记保密协议（第八条） / This appointment already has its confidentiality agreement (Art. 8)',
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
