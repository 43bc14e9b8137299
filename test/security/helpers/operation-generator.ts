import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import type { SeededRandom } from '../../../src/random/seeded-random';

/** Values the generator fills arguments with: real slugs and ids where it has them, plain text otherwise. */
export interface GeneratorSeeds {
  ids: string[];
  strings: string[];
}

/** Builds valid operations from a schema by random walk, so mutations start from what clients really send. */
export class OperationGenerator {
  constructor(
    private readonly schema: GraphQLSchema,
    private readonly random: SeededRandom,
    private readonly seeds: GeneratorSeeds,
  ) {}

  /** Returns a valid query (or, now and then, a mutation) of up to `depth` levels. */
  operation(depth: number): string {
    const mutation = this.schema.getMutationType();
    if (mutation && this.random.chance(0.15)) return `mutation { ${this.fields(mutation, depth, 1)} }`;
    const query = this.schema.getQueryType();
    if (!query) throw new Error('schema has no Query type');
    return `query { ${this.fields(query, depth, this.random.int(1, 3))} }`;
  }

  private fields(type: GraphQLNamedType, depth: number, count: number): string {
    if (isUnionType(type) || (isInterfaceType(type) && this.random.chance(0.5))) {
      const possible = this.schema.getPossibleTypes(type as never);
      const target = this.random.pick(possible);
      return `__typename ... on ${target.name} { ${this.fields(target, depth, count)} }`;
    }
    if (!isObjectType(type) && !isInterfaceType(type)) return '__typename';
    const all = Object.values(type.getFields()).filter((field) => !field.name.startsWith('__'));
    const chosen = new Set(Array.from({ length: count }, () => this.random.pick(all)));
    return [...chosen].map((field) => this.field(field, depth)).join(' ');
  }

  private field(field: GraphQLField<unknown, unknown>, depth: number): string {
    const args = field.args
      .filter((argument) => isNonNullType(argument.type) || this.random.chance(0.3))
      .map((argument) => `${argument.name}: ${this.value(argument.type, argument)}`);
    const head = args.length > 0 ? `${field.name}(${args.join(', ')})` : field.name;
    const named = getNamedType(field.type);
    if (isLeafType(named)) return head;
    if (depth <= 0) return `${head} { __typename }`;
    return `${head} { ${this.fields(named, depth - 1, this.random.int(1, 3))} }`;
  }

  private value(type: GraphQLInputType, argument?: GraphQLArgument): string {
    const nullable = getNullableType(type);
    if (isListType(nullable)) return `[${this.value(nullable.ofType as GraphQLInputType)}]`;
    if (isEnumType(nullable)) return this.random.pick(nullable.getValues()).name;
    if (isInputObjectType(nullable)) {
      const fields = Object.values(nullable.getFields()).filter(
        (field) => isNonNullType(field.type) || this.random.chance(0.4),
      );
      return `{ ${fields.map((field) => `${field.name}: ${this.value(field.type)}`).join(', ')} }`;
    }
    switch (nullable.name) {
      case 'Int':
        return String(argument?.name === 'first' ? this.random.int(0, 10) : this.random.int(0, 50));
      case 'Float':
        return String(this.random.next() * 100);
      case 'Boolean':
        return String(this.random.chance(0.5));
      case 'ID':
        return JSON.stringify(this.random.pick(this.seeds.ids));
      case 'DateTime':
        return JSON.stringify(
          new Date(Date.UTC(2026, this.random.int(0, 11), this.random.int(1, 28))).toISOString(),
        );
      default:
        return JSON.stringify(this.random.pick(this.seeds.strings));
    }
  }
}
