import { Kind, type FieldNode } from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../pagination/page-args';

/**
 * Given a connection field as written, returns how many items it may return: its literal `first`
 * (held to what the resolver accepts, which refuses the rest itself), the default page size when
 * `first` is left out, and the maximum when it comes from a variable, because validation runs
 * before variables are known and is cached per document.
 */
export function pageSizeEstimate(field: FieldNode): number {
  const first = field.arguments?.find((argument) => argument.name.value === 'first')?.value;
  if (first === undefined || first.kind === Kind.NULL) return DEFAULT_PAGE_SIZE;
  if (first.kind !== Kind.INT) return MAX_PAGE_SIZE;
  return Math.min(Math.max(Number(first.value), 0), MAX_PAGE_SIZE);
}
