/** The personal-data key of every test database (seeded and served with the same key). */
export const TEST_PII_KEY = Buffer.alloc(32, 7).toString('base64');
/** Seed and scale of the shared seeded template. */
export const TEST_SEED = 20250701;
export const TEST_SCALE = 1;
export const TEST_AS_OF = '2026-11-20';
