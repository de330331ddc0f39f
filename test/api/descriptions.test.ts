/** The contract is for analysts: every type, field, argument and enum value is described. */
import { buildGraphQLSchema } from '@techvp/server';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isScalarType } from 'graphql';
import { describe, expect, it } from 'vitest';

describe('schema descriptions', () => {
  it('leave nothing undescribed, in Chinese and English', async () => {
    const schema = await buildGraphQLSchema();
    const missing: string[] = [];
    const notBilingual: string[] = [];
    const check = (where: string, text: string | null | undefined) => {
      if (!text?.trim()) missing.push(where);
      else if (!/[\u4e00-\u9fff]/.test(text) || !/[A-Za-z]{2}/.test(text)) notBilingual.push(where);
    };
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      check(type.name, type.description);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          check(`${type.name}.${field.name}`, field.description);
          for (const arg of field.args) check(`${type.name}.${field.name}(${arg.name})`, arg.description);
        }
      } else if (isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) check(`${type.name}.${field.name}`, field.description);
      } else if (isEnumType(type)) {
        for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
      } else if (isScalarType(type)) {
        // described above
      }
    }
    expect(missing).toEqual([]);
    expect(notBilingual).toEqual([]);
  });
});
