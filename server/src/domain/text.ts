/**
 * Text that PostgreSQL cannot store or that is not text at all: the NUL character (PostgreSQL
 * refuses it in text columns: "invalid byte sequence for encoding UTF8: 0x00") and lone UTF-16
 * surrogates (not Unicode; the driver would silently turn them into U+FFFD). Every text input
 * is checked against this one rule at the boundary it enters by: GraphQL arguments
 * (graphql/text-input.ts), spreadsheet cells (modules/spreadsheet/validate.ts) and the HTTP
 * routes' query parameters.
 */

// A NUL, a high surrogate not followed by a low one, or a low surrogate not preceded by a high one.
// eslint-disable-next-line no-control-regex -- the NUL is exactly what is looked for
const INVALID = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when the string holds a NUL character or a lone surrogate. */
export function isInvalidText(s: string): boolean {
  return INVALID.test(s);
}

/**
 * The path (`input.title`, `ids.3`) of the first invalid string inside a JSON-like value, or
 * null when every string in it is valid. Object keys are checked too.
 */
export function findInvalidText(value: unknown, path: string): string | null {
  if (typeof value === 'string') return isInvalidText(value) ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findInvalidText(value[i], `${path}.${i}`);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const at = path ? `${path}.${k}` : k;
      if (isInvalidText(k)) return at;
      const found = findInvalidText(v, at);
      if (found) return found;
    }
  }
  return null;
}

/** The bilingual reason, naming the field. */
export function invalidTextMessage(field: string): string {
  return `${field} 含有空字符（NUL）或不成对的代理字符，不是有效文本 / ${field} contains a NUL character or a lone surrogate, which is not valid text`;
}
