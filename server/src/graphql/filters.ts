/**
 * Typed filter operators for lists and aggregates (PostGraphile / Hasura style), and their
 * translation to MikroORM filter queries. Every list filter combines these with `and`, `or`
 * and `not`, and reaches into the relations that matter.
 */
import { Field, InputType, Int } from 'type-graphql';
import { badInput } from './errors';
import { DateTime, Fen, LocalDate } from './scalars';

@InputType('IntFilter', { description: '整数条件 / Conditions on an integer' })
export class IntFilter {
  @Field(() => Int, { nullable: true, description: '等于 / Equal to' }) eq?: number;
  @Field(() => Int, { nullable: true, description: '不等于 / Not equal to' }) ne?: number;
  @Field(() => [Int], { nullable: true, description: '属于列表 / One of' }) in?: number[];
  @Field(() => [Int], { nullable: true, description: '不属于列表 / None of' }) notIn?: number[];
  @Field(() => Int, { nullable: true, description: '大于 / Greater than' }) gt?: number;
  @Field(() => Int, { nullable: true, description: '大于等于 / Greater than or equal' }) gte?: number;
  @Field(() => Int, { nullable: true, description: '小于 / Less than' }) lt?: number;
  @Field(() => Int, { nullable: true, description: '小于等于 / Less than or equal' }) lte?: number;
  @Field(() => Boolean, { nullable: true, description: '为空（true）或非空（false） / Is null (true) or not null (false)' })
  isNull?: boolean;
}

@InputType('FenFilter', { description: '金额条件（分） / Conditions on an amount of money, in fen' })
export class FenFilter {
  @Field(() => Fen, { nullable: true, description: '等于 / Equal to' }) eq?: number;
  @Field(() => Fen, { nullable: true, description: '不等于 / Not equal to' }) ne?: number;
  @Field(() => [Fen], { nullable: true, description: '属于列表 / One of' }) in?: number[];
  @Field(() => Fen, { nullable: true, description: '大于 / Greater than' }) gt?: number;
  @Field(() => Fen, { nullable: true, description: '大于等于 / Greater than or equal' }) gte?: number;
  @Field(() => Fen, { nullable: true, description: '小于 / Less than' }) lt?: number;
  @Field(() => Fen, { nullable: true, description: '小于等于 / Less than or equal' }) lte?: number;
  @Field(() => Boolean, { nullable: true, description: '为空（true）或非空（false） / Is null (true) or not null (false)' })
  isNull?: boolean;
}

@InputType('StringFilter', { description: '文本条件 / Conditions on a text' })
export class StringFilter {
  @Field({ nullable: true, description: '等于 / Equal to' }) eq?: string;
  @Field({ nullable: true, description: '不等于 / Not equal to' }) ne?: string;
  @Field(() => [String], { nullable: true, description: '属于列表 / One of' }) in?: string[];
  @Field(() => [String], { nullable: true, description: '不属于列表 / None of' }) notIn?: string[];
  @Field({ nullable: true, description: '包含（不区分大小写） / Contains, case-insensitive' }) contains?: string;
  @Field({ nullable: true, description: '以此开头 / Starts with' }) startsWith?: string;
  @Field(() => Boolean, { nullable: true, description: '为空（true）或非空（false） / Is null (true) or not null (false)' })
  isNull?: boolean;
}

@InputType('DateFilter', { description: '日期条件（YYYY-MM-DD，中国时间） / Conditions on a calendar date (YYYY-MM-DD, China time)' })
export class DateFilter {
  @Field(() => LocalDate, { nullable: true, description: '等于 / On' }) eq?: string;
  @Field(() => LocalDate, { nullable: true, description: '不等于 / Not on' }) ne?: string;
  @Field(() => [LocalDate], { nullable: true, description: '属于列表 / One of' }) in?: string[];
  @Field(() => LocalDate, { nullable: true, description: '晚于 / After' }) gt?: string;
  @Field(() => LocalDate, { nullable: true, description: '不早于 / On or after' }) gte?: string;
  @Field(() => LocalDate, { nullable: true, description: '早于 / Before' }) lt?: string;
  @Field(() => LocalDate, { nullable: true, description: '不晚于 / On or before' }) lte?: string;
  @Field(() => Boolean, { nullable: true, description: '为空（true）或非空（false） / Is null (true) or not null (false)' })
  isNull?: boolean;
}

