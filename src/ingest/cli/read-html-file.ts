import { Readability } from '@mozilla/readability';
import type { ArticleRecord } from './article-record';

/** The little of the DOM this reader touches; the project compiles without the DOM library. */
interface Element {
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
}
interface Page {
  querySelector(selector: string): Element | null;
  querySelectorAll(selector: string): Iterable<Element>;
}

// Block elements whose text is one paragraph; nested ones (a <p> inside a <blockquote>) are skipped
// through `:not(… *)` so no text is read twice.
const BLOCKS = ['p', 'h2', 'h3', 'h4', 'li', 'blockquote', 'pre'];
const PARAGRAPHS = BLOCKS.map(
  (tag) => `${tag}:not(${BLOCKS.map((outer) => `${outer} ${tag}`).join('):not(')})`,
).join(', ');

// linkedom's types describe only its ES module build; a dynamic import loads it from CommonJS.
const loadLinkedom = () => import('linkedom');

function paragraphsOf(
  parseHTML: Awaited<ReturnType<typeof loadLinkedom>>['parseHTML'],
  contentHtml: string,
): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${contentHtml}</body></html>`);
  const page = document as unknown as Page;
  return [...page.querySelectorAll(PARAGRAPHS)]
    .map((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

function attribute(page: Page, selector: string, name: string): string | null {
  return page.querySelector(selector)?.getAttribute(name)?.trim() || null;
}

/**
 * Given a saved news page and its name, returns the article in it as Readability finds it: the
 * headline, the text one paragraph a line, the URL from `<link rel=canonical>` or `og:url`, the
 * site name and the published time when the page states them.
 */
export async function readHtmlFile(html: string, name: string): Promise<ArticleRecord> {
  const { parseHTML } = await loadLinkedom();
  const { document } = parseHTML(html);
  const page = document as unknown as Page;
  const url =
    attribute(page, 'link[rel="canonical"]', 'href') ?? attribute(page, 'meta[property="og:url"]', 'content');
  const siteName = attribute(page, 'meta[property="og:site_name"]', 'content');
  // Readability rewrites the document it reads, so the metadata above is taken first.
  const parsed = new Readability(document as never, { charThreshold: 100 }).parse();
  const body = parsed?.content ? paragraphsOf(parseHTML, parsed.content).join('\n') : '';
  const title = parsed?.title?.trim() ?? '';
  if (!title || !body) return { origin: name, error: 'no article found in the page' };
  const published = parsed?.publishedTime ? new Date(parsed.publishedTime) : null;
  return {
    origin: name,
    article: {
      title,
      body,
      url,
      source: parsed?.siteName?.trim() || siteName,
      publishedAt: published && !Number.isNaN(published.getTime()) ? published : null,
    },
  };
}
