import {
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLField,
  type GraphQLNamedType,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql';
import { QueryTooComplexError } from '../errors/coded-errors';
import { fragmentMeasure } from './fragment-measure';
import { isIntrospectionField } from './is-introspection-field';
import { pageSizeEstimate } from './page-size-estimate';

/** A selection set's cost: what it costs once, and what it costs per item of the enclosing connection. */
interface Cost {
  once: number;
  perItem: number;
}

const FREE: Cost = { once: 0, perItem: 0 };

const isConnectionField = (field: GraphQLField<unknown, unknown>): boolean =>
  field.args.some((argument) => argument.name === 'first') &&
  getNamedType(field.type).name.endsWith('Connection');

const isItemsField = (parent: GraphQLNamedType, name: string): boolean =>
  parent.name.endsWith('Connection') && (name === 'nodes' || name === 'edges');

/**
 * Given the highest cost allowed, returns a validation rule that refuses costlier operations with
 * QUERY_TOO_COMPLEX. The estimate counts the objects the server may have to load: every field that
 * returns an object counts 1, and a connection's items (`nodes`, `edges`) count once per item its
 * `first` may return. Scalars, plain lists (a quote's topics, the taxonomy) and introspection count
 * nothing more, so `articles(first: 20) { nodes { quotes { nodes { speaker { name } } } } }` costs
 * 841 and three nested `first: 100` lists cost over a million.
 */
export function maxCostRule(maximum: number): ValidationRule {
  return (context) => {
    const schema = context.getSchema();
    const fragmentCost = fragmentMeasure(
      context,
      (fragment) => costOf(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value)),
      FREE,
    );

    function fieldCost(field: FieldNode, parent: GraphQLNamedType): Cost {
      const name = field.name.value;
      if (!field.selectionSet || isIntrospectionField(name)) return FREE;
      const definition =
        isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
      if (!definition) return FREE; // an unknown field: FieldsOnCorrectTypeRule reports it
      const inner = costOf(field.selectionSet, getNamedType(definition.type));
      const itemsMultiplier = isConnectionField(definition) ? pageSizeEstimate(field) : 1;
      const cost = 1 + inner.once + itemsMultiplier * inner.perItem;
      return isItemsField(parent, name) ? { once: 0, perItem: cost } : { once: cost, perItem: 0 };
    }

    function costOf(selectionSet: SelectionSetNode, parent: GraphQLNamedType | undefined): Cost {
      const total = { once: 0, perItem: 0 };
      for (const selection of selectionSet.selections) {
        let cost = FREE;
        if (selection.kind === Kind.FIELD) {
          cost = parent ? fieldCost(selection, parent) : FREE;
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const condition = selection.typeCondition
            ? schema.getType(selection.typeCondition.name.value)
            : parent;
          cost = costOf(selection.selectionSet, condition ?? undefined);
        } else {
          cost = fragmentCost(selection.name.value);
        }
        total.once += cost.once;
        total.perItem += cost.perItem;
      }
      return total;
    }

    return {
      OperationDefinition(operation) {
        const root = schema.getRootType(operation.operation) ?? undefined;
        const { once, perItem } = costOf(operation.selectionSet, root);
        const cost = once + perItem;
        if (cost > maximum) {
          context.reportError(
            new QueryTooComplexError(
              `The operation's estimated cost is ${cost}; the limit is ${maximum} (MAX_COST). Each object counts 1 and a connection's items count once per \`first\` (20 when omitted, 100 when set by a variable): ask for smaller pages or fewer nested lists.`,
              { limit: 'MAX_COST', maximum, actual: cost, node: operation },
            ),
          );
        }
      },
    };
  };
}
