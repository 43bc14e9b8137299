import type { QuoteKind } from '../types';
import { THRESHOLDS, type ArticleScore, type Counts, type Threshold } from './score-article';

/** Precision, recall and F1 of some counts. */
export interface Metrics {
  precision: number;
  recall: number;
  f1: number;
}

/** The corpus-level figures of an evaluation. */
export interface EvaluationSummary {
  articles: number;
  quotes: Record<QuoteKind, Record<Threshold, Metrics & Counts>>;
  speakerAccuracy: number;
  speakersJudged: number;
  locations: Metrics & Counts;
}

/** Given counts, returns precision, recall and F1 (1 where nothing was expected and nothing found). */
export function metrics(counts: Counts): Metrics {
  const precision = counts.extracted === 0 ? (counts.gold === 0 ? 1 : 0) : counts.matched / counts.extracted;
  const recall = counts.gold === 0 ? 1 : counts.matched / counts.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

function sum(counts: readonly Counts[]): Counts {
  return counts.reduce(
    (total, next) => ({
      gold: total.gold + next.gold,
      extracted: total.extracted + next.extracted,
      matched: total.matched + next.matched,
    }),
    { gold: 0, extracted: 0, matched: 0 },
  );
}

/** Given per-article scores, returns the micro-averaged figures over all of them. */
export function summariseScores(scores: readonly ArticleScore[]): EvaluationSummary {
  const quotes = {} as EvaluationSummary['quotes'];
  for (const kind of ['direct', 'indirect'] as const) {
    quotes[kind] = {} as Record<Threshold, Metrics & Counts>;
    for (const threshold of THRESHOLDS) {
      const counts = sum(scores.map((score) => score.quotes[kind][threshold]));
      quotes[kind][threshold] = { ...counts, ...metrics(counts) };
    }
  }
  const judged = scores.reduce((total, score) => total + score.speakers.judged, 0);
  const correct = scores.reduce((total, score) => total + score.speakers.correct, 0);
  const locations = sum(scores.map((score) => score.locations));
  return {
    articles: scores.length,
    quotes,
    speakerAccuracy: judged === 0 ? 1 : correct / judged,
    speakersJudged: judged,
    locations: { ...locations, ...metrics(locations) },
  };
}
