/** The article as it comes in: a headline, a body of newline-separated paragraphs and optional metadata. */
export interface ArticleText {
  title: string;
  body: string;
  dateline?: string | null;
  source?: string | null;
}

/** Direct speech is inside quotation marks; indirect (reported) speech is a reported clause. */
export type QuoteKind = 'direct' | 'indirect';

export type LocationKind = 'country' | 'region' | 'city' | 'other';

/** A topic of the taxonomy as the extractor needs it: a slug and its keywords (phrases). */
export interface TaxonomyTopic {
  slug: string;
  name: string;
  keywords: readonly string[];
}

export interface ExtractedQuote {
  /** The quoted words without quote marks; for reported speech, the reported clause. */
  text: string;
  kind: QuoteKind;
  /** The reporting verb as written ("said", "pointed out", "according to"), or null. */
  cue: string | null;
  /** `key` of the speaker in `ExtractionResult.speakers`, or null when nobody can be named. */
  speakerKey: string | null;
  /** 0-based paragraph index in the normalised body. */
  paragraph: number;
  /** Character offsets of `text` in `ExtractionResult.body`: body.slice(start, end) === text. */
  startOffset: number;
  endOffset: number;
  /** Slugs of the taxonomy topics this quote is about. */
  topicSlugs: string[];
  /** `key`s of the locations named inside the quote text. */
  locationKeys: string[];
}

export interface ExtractedSpeaker {
  /** Stable identity across articles: a slug of the canonical name with transliteration variants folded. */
  key: string;
  /** Canonical full name as first named in the article ("Aleksandr Lukashenko"). */
  name: string;
  /** The role the text gives ("President of Belarus"), or null. */
  role: string | null;
  /** Other ways the article names this speaker ("Lukashenko", "the Belarusian leader"). */
  aliases: string[];
  /** True for organisations that speak ("the National Bank"). */
  isOrganization: boolean;
}

export interface ExtractedLocation {
  /** Stable identity: the gazetteer slug ("gomel-region-by", "brest-by"). */
  key: string;
  name: string;
  kind: LocationKind;
  /** ISO 3166-1 alpha-2, or null. */
  countryCode: string | null;
  latitude: number | null;
  longitude: number | null;
  /** `key` of the enclosing place; every ancestor is itself in `ExtractionResult.locations`. */
  parentKey: string | null;
  /** Population from the gazetteer, used to rank ambiguous names; null when unknown. */
  population: number | null;
}

export interface ExtractionResult {
  /** Normalised title. */
  title: string;
  /** Normalised body (page furniture dropped, one paragraph a line): every offset refers to this text. */
  body: string;
  quotes: ExtractedQuote[];
  speakers: ExtractedSpeaker[];
  /** Places named anywhere in the article (title or body), ancestors included. */
  locations: ExtractedLocation[];
  /** `key`s of the locations the text itself names (without the ancestors added for the chain). */
  namedLocationKeys?: string[];
  /** Slugs of every topic of any quote, plus topics of the article text as a whole. */
  topicSlugs: string[];
}
