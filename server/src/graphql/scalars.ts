import { GraphQLError, GraphQLScalarType, Kind, print, ValueNode } from 'graphql';
import { DateTimeResolver, LocalDateResolver, SafeIntResolver } from 'graphql-scalars';

/** Calendar date in China time, `YYYY-MM-DD`. */
export const LocalDate = new GraphQLScalarType({
  ...LocalDateResolver.toConfig(),
  name: 'LocalDate',
  description: '日历日期，中国时间，格式 YYYY-MM-DD / A calendar date in China time, formatted YYYY-MM-DD',
});

/** An instant, ISO 8601 with offset. */
export const DateTime = new GraphQLScalarType({
  ...DateTimeResolver.toConfig(),
  name: 'DateTime',
  description: '时间点，ISO 8601 含时区，如 2026-03-01T09:30:00+08:00 / An instant in ISO 8601 with offset',
});

/** What a caller sees for money that is not a whole number of fen (a string, a decimal, too large). */
export function fenMessage(got: string): string {
  const shown = got.length > 40 ? `${got.slice(0, 40)}…` : got;
  return (
    `金额须为以分为单位的整数（1元=100分，如 150000 表示1500元），不能是字符串或小数；收到 ${shown} / ` +
    `Money is an integer number of fen (1 yuan = 100 fen, e.g. 150000 for 1,500 yuan), not a string or a decimal; got ${shown}`
  );
}

const fenConfig = SafeIntResolver.toConfig();

/** Money in integer fen (1 yuan = 100 fen), exact up to 2^53-1. */
export const Fen = new GraphQLScalarType({
  ...fenConfig,
  name: 'Fen',
  description: '金额，单位为分（1元=100分），精确整数，不用浮点 / Money in integer fen (1 yuan = 100 fen), exact, never floating point',
  parseValue(value: unknown): number {
    if (typeof value !== 'number' || !Number.isSafeInteger(value))
      throw new GraphQLError(fenMessage(JSON.stringify(value) ?? String(value)));
    return value;
  },
  parseLiteral(node: ValueNode): number {
    const n = node.kind === Kind.INT ? Number(node.value) : NaN;
    if (!Number.isSafeInteger(n)) throw new GraphQLError(fenMessage(print(node)), { nodes: node });
    return n;
  },
});
