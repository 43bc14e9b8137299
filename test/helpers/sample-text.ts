/**
 * Builders of small fictional articles for integration tests (SAMPLE DATA: invented speakers and
 * words, real places). Each uses the plainest attribution pattern, so tests of storage and the API
 * do not depend on the finer points of extraction.
 */
export interface TestArticle {
  title: string;
  body: string;
  url?: string;
  source?: string;
  publishedAt?: string;
}

/** Given a number, returns a distinct article in which one minister speaks about a military base. */
export function militaryBaseArticle(index: number, speaker = 'Defence Minister Tomas Verenko'): TestArticle {
  return {
    title: `Minister comments on base plans, report ${index}`,
    source: 'Test Wire',
    url: `https://example.org/test/base-${index}`,
    publishedAt: new Date(Date.UTC(2026, 0, 1 + (index % 300))).toISOString(),
    body: [
      `MINSK. ${speaker} spoke to reporters in Minsk on day ${index}.`,
      `“There will be no foreign military base in Grodno, whatever you read in report ${index},” ${speaker.split(' ').slice(-2).join(' ')} said.`,
      `“Our troops train near Brest every month,” he added.`,
    ].join('\n'),
  };
}

/** Given a number, returns an article with `quotes` direct quotes by one speaker. */
export function manyQuotesArticle(index: number, quotes: number): TestArticle {
  const paragraphs = ['MINSK. Economy Minister Ilona Varga held a news conference on Tuesday.'];
  for (let quote = 0; quote < quotes; quote += 1) {
    paragraphs.push(`“Inflation slowed for the ${quote + 1}th time this year, series ${index},” Varga said.`);
  }
  return { title: `Varga on prices, series ${index}`, body: paragraphs.join('\n'), source: 'Test Wire' };
}
