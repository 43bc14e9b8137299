import type { EntityManager } from 'typeorm';
import type { ExtractedQuote } from '../extraction';
import { QuoteKind } from '../quote/quote-kind';

/** Database ids of what quotes link to, by the extractor's keys. */
export interface QuoteLinkIds {
  speakers: ReadonlyMap<string, number>;
  locations: ReadonlyMap<string, number>;
  topics: ReadonlyMap<string, number>;
}

const KIND: Record<ExtractedQuote['kind'], QuoteKind> = {
  direct: QuoteKind.DIRECT,
  indirect: QuoteKind.INDIRECT,
};

/** Given an array of pairs, inserts them into a two-column link table in one statement. */
async function insertLinks(
  manager: EntityManager,
  table: string,
  columns: [string, string],
  pairs: [number, number][],
) {
  if (pairs.length === 0) return;
  await manager.query(
    `INSERT INTO ${table} (${columns[0]}, ${columns[1]})
     SELECT * FROM unnest($1::integer[], $2::integer[]) ON CONFLICT DO NOTHING`,
    [pairs.map((pair) => pair[0]), pairs.map((pair) => pair[1])],
  );
}

/**
 * Given a new article's id, its quotes and the ids of what they link to, inserts the quotes and
 * their topic and place links with one multi-row statement each.
 */
export async function storeQuotes(
  manager: EntityManager,
  articleId: number,
  quotes: readonly ExtractedQuote[],
  links: QuoteLinkIds,
): Promise<void> {
  if (quotes.length === 0) return;
  const inserted: { id: number; startOffset: number }[] = await manager.query(
    `INSERT INTO quotes (article_id, speaker_id, text, kind, cue, paragraph, start_offset, end_offset)
     SELECT $1, * FROM unnest($2::integer[], $3::text[], $4::text[], $5::text[], $6::integer[], $7::integer[], $8::integer[])
     RETURNING id, start_offset AS "startOffset"`,
    [
      articleId,
      quotes.map((quote) =>
        quote.speakerKey === null ? null : (links.speakers.get(quote.speakerKey) ?? null),
      ),
      quotes.map((quote) => quote.text),
      quotes.map((quote) => KIND[quote.kind]),
      quotes.map((quote) => quote.cue),
      quotes.map((quote) => quote.paragraph),
      quotes.map((quote) => quote.startOffset),
      quotes.map((quote) => quote.endOffset),
    ],
  );
  // RETURNING does not promise input order, so quotes are matched back by their (unique) start offset.
  const idByOffset = new Map(inserted.map((row) => [row.startOffset, row.id]));
  const topicPairs: [number, number][] = [];
  const locationPairs: [number, number][] = [];
  for (const quote of quotes) {
    const quoteId = idByOffset.get(quote.startOffset);
    if (quoteId === undefined) continue;
    for (const slug of new Set(quote.topicSlugs)) {
      const topicId = links.topics.get(slug);
      if (topicId !== undefined) topicPairs.push([quoteId, topicId]);
    }
    for (const key of new Set(quote.locationKeys)) {
      const locationId = links.locations.get(key);
      if (locationId !== undefined) locationPairs.push([quoteId, locationId]);
    }
  }
  await insertLinks(manager, 'quote_topics', ['quote_id', 'topic_id'], topicPairs);
  await insertLinks(manager, 'quote_locations', ['quote_id', 'location_id'], locationPairs);
}

/** Given an article id and its places' ids, links them in one statement. */
export async function storeArticleLocations(
  manager: EntityManager,
  articleId: number,
  locationIds: Iterable<number>,
) {
  await insertLinks(
    manager,
    'article_locations',
    ['article_id', 'location_id'],
    [...new Set(locationIds)].map((locationId) => [articleId, locationId]),
  );
}
