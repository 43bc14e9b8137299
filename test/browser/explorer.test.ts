import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestEnvironment,
  ingestSampleArticles,
  type TestEnvironment,
} from '../helpers/test-environment';

const CHROMIUM = '/usr/bin/chromium';
const HAS_CHROMIUM = existsSync(CHROMIUM);
const SCREENSHOT = '/tmp/quote-explorer.png';

// The page fetches after each action; under a loaded test run that can take longer than poll's 1 s default.
const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });

describe.skipIf(!HAS_CHROMIUM)(`the quote explorer at / (needs Chromium at ${CHROMIUM})`, () => {
  let env: TestEnvironment;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    env = await createTestEnvironment();
    await ingestSampleArticles(env);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
  });

  afterAll(async () => {
    await browser?.close();
    await env?.close();
  });

  const status = () => page.getByRole('status');
  const quotes = () => page.getByRole('list', { name: 'Quotes' }).getByRole('listitem');

  it('opens on the newest quotes with topic and speaker filters filled from the API', async () => {
    await page.goto(`${new URL(env.url).origin}/?pageSize=2`);
    await eventually(() => status().textContent()).toMatch(/^Showing 2 of \d+ quotes\.$/);
    const topics = await page.getByLabel('Topic').locator('option').allTextContents();
    expect(topics).toContain('All topics');
    expect(topics.some((topic) => /^Military bases \(\d+\)$/.test(topic))).toBe(true);
    const speakers = await page.getByLabel('Speaker').locator('option').allTextContents();
    expect(speakers.some((speaker) => /^Elena Marchuk \(\d+\)$/.test(speaker))).toBe(true);
  });

  it('searches "bases", highlights each quote inside its paragraph, and loads more', async () => {
    await page.getByRole('searchbox', { name: 'Words in the quote' }).fill('bases');
    await page.getByRole('button', { name: 'Search' }).click();
    await eventually(() => status().textContent()).toMatch(/^Showing 2 of \d+ quotes\.$/);
    const total = Number((await status().textContent())?.match(/of (\d+)/)?.[1]);
    // The sample data has base quotes in three articles: Grodno, Kazakhstan and the Brest Region.
    expect(total).toBeGreaterThanOrEqual(4);
    expect(page.url()).toContain('q=bases');

    await page.getByRole('button', { name: 'Load more' }).click();
    await eventually(() => quotes().count()).toBe(Math.min(4, total));
    await eventually(() => status().textContent()).toBe(`Showing ${Math.min(4, total)} of ${total} quotes.`);

    const marks = await page.locator('.results mark').allTextContents();
    expect(marks).toHaveLength(Math.min(4, total));
    for (const mark of marks) expect(mark).toMatch(/\bbases?\b/i);
    // The highlight sits inside the paragraph: there is text around at least one of them.
    const contexts = await page.locator('.results .context').allTextContents();
    expect(contexts.some((context, index) => context.length > (marks[index] ?? '').length)).toBe(true);
    const titles = await page.locator('.results .source a').allTextContents();
    // Every sample article has a URL, so each result links its article.
    expect(titles).toHaveLength(marks.length);
    expect(titles.every((title) => title.endsWith('(sample data)'))).toBe(true);
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
  });

  it('clears the search, then narrows the results to one speaker', async () => {
    await page.getByRole('button', { name: 'Clear' }).click();
    await expect
      .poll(() => page.getByRole('searchbox', { name: 'Words in the quote' }).inputValue())
      .toBe('');
    await eventually(() => page.url()).not.toContain('q=bases');
    await page.getByLabel('Speaker').selectOption({ label: (await speakerOption('Elena Marchuk')) ?? '' });
    await eventually(() => page.url()).toContain('speaker=elena-marchuk');
    await eventually(() => status().textContent()).toMatch(/^Showing \d+ of \d+ quotes?\.$/);
    const speakers = await page.locator('.results .speaker').allTextContents();
    expect(speakers.length).toBeGreaterThan(0);
    expect(new Set(speakers)).toEqual(new Set(['Elena Marchuk']));
    expect(pageErrors).toEqual([]);
  });

  async function speakerOption(name: string): Promise<string | undefined> {
    const options = await page.getByLabel('Speaker').locator('option').allTextContents();
    return options.find((option) => option.startsWith(`${name} (`));
  }
});
