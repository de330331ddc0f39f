import { registerEnumType } from 'type-graphql';

/**
 * Registers a TypeScript string enum with GraphQL, with a bilingual description for the enum
 * and for every value (the schema contract requires both).
 */
export function registerEnum<E extends Record<string, string>>(
  enumObject: E,
  name: string,
  description: string,
  values: { [K in keyof E]: string },
): void {
  registerEnumType(enumObject, {
    name,
    description,
    valuesConfig: Object.fromEntries(Object.entries(values).map(([k, d]) => [k, { description: d }])) as never,
  });
}
