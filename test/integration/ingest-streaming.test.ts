import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openQuoteGraphDatabase } from '../../src/composition';
import { runIngestCli } from '../../src/ingest/cli';
import { INGEST_TABLES } from '../../src/ingest/analyze-after-bulk-load';
import { militaryBaseArticle } from '../helpers/sample-text';
import { createTestEnvironment, type TestEnvironment } from '../helpers/test-environment';
import { capture } from '../helpers/captured-stream';

const ARTICLES = 260;
// SAMPLE DATA: a paragraph of invented filler, so a few hundred articles make a multi-megabyte file.
const FILLER = 'The committee went through the harbour report line by line and adjourned without a vote. ';

function bigArticle(index: number): ReturnType<typeof militaryBaseArticle> {
  const article = militaryBaseArticle(index);
  return { ...article, body: `${article.body}\n${FILLER.repeat(90).trim()} Session ${index}.` };
}

/** Writes the articles as JSON Lines, waiting on the disk like any large export would. */
async function writeJsonLines(file: string, count: number): Promise<void> {
  const out = createWriteStream(file);
  for (let index = 0; index < count; index += 1) {
    if (!out.write(`${JSON.stringify(bigArticle(index))}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

describe('npm run ingest on large files', () => {
  let env: TestEnvironment;
  let folder: string;

  const run = async (argv: string[], analyzeThreshold: number) => {
    const stdout = capture();
    const stderr = capture();
    const status = await runIngestCli({
      argv,
      env: { DATABASE_URL: env.databaseUrl },
      stdin: Readable.from([]),
      stdout: stdout.stream,
      stderr: stderr.stream,
      openDatabase: openQuoteGraphDatabase,
      analyzeThreshold,
    });
    return { status, stdout: stdout.text(), stderr: stderr.text() };
  };

  const statistics = async () =>
    (await env.dataSource.query(
      `SELECT c.relname AS "table", c.reltuples::float8 AS tuples, s.last_analyze IS NOT NULL AS analyzed
         FROM pg_class c JOIN pg_stat_user_tables s ON s.relid = c.oid
        WHERE c.relname = ANY($1) ORDER BY c.relname`,
      [[...INGEST_TABLES]],
    )) as { table: string; tuples: number; analyzed: boolean }[];

  beforeAll(async () => {
    env = await createTestEnvironment();
    folder = await mkdtemp(path.join(tmpdir(), 'quote-graph-streaming-'));
  });

  afterAll(async () => {
    await env?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('leaves the statistics alone after a run at or under the threshold', async () => {
    const file = path.join(folder, 'few.jsonl');
    await writeFile(
      file,
      [1, 2, 3].map((index) => JSON.stringify(militaryBaseArticle(10_000 + index))).join('\n'),
    );
    const result = await run([file], 3);
    expect(result.stdout).toMatch(/^3 articles in [\d.]+s: 3 created, 0 updated, 0 unchanged, 0 failed\n$/);
    expect(result.stderr).not.toContain('analyzed');
    expect((await statistics()).filter((table) => table.analyzed)).toEqual([]);
  });

  it('streams a multi-megabyte .jsonl and a .json array with a broken record, stores every good article, then runs ANALYZE', async () => {
    const lines = path.join(folder, 'archive.jsonl');
    await writeJsonLines(lines, ARTICLES);
    expect((await stat(lines)).size).toBeGreaterThan(2 * 1_048_576);
    const array = path.join(folder, 'batch.json');
    const good = [militaryBaseArticle(20_001), militaryBaseArticle(20_002)].map((article) =>
      JSON.stringify(article),
    );
    await writeFile(array, `[\n${good[0]},\n{"title": "Broken", "body": },\n${good[1]}\n]\n`);

    const result = await run(['--concurrency', '3', lines, array], 100);
    expect(result.stdout).toMatch(
      new RegExp(
        `^${ARTICLES + 3} articles in [\\d.]+s: ${ARTICLES + 2} created, 0 updated, 0 unchanged, 1 failed\\n`,
      ),
    );
    expect(result.stdout).toContain(`failed ${array}[1]: not valid JSON: Unexpected token`);
    expect(result.stderr).toMatch(/analyzed the ingest tables for the query planner in \d+ ms/);

    const counts = await env.graphql<{ articles: { totalCount: number }; quotes: { totalCount: number } }>(
      `{ articles { totalCount } quotes(filter: { search: "foreign military base Grodno" }) { totalCount } }`,
    );
    expect(counts.data).toEqual({
      articles: { totalCount: ARTICLES + 2 + 3 },
      quotes: { totalCount: ARTICLES + 2 + 3 },
    });
    const last = await env.graphql<{ articles: { nodes: { title: string; body: string }[] } }>(
      `{ articles(filter: { search: "Session 259" }) { nodes { title body } } }`,
    );
    expect(last.data?.articles.nodes).toEqual([
      { title: bigArticle(ARTICLES - 1).title, body: bigArticle(ARTICLES - 1).body },
    ]);

    const tables = await statistics();
    expect(tables.map((table) => table.table).sort()).toEqual([...INGEST_TABLES].sort());
    expect(tables.every((table) => table.analyzed)).toBe(true);
    const articles = tables.find((table) => table.table === 'articles');
    expect(articles?.tuples).toBe(ARTICLES + 2 + 3);
  }, 300_000);
});
