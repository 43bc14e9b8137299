import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../helpers/parse-csv';
import {
  createTestEnvironment,
  ingestSampleArticles,
  type TestEnvironment,
} from '../helpers/test-environment';
import { CHROMIUM, HAS_CHROMIUM, launchChromium, openPage, screenshot } from './browser-session';

// The page fetches after each action; under a loaded test run that can take longer than poll's 1 s default.
const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });

// An article of our own whose speaker is the sample defence minister with a misspelt surname:
// extraction makes a second speaker of him, which an editor then merges.
const MISSPELT_ARTICLE = {
  title: 'Defence minister inspects the Brest garrison (explorer test)',
  source: 'Test Wire',
  url: 'https://example.org/test/verenkov-brest',
  publishedAt: '2026-08-04T08:00:00Z',
  body: [
    'BREST, 4 August. Defence Minister Tomas Verenkov inspected the Brest garrison on Tuesday.',
    '“The units here are ready and the border is calm,” Verenkov told reporters.',
  ].join('\n'),
};

describe.skipIf(!HAS_CHROMIUM)(`the newsroom explorer on the sample data (Chromium at ${CHROMIUM})`, () => {
  let env: TestEnvironment;
  let origin: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    env = await createTestEnvironment();
    await ingestSampleArticles(env);
    origin = new URL(env.url).origin;
    browser = await launchChromium();
    ({ context, page } = await openPage(browser, pageErrors));
  });

  afterAll(async () => {
    await browser?.close();
    await env?.close();
  });

  const listStatus = () => page.locator('.quote-list .status').textContent();
  const heading = () => page.getByRole('heading', { level: 1 }).textContent();

  /** Reloads the page and waits until it shows `title` again: the URL alone rebuilds the view. */
  async function reloadsTo(title: string): Promise<void> {
    const before = page.url();
    await page.reload();
    await eventually(heading).toBe(title);
    expect(page.url()).toBe(before);
  }

  it('walks from a search to a place by clicking only, each step at its own URL', async () => {
    // What the API says the topic page and its July bucket hold: the page must show the same.
    const facts = await env.graphql<{
      topic: { quoteCount: number };
      quoteTimeline: { start: string; count: number }[];
    }>(
      `{ topic(slug: "military-bases") { quoteCount } quoteTimeline(interval: MONTH, filter: { topic: "military-bases" }) { start count } }`,
    );
    const total = facts.data?.topic.quoteCount ?? 0;
    const inJuly = facts.data?.quoteTimeline.find((bucket) => bucket.start.startsWith('2026-07'))?.count ?? 0;
    expect(inJuly).toBeGreaterThan(1);
    const topicStatus = `Showing ${Math.min(total, 20)} of ${total} quotes.`;
    const julyStatus = `Showing ${inJuly} of ${inJuly} quotes.`;
    await page.goto(`${origin}/`);
    await eventually(listStatus).toMatch(/^Showing \d+ of \d+ quotes\.$/);
    await page.getByRole('searchbox', { name: 'Words in the quote' }).fill('base');
    await page.getByRole('button', { name: 'Search' }).click();
    await eventually(() => page.url()).toContain('?q=base');
    await eventually(listStatus).toMatch(/^Showing \d+ of (\d+) quotes\.$/);
    const marks = await page.locator('.results mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark).toMatch(/^bas/i);
    await reloadsTo('Quotes');
    await eventually(() => page.locator('.results mark').count()).toBe(marks.length);

    // → a quote
    const card = page.locator('.results .quote', { hasText: 'souvenir' }).first();
    await card.getByRole('link', { name: /^Permalink/ }).click();
    await eventually(() => page.url()).toMatch(/\/quote\/[\w-]+$/);
    await eventually(() => page.locator('.quote-feature .quote-span').textContent()).toContain('souvenir');
    await page.reload();
    await eventually(() => page.locator('.quote-feature .quote-span').textContent()).toContain('souvenir');
    const citation = await page.locator('#citation-text').textContent();
    expect(citation).toMatch(/^Viktor Sarenko, President: “A military base is not a souvenir/);
    expect(citation).toContain('Sample Wire');
    expect(citation).toContain('https://example.org/sample/troops-barracks');

    // → its speaker's page
    await page.locator('.quote-feature').getByRole('link', { name: 'Viktor Sarenko' }).click();
    await eventually(() => page.url()).toBe(`${origin}/speaker/viktor-sarenko`);
    await eventually(heading).toBe('Viktor Sarenko');
    await reloadsTo('Viktor Sarenko');
    await screenshot(page, 'speaker-1440');

    // → the speaker's topic "Military bases"
    await page
      .getByRole('list', { name: 'Topics by number of quotes' })
      .getByRole('link', { name: 'Military bases' })
      .click();
    await eventually(() => page.url()).toBe(`${origin}/topic/military-bases`);
    await eventually(heading).toBe('Military bases');
    await eventually(listStatus).toBe(topicStatus);
    await reloadsTo('Military bases');
    await screenshot(page, 'topic-1440');

    // → the timeline narrowed to one month (hover tells the count first)
    const july = page.locator('.timeline a.bar[data-start="2026-07-01"]');
    await july.hover();
    await eventually(() => page.locator('.timeline-readout').textContent()).toBe(
      `Jul 2026: ${inJuly} quotes`,
    );
    await july.click();
    await eventually(() => page.url()).toBe(`${origin}/topic/military-bases?from=2026-07-01&to=2026-07-31`);
    await eventually(listStatus).toBe(julyStatus);
    await reloadsTo('Military bases');
    await eventually(listStatus).toBe(julyStatus);
    expect(await page.getByLabel('From').inputValue()).toBe('2026-07-01');

    // → a place on the map → that place's page
    const marker = page.locator('.world-map a.marker[data-slug="kazakhstan"]');
    await eventually(() => marker.count()).toBe(1);
    await marker.click();
    await eventually(() => page.url()).toBe(`${origin}/place/kazakhstan`);
    await eventually(heading).toBe('Kazakhstan');
    await eventually(listStatus).toMatch(/^Showing \d+ of \d+ quotes?\.$/);
    await reloadsTo('Kazakhstan');

    // The back button retraces the walk.
    await page.goBack();
    await eventually(() => page.url()).toBe(`${origin}/topic/military-bases?from=2026-07-01&to=2026-07-31`);
    await eventually(listStatus).toBe(julyStatus);
    await page.goBack();
    await eventually(listStatus).toBe(topicStatus);
    expect(pageErrors).toEqual([]);
  });

  it('shows an article with every quote marked in place, coloured per speaker and linked', async () => {
    const { data } = await env.graphql<{
      article: { id: string; quotes: { nodes: { speaker: { slug: string } | null }[] } };
    }>(
      `{ article(url: "https://example.org/sample/troops-barracks") { id quotes(first: 100) { nodes { speaker { slug } } } } }`,
    );
    const article = data?.article;
    if (!article) throw new Error('sample article missing');
    await page.goto(`${origin}/article/${article.id}`);
    await eventually(heading).toBe(
      'Head of state: troops will stay in their barracks this spring (sample data)',
    );
    const marks = page.locator('.article-body a.quote-mark');
    await eventually(() => marks.count()).toBe(article.quotes.nodes.length);
    const hrefs = await marks.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(new Set(hrefs)).toEqual(
      new Set(article.quotes.nodes.map((quote) => `/speaker/${quote.speaker?.slug}`)),
    );
    expect(await marks.first().getAttribute('class')).toMatch(/\bsp-\d\b/);
    await screenshot(page, 'article-1440');
    expect(pageErrors).toEqual([]);
  });

  it('filters by a speaker typed ahead over all speakers, by kind, and sorts by publication', async () => {
    await page.goto(`${origin}/`);
    await eventually(listStatus).toMatch(/^Showing \d+ of \d+ quotes\.$/);
    const speaker = page.getByRole('combobox', { name: 'Speaker' });
    await speaker.fill('kolos');
    await eventually(() =>
      page.getByRole('listbox', { name: 'Speaker suggestions' }).getByRole('option').allTextContents(),
    ).toEqual([expect.stringContaining('Marta Kolosova')]);
    await speaker.press('ArrowDown');
    await speaker.press('Enter');
    await eventually(() => page.url()).toContain('speaker=marta-kolosova');
    await eventually(() => page.locator('.results .speaker').allTextContents()).toEqual(
      expect.arrayContaining(['Marta Kolosova']),
    );
    expect(new Set(await page.locator('.results .speaker').allTextContents())).toEqual(
      new Set(['Marta Kolosova']),
    );

    await page.getByLabel('Kind').selectOption('reported');
    await eventually(() => page.url()).toContain('kind=reported');
    await eventually(() => page.locator('.results .kind').allTextContents()).toEqual(['reported']);

    await page.goto(`${origin}/?sort=oldest&pageSize=3`);
    await eventually(listStatus).toMatch(/^Showing 3 of \d+ quotes\.$/);
    const dates = await page.locator('.results .meta').allTextContents();
    expect(dates.every((date) => date.includes('2 Mar 2026'))).toBe(true);
    await page.getByLabel('Order').selectOption('added');
    await eventually(() => page.url()).toContain('sort=added');
    // Newest published first is the default: choosing it leaves `sort` out of the URL.
    await page.getByLabel('Order').selectOption({ label: 'Published: newest first' });
    await eventually(() => page.url()).not.toContain('sort=');
    await eventually(() => page.locator('.results .meta').first().textContent()).toContain('2026');
    expect(await page.locator('.results .meta').first().textContent()).not.toContain('2 Mar 2026');
    expect(pageErrors).toEqual([]);
  });

  it('exports every quote about military bases as CSV, row for row what the API lists', async () => {
    await page.goto(`${origin}/topic/military-bases`);
    await eventually(listStatus).toMatch(/^Showing \d+ of \d+ quotes\.$/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Export CSV' }).click(),
    ]);
    const rows = parseCsv(await readFile((await download.path()) as string, 'utf8'));
    const { data } = await env.graphql<{
      topic: {
        quotes: { nodes: { id: string; text: string; kind: string; speaker: { name: string } | null }[] };
      };
    }>(
      `{ topic(slug: "military-bases") { quotes(first: 100) { nodes { id text kind speaker { name } } } } }`,
    );
    const quotes = data?.topic.quotes.nodes ?? [];
    expect(rows[0]).toEqual([
      'quote_id',
      'speaker',
      'speaker_role',
      'text',
      'kind',
      'cue',
      'article',
      'outlet',
      'published_at',
      'url',
    ]);
    expect(rows.slice(1).map(([id, speakerName, , text, kind]) => ({ id, speakerName, text, kind }))).toEqual(
      quotes.map((quote) => ({
        id: quote.id,
        speakerName: quote.speaker?.name ?? '',
        text: quote.text,
        kind: quote.kind,
      })),
    );
  });

  it('lets an editor merge a duplicate speaker with a token kept in the tab, and the merge outlives a new extraction', async () => {
    await env.ingest(MISSPELT_ARTICLE);
    const duplicate = await env.graphql<{ speaker: { slug: string; quoteCount: number } | null }>(
      `{ speaker(slug: "tomas-verenkov") { slug quoteCount } }`,
    );
    expect(duplicate.data?.speaker?.quoteCount).toBeGreaterThan(0);
    const moved = duplicate.data?.speaker?.quoteCount ?? 0;

    await page.goto(`${origin}/speaker/tomas-verenko`);
    await eventually(heading).toBe('Tomas Verenko');
    const quotesBefore = Number(await page.locator('.facts dd').first().textContent());
    expect(await page.getByRole('form', { name: 'Merge speakers' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Editor sign-in' }).click();
    await page.getByLabel('API token').fill(env.apiToken);
    await page.getByLabel('Your name (for the edit log)').fill('Browser Test');
    await page.getByRole('button', { name: 'Use for this tab' }).click();
    expect(await page.evaluate('[sessionStorage.length, localStorage.length, document.cookie]')).toEqual([
      2,
      0,
      '',
    ]);

    const sameAs = page.getByRole('combobox', { name: 'Same person as' });
    await sameAs.fill('Verenkov');
    await eventually(() =>
      page.getByRole('listbox', { name: 'Same person as suggestions' }).getByRole('option').allTextContents(),
    ).toEqual([expect.stringContaining('Tomas Verenkov')]);
    await sameAs.press('Enter');
    await page.getByRole('button', { name: 'Merge into Tomas Verenko' }).click();
    await eventually(() => page.locator('.editor [role=status]').textContent()).toContain(
      'Tomas Verenkov merged into Tomas Verenko',
    );
    await eventually(() => page.locator('.facts dd').first().textContent()).toBe(
      String(quotesBefore + moved),
    );
    await page.locator('.edit-log summary').click();
    await eventually(() => page.locator('.edit-log li').first().textContent()).toContain(
      'Browser Test: Merged Tomas Verenkov into Tomas Verenko',
    );

    // The merged slug redirects to the speaker it became.
    await page.goto(`${origin}/speaker/tomas-verenkov`);
    await eventually(() => page.url()).toBe(`${origin}/speaker/tomas-verenko`);
    await eventually(heading).toBe('Tomas Verenko');

    // A new extraction of the article (deleted and ingested again) names "Tomas Verenkov" again: the merge holds.
    const stored = await env.graphql<{ article: { id: string } }>(
      `{ article(url: "${MISSPELT_ARTICLE.url}") { id } }`,
    );
    await env.graphql(`mutation { deleteArticle(id: "${stored.data?.article.id}") }`);
    await env.ingest(MISSPELT_ARTICLE);
    const after = await env.graphql<{
      speaker: { slug: string; quoteCount: number };
      article: { quotes: { nodes: { speaker: { slug: string } | null }[] } };
      speakers: { nodes: { slug: string }[] };
    }>(`{ speaker(slug: "tomas-verenkov") { slug quoteCount }
          article(url: "${MISSPELT_ARTICLE.url}") { quotes { nodes { speaker { slug } } } }
          speakers(search: "Verenko") { nodes { slug } } }`);
    expect(after.data?.speaker).toEqual({ slug: 'tomas-verenko', quoteCount: quotesBefore + moved });
    expect(after.data?.article.quotes.nodes.map((quote) => quote.speaker?.slug)).toEqual(
      Array(moved).fill('tomas-verenko'),
    );
    expect(after.data?.speakers.nodes).toEqual([{ slug: 'tomas-verenko' }]);

    // Another tab knows no token.
    const other = await context.browser()?.newContext();
    const otherPage = await other?.newPage();
    await otherPage?.goto(`${origin}/speaker/tomas-verenko`);
    expect(await otherPage?.evaluate('sessionStorage.length')).toBe(0);
    await other?.close();
    expect(pageErrors).toEqual([]);
  });

  it('lets the signed-in editor attribute a quote to another speaker on its page', async () => {
    const { data } = await env.graphql<{
      quotes: { nodes: { id: string; speaker: { name: string } | null }[] };
    }>(`{ quotes(first: 1, filter: { speaker: "natalia-gerasimenko" }) { nodes { id speaker { name } } } }`);
    const quote = data?.quotes.nodes[0];
    if (!quote) throw new Error('sample quote missing');
    await page.goto(`${origin}/quote/${quote.id}`);
    await eventually(() => page.locator('.quote-feature a.speaker').textContent()).toBe(
      'Natalia Gerasimenko',
    );
    const saidBy = page.getByRole('combobox', { name: 'Said by' });
    await saidBy.fill('Dovnar');
    await eventually(() =>
      page.getByRole('listbox', { name: 'Said by suggestions' }).getByRole('option').allTextContents(),
    ).toEqual([expect.stringContaining('Ruslan Dovnar')]);
    await saidBy.press('Enter');
    await page.getByRole('button', { name: 'Change speaker' }).click();
    await eventually(() => page.locator('.editor [role=status]').textContent()).toBe(
      'Now attributed to Ruslan Dovnar.',
    );
    await eventually(() => page.locator('.quote-feature a.speaker').textContent()).toBe('Ruslan Dovnar');
    await page.reload();
    await eventually(() => page.locator('.quote-feature a.speaker').textContent()).toBe('Ruslan Dovnar');
    expect(pageErrors).toEqual([]);
  });

  it('is readable at 390 px: nothing wider than the screen, screenshots of each page', async () => {
    const errors: string[] = [];
    const phone = await openPage(browser, errors, { width: 390, height: 844 });
    const shots: [string, string][] = [
      ['/', 'search-390'],
      ['/speaker/viktor-sarenko', 'speaker-390'],
      ['/topic/military-bases', 'topic-390'],
      ['/place/belarus', 'place-390'],
    ];
    for (const [path, name] of shots) {
      await phone.page.goto(`${origin}${path}`);
      await eventually(() => phone.page.locator('.quote-list .status').textContent()).toMatch(/^Showing/);
      expect(await phone.page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
        390,
      );
      await screenshot(phone.page, name);
    }
    await phone.context.close();
    expect(errors).toEqual([]);
  });

  it('can be used from the keyboard: skip link, labelled controls, focus moved to the new page', async () => {
    await page.goto(`${origin}/`);
    await eventually(listStatus).toMatch(/^Showing/);
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Skip to the content');
    for (const label of ['Words in the quote', 'Topic', 'Speaker', 'Place', 'From', 'To', 'Kind', 'Order']) {
      expect(await page.getByLabel(label, { exact: true }).count(), label).toBe(1);
    }
    await page.locator('.results a.speaker').first().focus();
    await page.keyboard.press('Enter');
    await eventually(() => page.url()).toContain('/speaker/');
    await eventually(() => page.evaluate('document.activeElement?.id')).toBe('main');
  });

  it('shows a quote about its topic at the top of the open topic page as soon as it is stored, and not one about something else', async () => {
    await page.goto(`${origin}/topic/military-bases`);
    await eventually(listStatus).toMatch(/^Showing \d+ of (\d+) quotes\.$/);
    await eventually(() => page.locator('.quote-list .live-indicator').textContent()).toBe('Live');
    const [, before] = /of (\d+) quotes/.exec((await listStatus()) ?? '') ?? [];
    const firstQuote = () => page.locator('.results > li').first().locator('blockquote').textContent();
    await env.ingest({
      title: 'Economy minister on bread prices (live test)',
      source: 'Test Wire',
      url: 'https://example.org/test/live-bread-prices',
      body: 'MINSK. Economy Minister Ilona Varga spoke on Tuesday.\n“Bread will cost the same all winter,” Varga said.',
    });
    await env.ingest({
      title: 'Base plans debated in parliament (live test)',
      source: 'Test Wire',
      url: 'https://example.org/test/live-base-plans',
      publishedAt: '2026-03-02T09:00:00Z',
      body: 'MINSK. Defence Minister Tomas Verenko answered deputies on Monday.\n“No foreign military base will open near Vitebsk this decade,” Verenko said.',
    });
    await eventually(firstQuote).toContain('No foreign military base will open near Vitebsk this decade');
    expect(await page.locator('.results').textContent()).not.toContain('Bread will cost the same');
    await eventually(listStatus).toMatch(new RegExp(`of ${Number(before) + 1} quotes`));
    expect(pageErrors).toEqual([]);
  });
});

describe.skipIf(!HAS_CHROMIUM)('the newsroom explorer on an empty database', () => {
  let env: TestEnvironment;
  let browser: Browser;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    env = await createTestEnvironment();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await env?.close();
  });

  it('says there is nothing yet on every page instead of failing', async () => {
    const { page } = await openPage(browser, pageErrors);
    const origin = new URL(env.url).origin;
    await page.goto(`${origin}/`);
    // A fresh archive says how to fill it, with the commands to type.
    await eventually(() => page.locator('.quote-list .status').textContent()).toMatch(
      /^The archive is empty/,
    );
    expect(await page.locator('.quote-list .status').textContent()).toContain(
      'Load the sample articles with npm run seed, or your own with npm run ingest -- FILES (',
    );
    expect(await page.locator('.quote-list .status code').allTextContents()).toEqual([
      'npm run seed',
      'npm run ingest -- FILES',
      'ingestArticle',
    ]);
    await eventually(() => page.locator('.timeline').count()).toBe(0);
    // No timeline is drawn while its data loads too: wait for the empty chart's own words.
    await eventually(() => page.getByText('No dated quotes to chart.').count()).toBe(1);
    expect(await page.locator('.world-map a.marker').count()).toBe(0);
    await screenshot(page, 'empty-search-1440');
    // A search on the same empty archive is about the words, not the archive.
    await page.goto(`${origin}/?q=base`);
    await eventually(() => page.locator('.quote-list .status').textContent()).toMatch(/^No quotes match/);
    for (const path of [
      '/speaker/nobody',
      '/topic/nothing',
      '/place/nowhere',
      '/quote/UXVvdGU6MQ',
      '/article/QXJ0aWNsZTox',
    ]) {
      await page.goto(`${origin}${path}`);
      await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Not found');
    }
    const csv = await fetch(`${origin}/export/quotes.csv`);
    expect(csv.status).toBe(200);
    expect(parseCsv(await csv.text())).toHaveLength(1);
    expect(pageErrors).toEqual([]);
  });
});
