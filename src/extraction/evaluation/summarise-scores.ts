import type { QuoteKind } from '../types';
import { sumCounts, type Counts } from './counts';
import { THRESHOLDS, type ArticleScore, type Threshold } from './score-article';

/** Precision, recall and F1 of some counts. */
export interface Metrics {
  precision: number;
  recall: number;
  f1: number;
}

/** The figures of a set of articles (the corpus, one family, one article). */
export interface EvaluationSummary {
  articles: number;
  quotes: Record<QuoteKind, Record<Threshold, Metrics & Counts>>;
  speakerAccuracy: number;
  speakersJudged: number;
  locations: Metrics & Counts;
  topics: Record<string, Metrics & Counts>;
  /** Per topic, the judgement over found quotes alone, apart from quote recall. */
  topicsOfFound: Record<string, Metrics & Counts>;
}

/** Given counts, returns precision, recall and F1 (1 where nothing was expected and nothing found). */
export function metrics(counts: Counts): Metrics {
  const precision = counts.extracted === 0 ? (counts.gold === 0 ? 1 : 0) : counts.matched / counts.extracted;
  const recall = counts.gold === 0 ? 1 : counts.matched / counts.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

const withMetrics = (counts: Counts): Metrics & Counts => ({ ...counts, ...metrics(counts) });

/** Given per-article scores, returns the micro-averaged figures over all of them. */
export function summariseScores(scores: readonly ArticleScore[]): EvaluationSummary {
  const quotes = {} as EvaluationSummary['quotes'];
  for (const kind of ['direct', 'indirect'] as const) {
    quotes[kind] = {} as Record<Threshold, Metrics & Counts>;
    for (const threshold of THRESHOLDS)
      quotes[kind][threshold] = withMetrics(sumCounts(scores.map((score) => score.quotes[kind][threshold])));
  }
  const judged = scores.reduce((total, score) => total + score.speakers.judged, 0);
  const correct = scores.reduce((total, score) => total + score.speakers.correct, 0);
  const slugs = [...new Set(scores.flatMap((score) => Object.keys(score.topics)))];
  const perTopic = (of: (score: ArticleScore) => Record<string, Counts>) =>
    Object.fromEntries(
      slugs.map((slug) => [slug, withMetrics(sumCounts(scores.flatMap((score) => of(score)[slug] ?? [])))]),
    );
  return {
    articles: scores.length,
    quotes,
    speakerAccuracy: judged === 0 ? 1 : correct / judged,
    speakersJudged: judged,
    locations: withMetrics(sumCounts(scores.map((score) => score.locations))),
    topics: perTopic((score) => score.topics),
    topicsOfFound: perTopic((score) => score.topicsOfFound),
  };
}

/**
 * Given an article name, returns its corpus family: the letter of a `w01-…`-style prefix (`w` wire,
 * `e` Eurasian, `v` other domains, `g` international press, `r` regional), also after an `h` that
 * marks a held-out copy (`hw01-…`), else `early`.
 */
export function familyOf(name: string): string {
  return /^h?([a-z])\d+-/.exec(name)?.[1] ?? 'early';
}

/** Given per-article scores, returns the summary of each family, in name order. */
export function summariseFamilies(scores: readonly ArticleScore[]): Map<string, EvaluationSummary> {
  const families = new Map<string, ArticleScore[]>();
  for (const score of scores) {
    const family = familyOf(score.name);
    families.set(family, [...(families.get(family) ?? []), score]);
  }
  return new Map(
    [...families.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([family, members]) => [family, summariseScores(members)]),
  );
}
