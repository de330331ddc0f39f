// Types of bench/fuzz.mjs for the TypeScript tests.
export interface FuzzRequest {
  kind: 'query' | 'mutation';
  field: string;
  query: string;
  variables: Record<string, unknown>;
}
export interface Fuzzer {
  next(): FuzzRequest;
  schema: unknown;
}
export interface FuzzViolation {
  i: number;
  role: string;
  broken: string[];
  field: string;
  request: string;
  status: number;
  answer: string;
}
export interface FuzzResult {
  sent: number;
  ms: number;
  outcomes: Record<string, Record<string, number>>;
  violations: FuzzViolation[];
  /** The ten slowest requests. */
  slowest: Array<{ ms: number; role: string; field: string; request: string }>;
}
export function prng(seed: number): () => number;
export function createFuzzer(opts: { graphql: unknown; sdl: string; seed?: number }): Fuzzer;
export const LEAK: RegExp;
export function checkAnswer(status: number, text: string): { broken: string[]; json: unknown };
export function runFuzz(opts: {
  url: string;
  tokens: Record<string, string | null>;
  fuzzer: Fuzzer;
  count: number;
  onProgress?: (sent: number, ms: number) => void;
}): Promise<FuzzResult>;
