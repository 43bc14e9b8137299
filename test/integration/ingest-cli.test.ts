import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openQuoteGraphDatabase } from '../../src/composition';
import { runIngestCli } from '../../src/ingest/cli';
import { createTestEnvironment, type TestEnvironment } from '../helpers/test-environment';
import { capture } from '../helpers/captured-stream';

// SAMPLE DATA: fictional speakers and words, real places, written for this test.
const TEXT_ARTICLE = [
  'Transport minister promises new trains for Mogilev (cli sample)',
  '13:20, 26 April',
  'Transport Minister Olga Smeyan visited the Mogilev railway station on Friday.',
  '“Twelve new trains will run between Mogilev and Minsk by December,” Smeyan said.',
].join('\n');

const JSON_ARTICLES = [
  {
    title: 'Grain exports rise through Brest (cli sample)',
    body: '“Our grain exports through Brest grew by a tenth this year,” Agriculture Minister Ivan Krot said.',
    source: 'Sample Wire',
    publishedAt: '2026-02-01T10:00:00Z',
  },
  {
    title: 'New school opens in Pinsk (cli sample)',
    body: [
      'Education Minister Lidia Sorokina opened a school in Pinsk.',
      '“Every child deserves a desk by a window,” Sorokina said.',
    ],
    url: 'https://example.org/cli/pinsk-school',
  },
];

const JSONL_ARTICLES = [
  {
    title: 'Air base talk denied in Lida (cli sample)',
    body: '“There is no air base planned near Lida,” Colonel Pavel Kuzmich said.',
    source: 'Sample Wire',
  },
  {
    title: 'Hospital upgrade in Vitebsk (cli sample)',
    body: '“The hospital in Vitebsk gets new scanners in May,” Health Minister Anna Belskaya said.',
  },
];

const HTML_PAGE = `<!doctype html>
<html><head>
  <title>Energy tariffs stay flat in Grodno (cli sample) | Sample Wire</title>
  <link rel="canonical" href="https://example.org/cli/grodno-tariffs">
  <meta property="og:site_name" content="Sample Wire">
</head><body>
  <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
  <article>
    <h1>Energy tariffs stay flat in Grodno (cli sample)</h1>
    <p>Energy Minister Dmitry Lavrenov spoke to reporters in Grodno on Monday about electricity tariffs for the winter.</p>
    <p>“Households in Grodno will pay the same for electricity this winter as they did last winter,” Lavrenov said.</p>
    <p>The minister added that the new power line to Lida would be finished in the spring, ahead of schedule.</p>
  </article>
  <footer>© Sample Wire. All rights reserved.</footer>
</body></html>`;

