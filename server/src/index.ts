/** What the seeds, tests and tools import from the server package. */
export * from './config';
export * from './db/embedded';
export * from './db/entities';
export * from './db/orm';
export * from './domain/china-time';
export * from './domain/identifiers';
export * from './domain/money';
export * from './domain/pii';
export * from './domain/working-days';
export * from './platform';
export * from './graphql/schema';
export * from './graphql/errors';
export type { Context, Viewer } from './graphql/context';