@InputType('DateTimeFilter', { description: '时间条件 / Conditions on an instant' })
export class DateTimeFilter {
  @Field(() => DateTime, { nullable: true, description: '晚于 / After' }) gt?: Date;
  @Field(() => DateTime, { nullable: true, description: '不早于 / At or after' }) gte?: Date;
  @Field(() => DateTime, { nullable: true, description: '早于 / Before' }) lt?: Date;
  @Field(() => DateTime, { nullable: true, description: '不晚于 / At or before' }) lte?: Date;
  @Field(() => Boolean, { nullable: true, description: '为空（true）或非空（false） / Is null (true) or not null (false)' })
  isNull?: boolean;
}

@InputType('BooleanFilter', { description: '是非条件 / Conditions on a yes/no value' })
export class BooleanFilter {
  @Field(() => Boolean, { nullable: true, description: '等于 / Equal to' }) eq?: boolean;
  @Field(() => Boolean, { nullable: true, description: '为空（true）或非空（false） / Is null (true) or not null (false)' })
  isNull?: boolean;
}

const enumFilters = new Map<object, Function>();

/** The filter input for one GraphQL enum: `eq`, `ne`, `in`, `notIn`, `isNull`. */
export function enumFilter(enumObject: object, enumName: string): Function {
  const existing = enumFilters.get(enumObject);
  if (existing) return existing;
  @InputType(`${enumName}Filter`, { description: `${enumName} 条件 / Conditions on a ${enumName} value` })
  class EnumFilter {
    @Field(() => enumObject, { nullable: true, description: '等于 / Equal to' }) eq?: string;
    @Field(() => enumObject, { nullable: true, description: '不等于 / Not equal to' }) ne?: string;
    @Field(() => [enumObject], { nullable: true, description: '属于列表 / One of' }) in?: string[];
    @Field(() => [enumObject], { nullable: true, description: '不属于列表 / None of' }) notIn?: string[];
    @Field(() => Boolean, { nullable: true, description: '为空（true）或非空（false） / Is null (true) or not null (false)' })
    isNull?: boolean;
  }
  enumFilters.set(enumObject, EnumFilter);
  return EnumFilter;
}

const OPERATORS: Record<string, string> = {
  eq: '$eq',
  ne: '$ne',
  in: '$in',
  notIn: '$nin',
  gt: '$gt',
  gte: '$gte',
  lt: '$lt',
  lte: '$lte',
};

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

const isScalar = (v: unknown): boolean =>
  typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v)) || v instanceof Date;

function refuse(op: string): never {
  throw badInput(
    'filter',
    `筛选条件 ${op} 的值无效（只接受单个值或值的列表） / The filter operator "${op}" takes a plain value (or a list of them for in / notIn)`,
    { operator: op },
  );
}

/**
 * Translates one scalar filter (e.g. `{ gte: 3, lt: 9 }`) to MikroORM operators. GraphQL has
 * already coerced the input to the declared types; the checks here keep it that way for any
 * other caller (an object operand would reach the ORM as an operator such as `$ne`).
 */
export function scalarCondition(filter: Record<string, unknown>): Record<string, unknown>[] {
  if (!filter || typeof filter !== 'object' || Array.isArray(filter)) refuse('filter');
  const parts: Record<string, unknown>[] = [];
  for (const [op, value] of Object.entries(filter)) {
    if (!Object.hasOwn(OPERATORS, op) && !['contains', 'startsWith', 'isNull'].includes(op)) refuse(op);
    if (value === undefined || value === null) continue;
    if (op === 'in' || op === 'notIn') {
      if (!Array.isArray(value) || !value.every(isScalar)) refuse(op);
      parts.push({ [OPERATORS[op]]: value });
    } else if (Object.hasOwn(OPERATORS, op)) {
      if (!isScalar(value)) refuse(op);
      parts.push({ [OPERATORS[op]]: value });
    } else if (op === 'contains' || op === 'startsWith') {
      if (typeof value !== 'string') refuse(op);
      parts.push({ $ilike: op === 'contains' ? `%${escapeLike(value)}%` : `${escapeLike(value)}%` });
    } else if (op === 'isNull') {
      if (typeof value !== 'boolean') refuse(op);
      parts.push(value ? { $eq: null } : { $ne: null });
    }
  }
  return parts;
}
