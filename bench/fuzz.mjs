// A schema-aware GraphQL fuzzer, shared by test/security/fuzz.test.ts (a few thousand requests)
// and `pnpm bench`'s fuzz section (50,000 and more). It reads schema/schema.graphql and writes
// random requests: valid selections of random fields, arguments of the right type and of wrong
// ones, boundary numbers, long and odd Unicode, NUL and lone surrogates, huge `first`, malformed
// cursors and ids, as literals or as variables. Deterministic: the same seed gives the same
// requests. `runFuzz` sends them one at a time and checks the invariants every answer must keep.
//
// The graphql module is passed in (the test's copy or the server's), so that this file runs in
// plain Node and in vitest alike.

/** mulberry32: a small, fast, seeded PRNG. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Account mutations that would lock the demo accounts out of the rest of the run. */
const SKIPPED_MUTATIONS = new Set(['login', 'logout', 'createUser', 'setUserActive', 'setUserPassword', 'unlockUser']);

const b64 = (s) => Buffer.from(s, 'utf8').toString('base64');

/** Odd strings: long, Unicode edge cases, NUL, lone surrogates, cursor- and id-like junk. */
const ODD_STRINGS = [
  '',
  ' ',
  'a',
  '张三',
  '东昌府区',
  '科技副总',
  'x'.repeat(256),
  '长'.repeat(5000),
  'y'.repeat(70_000),
  '😀👨‍👩‍👧‍👦🇨🇳',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udc00y',
  '\ud83d',
  '\u202e\u202d反转',
  '\u200b\u200c\u200d\ufeff',
  'e\u0301\u0301\u0301',
  '\t\r\n',
  '=1+1',
  '@SUM(1)',
  '%',
  '_',
  '\\',
  '"\'`',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  'null',
  'undefined',
  'NaN',
  '-1',
  '0',
  '9'.repeat(40),
  '1e400',
  '2026-02-30',
  '2026-13-01',
  '0000-00-00',
  '2026-01-15',
  '2025-07-01T00:00:00+08:00',
  '2026-06-31T25:61:00Z',
  '%00',
  '\u{10ffff}',
  '\ufffe\uffff',
  b64('cursor:garbage'),
  b64('{"id":"x"}'),
  b64('[1,2,3]'),
  b64('{"k":[null],"v":{"a":1}}'),
  b64('Expert:1'),
  b64('Expert:-1'),
  b64('Expert:99999999999999999999'),
  b64('NoSuchType:1'),
  b64('\u0000'),
  '!!!notbase64!!!',
  'eyJ',
  '====',
];

const ODD_INTS = [0, 1, -1, 2, 10, 100, 2147483647, -2147483648, 2147483648, -2147483649, 1e9, 2 ** 53 - 1, 2 ** 53, -(2 ** 53)];
const ODD_FLOATS = [0, -0, 0.5, 1e-320, 1e308, -1e308, 3.14159, 100.001];
const ODD_IDS = [
  '1',
  '0',
  '-1',
  '2',
  '99999999',
  '2147483648',
  '1.5',
  'abc',
  '',
  ' 1',
  '1 ',
  '0x10',
  b64('Expert:1'),
  b64('Project:1'),
  b64('x:y:z'),
];

