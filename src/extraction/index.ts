export { parseArticleFile } from './article-file';
export { extract, type ExtractOptions } from './extract';
export { EXTRACTOR_VERSION } from './extractor-version';
export { speakerMatchKeys, type SpeakerMatchKeys } from './speakers/speaker-match-keys';
export { readKeyword, type KeywordParts } from './topics/keyword-pattern';
export type { TaxonomyInput } from './topics/topic-matcher';
export type {
  ArticleText,
  ExtractedLocation,
  ExtractedQuote,
  ExtractedSpeaker,
  ExtractionResult,
  LocationKind,
  QuoteKind,
  TaxonomyTopic,
} from './types';
