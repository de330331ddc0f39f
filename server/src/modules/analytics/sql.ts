/**
 * A small tagged template for readable, parameterised SQL: `sql\`… where a.year = ${year}\``
 * turns each value into a placeholder and splices nested `Sql` fragments in place. The same
 * statement can be sent through MikroORM/knex (`?` placeholders) or through `pg` (`$n`), so
 * the benchmark times exactly the text the server runs.
 */
export class Sql {
  constructor(
    readonly strings: readonly string[],
    readonly values: readonly unknown[],
  ) {}

  /** Text with `?` placeholders, for knex (MikroORM's `execute`). */
  toKnex(): { sql: string; values: unknown[] } {
    return { sql: this.strings.join('?'), values: [...this.values] };
  }

  /** Text with `$1…$n` placeholders, for `pg`. */
  toPg(): { text: string; values: unknown[] } {
    let text = this.strings[0];
    for (let i = 1; i < this.strings.length; i++) text += `$${i}${this.strings[i]}`;
    return { text, values: [...this.values] };
  }
}

/** A SQL fragment; `${value}` becomes a parameter, `${fragment}` is spliced in. */
export function sql(strings: TemplateStringsArray, ...args: unknown[]): Sql {
  const out: string[] = [strings[0]];
  const values: unknown[] = [];
  args.forEach((arg, i) => {
    if (arg instanceof Sql) {
      out[out.length - 1] += arg.strings[0];
      for (let k = 1; k < arg.strings.length; k++) out.push(arg.strings[k]);
      values.push(...arg.values);
    } else {
      values.push(arg);
      out.push('');
    }
    out[out.length - 1] += strings[i + 1];
  });
  return new Sql(out, values);
}

/** Trusted SQL text (identifiers, keywords) without parameters. */
export function raw(text: string): Sql {
  return new Sql([text], []);
}

/** Joins fragments with a separator, e.g. conditions with `and`. */
export function join(parts: Sql[], separator: string): Sql {
  if (parts.length === 0) return raw('');
  return parts.reduce((acc, part, i) => (i === 0 ? part : sql`${acc}${raw(separator)}${part}`));
}

/** `where a and b …`, or nothing when there are no conditions. */
export function where(conditions: Sql[]): Sql {
  return conditions.length ? sql`where ${join(conditions, ' and ')}` : raw('');
}

/** `and a and b …` after an existing condition, or nothing. */
export function and(conditions: Sql[]): Sql {
  return conditions.length ? sql`and ${join(conditions, ' and ')}` : raw('');
}

/**
 * A PostgreSQL text-array literal (`{"a","b"}`), used as `${textArray(x)}::text[]`; knex
 * would otherwise expand a JS array into a list of placeholders.
 */
export function textArray(items: readonly string[]): string {
  return `{${items.map((s) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}
