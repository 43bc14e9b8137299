import { discoverEntities } from './entities/discover-entities';
import { findPlaces } from './places';
import { scanQuoteSpans } from './quotes/scan-quote-spans';
import { resolveSpeech } from './resolve-speech';
import { buildSpeakers } from './speakers/build-speakers';
import { normaliseLine } from './text/characters';
import { normaliseArticle } from './text/normalise-article';
import { viewParagraphs } from './text/paragraph-view';
import { articleTopicSlugs, quoteTopics, readArticleTopics } from './topics/article-topics';
import { compileTaxonomy, type TaxonomyInput } from './topics/topic-matcher';
import type { ArticleText, ExtractedQuote, ExtractionResult } from './types';

/** What extraction needs besides the article. */
export interface ExtractOptions {
  /** Topics to tag quotes with; pass the same array on every call so it is compiled once. */
  taxonomy: readonly TaxonomyInput[];
}

/**
 * Given an article, returns who said what in it: the normalised title and body, every direct and
 * reported quote (offsets into the body) with its speaker, topics and places, the speakers with
 * their roles and aliases, the places named, and the article's topics. Pure and synchronous.
 */
export function extract(article: ArticleText, options: ExtractOptions): ExtractionResult {
  const normalised = normaliseArticle(article);
  const { body, paragraphs, paragraphStarts } = normalised;
  const spans = scanQuoteSpans(normalised);
  const views = viewParagraphs(normalised, spans);
  const registry = discoverEntities(views);
  const { quotes: drafts, siteSurfaces } = resolveSpeech({ registry, views, trail: [] }, body, spans);

  const places = findPlaces({
    title: normalised.title,
    dateline: article.dateline ? normaliseLine(article.dateline) : null,
    paragraphs,
    people: registry.mentions
      .filter((mention) => registry.entities[mention.entity]?.kind === 'person')
      .map((mention) => {
        const base = paragraphStarts[mention.paragraph] ?? 0;
        return { paragraph: mention.paragraph, start: mention.start - base, end: mention.end - base };
      }),
  });
  const placeSpans = places.mentions
    .filter((mention) => mention.paragraph >= 0)
    .map((mention) => ({
      key: mention.key,
      start: (paragraphStarts[mention.paragraph] ?? 0) + mention.start,
      end: (paragraphStarts[mention.paragraph] ?? 0) + mention.end,
    }));

  const topics = readArticleTopics(compileTaxonomy(options.taxonomy), {
    title: normalised.title,
    body,
    paragraphs: paragraphs.map((paragraph, index) => {
      const start = paragraphStarts[index] ?? 0;
      return { start, end: start + paragraph.length };
    }),
  });

  const speakingIds = [
    ...new Set(drafts.map((draft) => draft.entity).filter((id): id is number => id !== null)),
  ];
  const speakingEntities = speakingIds
    .map((id) => registry.entities[id])
    .filter((entity) => entity !== undefined);
  const quotes: ExtractedQuote[] = drafts.map((draft) => {
    const text = body.slice(draft.start, draft.end);
    return {
      text,
      kind: draft.kind,
      cue: draft.cue,
      speakerKey: draft.entity === null ? null : (registry.entities[draft.entity]?.fullKey ?? null),
      paragraph: draft.paragraph,
      startOffset: draft.start,
      endOffset: draft.end,
      topicSlugs: quoteTopics(topics, draft),
      locationKeys: [
        ...new Set(
          placeSpans
            .filter((place) => place.start >= draft.start && place.end <= draft.end)
            .map((place) => place.key),
        ),
      ],
    };
  });
  return {
    title: normalised.title,
    body,
    quotes,
    speakers: buildSpeakers(speakingEntities, siteSurfaces),
    locations: places.locations,
    namedLocationKeys: [...new Set(places.mentions.map((mention) => mention.key))],
    topicSlugs: articleTopicSlugs(
      topics,
      quotes.map((quote) => quote.topicSlugs),
    ),
  };
}
