/** Where a fill starts: the articles and the last quote id already stored. */
export interface FillStart {
  readonly articles: number;
  readonly lastQuoteId: number;
}

/**
 * Given what is stored and the article count wanted, returns the statements that add the
 * difference, six quotes an article, made in SQL rather than through ingest: index sizes and page
 * plans need row counts, not real prose. As in real news a given phrase is rare (1 quote in 150
 * mentions a military base, and is tagged with that topic; the rest are about prices). Quote ids
 * follow the articles, as ingest gives them: an article's quotes are consecutive, so a topic's or a
 * place's quotes are spread over the id order as in a real archive, not bunched at one end of it.
 */
export function scaleFill(start: FillStart, toArticles: number): string[] {
  const setup =
    start.articles === 0
      ? [
          `INSERT INTO speakers (name, slug, match_key, surname_key)
             SELECT 'Speaker ' || i, 'speaker-' || i, 'speaker-' || i, 'speaker-' || i FROM generate_series(1, 200) i`,
          `INSERT INTO locations (name, slug, kind)
             SELECT 'Place ' || i, 'place-' || i, 'CITY' FROM generate_series(1, 300) i`,
          // As in a real gazetteer the places lie in a country, whose lists hold all of theirs.
          `INSERT INTO locations (name, slug, kind) VALUES ('Scale Country', 'scale-country', 'COUNTRY')`,
          `UPDATE locations SET parent_id = (SELECT id FROM locations WHERE slug = 'scale-country')
            WHERE slug LIKE 'place-%'`,
        ]
      : [];
  const newQuotes = `q.id > ${start.lastQuoteId}`;
  return [
    ...setup,
    `INSERT INTO articles (url, content_hash, source, title, body, published_at)
       SELECT 'https://example.org/scale/' || i, md5(i::text), 'Scale Wire', 'Title ' || i,
              'Officials discussed the military base and prices, report ' || i, now() - i * interval '1 minute'
         FROM generate_series(${start.articles + 1}, ${toArticles}) i`,
    `INSERT INTO quotes (article_id, speaker_id, text, kind, paragraph, start_offset, end_offset)
       SELECT a.id, 1 + (a.id * 7 + k) % 200,
              CASE WHEN k = 0 AND a.id % 25 = 0 THEN 'We discussed the military base and the troops ' || a.id
                   ELSE 'Prices will fall this year, the minister said in report ' || a.id END,
              'DIRECT', k, k * 100, k * 100 + 40
         FROM articles a, generate_series(0, 5) k
        WHERE a.url LIKE 'https://example.org/scale/%' AND NOT EXISTS (SELECT 1 FROM quotes x WHERE x.article_id = a.id)
        ORDER BY a.id, k`,
    `INSERT INTO quote_topics (quote_id, topic_id)
       SELECT q.id, t.id FROM quotes q
         JOIN topics t ON t.slug = CASE WHEN q.text LIKE 'We discussed%' THEN 'military-bases' ELSE 'inflation-and-prices' END
        WHERE ${newQuotes}`,
    `INSERT INTO article_locations (article_id, location_id)
       SELECT DISTINCT q.article_id, 1 + q.article_id % 300 FROM quotes q WHERE ${newQuotes}`,
    `INSERT INTO quote_locations (quote_id, location_id)
       SELECT q.id, 1 + q.article_id % 300 FROM quotes q WHERE ${newQuotes} AND q.paragraph = 0`,
    // The machine's test server runs with autovacuum off; the planner needs the new sizes either way.
    'ANALYZE',
  ];
}
