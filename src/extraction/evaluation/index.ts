export { sumCounts, type Counts } from './counts';
export { formatReport, formatSummary } from './format-summary';
export { readGold, type GoldArticle, type GoldQuote } from './gold-article';
export { isRightSpeaker } from './judge-speaker';
export { matchQuotes } from './match-quotes';
export { pairQuotes, type KindPairing, type QuotePair } from './pair-quotes';
export { scoreArticle, THRESHOLDS, type ArticleScore, type Threshold } from './score-article';
export { SCORED_TOPICS, scoreTopic } from './score-topics';
export {
  familyOf,
  metrics,
  summariseFamilies,
  summariseScores,
  type EvaluationSummary,
  type Metrics,
} from './summarise-scores';
export { tokenOverlap } from './token-overlap';
export { loadCorpus, type CorpusArticle } from './load-corpus';
