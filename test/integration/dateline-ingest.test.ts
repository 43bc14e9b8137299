import { describe, expect, it } from 'vitest';
import { useTestEnvironment } from '../helpers/test-environment';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAY = 86_400_000;

/** The UTC day `days` from now, as a yearless dateline ("MINSK, 7 March") and as that day's UTC midnight. */
function dayFromNow(days: number): { dateline: string; midnight: Date } {
  const date = new Date(Date.now() + days * DAY);
  const midnight = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  return { dateline: `MINSK, ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}`, midnight };
}

/** The same calendar day one year earlier (29 February has none and is not used here). */
const yearBefore = (date: Date): Date =>
  new Date(Date.UTC(date.getUTCFullYear() - 1, date.getUTCMonth(), date.getUTCDate()));

describe('a dateline without a year, through ingestArticle', () => {
  const env = useTestEnvironment();

  async function ingest(slug: string, dateline: string) {
    const result = await env.graphql<{
      ingestArticle: { article: { publishedAt: string | null; ingestedAt: string; dateline: string | null } };
    }>(
      `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { article { publishedAt ingestedAt dateline } } }`,
      {
        input: {
          title: `Dateline test ${slug}`,
          url: `https://example.org/dateline-test/${slug}`,
          dateline,
          body: `“The border stays open for the ${slug} season,” Minister Ivan Krot said.`,
        },
      },
    );
    expect(result.errors).toBeUndefined();
    return result.data?.ingestArticle.article;
  }

  it('dates a recent day by the ingest, even across New Year', async () => {
    const recent = dayFromNow(-10);
    expect(await ingest('recent', recent.dateline)).toMatchObject({
      publishedAt: recent.midnight.toISOString(),
      dateline: recent.dateline,
    });
    // A day ten weeks ahead has not come yet: it is last year's, about 295 days ago, still dated.
    const ahead = dayFromNow(70);
    // 29 February has no day a year before; the day after serves as well.
    const lastYear =
      ahead.midnight.getUTCMonth() === 1 && ahead.midnight.getUTCDate() === 29 ? dayFromNow(71) : ahead;
    expect((await ingest('last-year', lastYear.dateline))?.publishedAt).toBe(
      yearBefore(lastYear.midnight).toISOString(),
    );
  });

  it('leaves a day more than 300 days before the ingest undated, keeps the dateline, and lists it by ingest time', async () => {
    // Five days ahead means last year's, some 360 days back: which year is anyone's guess.
    const tooOld = dayFromNow(5);
    const article = await ingest('too-old', tooOld.dateline);
    expect(article).toMatchObject({ publishedAt: null, dateline: tooOld.dateline });
    const { data } = await env.graphql<{ quotes: { nodes: { article: { dateline: string | null } }[] } }>(
      `{ quotes(first: 1) { nodes { article { dateline } } } }`,
    );
    // Stored last and dated by its ingest time, its quote is the newest of all.
    expect(data?.quotes.nodes[0]?.article.dateline).toBe(tooOld.dateline);
  });
});
