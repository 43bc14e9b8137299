import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestSampleArticles, useTestEnvironment } from '../helpers/test-environment';

const OPERATIONS_DIR = path.resolve(__dirname, '..', '..', 'examples', 'operations');

/**
 * For each example file: the variables a user would send, and the path to a list that must not be
 * empty on the sample data. Every file in the folder must be listed, so a new one cannot go untested.
 */
const CASES: Record<string, { variables: Record<string, unknown>; nonEmpty: string }> = {
  'quotes-by-topic.graphql': {
    variables: { topic: 'military-bases', first: 5 },
    nonEmpty: 'topic.quotes.nodes',
  },
  'speaker-page.graphql': { variables: { slug: 'elena-marchuk' }, nonEmpty: 'speaker.quotes.nodes' },
  'place-page.graphql': { variables: { slug: 'gomel-region-by' }, nonEmpty: 'location.quotes.nodes' },
  'article-page.graphql': {
    variables: { url: 'https://example.org/sample/air-base-grodno' },
    nonEmpty: 'article.quotes.nodes',
  },
  'search.graphql': { variables: { text: 'bases' }, nonEmpty: 'quotes.nodes' },
  'topic-charts.graphql': { variables: { topic: 'military-bases' }, nonEmpty: 'quoteTimeline' },
  'ingest-article.graphql': {
    variables: {
      input: {
        title: 'Mayor opens a new tram line in Brest (example operation, sample data)',
        body: '“The new tram line links the station with the fortress,” Brest Mayor Anton Sidorik said.',
        dateline: 'BREST, 5 May',
        source: 'Sample Wire',
      },
    },
    nonEmpty: 'ingestArticle.article.quotes.nodes',
  },
};

function at(data: unknown, dotted: string): unknown {
  return dotted
    .split('.')
    .reduce<unknown>((value, key) => (value as Record<string, unknown> | null)?.[key], data);
}

describe('examples/operations on the sample data', () => {
  const env = useTestEnvironment({}, ingestSampleArticles);

  it('has a case for every example file', async () => {
    const files = (await readdir(OPERATIONS_DIR)).filter((file) => file.endsWith('.graphql')).sort();
    expect(files).toEqual(Object.keys(CASES).sort());
  });

  it.each(Object.entries(CASES))(
    '%s runs without errors and finds something',
    async (file, { variables, nonEmpty }) => {
      const query = await readFile(path.join(OPERATIONS_DIR, file), 'utf8');
      const result = await env.graphql(query, variables);
      expect(result.errors).toBeUndefined();
      const list = at(result.data, nonEmpty);
      expect(
        Array.isArray(list) && list.length > 0,
        `${nonEmpty} is empty: ${JSON.stringify(result.data)}`,
      ).toBe(true);
    },
  );

  it('gives the article page offsets that cut each quote out of the body', async () => {
    const query = await readFile(path.join(OPERATIONS_DIR, 'article-page.graphql'), 'utf8');
    const result = await env.graphql<{
      article: {
        body: string;
        quotes: { nodes: { text: string; startOffset: number; endOffset: number }[] };
      };
    }>(query, CASES['article-page.graphql']?.variables);
    const article = result.data?.article;
    expect(article?.quotes.nodes.length).toBeGreaterThan(0);
    for (const quote of article?.quotes.nodes ?? []) {
      expect(article?.body.slice(quote.startOffset, quote.endOffset)).toBe(quote.text);
    }
  });

  it('dates the sample article that has only a dateline without a year', async () => {
    const result = await env.graphql<{ article: { dateline: string; publishedAt: string | null } }>(
      `{ article(url: "https://example.org/sample/troops-barracks") { dateline publishedAt } }`,
    );
    expect(result.data?.article.dateline).toBe('13:20, 26 April');
    expect(result.data?.article.publishedAt).toMatch(/^\d{4}-04-26T13:20:00(\.000)?Z$/);
  });
});
