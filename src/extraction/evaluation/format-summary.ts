import type { Counts } from './counts';
import { THRESHOLDS, type ArticleScore } from './score-article';
import { summariseFamilies, summariseScores, type EvaluationSummary, type Metrics } from './summarise-scores';

const figure = (value: number): string => value.toFixed(3);
const row = (label: string, value: Metrics & Counts): string =>
  `${label.padEnd(24)} P=${figure(value.precision)} R=${figure(value.recall)} F1=${figure(value.f1)}  (gold ${value.gold}, extracted ${value.extracted}, matched ${value.matched})`;

const TABLE_HEAD = `${'article'.padEnd(50)} direct  reported  speaker  places  bases`;

// One line of the table: F1@0.8 of each kind, speaker accuracy, place F1, military-bases F1;
// '-' where the article has nothing of that kind and nothing was found.
function tableRow(label: string, summary: EvaluationSummary): string {
  const cell = (value: Metrics & Counts, width: number): string =>
    (value.gold + value.extracted === 0 ? '-' : figure(value.f1)).padStart(width);
  const bases = summary.topics['military-bases'];
  return [
    label.padEnd(50),
    cell(summary.quotes.direct[0.8], 6),
    cell(summary.quotes.indirect[0.8], 10),
    (summary.speakersJudged === 0 ? '-' : figure(summary.speakerAccuracy)).padStart(9),
    cell(summary.locations, 8),
    bases ? cell(bases, 7) : '      -',
  ].join('');
}

/** Given the corpus figures, returns them as lines of text for a terminal. */
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
  for (const [slug, counts] of Object.entries(summary.topics)) {
    lines.push(row(`topic ${slug}`, counts));
    const ofFound = summary.topicsOfFound[slug];
    if (ofFound) lines.push(row('  of found quotes', ofFound));
  }
  return lines.join('\n');
}

/**
 * Given per-article scores, returns a table with a row per article and a row per family (F1@0.8
 * direct and reported, speaker accuracy, place F1, military-bases F1), then the corpus figures.
 */
export function formatReport(scores: readonly ArticleScore[]): string {
  const lines = [TABLE_HEAD];
  for (const score of scores) lines.push(tableRow(score.name, summariseScores([score])));
  lines.push('', TABLE_HEAD.replace('article', 'family '));
  for (const [family, summary] of summariseFamilies(scores))
    lines.push(tableRow(`${family} (${summary.articles} articles)`, summary));
  lines.push('', formatSummary(summariseScores(scores)));
  return lines.join('\n');
}
