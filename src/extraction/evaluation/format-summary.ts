import type { EvaluationSummary, Metrics } from './summarise-scores';
import { THRESHOLDS } from './score-article';

const figure = (value: number): string => value.toFixed(3);
const row = (label: string, value: Metrics & { gold: number; extracted: number; matched: number }): string =>
  `${label.padEnd(24)} P=${figure(value.precision)} R=${figure(value.recall)} F1=${figure(value.f1)}  (gold ${value.gold}, extracted ${value.extracted}, matched ${value.matched})`;

/** Given an evaluation summary, returns it as lines of text for a terminal. */
export function formatSummary(summary: EvaluationSummary): string {
  const lines = [`articles: ${summary.articles}`];
  for (const kind of ['direct', 'indirect'] as const) {
    for (const threshold of THRESHOLDS)
      lines.push(row(`${kind} quotes @${threshold}`, summary.quotes[kind][threshold]));
  }
  lines.push(
    `speaker accuracy         ${figure(summary.speakerAccuracy)}  (${summary.speakersJudged} matched quotes judged)`,
  );
  lines.push(row('locations', summary.locations));
  return lines.join('\n');
}
