import { stemText, type StemmedText } from './stem-words';
import { findHits, type CompiledTaxonomy, type TopicHit } from './topic-matcher';

/** A paragraph of the body by its offsets. */
export interface TopicParagraph {
  start: number;
  end: number;
}

/** A quotation to judge: its body offsets and paragraph index. */
export interface TopicSpan {
  start: number;
  end: number;
  paragraph: number;
}

/** The topics of an article, ready to judge its quotations against. */
export interface ArticleTopics {
  slugs: readonly string[];
  body: StemmedText;
  /** Per paragraph, its first word and the word past its last, in `body`. */
  paragraphWords: readonly WordRange[];
  /** Body hits that count: strong ones, and weak ones where their topic is present. */
  evidence: readonly TopicHit[];
  /** The article's subject, which on-subject quotes inherit: the lead's topics, and the headline's where they agree. */
  subject: ReadonlySet<number>;
  /** Topics of the headline and the lead together, to tell on-subject quotes from the rest. */
  subjectVocabulary: ReadonlySet<number>;
  /** Topics of the headline, and of anywhere in the body. */
  articleTopics: ReadonlySet<number>;
}

/** A run of words of a stemmed text: the first and the one past the last. */
type WordRange = readonly [number, number];

/** Lower-case words a paragraph needs to be the lead: prose, not a dateline, byline or time stamp. */
const LEAD_WORDS = 6;
const LOWER_CASE_WORD = /(?<![\p{L}\p{N}])\p{Ll}{3,}/gu;

function leadParagraph(body: string, paragraphs: readonly TopicParagraph[]): number {
  return paragraphs.findIndex(
    (paragraph) =>
      (body.slice(paragraph.start, paragraph.end).match(LOWER_CASE_WORD)?.length ?? 0) >= LEAD_WORDS,
  );
}

/** Given a stemmed text and a range of its offsets, returns the words wholly inside the range. */
function wordsWithin(text: StemmedText, start: number, end: number): WordRange {
  let low = 0;
  let high = text.starts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((text.starts[middle] ?? 0) < start) low = middle + 1;
    else high = middle;
  }
  let past = low;
  while (past < text.ends.length && (text.ends[past] ?? Infinity) <= end) past += 1;
  return [low, past];
}

const topicsOf = (hits: readonly TopicHit[]): Set<number> => new Set(hits.map((hit) => hit.topic));
const strongTopicsOf = (hits: readonly TopicHit[]): Set<number> =>
  new Set(hits.filter((hit) => !hit.weak).map((hit) => hit.topic));
const within = (hits: readonly TopicHit[], [first, past]: WordRange): TopicHit[] =>
  hits.filter((hit) => hit.first >= first && hit.last < past);

/**
 * Given a compiled taxonomy and an article (headline, body and its paragraphs' offsets), returns
 * its topics: every keyword match that counts, and the subject its lead (and headline) sets. A weak
 * keyword counts where its topic has a strong one in the same paragraph, the headline or the lead.
 */
export function readArticleTopics(
  taxonomy: CompiledTaxonomy,
  article: { title: string; body: string; paragraphs: readonly TopicParagraph[] },
): ArticleTopics {
  const body = stemText(article.body);
  const hits = findHits(taxonomy, body);
  const title = findHits(taxonomy, stemText(article.title));
  const lead = leadParagraph(article.body, article.paragraphs);
  const ranges = article.paragraphs.map((paragraph) => wordsWithin(body, paragraph.start, paragraph.end));
  const strongByParagraph = ranges.map((range) => strongTopicsOf(within(hits, range)));
  const leadRange: WordRange = ranges[lead] ?? [0, 0];
  const leadStrong = strongByParagraph[lead] ?? new Set<number>();
  const headlineStrong = strongTopicsOf(title);
  const present = (topic: number, paragraph: number): boolean =>
    headlineStrong.has(topic) || leadStrong.has(topic) || strongByParagraph[paragraph]?.has(topic) === true;

  const evidence = hits.filter((hit) => {
    if (!hit.weak) return true;
    const paragraph = ranges.findIndex(([first, past]) => hit.first >= first && hit.first < past);
    return present(hit.topic, paragraph);
  });
  const headline = title.filter(
    (hit) => !hit.weak || leadStrong.has(hit.topic) || headlineStrong.has(hit.topic),
  );
  // The lead sets the subject; the headline's own topics join it when the two agree on one, so a
  // headline about a base closing lends the topic to a lead that only speaks of the army, and a
  // headline about a base does not lend it to a lead about factories.
  const subject = topicsOf(within(evidence, leadRange));
  if ([...headlineStrong].some((topic) => leadStrong.has(topic)))
    for (const topic of headlineStrong) subject.add(topic);
  return {
    slugs: taxonomy.slugs,
    body,
    paragraphWords: ranges,
    evidence,
    subject,
    subjectVocabulary: new Set([...subject, ...topicsOf(headline)]),
    articleTopics: new Set([...topicsOf(headline), ...topicsOf(evidence)]),
  };
}

// A quotation is about something else than a context when its own words carry topics and none of
// them is among the context's: "Russia had no plans to annex Crimea" in a story whose subject is
// troops stationed there, or a forecast of growth told to reporters at an airport.
function isOffContext(own: ReadonlySet<number>, context: ReadonlySet<number>): boolean {
  return own.size > 0 && ![...own].some((topic) => context.has(topic));
}

/**
 * Given an article's topics and a quotation in it, returns the slugs of the topics the quotation is
 * about: those of its own words; those of its paragraph and those of the article's subject (its
 * lead), unless its own words are about something else that the context lacks.
 */
export function quoteTopics(article: ArticleTopics, quote: TopicSpan): string[] {
  const paragraph = article.paragraphWords[quote.paragraph];
  const topics = new Set<number>();
  const ownRange = wordsWithin(article.body, quote.start, quote.end);
  const own = topicsOf(within(article.evidence, ownRange));
  for (const topic of own) topics.add(topic);
  if (paragraph !== undefined) {
    const inParagraph = within(article.evidence, paragraph);
    const around = topicsOf(inParagraph.filter((hit) => hit.first < ownRange[0] || hit.last >= ownRange[1]));
    if (!isOffContext(own, around)) for (const topic of around) topics.add(topic);
  }
  if (!isOffContext(own, article.subjectVocabulary)) for (const topic of article.subject) topics.add(topic);
  return [...topics].map((topic) => article.slugs[topic] ?? '').sort();
}

/** Given an article's topics and its quotations' topics, returns the article's topic slugs. */
export function articleTopicSlugs(article: ArticleTopics, quoteSlugs: readonly string[][]): string[] {
  const slugs = new Set([...article.articleTopics].map((topic) => article.slugs[topic] ?? ''));
  for (const list of quoteSlugs) for (const slug of list) slugs.add(slug);
  return [...slugs].sort();
}
