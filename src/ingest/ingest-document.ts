import { speakerMatchKeys, type ExtractionResult } from '../extraction';
import { QuoteKind } from '../quote/quote-kind';
import { slugify } from '../topic/slugify';
import type { ArticleToIngest } from './validate-article-input';

/** The JSON document `ingest_article(doc)` stores (see migration IngestArticleFunction). */
export interface IngestDocument {
  url: string | null;
  contentHash: string;
  source: string | null;
  title: string;
  body: string;
  dateline: string | null;
  publishedAt: string | null;
  speakers: {
    key: string;
    name: string;
    slug: string;
    matchKey: string;
    surnameKey: string;
    role: string | null;
    aliases: string[];
    isOrganization: boolean;
    /** A one-word person's name: it joins the stored speaker with that surname when there is exactly one. */
    surnameOnly: boolean;
  }[];
  locations: {
    key: string;
    name: string;
    kind: string;
    countryCode: string | null;
    latitude: number | null;
    longitude: number | null;
    population: number | null;
    parentKey: string | null;
  }[];
  quotes: {
    speakerKey: string | null;
    text: string;
    kind: QuoteKind;
    cue: string | null;
    paragraph: number;
    startOffset: number;
    endOffset: number;
    topicSlugs: string[];
    locationKeys: string[];
  }[];
}

const KIND: Record<'direct' | 'indirect', QuoteKind> = {
  direct: QuoteKind.DIRECT,
  indirect: QuoteKind.INDIRECT,
};

/**
 * Given a validated article, its extraction and its content hash, returns the document the database
 * function stores: speakers with their cross-article identity keys, places with their parents, and
 * quotes pointing at both by the extractor's keys.
 */
export function ingestDocument(
  article: ArticleToIngest,
  extraction: ExtractionResult,
  contentHash: string,
): IngestDocument {
  return {
    url: article.url,
    contentHash,
    source: article.source,
    title: extraction.title,
    body: extraction.body,
    dateline: article.dateline,
    publishedAt: article.publishedAt?.toISOString() ?? null,
    speakers: extraction.speakers.map((speaker) => {
      // The extractor's key is the cross-article identity already (persons and organisations alike).
      const { surnameKey } = speakerMatchKeys(speaker.name);
      return {
        key: speaker.key,
        name: speaker.name,
        slug: slugify(speaker.name) || speaker.key,
        matchKey: speaker.key,
        surnameKey,
        role: speaker.role,
        aliases: speaker.aliases.filter((alias) => alias !== speaker.name),
        isOrganization: speaker.isOrganization,
        surnameOnly: !speaker.isOrganization && !/\s/.test(speaker.name.trim()),
      };
    }),
    locations: extraction.locations.map((location) => ({
      key: location.key,
      name: location.name,
      kind: location.kind.toUpperCase(),
      countryCode: location.countryCode,
      latitude: location.latitude,
      longitude: location.longitude,
      population: location.population,
      parentKey: location.parentKey,
    })),
    quotes: extraction.quotes.map((quote) => ({ ...quote, kind: KIND[quote.kind] })),
  };
}
