import { runCommand } from '../src/cli';
import { extract, type ArticleText } from '../src/extraction';
import { getGazetteer } from '../src/extraction/places/gazetteer';
import { DEFAULT_TAXONOMY } from '../src/topic/default-taxonomy';

const TARGET_BYTES = 4096;
const WARM_UP = 200;
const MIN_MILLISECONDS = 3000;

/** Fictional wire copy, about 4 KB once repeated: the patterns the extractor works hardest on. */
const PARAGRAPHS = [
  'Minister of Transport Ilona Varga said on Tuesday that the new rail link between Dorvik and Alsen would open in the spring, a year later than planned.',
  '“We have learned from the delays. The contractors know what is expected of them,” Varga told reporters in Dorvik.',
  'The minister added that the budget for the second phase had been approved by the cabinet. “There will be no further postponements,” she said.',
  'According to the national rail operator, ticket prices will stay at last year’s level until the line is complete.',
  '“The customer base is growing faster than we thought,” said Piet Moran, chief executive of the operator. “We need the capacity.”',
  'Opposition lawmaker Karel Dunst warned that the “so-called savings” were an illusion. In his words, the project has cost twice the original estimate.',
];

function sampleArticle(variant: number): ArticleText {
  const paragraphs: string[] = [];
  while (paragraphs.join('\n').length < TARGET_BYTES)
    paragraphs.push(PARAGRAPHS[paragraphs.length % PARAGRAPHS.length] ?? '');
  return { title: `Rail link to open in spring, minister says (${variant})`, body: paragraphs.join('\n') };
}

const HELP = `Usage: npm run bench:extract

How fast extract() runs on ~4 KB articles, one core.

Prints the gazetteer's one-time build (CPU milliseconds and heap it keeps, which every process that
extracts pays, the API included), then articles per CPU second and per wall-clock second.
Changes nothing.`;

/** Builds the gazetteer alone first: its cost is paid once per process, not per article. */
function measureGazetteer(): string {
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const cpuStarted = process.cpuUsage();
  getGazetteer();
  const cpu = process.cpuUsage(cpuStarted);
  global.gc?.();
  const heapMegabytes = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
  return `gazetteer: built in ${Math.round((cpu.user + cpu.system) / 1000)} CPU ms, keeps ${heapMegabytes.toFixed(0)} MB of heap${global.gc ? '' : ' (run node with --expose-gc for an exact figure)'}\n`;
}

/**
 * `npm run bench:extract`: prints the gazetteer's build cost, then how many ~4 KB articles a
 * second extract() handles on one core, per CPU second (what the work costs, whatever else the
 * machine runs) and by the wall clock.
 */
function main(): void {
  process.stdout.write(measureGazetteer());
  const articles = Array.from({ length: 50 }, (_, index) => sampleArticle(index));
  const next = (index: number): ArticleText => articles[index % articles.length] ?? sampleArticle(0);
  for (let i = 0; i < WARM_UP; i += 1) extract(next(i), { taxonomy: DEFAULT_TAXONOMY });
  let count = 0;
  const started = process.hrtime.bigint();
  const cpuStarted = process.cpuUsage();
  let elapsed = 0;
  while (elapsed < MIN_MILLISECONDS) {
    extract(next(count), { taxonomy: DEFAULT_TAXONOMY });
    count += 1;
    elapsed = Number(process.hrtime.bigint() - started) / 1e6;
  }
  const cpu = process.cpuUsage(cpuStarted);
  const cpuMilliseconds = (cpu.user + cpu.system) / 1000;
  const perCpuSecond = Math.round((count * 1000) / cpuMilliseconds);
  const perSecond = Math.round((count * 1000) / elapsed);
  process.stdout.write(
    `${count} articles of ${articles[0]?.body.length ?? 0} chars: ${perCpuSecond} articles per CPU second, ` +
      `${perSecond} articles/s wall clock (one core)\n`,
  );
}

runCommand({ name: 'bench:extract', usage: HELP }, main);