export function createFuzzer({ graphql, sdl, seed = 20261204 }) {
  const schema = graphql.buildSchema(sdl);
  const rand = prng(seed);
  const {
    isNonNullType,
    isListType,
    isScalarType,
    isEnumType,
    isInputObjectType,
    isObjectType,
    isInterfaceType,
    isUnionType,
    getNamedType,
  } = graphql;
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const chance = (p) => rand() < p;
  // About a third of the requests are junk (wrong types, unknown names, missing arguments); the
  // rest are well-typed, so that they reach the resolvers, still with odd and boundary values.
  let junk = false;
  const odd = (p) => junk && chance(p);
  const queryFields = Object.values(schema.getQueryType().getFields());
  const mutationFields = Object.values(schema.getMutationType().getFields()).filter((f) => !SKIPPED_MUTATIONS.has(f.name));

  /** A JSON value of the wrong type for an input. */
  function wrongValue() {
    return pick([
      () => pick(ODD_STRINGS),
      () => pick(ODD_INTS),
      () => pick(ODD_FLOATS),
      () => chance(0.5),
      () => null,
      () => [],
      () => [pick(ODD_STRINGS)],
      () => ({}),
      () => ({ nope: 1 }),
    ])();
  }

  /** A JSON value for an input type: mostly right, sometimes boundary, sometimes wrong. */
  function inputValue(type, depth) {
    if (isNonNullType(type)) return inputValue(type.ofType, depth);
    if (odd(0.08)) return wrongValue();
    if (isListType(type)) {
      const n = chance(0.05) ? 150 : Math.floor(rand() * 4);
      return Array.from({ length: n }, () => inputValue(type.ofType, depth + 1));
    }
    if (isEnumType(type)) return odd(0.1) ? pick(['NOPE', 'lowercase', '', '1']) : pick(type.getValues()).value;
    if (isInputObjectType(type)) {
      const out = {};
      for (const f of Object.values(type.getFields())) {
        const required = isNonNullType(f.type);
        if (depth > 3 && !required) continue;
        if (required ? !odd(0.05) : chance(0.35)) out[f.name] = inputValue(f.type, depth + 1);
      }
      if (odd(0.03)) out.unknownField = 1;
      return out;
    }
    if (isScalarType(type)) return scalarValue(type.name);
    return null;
  }

  function scalarValue(name) {
    switch (name) {
      case 'Int':
        return chance(0.5) ? Math.floor(rand() * 50) + 1 : pick(ODD_INTS);
      case 'Float':
        return pick(ODD_FLOATS);
      case 'Boolean':
        return chance(0.5);
      case 'ID':
        return pick(ODD_IDS);
      case 'Fen':
        return pick([0, 1, 100, 5_000_000, 100_000_000, 100_000_001, -1, 2 ** 53 - 1, 2 ** 53, 1.5, '100', '1e3']);
      case 'LocalDate':
        return pick([
          '2026-01-15',
          '2025-07-01',
          '2030-06-30',
          '2024-02-29',
          '2026-02-29',
          '2026-13-01',
          '26-1-1',
          '',
          '2026-01-15T00:00:00Z',
        ]);
      case 'DateTime':
        return pick(['2026-01-15T09:30:00+08:00', '2025-07-01T00:00:00Z', '2026-01-15', 'yesterday', '9999-12-31T23:59:59Z', '']);
      case 'String':
        return chance(0.4) ? pick(['张三', '东昌府区', 'TECH_SERVICE', '2026', 'ledger', '高新技术']) : pick(ODD_STRINGS);
      default:
        return pick(ODD_STRINGS);
    }
  }

  /** A JSON value as a GraphQL literal (strings escaped the JSON way, which GraphQL accepts). */
  function literal(v) {
    if (v === null || v === undefined) return 'null';
    if (Array.isArray(v)) return `[${v.map(literal).join(', ')}]`;
    if (typeof v === 'object') {
      return `{${Object.entries(v)
        .map(([k, x]) => `${k}: ${literal(x)}`)
        .join(', ')}}`;
    }
    if (typeof v === 'string') return JSON.stringify(v);
    if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '0';
    return String(v);
  }

  /** Enums are bare names in literals. */
  function literalFor(type, v) {
    const named = getNamedType(type);
    if (v === null || v === undefined) return 'null';
    if (isEnumType(named) && typeof v === 'string' && /^[_A-Za-z][_0-9A-Za-z]*$/.test(v)) {
      if (isListType(isNonNullType(type) ? type.ofType : type)) return literal(v);
      return v;
    }
    if (Array.isArray(v) && isListType(isNonNullType(type) ? type.ofType : type)) {
      const inner = (isNonNullType(type) ? type.ofType : type).ofType;
      return `[${v.map((x) => literalFor(inner, x)).join(', ')}]`;
    }
    if (isInputObjectType(named) && v && typeof v === 'object' && !Array.isArray(v)) {
      const fields = named.getFields();
      return `{${Object.entries(v)
        .map(([k, x]) => `${k}: ${fields[k] ? literalFor(fields[k].type, x) : literal(x)}`)
        .join(', ')}}`;
    }
    return literal(v);
  }

  /** Arguments of a field, as literals or as variables (declared in `vars`). */
  function args(field, vars) {
    const parts = [];
    for (const a of field.args) {
      const required = isNonNullType(a.type);
      if (!required && chance(0.55)) continue;
      if (required && odd(0.05)) continue; // a missing required argument
      let value = inputValue(a.type, 0);
      if (a.name === 'first' || a.name === 'last') value = chance(0.5) ? pick([0, 1, 5, 100, 1000, 10_000, 2147483647, -1, 1e9]) : value;
      if (a.name === 'after' || a.name === 'before') value = pick(ODD_STRINGS.slice(-14).concat(['', 'YXJyYXljb25uZWN0aW9uOjA=']));
      if (chance(0.5)) {
        const name = `v${vars.length}`;
        // Sometimes a declared type that does not match the argument's.
        const declared = odd(0.05) ? pick(['String', 'Int', 'Boolean', '[String!]', 'ID!']) : String(a.type);
        vars.push({ name, type: declared, value });
        parts.push(`${a.name}: $${name}`);
      } else {
        parts.push(`${a.name}: ${literalFor(a.type, value)}`);
      }
    }
    if (odd(0.03)) parts.push('noSuchArgument: 1');
    return parts.length ? `(${parts.join(', ')})` : '';
  }

  /** A selection set for an output type. */
  function selection(type, depth, vars) {
    const named = getNamedType(type);
    if (isScalarType(named) || isEnumType(named)) return '';
    if (isUnionType(named) || isInterfaceType(named)) {
      const possible = schema.getPossibleTypes(named);
      const frags = [];
      for (const t of possible.slice(0, 3))
        if (chance(0.5)) frags.push(`... on ${t.name} ${selection(t, depth + 1, vars) || '{ __typename }'}`);
      return `{ __typename ${frags.join(' ')} }`;
    }
    if (!isObjectType(named)) return '';
    const fields = Object.values(named.getFields());
    const leaves = fields.filter((f) => {
      const n = getNamedType(f.type);
      return isScalarType(n) || isEnumType(n);
    });
    const objects = fields.filter((f) => !leaves.includes(f));
    const chosen = [];
    const nLeaves = 1 + Math.floor(rand() * Math.min(5, leaves.length));
    for (let i = 0; i < nLeaves && leaves.length; i++) {
      const f = pick(leaves);
      chosen.push(`${f.name}${args(f, vars)}`);
    }
    if (depth < 3 && objects.length && chance(0.6)) {
      const f = pick(objects);
      const sub = selection(f.type, depth + 1, vars);
      if (sub) chosen.push(`${f.name}${args(f, vars)} ${sub}`);
    }
    if (odd(0.05)) chosen.push('noSuchField');
    if (!chosen.length) chosen.push('__typename');
    return `{ ${chosen.join(' ')} }`;
  }

  /**
   * The next request: { kind, field, query, variables }. Bodies stay under 3.5 MiB: the server
   * answers up to four times its 1 MiB limit with 413 and cuts off anything larger (http/body.ts).
   */
  function next() {
    for (;;) {
      const req = attempt();
      if (req.query.length + JSON.stringify(req.variables).length < 3.5 * 1024 * 1024) return req;
    }
  }

  function attempt() {
    junk = chance(0.3);
    const mutation = chance(0.25);
    const field = pick(mutation ? mutationFields : queryFields);
    const vars = [];
    const sel = selection(field.type, 1, vars);
    const call = `${field.name}${args(field, vars)} ${sel}`;
    const decl = vars.length ? `(${vars.map((v) => `$${v.name}: ${v.type}`).join(', ')})` : '';
    const query = `${mutation ? 'mutation' : 'query'} Fuzz${decl} { ${call} }`;
    const variables = Object.fromEntries(vars.map((v) => [v.name, v.value]));
    return { kind: mutation ? 'mutation' : 'query', field: field.name, query, variables };
  }

  return { next, schema };
}

