import type { SeededRandom } from '../../../src/random/seeded-random';

/** One HTTP request the fuzzer sends: its name says which mutation produced it. */
export interface FuzzCase {
  kind: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
  search?: string;
}

const ODD_TEXT = [
  '\u0000',
  '\uD800',
  '\u202E',
  'e\u0301',
  '🙂',
  '𝔘𝔫𝔦',
  '\uFEFF',
  'ä',
  '\\',
  '"',
  "'",
  '\n',
  '$',
  '@',
  '#',
  '…',
];
const WRONG_LITERALS = [
  '"text"',
  '3.5',
  'true',
  'null',
  '[1, 2]',
  '{ a: 1 }',
  'NOPE',
  '-1',
  '""',
  '$undeclared',
];
const HUGE_INTS = [
  '2147483648',
  '-2147483649',
  '9007199254740993',
  '1e308',
  '99999999999999999999999999',
  '-0',
  '0x10',
];
const WRONG_VARIABLE_VALUES: unknown[] = [
  'ten',
  1.5,
  true,
  {},
  [],
  null,
  2 ** 31,
  -1,
  'x'.repeat(10_000),
  { nested: [1, { a: '\u0000' }] },
];

const json = { 'content-type': 'application/json' };

/** Given a random source and a valid operation, returns a malformed or hostile variant of it, as a request. */
export function mutate(random: SeededRandom, operation: string): FuzzCase {
  const post = (kind: string, query: unknown, extra: Record<string, unknown> = {}): FuzzCase => ({
    kind,
    method: 'POST',
    headers: json,
    body: JSON.stringify({ query, ...extra }),
  });
  const at = (text: string) => random.int(0, text.length);
  const mutators: (() => FuzzCase)[] = [
    () => {
      const braces = [...operation.matchAll(/[{}()[\]]/g)].map((match) => match.index ?? 0);
      const index = braces.length > 0 ? random.pick(braces) : 0;
      return post('drop-brace', operation.slice(0, index) + operation.slice(index + 1));
    },
    () => post('truncate', operation.slice(0, at(operation))),
    () => {
      const index = at(operation);
      return post('unicode', operation.slice(0, index) + random.pick(ODD_TEXT) + operation.slice(index));
    },
    () =>
      post(
        'wrong-literal',
        operation.replace(/:\s*("[^"]*"|-?\d+(\.\d+)?|true|false)/, `: ${random.pick(WRONG_LITERALS)}`),
      ),
    () =>
      post(
        'huge-int',
        operation.replace(/first: \d+/, `first: ${random.pick(HUGE_INTS)}`).replace(/\(\s*\)/, ''),
      ),
    () => {
      const levels = random.int(9, 60);
      return post(
        'deep-nesting',
        `{ locations(first: 1) { nodes { ${'parent { '.repeat(levels)}name${' }'.repeat(levels)} } } }`,
      );
    },
    () => {
      const braces = [...operation.matchAll(/\{/g)].map((match) => match.index ?? 0);
      const index = braces.length > 0 ? random.pick(braces) + 1 : 0;
      return post(
        'unknown-field',
        `${operation.slice(0, index)} unknownField${random.int(0, 99)} ${operation.slice(index)}`,
      );
    },
    () => post('unknown-argument', operation.replace(/(\w+)(\s*\{)/, `$1(bogus: ${random.int(0, 9)})$2`)),
    () =>
      post(
        'bad-variables',
        'query($first: Int, $id: ID!, $after: String) { quotes(first: $first, after: $after) { totalCount } node(id: $id) { id } }',
        {
          variables: {
            first: random.pick(WRONG_VARIABLE_VALUES),
            id: random.pick(WRONG_VARIABLE_VALUES),
            after: random.pick(WRONG_VARIABLE_VALUES),
          },
        },
      ),
    () => post('variables-not-an-object', operation, { variables: random.pick(['{"a":1}', [1], 7, true]) }),
    () =>
      post('undeclared-variable', operation.replace(/:\s*(-?\d+|"[^"]*")/, ': $ghost'), {
        variables: { ghost: 1 },
      }),
    () => {
      const copies = random.int(2, 40);
      return post(
        'many-aliases',
        `{ ${Array.from({ length: copies }, (_, index) => `a${index}: topics { slug }`).join(' ')} }`,
      );
    },
    () =>
      post(
        'directive-spam',
        operation.replace(/(\w+)(\s*[{)]|\s*$)/, `$1 ${'@skip(if: false) '.repeat(random.int(1, 30))}$2`),
      ),
    () => post('unknown-directive', operation.replace(/\{/, '{ __typename @nope(x: 1) ')),
    () => post('fragment-cycle', `${operation} fragment A on Query { ...B } fragment B on Query { ...A }`),
    () => post('unknown-fragment', operation.replace(/\{/, '{ ...Missing ')),
    () =>
      post('operation-name', `query A { __typename } query A { __typename } ${operation}`, {
        operationName: random.pick(['A', 'Nope', 7, null]),
      }),
    () => post('query-not-a-string', random.pick([7, null, true, ['{ __typename }'], { query: '{}' }])),
    () => ({ kind: 'not-json', method: 'POST', headers: json, body: operation }),
    () => ({
      kind: 'json-bomb',
      method: 'POST',
      headers: json,
      body: `{"query": "{ __typename }", "variables": ${'['.repeat(random.int(1_000, 50_000))}`,
    }),
    () => ({
      kind: 'batch',
      method: 'POST',
      headers: json,
      body: JSON.stringify([{ query: operation }, { query: operation }]),
    }),
    () => ({
      kind: 'wrong-content-type',
      method: 'POST',
      headers: { 'content-type': random.pick(['text/plain', 'application/xml', 'application/graphql', '']) },
      body: operation,
    }),
    () => ({
      kind: 'get',
      method: 'GET',
      headers: { 'apollo-require-preflight': 'true' },
      search: `?query=${encodeURIComponent(operation.slice(0, at(operation)))}&variables=${encodeURIComponent(random.pick(['{', '[]', '{"first":"x"}', '']))}`,
    }),
    () =>
      post(
        'long-string',
        operation.replace(/"[^"]*"/, JSON.stringify(random.pick(ODD_TEXT).repeat(random.int(1, 50_000)))),
      ),
  ];
  return random.pick(mutators)();
}
