import type { RawArticle } from '../ingest/validate-article-input';

/**
 * SAMPLE DATA. Fictional wire-style articles written for this project: the speakers and their words
 * are invented; the places are real. Loaded on the first start of the embedded database and by
 * `npm run seed`, so the Sandbox and the explorer have something to show.
 */
export const SAMPLE_ARTICLES: readonly RawArticle[] = [
  {
    title: 'Defence minister rules out new foreign air base near Grodno (sample data)',
    source: 'Sample Wire',
    url: 'https://example.org/sample/air-base-grodno',
    publishedAt: new Date('2026-03-02T09:30:00Z'),
    body: [
      'MINSK, 2 March. Belarusian Defence Minister Tomas Verenko on Monday ruled out the deployment of a foreign air base near Grodno.',
      '“Nobody has asked us for a military base, and nobody will get one,” Verenko told reporters in Minsk.',
      'The minister stressed that the country could defend its western border with its own troops.',
      '“Our forces are enough. We train every month near Brest and Grodno,” he said.',
    ].join('\n'),
  },
];
