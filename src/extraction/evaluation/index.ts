export { formatSummary } from './format-summary';
export { readGold, type GoldArticle, type GoldQuote } from './gold-article';
export { matchQuotes, type QuotePair } from './match-quotes';
export { scoreArticle, THRESHOLDS, type ArticleScore, type Counts, type Threshold } from './score-article';
export { metrics, summariseScores, type EvaluationSummary, type Metrics } from './summarise-scores';
export { tokenOverlap } from './token-overlap';
