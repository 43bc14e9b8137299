import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  buildSchema,
  findBreakingChanges,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  type GraphQLSchema,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildQuoteGraphSchema } from '../../src/composition';
import { printSortedSchema } from '../../src/graphql/print-schema';

const root = path.resolve(__dirname, '..', '..');
const contractPath = path.resolve(root, '..', 'shared', 'design', 'contract.graphql');

/** Every type, field, argument and enum value of the schema that has no description. */
function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name))
      continue;
    if (!type.description) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const arg of field.args)
          if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields()))
        if (!field.description) missing.push(`${type.name}.${field.name}`);
    } else if (isEnumType(type)) {
      for (const value of type.getValues())
        if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
  }
  return missing;
}

describe('the served schema', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildQuoteGraphSchema();
  });

  it('is exactly the committed schema.graphql (run `npm run schema` after changing the code)', async () => {
    const committed = await readFile(path.join(root, 'schema.graphql'), 'utf8');
    expect(printSortedSchema(schema)).toBe(committed);
  });

  it('describes every type, field, argument and enum value', () => {
    expect(undescribed(schema)).toEqual([]);
  });

  it.skipIf(!existsSync(contractPath))(
    'breaks nothing in the public contract (../shared/design/contract.graphql)',
    async () => {
      const contract = buildSchema(await readFile(contractPath, 'utf8'));
      expect(findBreakingChanges(contract, schema)).toEqual([]);
    },
  );
});
