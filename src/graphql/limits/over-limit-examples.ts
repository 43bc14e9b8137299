/** Given a depth and a leaf field, returns `parent { … }` nested that deep around the leaf. */
export const nestParents = (levels: number, leaf: string): string =>
  `${'parent { '.repeat(levels)}${leaf}${' }'.repeat(levels)}`;

/**
 * One operation per limit, each just over its default and under every other limit: what the
 * limit tests send to see each refused, and what the limits benchmark times the refusal of.
 */
export const OVER_DEFAULT_LIMITS = {
  MAX_DEPTH: `{ locations(first: 1) { nodes { ${nestParents(7, 'name')} } } }`,
  MAX_ALIASES: `{ ${Array.from({ length: 16 }, (_, index) => `a${index}: __typename`).join(' ')} }`,
  MAX_DIRECTIVES: `{ ${Array.from({ length: 11 }, (_, index) => `a${index}: __typename @include(if: true)`).join(' ')} }`,
  MAX_COST: `{ articles(first: 100) { nodes { quotes(first: 100) { nodes { speaker { quotes(first: 100) { nodes { text } } } } } } } }`,
  MAX_TOKENS: `{ ${'__typename '.repeat(2_100)}}`,
} as const;
