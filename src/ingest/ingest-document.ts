import { EXTRACTOR_VERSION, speakerMatchKeys, type ExtractionResult } from '../extraction';
import { QuoteKind } from '../quote/quote-kind';
import { slugify } from '../topic/slugify';
import type { ArticleToIngest } from './validate-article-input';

/**
 * The document `ingest_article(doc)` stores, read by `jsonb_populate_record` into the composite
 * type `ingest_document` (migration IngestDocumentTypes): each key is an attribute of that type, so
 * the keys are written as Postgres names them. A test holds the two equal, since a key Postgres
 * does not know would arrive as NULL without an error.
 */
export interface IngestDocument {
  url: string | null;
  content_hash: string;
  source: string | null;
  title: string;
  body: string;
  dateline: string | null;
  published_at: string | null;
  /** The EXTRACTOR_VERSION that made the quotes, stored with the article. */
  extractor_version: number;
  speakers: {
    key: string;
    name: string;
    slug: string;
    match_key: string;
    surname_key: string;
    role: string | null;
    aliases: string[];
    is_organization: boolean;
    /** A person named by the surname alone: joins the stored person with that surname when there is exactly one. */
    surname_only: boolean;
  }[];
  locations: {
    key: string;
    name: string;
    kind: string;
    country_code: string | null;
    latitude: number | null;
    longitude: number | null;
    population: number | null;
    parent_key: string | null;
  }[];
  quotes: {
    speaker_key: string | null;
    text: string;
    kind: QuoteKind;
    cue: string | null;
    paragraph: number;
    start_offset: number;
    end_offset: number;
    topic_ids: number[];
    location_keys: string[];
  }[];
}

const KIND: Record<'direct' | 'indirect', QuoteKind> = {
  direct: QuoteKind.DIRECT,
  indirect: QuoteKind.INDIRECT,
};

/**
 * Given a validated article, its extraction, its content hash and the ids of the taxonomy's
 * topics by slug (the taxonomy the extraction matched against), returns the document the database
 * function stores: speakers with the extractor's identity keys, places with their parents, and
 * quotes pointing at both by the extractor's keys and at their topics by id.
 */
export function ingestDocument(
  article: ArticleToIngest,
  extraction: ExtractionResult,
  contentHash: string,
  topicIds: ReadonlyMap<string, number>,
): IngestDocument {
  return {
    url: article.url,
    content_hash: contentHash,
    source: article.source,
    title: extraction.title,
    body: extraction.body,
    dateline: article.dateline,
    published_at: article.publishedAt?.toISOString() ?? null,
    extractor_version: EXTRACTOR_VERSION,
    speakers: extraction.speakers.map((speaker) => {
      // Identity is the extractor's: its key across articles, its surname key for bare surnames.
      const keys = speakerMatchKeys(speaker.name);
      return {
        key: speaker.key,
        name: speaker.name,
        slug: slugify(speaker.name) || speaker.key,
        match_key: speaker.key,
        surname_key: keys.surnameKey,
        role: speaker.role,
        aliases: speaker.aliases.filter((alias) => alias !== speaker.name),
        is_organization: speaker.isOrganization,
        surname_only: !speaker.isOrganization && keys.fullKey === keys.surnameKey,
      };
    }),
    locations: extraction.locations.map((location) => ({
      key: location.key,
      name: location.name,
      kind: location.kind.toUpperCase(),
      country_code: location.countryCode,
      latitude: location.latitude,
      longitude: location.longitude,
      population: location.population,
      parent_key: location.parentKey,
    })),
    quotes: extraction.quotes.map((quote) => ({
      speaker_key: quote.speakerKey,
      text: quote.text,
      kind: KIND[quote.kind],
      cue: quote.cue,
      paragraph: quote.paragraph,
      start_offset: quote.startOffset,
      end_offset: quote.endOffset,
      topic_ids: quote.topicSlugs.flatMap((slug) => {
        const id = topicIds.get(slug);
        return id === undefined ? [] : [id];
      }),
      location_keys: quote.locationKeys,
    })),
  };
}
