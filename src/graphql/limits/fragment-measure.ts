import type { FragmentDefinitionNode, ValidationContext } from 'graphql';

/**
 * Given the validation context, how to measure one fragment and what a missing or cyclic fragment
 * counts as, returns a lookup by fragment name that measures each fragment once. Memoising is what
 * keeps a limit cheap: fragments that spread each other several times over would otherwise take
 * time exponential in the document's size to walk, which is the very attack the limits stop.
 * Cycles count as `empty` because graphql-js's own `NoFragmentCyclesRule` reports them.
 */
export function fragmentMeasure<T>(
  context: ValidationContext,
  measure: (fragment: FragmentDefinitionNode) => T,
  empty: T,
): (name: string) => T {
  const measured = new Map<string, T>();
  const inProgress = new Set<string>();
  return (name) => {
    const known = measured.get(name);
    if (known !== undefined) return known;
    const fragment = context.getFragment(name);
    if (!fragment || inProgress.has(name)) return empty;
    inProgress.add(name);
    const value = measure(fragment);
    inProgress.delete(name);
    measured.set(name, value);
    return value;
  };
}
