import { describe, expect, it } from 'vitest';
import { useTestEnvironment, type TestEnvironment } from '../helpers/test-environment';

/** An article whose first quote names a place (Grodno lies in Grodno Region, in Belarus). */
const article = (url: string, place: string) => ({
  url: `https://example.org/places-within/${url}`,
  title: `Border officials meet (${url})`,
  source: 'Places Test Wire',
  body: [
    `Interior officials met on Monday to discuss the border (${url}).`,
    `“There will be no new checkpoint near ${place} this year,” Interior Minister Pavel Rusak told reporters.`,
    `“Traffic will keep moving,” he added.`,
  ].join('\n'),
});

const WITHIN = `query($place: String!) {
  location(slug: $place) { quotes(first: 50) { nodes { text } } articles(first: 50) { nodes { title } } }
  quotes(first: 50, filter: { location: $place }) { nodes { text } }
  articles(first: 50, filter: { location: $place }) { nodes { title } }
}`;

interface Within {
  location: { quotes: { nodes: { text: string }[] }; articles: { nodes: { title: string }[] } } | null;
  quotes: { nodes: { text: string }[] };
  articles: { nodes: { title: string }[] };
}

/**
 * Given a place's slug, the quotes and article titles it holds, sorted; the place's own lists and
 * the root lists filtered by it must agree.
 */
async function heldBy(
  env: TestEnvironment,
  place: string,
): Promise<{ quotes: string[]; articles: string[] }> {
  const { data, errors } = await env.graphql<Within>(WITHIN, { place });
  expect(errors).toBeUndefined();
  const quotes = (data?.location?.quotes.nodes ?? []).map((quote) => quote.text).sort();
  const articles = (data?.location?.articles.nodes ?? []).map((item) => item.title).sort();
  expect(data?.quotes.nodes.map((quote) => quote.text).sort(), place).toEqual(quotes);
  expect(data?.articles.nodes.map((item) => item.title).sort(), place).toEqual(articles);
  return { quotes, articles };
}

/**
 * Rows of the places-within tables that a recomputation from the links and `location_subtree`
 * (the definition of "inside") disagrees with, either way: 0 when the triggers kept them true.
 */
async function disagreements(env: TestEnvironment): Promise<number> {
  const [row] = (await env.dataSource.query(`
    WITH quotes_now AS (
      SELECT DISTINCT place.id AS location_id, link.quote_id, q.published_sort
        FROM quote_locations link JOIN quotes q ON q.id = link.quote_id, locations place
       WHERE link.location_id IN (SELECT id FROM location_subtree(place.id))),
    articles_now AS (
      SELECT DISTINCT place.id AS location_id, link.article_id, a.sort_at
        FROM article_locations link JOIN articles a ON a.id = link.article_id, locations place
       WHERE link.location_id IN (SELECT id FROM location_subtree(place.id)))
    SELECT (SELECT count(*) FROM ((TABLE quotes_now EXCEPT TABLE quote_places_within)
                                  UNION ALL (TABLE quote_places_within EXCEPT TABLE quotes_now)) q)
         + (SELECT count(*) FROM ((TABLE articles_now EXCEPT TABLE article_places_within)
                                  UNION ALL (TABLE article_places_within EXCEPT TABLE articles_now)) a)
           AS n`)) as { n: string }[];
  return Number(row?.n);
}

const checkpoint = (place: string) => `There will be no new checkpoint near ${place} this year`;

describe('a place holds the quotes and articles of every place inside it', () => {
  const env = useTestEnvironment();

  it('through the city, its region and its country, as articles are corrected, places gain parents and articles go', async () => {
    const first = await env.ingest(article('first', 'Grodno'));
    for (const place of ['grodno-by', 'grodno-region-by', 'belarus']) {
      expect(await heldBy(env, place), place).toEqual({
        quotes: [checkpoint('Grodno')],
        articles: ['Border officials meet (first)'],
      });
    }

    // Corrected to name Minsk: it leaves Grodno and its region, and stays in Belarus through Minsk.
    const corrected = await env.ingest(article('first', 'Minsk'));
    expect(corrected).toEqual({ id: first.id, created: false });
    expect(await heldBy(env, 'grodno-region-by')).toEqual({ quotes: [], articles: [] });
    expect((await heldBy(env, 'belarus')).quotes).toEqual([checkpoint('Minsk')]);

    // A city stored before its region was known holds its quotes only; the next article naming it
    // gives it its region, and the earlier quotes join the region and the country.
    await env.ingest(article('second', 'Grodno'));
    await env.dataSource.query(`UPDATE locations SET parent_id = NULL WHERE slug = 'grodno-by'`);
    expect((await heldBy(env, 'belarus')).quotes).toEqual([checkpoint('Minsk')]);
    expect((await heldBy(env, 'grodno-by')).quotes).toEqual([checkpoint('Grodno')]);
    await env.ingest(article('third', 'Grodno'));
    expect(await heldBy(env, 'belarus')).toEqual({
      quotes: [checkpoint('Grodno'), checkpoint('Grodno'), checkpoint('Minsk')],
      articles: [
        'Border officials meet (first)',
        'Border officials meet (second)',
        'Border officials meet (third)',
      ],
    });

    const { data } = await env.graphql<{ deleteArticle: boolean }>(
      `mutation($id: ID!) { deleteArticle(id: $id) }`,
      { id: first.id },
      { token: env.apiToken },
    );
    expect(data?.deleteArticle).toBe(true);
    expect((await heldBy(env, 'belarus')).articles).toEqual([
      'Border officials meet (second)',
      'Border officials meet (third)',
    ]);
    expect(await disagreements(env)).toBe(0);
  });
});
