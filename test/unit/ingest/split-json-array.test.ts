import { describe, expect, it } from 'vitest';
import { splitJsonArray, type JsonItem } from '../../../src/ingest/cli/split-json-array';

/** Feeds the text in chunks of `size` bytes (1 cuts every token and every UTF-8 sequence apart). */
async function split(text: string, size: number, maxBytes = 1_000_000): Promise<JsonItem[]> {
  const bytes = Buffer.from(text, 'utf8');
  async function* chunks(): AsyncGenerator<Buffer> {
    for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
  }
  const items: JsonItem[] = [];
  for await (const item of splitJsonArray(chunks(), maxBytes)) items.push(item);
  return items;
}

const parsed = (items: JsonItem[]) =>
  items.map((item) =>
    'bytes' in item ? { index: item.index, value: JSON.parse(item.bytes.toString('utf8')) as unknown } : item,
  );

const TRICKY = [
  { title: 'Brackets ] and } in a string', body: 'She said "[not] {an} array", then \\ left' },
  { title: 'Escaped \\" quote \\\\', body: 'line\nbreak\ttab \u00e9\u0431\u{1F642} \\u005d' },
  { nested: { deeper: [1, [2, { x: ']' }], { '}': '{' }] }, body: '' },
  'a bare string, with a comma',
  12.5e3,
  null,
  [],
  {},
];

describe('splitJsonArray', () => {
  it.each([1, 2, 7, 4096])(
    'yields each element of a tricky array exactly as JSON.parse reads it (chunks of %i bytes)',
    async (size) => {
      const text = ` \n\t[ ${TRICKY.map((value) => JSON.stringify(value, null, size % 2 ? 2 : 0)).join(' ,\r\n ')} ]\n `;
      expect(parsed(await split(text, size))).toEqual(TRICKY.map((value, index) => ({ index, value })));
    },
  );

  it('skips a UTF-8 byte-order mark and reads a single object as one unindexed value', async () => {
    const items = await split(`\uFEFF  {"title": "One [article]", "body": "{"}`, 3);
    expect(parsed(items)).toEqual([{ index: null, value: { title: 'One [article]', body: '{' } }]);
  });

  it('lets a malformed record fail alone, with its index, and reads the rest', async () => {
    const text = '[{"title": "a"}, {"title": "b",}, {"title" "c"}, {"title": "d"}]';
    const items = await split(text, 5);
    expect(items.map((item) => item.index)).toEqual([0, 1, 2, 3]);
    const bad = items.filter((item) => 'bytes' in item && !isJson(item.bytes)).map((item) => item.index);
    expect(bad).toEqual([1, 2]);
    expect(parsed([items[0] as JsonItem, items[3] as JsonItem])).toEqual([
      { index: 0, value: { title: 'a' } },
      { index: 3, value: { title: 'd' } },
    ]);
  });

  it('keeps reading after stray closing braces between records', async () => {
    const items = await split('[{"a": 1}}, {"b": 2}]', 4);
    expect(items.map((item) => item.index)).toEqual([0, 1, 2]);
    expect(parsed([items[0] as JsonItem, items[2] as JsonItem])).toEqual([
      { index: 0, value: { a: 1 } },
      { index: 2, value: { b: 2 } },
    ]);
    expect('bytes' in (items[1] as JsonItem) && isJson((items[1] as { bytes: Buffer }).bytes)).toBe(false);
  });

  it('refuses an element over the limit without holding it, and reads on', async () => {
    const big = JSON.stringify({ body: 'x'.repeat(500) });
    const items = await split(`[{"a": 1}, ${big}, {"b": 2}]`, 16, 100);
    expect(items).toEqual([
      { index: 0, bytes: Buffer.from('{"a": 1}') },
      { index: 1, error: 'the record is over 100 bytes' },
      { index: 2, bytes: Buffer.from('{"b": 2}') },
    ]);
  });

  it('says where a cut-short file ends: inside a record, or with the array left open', async () => {
    expect(await split('[{"a": 1}, {"b": "unterminated', 4)).toEqual([
      { index: 0, bytes: Buffer.from('{"a": 1}') },
      { index: 1, error: 'not valid JSON: the file ends inside this record (cut short?)' },
    ]);
    expect(await split('[{"a": 1},', 4)).toEqual([
      { index: 0, bytes: Buffer.from('{"a": 1}') },
      { index: 1, error: 'not valid JSON: the array is not closed with "]" (cut short?)' },
    ]);
    expect(await split('{ "title": "Half a file",', 4)).toEqual([
      { index: null, error: 'not valid JSON: the file ends inside this record (cut short?)' },
    ]);
  });

  it('reports an empty file and text after the end of the array', async () => {
    expect(await split(' \n ', 1)).toEqual([{ index: null, error: 'not valid JSON: the file is empty' }]);
    expect(await split('[{"a": 1}] trailing', 3)).toEqual([
      { index: 0, bytes: Buffer.from('{"a": 1}') },
      { index: 1, error: 'not valid JSON: text after the end of the JSON value' },
    ]);
  });
});

function isJson(bytes: Buffer): boolean {
  try {
    JSON.parse(bytes.toString('utf8'));
    return true;
  } catch {
    return false;
  }
}
