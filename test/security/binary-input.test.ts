import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openQuoteGraphDatabase } from '../../src/composition';
import { runIngestCli } from '../../src/ingest/cli';
import { startExtraApp } from '../helpers/extra-app';
import { militaryBaseArticle } from '../helpers/sample-text';
import { createTestEnvironment, type TestEnvironment } from '../helpers/test-environment';
import { LEAK_PATTERN, postJson, rawRequest } from './helpers/raw-request';

// What the database or the driver would have said, had a value reached SQL.
const SQL_TRACE = /insert into|select |ingest_article|for encoding "UTF8"|QueryFailedError|22021/i;

const INGEST = `mutation Ingest($input: IngestArticleInput!) { ingestArticle(input: $input) { created } }`;

const utf16le = (text: string): Buffer => Buffer.from(text, 'utf16le');
const goodLine = (index: number): string => JSON.stringify(militaryBaseArticle(index));

describe('binary and non-UTF-8 input', () => {
  let env: TestEnvironment;
  let folder: string;

  beforeAll(async () => {
    env = await createTestEnvironment();
    folder = await mkdtemp(path.join(tmpdir(), 'quote-graph-binary-'));
  });

  afterAll(async () => {
    await env?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('the CLI refuses each file or line that is not UTF-8 text, with its reason, stores the rest and counts skipped files', async () => {
    const jpegHeader = [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01];
    const files: Record<string, Buffer> = {
      'photo.txt': Buffer.from([
        ...jpegHeader,
        ...Array.from({ length: 2_000 }, (_, index) => (index * 37) % 256),
      ]),
      'nul.txt': Buffer.from('Minister visits Brest\nThe minister\u0000\u0000 said nothing.\n'),
      'latin1.txt': Buffer.concat([
        Buffer.from('Caf\u00e9 reopens in Brest\n“We reopened the caf'),
        Buffer.from([0xe9]),
        Buffer.from(' today,” owner Pavel Grin said.\n'),
      ]),
      'utf16.txt': utf16le('Minister visits Brest\n“We will build a bridge,” Minister Ivan Krot said.\n'),
      'utf16-bom.json': Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(goodLine(1))]),
      'mixed.jsonl': Buffer.concat([
        Buffer.from(`${goodLine(2)}\n{"title": "Bad bytes", "body": "caf`),
        Buffer.from([0xc3, 0x28]),
        Buffer.from(
          `"}\n${JSON.stringify({ ...militaryBaseArticle(3), body: 'Escaped \u0000 NUL' })}\n${goodLine(4)}\n`,
        ),
      ]),
      'notes.md': Buffer.from('# Not an article\n'),
      'cover.jpg': Buffer.from(jpegHeader),
    };
    for (const [name, bytes] of Object.entries(files)) await writeFile(path.join(folder, name), bytes);
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let out = '';
    let err = '';
    stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    const status = await runIngestCli({
      argv: [folder],
      env: { DATABASE_URL: env.databaseUrl },
      stdin: Readable.from([]),
      stdout,
      stderr,
      openDatabase: openQuoteGraphDatabase,
    });
    const at = (name: string): string => path.join(folder, name);
    expect(out.split('\n')).toEqual([
      expect.stringMatching(/^9 articles in [\d.]+s: 2 created, 0 updated, 0 unchanged, 7 failed$/),
      `  failed ${at('latin1.txt')}: not UTF-8 text: an invalid byte sequence on line 2`,
      `  failed ${at('mixed.jsonl')}:2: not UTF-8 text: an invalid byte sequence`,
      `  failed ${at('mixed.jsonl')}:3: "input.body" is not plain text: it holds a NUL character (U+0000) at character 9. Send UTF-8 text, not binary data.`,
      `  failed ${at('nul.txt')}: binary data (NUL bytes), not text`,
      `  failed ${at('photo.txt')}: a JPEG image, not text`,
      `  failed ${at('utf16-bom.json')}: UTF-16 text (it starts with a UTF-16 byte-order mark); save it as UTF-8`,
      `  failed ${at('utf16.txt')}: binary data (NUL bytes); it looks like UTF-16 text without a byte-order mark: save it as UTF-8`,
      'skipped 2 files: not .txt/.html/.json/.jsonl',
      `  skipped ${at('cover.jpg')}`,
      `  skipped ${at('notes.md')}`,
      '',
    ]);
    expect(status).toBe(1);
    expect(`${out}${err}`).not.toMatch(SQL_TRACE);
    expect(`${out}${err}`).not.toMatch(/\n\s+at /);
    const count = await env.graphql<{ articles: { totalCount: number } }>(`{ articles { totalCount } }`);
    expect(count.data?.articles.totalCount).toBe(2);
  });

  it('ingestArticle refuses text that is not plain text with BAD_USER_INPUT naming the field, and logs one line and no SQL', async () => {
    const { app, lines } = await startExtraApp(env);
    try {
      const cases: { field: string; input: Record<string, unknown>; holds: string }[] = [
        { field: 'input.title', input: { title: 'Nul\u0000title' }, holds: 'a NUL character (U+0000)' },
        {
          field: 'input.body',
          input: { body: 'Half a pair \uD800 here' },
          holds: 'an unpaired surrogate (U+D800)',
        },
        {
          field: 'input.body',
          input: { body: 'Caf\uFFFD' },
          holds: 'a replacement character (U+FFFD), the mark of bytes that were not UTF-8',
        },
        { field: 'input.source', input: { source: 'Bell\u0007Wire' }, holds: 'a control character (U+0007)' },
      ];
      for (const [index, { field, input, holds }] of cases.entries()) {
        const requestId = `binary-${index}`;
        const response = await postJson(
          app.url,
          { query: INGEST, variables: { input: { ...militaryBaseArticle(100 + index), ...input } } },
          { authorization: `Bearer ${env.apiToken}`, 'x-request-id': requestId },
        );
        const error = response.json?.errors?.[0];
        expect(error?.extensions, requestId).toEqual({ code: 'BAD_USER_INPUT', field });
        expect(error?.message, requestId).toContain(`"${field}" is not plain text: it holds ${holds}`);
        expect(response.text, requestId).not.toMatch(LEAK_PATTERN);
      }
      // Bytes that are not UTF-8 in the request itself arrive as U+FFFD and are refused the same way.
      const broken = Buffer.from(
        JSON.stringify({
          query: INGEST,
          variables: { input: { ...militaryBaseArticle(200), body: 'Caf#' } },
        }),
      );
      broken[broken.indexOf('#')] = 0xff;
      const raw = await rawRequest(app.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${env.apiToken}`,
          'x-request-id': 'binary-raw',
        },
        body: broken,
      });
      expect(raw.json?.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.body' });

      const logged = lines.filter((line) => line.requestId?.startsWith('binary-'));
      expect(logged.map((line) => [line.requestId, line.level, line.msg])).toEqual(
        [...cases.keys()]
          .map((index) => [`binary-${index}`, 30, 'graphql operation'])
          .concat([['binary-raw', 30, 'graphql operation']]),
      );
      expect(JSON.stringify(lines)).not.toMatch(SQL_TRACE);
    } finally {
      await app.close();
    }
    const count = await env.graphql<{ articles: { totalCount: number } }>(
      `{ articles(filter: { source: "Bell" }) { totalCount } }`,
    );
    expect(count.data?.articles.totalCount).toBe(0);
  });
});
