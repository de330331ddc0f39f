import { DateTimeResolver, LocalDateResolver, SafeIntResolver } from 'graphql-scalars';

/** Calendar date in China time, `YYYY-MM-DD`. */
export const LocalDate = LocalDateResolver;
/** An instant, ISO 8601 with offset. */
export const DateTime = DateTimeResolver;
/** Money in integer fen (1 yuan = 100 fen), exact up to 2^53-1. */
export const Fen = SafeIntResolver;
