import { Readability } from '@mozilla/readability';
import { isPageFurniture, removePageChrome, type DomElement, type DomPage } from '../html';
import type { ArticleRecord } from './article-record';

// Block elements whose text is one paragraph; nested ones (a <p> inside a <blockquote>) are skipped
// through `:not(… *)` so no text is read twice.
const BLOCKS = ['p', 'h2', 'h3', 'h4', 'li', 'blockquote', 'pre'];
const PARAGRAPHS = BLOCKS.map(
  (tag) => `${tag}:not(${BLOCKS.map((outer) => `${outer} ${tag}`).join('):not(')})`,
).join(', ');

// A block that is mostly link text is a list of other stories, a tag cloud or a menu.
const MAX_LINK_DENSITY = 0.5;

// linkedom's types describe only its ES module build; a dynamic import loads it from CommonJS.
const loadLinkedom = () => import('linkedom');

const squeeze = (text: string | null): string => (text ?? '').replace(/\s+/g, ' ').trim();

function linkDensity(block: DomElement, text: string): number {
  const linked = [...block.querySelectorAll('a')].reduce(
    (sum, link) => sum + squeeze(link.textContent).length,
    0,
  );
  return text.length > 0 ? linked / text.length : 0;
}

function paragraphsOf(
  parseHTML: Awaited<ReturnType<typeof loadLinkedom>>['parseHTML'],
  contentHtml: string,
): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${contentHtml}</body></html>`);
  const page = document as unknown as DomPage;
  return [...page.querySelectorAll(PARAGRAPHS)]
    .map((block) => ({ block, text: squeeze(block.textContent) }))
    .filter(
      ({ block, text }) => text && linkDensity(block, text) <= MAX_LINK_DENSITY && !isPageFurniture(text),
    )
    .map(({ text }) => text);
}

function attribute(page: DomPage, selector: string, name: string): string | null {
  return page.querySelector(selector)?.getAttribute(name)?.trim() || null;
}

/**
 * Given a saved news page and its name, returns the article in it: the page's chrome (navigation,
 * ads, bylines, photo credits, related lists, newsletter and share boxes) removed, the article
 * found with Readability, then paragraphs that are links or furniture dropped; the headline, the
 * text one paragraph a line, the URL from `<link rel=canonical>` or `og:url`, the site name and the
 * published time when the page states them.
 */
export async function readHtmlFile(html: string, name: string): Promise<ArticleRecord> {
  const { parseHTML } = await loadLinkedom();
  const { document } = parseHTML(html);
  const page = document as unknown as DomPage;
  const url =
    attribute(page, 'link[rel="canonical"]', 'href') ?? attribute(page, 'meta[property="og:url"]', 'content');
  const siteName = attribute(page, 'meta[property="og:site_name"]', 'content');
  const publishedMeta = attribute(page, 'meta[property="article:published_time"]', 'content');
  // Readability rewrites the document it reads, so the metadata above is taken first.
  removePageChrome(page);
  const parsed = new Readability(document as never, { charThreshold: 100 }).parse();
  const body = parsed?.content ? paragraphsOf(parseHTML, parsed.content).join('\n') : '';
  const title = parsed?.title?.trim() ?? '';
  if (!title || !body) return { origin: name, error: 'no article found in the page' };
  const published = new Date(parsed?.publishedTime ?? publishedMeta ?? NaN);
  return {
    origin: name,
    article: {
      title,
      body,
      url,
      source: parsed?.siteName?.trim() || siteName,
      publishedAt: Number.isNaN(published.getTime()) ? null : published,
    },
  };
}