describe('npm run ingest', () => {
  let env: TestEnvironment;
  let folder: string;
  let good: string;
  let bad: string;

  const run = async (argv: string[], stdin: NodeJS.ReadableStream = Readable.from([])) => {
    const stdout = capture();
    const stderr = capture();
    const status = await runIngestCli({
      argv,
      env: { DATABASE_URL: env.databaseUrl },
      stdin,
      stdout: stdout.stream,
      stderr: stderr.stream,
      openDatabase: openQuoteGraphDatabase,
    });
    return { status, stdout: stdout.text(), stderr: stderr.text() };
  };

  beforeAll(async () => {
    env = await createTestEnvironment();
    folder = await mkdtemp(path.join(tmpdir(), 'quote-graph-cli-'));
    good = path.join(folder, 'good');
    bad = path.join(folder, 'bad');
    await mkdir(path.join(good, 'pages'), { recursive: true });
    await mkdir(bad);
    await writeFile(path.join(good, 'mogilev-trains.txt'), TEXT_ARTICLE);
    await writeFile(path.join(good, 'two.json'), JSON.stringify(JSON_ARTICLES));
    await writeFile(
      path.join(good, 'feed.jsonl'),
      `${JSONL_ARTICLES.map((line) => JSON.stringify(line)).join('\n')}\n\n`,
    );
    await writeFile(path.join(good, 'pages', 'grodno-tariffs.html'), HTML_PAGE);
    await writeFile(path.join(good, 'notes.md'), 'Not an article: skipped because folders are read by type.');
    await writeFile(path.join(bad, 'broken.json'), '{ "title": "Half a file",');
    await writeFile(path.join(bad, 'lines.jsonl'), `${JSON.stringify({ title: 'No body here' })}\n`);
  });

  afterAll(async () => {
    await env?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('ingests a folder of mixed files, reports each bad one with its place and reason, and exits 1', async () => {
    const result = await run(['--concurrency', '3', good, bad]);
    expect(result.stdout).toMatch(/8 articles in [\d.]+s: 6 created, 0 updated, 0 unchanged, 2 failed/);
    expect(result.stdout).toContain(`failed ${path.join(bad, 'broken.json')}: not valid JSON`);
    expect(result.stdout).toContain(`failed ${path.join(bad, 'lines.jsonl')}:1: "body" must be a string`);
    expect(result.stderr).toMatch(/ingested 8 articles \| [\d.]+ articles\/s \| [\d.]+\/[\d.]+ MB read/);
    expect(result.stdout).toContain(
      `skipped 1 file: not .txt/.html/.json/.jsonl\n  skipped ${path.join(good, 'notes.md')}\n`,
    );
    expect(result.status).toBe(1);
  });

  it('stores what each file type carries: dateline, paragraphs, URL, source, dates', async () => {
    const stored = await env.graphql<{ articles: { totalCount: number; nodes: Record<string, unknown>[] } }>(
      `{ articles(first: 20) { totalCount nodes { title url source dateline publishedAt body quotes { totalCount } } } }`,
    );
    expect(stored.errors).toBeUndefined();
    const byTitle = new Map(
      stored.data?.articles.nodes.map((node) => [
        String(node['title']).replace(/ \(cli sample\)$/, ''),
        node,
      ]),
    );
    expect(stored.data?.articles.totalCount).toBe(6);

    const text = byTitle.get('Transport minister promises new trains for Mogilev');
    expect(text?.['dateline']).toBe('13:20, 26 April');
    expect(String(text?.['publishedAt'])).toMatch(/^\d{4}-04-26T13:20:00(\.000)?Z$/);
    expect(String(text?.['body']).split('\n')).toHaveLength(2);

    const html = byTitle.get('Energy tariffs stay flat in Grodno');
    expect(html).toMatchObject({ url: 'https://example.org/cli/grodno-tariffs', source: 'Sample Wire' });
    expect(String(html?.['body']).split('\n')).toHaveLength(3);
    expect(String(html?.['body'])).not.toMatch(/Home|All rights reserved/);

    expect(byTitle.get('Grain exports rise through Brest')).toMatchObject({
      source: 'Sample Wire',
      publishedAt: '2026-02-01T10:00:00.000Z',
    });
    expect(byTitle.get('New school opens in Pinsk')?.['url']).toBe('https://example.org/cli/pinsk-school');
    for (const node of byTitle.values())
      expect((node['quotes'] as { totalCount: number }).totalCount).toBeGreaterThan(0);
  });

  it('says every article is unchanged on a second run, and exits 0', async () => {
    const result = await run([good]);
    expect(result.stdout).toMatch(
      /6 articles in [\d.]+s: 0 created, 0 updated, 6 unchanged, 0 failed\nskipped 1 file/,
    );
    expect(result.status).toBe(0);
  });

  it('reads JSON Lines from stdin with "-"', async () => {
    const line = {
      title: 'Bridge repaired in Bobruisk (cli sample)',
      body: '“The bridge in Bobruisk is open again,” Mayor Sergei Lanko said.',
    };
    const result = await run(['-'], Readable.from([`${JSON.stringify(line)}\n`]));
    expect(result.stdout).toMatch(/1 articles in [\d.]+s: 1 created, 0 updated, 0 unchanged, 0 failed/);
    const found = await env.graphql<{ articles: { totalCount: number } }>(
      `{ articles(filter: { search: "Bobruisk bridge" }) { totalCount } }`,
    );
    expect(found.data?.articles.totalCount).toBe(1);
  });

  it('exits 2 with one line pointing to --help when given nothing to read, a bad option or a missing file', async () => {
    for (const argv of [[], ['--concurrency', '0', good], ['--bogus', good], [good, 'no-such-file.txt']]) {
      const result = await run(argv);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/^ingest: .+ \(npm run ingest -- --help\)\n$/);
    }
  });
});