/** Text that must never appear in an answer: stack frames, SQL, driver and database internals. */
export const LEAK =
  /\bat [\w$.<>]+ \([^)]*:\d+:\d+\)|node_modules|syntax error at or near|invalid input syntax for|duplicate key value violates|violates (?:foreign key|check|not-null|unique) constraint|relation "[^"]+" does not exist|column "[^"]+" does not exist|current transaction is aborted|\bSQLSTATE\b|DriverException|Failing row contains|\binsert into "|\bselect "[a-z_]+"\.|\bfrom "[a-z_]+" as "/i;

/** The invariants of one answer; returns the list of what broke (empty when all hold). */
export function checkAnswer(status, text) {
  const broken = [];
  if (status >= 500) broken.push(`HTTP ${status}`);
  let json = null;
  try {
    json = JSON.parse(text);
  } catch {
    broken.push('answer is not JSON');
  }
  if (json && typeof json === 'object') {
    if (!('data' in json) && !Array.isArray(json.errors)) broken.push('neither data nor errors');
    for (const e of json.errors ?? []) {
      if (e?.extensions?.code === 'INTERNAL_SERVER_ERROR') broken.push('INTERNAL_SERVER_ERROR');
      if (e?.extensions?.stacktrace || e?.extensions?.exception) broken.push('stack trace in extensions');
    }
  }
  const leak = LEAK.exec(text);
  if (leak) broken.push(`leaks "${leak[0]}"`);
  return { broken, json };
}

/**
 * Sends `count` requests one at a time, round-robin over the roles (`tokens`: role → bearer
 * token or null for anonymous), and checks every answer. Returns counts per role and outcome,
 * and every violation with its request and answer.
 */
export async function runFuzz({ url, tokens, fuzzer, count, onProgress }) {
  const roles = Object.keys(tokens);
  const outcomes = {};
  const violations = [];
  const slowest = [];
  let sent = 0;
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const role = roles[i % roles.length];
    const req = fuzzer.next();
    const body = JSON.stringify({ query: req.query, variables: req.variables });
    let status = 0;
    let text = '';
    let dropped = null;
    const t0 = performance.now();
    try {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(tokens[role] ? { authorization: `Bearer ${tokens[role]}` } : {}) },
        body,
      });
      status = res.status;
      text = await res.text();
    } catch (err) {
      dropped = String(err?.cause?.code ?? err?.message ?? err);
    }
    sent++;
    const took = performance.now() - t0;
    if (slowest.length < 10 || took > slowest[slowest.length - 1].ms) {
      slowest.push({ ms: Math.round(took), role, field: req.field, request: body.slice(0, 300) });
      slowest.sort((a, b) => b.ms - a.ms);
      slowest.length = Math.min(slowest.length, 10);
    }
    const { broken, json } = dropped ? { broken: [`dropped connection (${dropped})`], json: null } : checkAnswer(status, text);
    const outcome = broken.length ? 'VIOLATION' : json?.errors?.length ? String(json.errors[0]?.extensions?.code ?? 'NO_CODE') : 'OK';
    outcomes[role] ??= {};
    outcomes[role][outcome] = (outcomes[role][outcome] ?? 0) + 1;
    if (broken.length) {
      // The errors that broke an invariant first, so that a long list of ordinary ones does not hide them.
      const errors = json?.errors ?? [];
      const bad = errors.filter((e) => e?.extensions?.code === 'INTERNAL_SERVER_ERROR' || LEAK.test(JSON.stringify(e)));
      const answer = bad.length ? JSON.stringify({ errors: bad, otherErrors: errors.length - bad.length }) : text;
      violations.push({ i, role, broken, field: req.field, request: body.slice(0, 4000), status, answer: answer.slice(0, 2000) });
    }
    if (onProgress && sent % 1000 === 0) onProgress(sent, performance.now() - started);
  }
  return { sent, ms: performance.now() - started, outcomes, violations, slowest };
}
