// Relative imports carry .js: these pure modules are also compiled by the tests as Node ESM.
/**
 * What a failed workflow mutation means for the person at the desk, read from the error's
 * extensions as `server/src/graphql/errors.ts` formats them: RULE_VIOLATION names `rule` and
 * `article` (and `failing` rules), BAD_USER_INPUT names `field` (or `fields`), CONFLICT with
 * `expectedVersion` / `actualVersion` means someone else moved the case first.
 */

export interface DeskError {
  code: string;
  /** The server's bilingual message, split to the language shown. */
  message: string;
  rule?: string;
  article?: string;
  field?: string;
  fields?: string[];
  failing?: Array<{ rule: string; article: string; detail: string }>;
  /** Someone else changed the record: the fix is to reload, not to retry. */
  stale: boolean;
}

interface GqlErrorLike {
  message: string;
  extensions?: Record<string, unknown>;
}

const CJK = /[\u3400-\u9fff]/g;
const LATIN = /[A-Za-z]/g;

/** The half of a `中文 / English` message in the language shown. */
export function pickLanguage(text: string, lang: 'zh' | 'en'): string {
  for (let at = text.indexOf(' / '); at > 0; at = text.indexOf(' / ', at + 3)) {
    const zh = text.slice(0, at);
    const en = text.slice(at + 3);
    if ((zh.match(CJK)?.length ?? 0) > 0 && (en.match(LATIN)?.length ?? 0) > (en.match(CJK)?.length ?? 0)) {
      return lang === 'zh' ? zh : en;
    }
  }
  return text;
}

export function readDeskError(error: unknown, lang: 'zh' | 'en'): DeskError {
  const e = error as { errors?: GqlErrorLike[]; graphQLErrors?: GqlErrorLike[]; message?: string } | null;
  const first = e?.errors?.[0] ?? e?.graphQLErrors?.[0];
  if (!first) {
    const msg = e?.message ?? String(error);
    return {
      code: 'NETWORK',
      message: msg.includes('Failed to fetch') ? (lang === 'zh' ? '无法连接服务器' : 'Cannot reach the server') : msg,
      stale: false,
    };
  }
  const x = first.extensions ?? {};
  const code = typeof x.code === 'string' ? x.code : 'INTERNAL_SERVER_ERROR';
  const fields = Array.isArray(x.fields) ? (x.fields as Array<{ field: string }>).map((f) => f.field) : undefined;
  const stale =
    code === 'CONFLICT' &&
    (x.expectedVersion !== undefined || x.actualVersion !== undefined || /已被他人修改|changed by someone else/.test(first.message));
  return {
    code,
    message: pickLanguage(first.message, lang),
    rule: typeof x.rule === 'string' ? x.rule : undefined,
    article: typeof x.article === 'string' ? x.article : undefined,
    field: typeof x.field === 'string' ? x.field : fields?.[0],
    fields,
    failing: Array.isArray(x.failing) ? (x.failing as DeskError['failing']) : undefined,
    stale,
  };
}
