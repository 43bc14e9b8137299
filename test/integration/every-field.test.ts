import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isInterfaceType,
  Kind,
  parse,
  type GraphQLSchema,
  type IntrospectionQuery,
  type OperationDefinitionNode,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app';
import { RELATIONS } from '../../src/composition';
import { compileQuery, NotCompilable } from '../../src/graphql/compiled';
import { toGlobalId, type NodeTypeName } from '../../src/graphql/ids/global-id';
import { startExtraApp } from '../helpers/extra-app';
import { fieldCases, type FieldCase } from '../helpers/field-cases';
import { ingestSampleArticles, useTestEnvironment } from '../helpers/test-environment';

/**
 * Every field a read query can reach, generated from the served schema (not listed by hand): the
 * compiler must serve each one, unless the relations declare the field resolver-only with a
 * reason; and each must answer byte for byte as the resolvers do, compiled in one statement.
 */
describe('every field of the served schema', () => {
  const env = useTestEnvironment({}, ingestSampleArticles);
  let resolvers: RunningApp;
  let schema: GraphQLSchema;
  let cases: FieldCase[] = [];

  beforeAll(async () => {
    ({ app: resolvers } = await startExtraApp(env, {
      EXPOSE_SQL_STATEMENT_COUNT: 'true',
      COMPILE_QUERIES: 'false',
    }));
    const introspection = await env.graphql<IntrospectionQuery>(getIntrospectionQuery());
    schema = buildClientSchema(introspection.data as IntrospectionQuery);
    // A root lookup is called with the id of a stored row of its type (`node` with a quote's).
    const ids = new Map<string, string>();
    const node = schema.getType('Node');
    if (!isInterfaceType(node)) throw new Error('no Node interface');
    for (const { name: typeName } of schema.getPossibleTypes(node)) {
      const description = RELATIONS.type(typeName);
      if (!description) throw new Error(`${typeName} is not described`);
      const table = env.dataSource.getMetadata(description.entity).tableName;
      const [row] = (await env.dataSource.query(`SELECT min(id) AS id FROM ${table}`)) as { id: number }[];
      ids.set(typeName, toGlobalId(typeName as NodeTypeName, row?.id ?? 1));
    }
    cases = fieldCases(schema, (field) => {
      if (field.args.some((argument) => argument.name === 'interval')) return '(interval: MONTH)';
      if (!field.args.some((argument) => argument.name === 'id')) return '';
      const typeName = getNamedType(field.type).name;
      return `(id: "${ids.get(typeName === 'Node' ? 'Quote' : typeName)}")`;
    });
  });
  afterAll(async () => {
    await resolvers.close();
  });

  /** The reason the relations give for leaving a field to the resolvers, or null. */
  const resolverOnlyReason = (name: string): string | null => {
    const [typeName = '', field = ''] = name.split('.');
    const relation = typeName === 'Query' ? RELATIONS.roots[field] : RELATIONS.relation(typeName, field);
    return relation?.kind === 'resolverOnly' ? relation.reason : null;
  };

  /** The reason for a case: its own field's, else that of the root field its query goes through. */
  const caseReason = ({ name, query }: FieldCase): string | null => {
    const operation = parse(query).definitions.find(
      (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
    );
    const root = operation?.selectionSet.selections.find((selection) => selection.kind === Kind.FIELD);
    return resolverOnlyReason(name) ?? (root ? resolverOnlyReason(`Query.${root.name.value}`) : null);
  };

  it('logs at debug level why a query was not compiled', async () => {
    const { app, lines } = await startExtraApp(env, { LOG_LEVEL: 'debug' });
    try {
      const response = await fetch(app.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __type(name: "Quote") { name } topics { slug } }' }),
      });
      expect(response.status).toBe(200);
      const line = lines.find((entry) => entry.msg === 'query not compiled; answered by resolvers');
      expect(line?.level).toBe(20);
      expect(line?.reason).toMatch(/__type/);
    } finally {
      await app.close();
    }
  });

  it('reaches every type a read query can return', () => {
    const reached = new Set(cases.map((entry) => entry.name.split('.')[0]));
    for (const typeName of ['Query', 'Article', 'Speaker', 'Quote', 'Location', 'Topic', 'PageInfo']) {
      expect(reached).toContain(typeName);
    }
    expect(cases.length).toBeGreaterThan(80);
  });

  it('compiles every field, or the relations say why not', () => {
    const refused: string[] = [];
    for (const { name, query } of cases) {
      const document = parse(query);
      const operation = document.definitions.find(
        (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
      ) as OperationDefinitionNode;
      try {
        compileQuery({
          schema,
          dataSource: env.dataSource,
          registry: RELATIONS,
          document,
          operation,
          variables: {},
        });
      } catch (error) {
        if (!(error instanceof NotCompilable)) throw error;
        if (!caseReason({ name, query })?.trim()) refused.push(`${name}: ${error.message}`);
      }
    }
    expect(refused).toEqual([]);
  });

  it('answers every field as the resolvers do, compiled in one statement', async () => {
    const ask = async (url: string, query: string) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      const text = await response.text();
      return {
        // Reprinted without Postgres's spacing: equal texts mean equal keys in equal order.
        text: JSON.stringify(JSON.parse(text)),
        errors: (JSON.parse(text) as { errors?: unknown[] }).errors,
        statements: Number(response.headers.get('x-sql-statements')),
      };
    };
    for (const { name, query } of cases) {
      const reason = caseReason({ name, query });
      const [compiled, resolved] = [await ask(env.url, query), await ask(resolvers.url, query)];
      expect(resolved.errors, `${name}: ${query}`).toBeUndefined();
      expect(compiled.text, `${name}: ${query}`).toBe(resolved.text);
      if (reason === null) expect(compiled.statements, name).toBe(1);
      else expect(compiled.statements, name).toBe(resolved.statements);
    }
  });
});
