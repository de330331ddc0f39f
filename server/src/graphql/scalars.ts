import { GraphQLScalarType } from 'graphql';
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

/** Money in integer fen (1 yuan = 100 fen), exact up to 2^53-1. */
export const Fen = new GraphQLScalarType({
  ...SafeIntResolver.toConfig(),
  name: 'Fen',
  description: '金额，单位为分（1元=100分），精确整数，不用浮点 / Money in integer fen (1 yuan = 100 fen), exact, never floating point',
});
