/** The workflow's errors: stable codes with bilingual messages (converted in graphql/errors.ts). */
import { AppError, ErrorCode } from '../../graphql/errors';
import type { RuleResult } from './rules';

/** A step blocked by a rule: names the rule and its article; carries every result evaluated. */
export class RuleViolation extends AppError {
  constructor(
    readonly rule: string,
    readonly article: string,
    message: string,
    details: Record<string, unknown> = {},
    /** The eligibility results that led here (kept so they can be stored after the step rolls back). */
    readonly results: RuleResult[] = [],
  ) {
    super(ErrorCode.RULE_VIOLATION, message, { rule, article, ...details });
    this.name = 'RuleViolation';
  }
}

export function ruleViolation(rule: string, article: string, zh: string, en: string, details: Record<string, unknown> = {}): RuleViolation {
  return new RuleViolation(rule, article, `${zh}（${rule}，${article}） / ${en} (${rule}, ${article})`, details);
}

/** The first failing eligibility rule blocks the step; all failing ones are listed. */
export function eligibilityViolation(results: RuleResult[]): RuleViolation | null {
  const failing = results.filter((r) => !r.passed);
  if (!failing.length) return null;
  const first = failing[0];
  return new RuleViolation(
    first.rule,
    first.article,
    `不符合规则${first.rule}（${first.article}）：${first.detail.split(' / ')[0]} / Rule ${first.rule} (${first.articleEn}) fails: ${
      first.detail.split(' / ')[1] ?? first.detail
    }`,
    { failing: failing.map((f) => ({ rule: f.rule, article: f.article, detail: f.detail })) },
    results,
  );
}

export const conflict = (zh: string, en: string, details: Record<string, unknown> = {}) =>
  new AppError(ErrorCode.CONFLICT, `${zh} / ${en}`, details);

export const forbidden = (zh: string, en: string, details: Record<string, unknown> = {}) =>
  new AppError(ErrorCode.FORBIDDEN, `${zh} / ${en}`, details);

/** The record changed since the caller read it (optimistic locking). */
export function staleVersion(type: string, id: number, expected: number, actual: number): AppError {
  return new AppError(
    ErrorCode.CONFLICT,
    `${type} ${id} 已被他人修改（版本 ${actual}，您看到的是 ${expected}），请刷新后重试 / ${type} ${id} was changed by someone else (version ${actual}, you saw ${expected}); reload and try again`,
    { type, id, expectedVersion: expected, actualVersion: actual },
  );
}
