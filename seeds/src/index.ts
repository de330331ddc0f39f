/** @techvp/seeds: reference data and the deterministic generator of synthetic Liaocheng data. */
export * from './schema';
export * from './reference';
export { Rng } from './random';
export { type Db } from './db';
export { generate, DEFAULT_SEED, DEFAULT_AS_OF, type GenerateOptions, type GeneratedData } from './generate';
export {
  loadSyntheticData,
  writeSynthetic,
  seedIfEmpty,
  contentHash,
  resetDatabase,
  resetSequences,
  tableCounts,
  type LoadOptions,
  type LoadResult,
  type SeedOptions,
  type SeedResult,
} from './load';
