import {
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { DataSource } from 'typeorm';
import { SqlParams } from '../../db/sql-params';
import { collectFields } from '../lookahead/collect-fields';
import type { RelationRegistry } from '../relations';
import { NotCompilable, type CompileContext } from './compile-context';
import { fieldJson } from './field-json';
import { objectJson } from './object-json';

// A few kilobytes of query can ask for megabytes of SQL (fragments fanned out under many aliases);
// past this the resolvers answer, which only do the work the rows call for.
const MAX_SQL_LENGTH = 100_000;

/** One SQL statement answering a whole query: its text and parameter values; its one row's `data` is JSON text. */
export interface CompiledQuery {
  sql: string;
  values: unknown[];
  /** False when the plan must be made for the values (see `CompileContext.planPerValues`). */
  reusablePlan: boolean;
}

/** What to compile: a validated document, the operation to run and its coerced variables. */
export interface QueryToCompile {
  schema: GraphQLSchema;
  dataSource: DataSource;
  registry: RelationRegistry;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables: Readonly<Record<string, unknown>>;
}

/**
 * Given a validated query operation, returns one SQL statement whose single row's `data` column is
 * the operation's whole `data` as JSON, built by Postgres the way the resolvers would answer it
 * (PostGraphile's approach: one round trip, no per-field work in Node); null when no field reads
 * data. Throws NotCompilable for shapes it leaves to the resolvers, and the resolvers' own
 * BAD_USER_INPUT for bad arguments.
 */
export function compileQuery(query: QueryToCompile): CompiledQuery | null {
  const queryType = query.schema.getQueryType();
  if (query.operation.operation !== 'query' || !queryType) {
    throw new NotCompilable(`${query.operation.operation} operation`);
  }
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of query.document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  let aliases = 0;
  let reusablePlan = true;
  const context: CompileContext = {
    schema: query.schema,
    dataSource: query.dataSource,
    fragments,
    variables: query.variables,
    params: new SqlParams(),
    registry: query.registry,
    fieldJson,
    alias: () => `t${(aliases += 1)}`,
    planPerValues: () => {
      reusablePlan = false;
    },
  };
  const rootFields = collectFields(context, queryType, query.operation.selectionSet);
  // Nothing to read (`{ __typename }`): graphql-js answers without a round trip.
  if ([...rootFields.values()].every(([field]) => field?.name.value === '__typename')) return null;
  const data = objectJson(context, queryType, '', query.operation.selectionSet);
  // As text: the HTTP response carries it as it is (see json-text-data.ts).
  const sql = `SELECT ${data}::text AS data`;
  if (sql.length > MAX_SQL_LENGTH) throw new NotCompilable(`a statement of ${sql.length} characters`);
  return { sql, values: context.params.values, reusablePlan };
}
