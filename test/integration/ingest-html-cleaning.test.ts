import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openQuoteGraphDatabase } from '../../src/composition';
import { runIngestCli } from '../../src/ingest/cli';
import { createTestEnvironment, type TestEnvironment } from '../helpers/test-environment';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'html');

/** What a saved page must become: its article paragraphs and quotes, and none of its furniture. */
interface PageExpectation {
  title: string;
  url: string;
  source: string;
  paragraphs: string[];
  quotes: { text: string; speaker: string }[];
  absent: string[];
}

interface StoredArticle {
  title: string;
  url: string;
  source: string;
  body: string;
  quotes: { nodes: { text: string; speaker: { name: string } | null }[] };
}

describe('npm run ingest on saved news pages', () => {
  let env: TestEnvironment;
  let pages: { slug: string; expected: PageExpectation }[];
  let stored: Map<string, StoredArticle>;

  beforeAll(async () => {
    env = await createTestEnvironment();
    const slugs = (await readdir(FIXTURES))
      .filter((file) => file.endsWith('.html'))
      .map((file) => file.slice(0, -5));
    pages = await Promise.all(
      slugs.map(async (slug) => ({
        slug,
        expected: JSON.parse(
          await readFile(path.join(FIXTURES, `${slug}.expected.json`), 'utf8'),
        ) as PageExpectation,
      })),
    );
    const stdout = new PassThrough();
    let summary = '';
    stdout.on('data', (chunk: Buffer) => (summary += chunk.toString('utf8')));
    const status = await runIngestCli({
      argv: slugs.map((slug) => path.join(FIXTURES, `${slug}.html`)),
      env: { DATABASE_URL: env.databaseUrl },
      stdin: Readable.from([]),
      stdout,
      stderr: new PassThrough(),
      openDatabase: openQuoteGraphDatabase,
    });
    expect(summary).toMatch(new RegExp(`^${slugs.length} articles in [\\d.]+s: ${slugs.length} created`));
    expect(status).toBe(0);
    const result = await env.graphql<{ articles: { nodes: StoredArticle[] } }>(
      `{ articles(first: 20) { nodes { title url source body quotes(first: 50) { nodes { text speaker { name } } } } } }`,
    );
    stored = new Map(result.data?.articles.nodes.map((article) => [article.url, article]));
  });

  afterAll(async () => {
    await env?.close();
  });

  it('has at least three saved pages to read', () => {
    expect(pages.length).toBeGreaterThanOrEqual(3);
  });

  it('stores exactly the article paragraphs of each page, with its headline, URL and site', () => {
    for (const { slug, expected } of pages) {
      const article = stored.get(expected.url);
      expect(article, slug).toBeDefined();
      expect({ title: article?.title, source: article?.source }, slug).toEqual({
        title: expected.title,
        source: expected.source,
      });
      expect(article?.body.split('\n'), slug).toEqual(expected.paragraphs);
    }
  });

  it('keeps none of the navigation, ads, bylines, photo credits, related lists, newsletter or share boxes', () => {
    for (const { slug, expected } of pages) {
      const body = stored.get(expected.url)?.body ?? '';
      expect(
        expected.absent.filter((junk) => body.includes(junk)),
        slug,
      ).toEqual([]);
    }
  });

  it('finds the quotes written in each page, attributed to their speakers', () => {
    for (const { slug, expected } of pages) {
      const quotes = stored.get(expected.url)?.quotes.nodes.map((quote) => ({
        text: quote.text,
        speaker: quote.speaker?.name,
      }));
      expect(quotes, slug).toEqual(expect.arrayContaining(expected.quotes));
    }
  });
});
