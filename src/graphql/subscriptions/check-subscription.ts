import {
  getOperationAST,
  GraphQLError,
  parse,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import { UserInputError } from '../errors/coded-errors';

/** Marks graphql-js's own parse and validation errors with the codes Apollo gives them over HTTP. */
const requestError = (error: GraphQLError, code: string) =>
  new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    extensions: { code },
  });

/**
 * Given the schema, the validation rules (graphql-js's and the query limits), the token limit and a
 * WebSocket client's operation, returns its parsed document, or the errors that refuse it: a parse
 * error (the token limit included), a validation error, or an operation that is not a subscription.
 */
export function checkSubscription(
  schema: GraphQLSchema,
  rules: readonly ValidationRule[],
  maxTokens: number,
  payload: SubscribePayload,
): DocumentNode | readonly GraphQLError[] {
  let document: DocumentNode;
  try {
    document = parse(payload.query, { maxTokens });
  } catch (error) {
    return [
      error instanceof GraphQLError
        ? requestError(error, 'GRAPHQL_PARSE_FAILED')
        : new UserInputError('The query is not valid GraphQL.'),
    ];
  }
  const errors = validate(schema, document, rules);
  if (errors.length > 0)
    return errors.map((error) =>
      error.extensions['code'] ? error : requestError(error, 'GRAPHQL_VALIDATION_FAILED'),
    );
  const operation = getOperationAST(document, payload.operationName);
  if (operation && operation.operation !== 'subscription')
    return [
      new UserInputError(
        'Only subscriptions are served over WebSocket; send queries and mutations over HTTP POST.',
      ),
    ];
  return document;
}
