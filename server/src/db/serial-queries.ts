/**
 * One statement at a time per connection. A request runs in one transaction, so one `pg`
 * client, and GraphQL executes sibling fields in parallel: two resolvers (or two DataLoader
 * batches) then call `client.query()` while the client is still busy. pg queues such calls
 * itself but warns ("Calling client.query() when the client is already executing a query" is
 * deprecated and will be refused by pg 9). `serializeQueries` puts an explicit FIFO queue in
 * front of a client's `query()`: a call made while one is running waits for it to finish and
 * only then reaches pg, so pg never sees two at once, whichever code path issued them.
 *
 * It cannot deadlock where pg's own queue would not: statements are handed to pg in the same
 * order and only when pg would have started them anyway (after the previous one's result).
 * A statement never waits for one issued after it. DataLoader batching is untouched: loaders
 * collect keys within a tick and issue one statement; the queue only orders the statements.
 */

/** The part of a `pg` Client that the queue needs. */
export interface QueryableClient {
  query: (...args: never[]) => unknown;
}

type Callback = (err: Error | null, res?: unknown) => void;

interface Submittable {
  submit: (...args: never[]) => unknown;
  callback?: Callback;
  handleReadyForQuery?: (...args: never[]) => unknown;
  handleError?: (...args: never[]) => unknown;
}

const SERIALIZED = Symbol.for('techvp.serializedQueries');

/** Whether `serializeQueries` was applied to this client. */
export function isSerialized(client: object): boolean {
  return (client as Record<symbol, unknown>)[SERIALIZED] === true;
}

/**
 * Replaces `client.query` with a queued version (idempotent). Supports every form pg accepts:
 * promise (`query(text, values)`), callback (`query(text, values, cb)` / `query(text, cb)`),
 * config objects with a `callback`, and submittables (`pg-query-stream`, `pg-cursor`), which
 * hold the connection until their ReadyForQuery, as in pg.
 */
export function serializeQueries<C extends QueryableClient>(client: C): C {
  if (isSerialized(client)) return client;
  const original = client.query.bind(client) as (config: unknown, values?: unknown, callback?: unknown) => unknown;
  let busy = false;
  const waiting: Array<() => void> = [];

  /** Starts `run` now if the client is idle, else after every statement queued before it. */
  const enqueue = (run: () => void) => {
    if (busy) waiting.push(run);
    else {
      busy = true;
      run();
    }
  };
  /** Returns a function that frees the client once (pg may report a statement's end twice). */
  const releaser = () => {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const next = waiting.shift();
      if (next) next();
      else busy = false;
    };
  };
  /**
   * Hands the statement to pg. Should pg throw at once, the client is freed and the error goes
   * to the caller's callback (never up into whichever statement's callback started this one).
   */
  const start = (release: () => void, fail: (err: Error) => void, config: unknown, values: unknown, callback: unknown) => {
    try {
      original(config, values, callback);
    } catch (err) {
      release();
      fail(err as Error);
    }
  };

  const query = (config: unknown, values?: unknown, callback?: unknown): unknown => {
    if (config === null || config === undefined) return original(config, values, callback); // pg throws its TypeError
    const submittable = typeof (config as Submittable).submit === 'function';
    if (submittable) {
      // Cursors and streams: the connection is free again at ReadyForQuery (or a fatal error).
      const s = config as Submittable;
      const release = releaser();
      for (const hook of ['handleReadyForQuery', 'handleError'] as const) {
        const fn = s[hook];
        if (typeof fn !== 'function') continue;
        s[hook] = function (this: unknown, ...args: never[]) {
          try {
            return fn.apply(this, args);
          } finally {
            release();
          }
        } as never;
      }
      const fail = (err: Error) => (s.handleError ? (s.handleError as (e: Error) => void).call(s, err) : s.callback?.(err));
      enqueue(() => start(release, fail, s, values, callback));
      return s;
    }
    const cb: Callback | undefined =
      typeof values === 'function'
        ? (values as Callback)
        : typeof callback === 'function'
          ? (callback as Callback)
          : typeof (config as { callback?: unknown }).callback === 'function'
            ? (config as { callback: Callback }).callback
            : undefined;
    const vals = typeof values === 'function' ? undefined : values;
    if (cb) {
      const release = releaser();
      const done: Callback = (err, res) => {
        release();
        cb(err, res);
      };
      const cfg = typeof config === 'object' && (config as { callback?: unknown }).callback ? { ...config, callback: done } : config;
      enqueue(() => start(release, (err) => cb(err), cfg, vals, cfg === config ? done : undefined));
      return undefined;
    }
    return new Promise((resolve, reject) => {
      const release = releaser();
      enqueue(() =>
        start(release, reject, config, vals, (err: Error | null, res: unknown) => {
          release();
          if (err) reject(err);
          else resolve(res);
        }),
      );
    });
  };
  Object.defineProperty(client, 'query', { value: query, writable: true, configurable: true });
  Object.defineProperty(client, SERIALIZED, { value: true });
  return client;
}
