import type { DomElement, DomPage } from './dom';

// Elements that are never article text, whatever the site.
const CHROME_TAGS = 'nav, aside, footer, form, iframe, noscript, script, style, figure, figcaption, button';
const CHROME_ROLES = [
  'navigation',
  'complementary',
  'contentinfo',
  'search',
  'dialog',
  'alertdialog',
  'banner',
];

// Words sites use in class, id and aria-label for what surrounds an article: ads, bylines, credits,
// lists of other stories, newsletter boxes, share buttons, comments. Matched as whole words of the
// name ("ad-slot", "story__byline", "related_links"), so "header" or "shadow" never match "ad".
const CHROME_WORDS =
  /(?:^|[\s_-])(?:ads?|adv|advert\w*|adslot|dfp|sponsor\w*|promo\w*|byline\w*|authors?|credits?|captions?|related|read-?more|more-?stories|recommend\w*|popular|trending|most-?read|newsletter\w*|subscri\w*|signup|sign-up|share|sharing|social|comments?|outbrain|taboola|paywall|cookies?|breadcrumbs?|tags|toolbar)(?:$|[\s_-])/i;

function namesOf(element: DomElement): string {
  return ['class', 'id', 'aria-label', 'data-component']
    .map((name) => (element.getAttribute(name) ?? '').replace(/([a-z])([A-Z])/g, '$1-$2'))
    .join(' ');
}

const textLength = (element: DomElement | null): number =>
  (element?.textContent ?? '').replace(/\s+/g, ' ').trim().length;

/**
 * Given a parsed page, removes what surrounds the article before Readability reads it: navigation,
 * asides, footers, forms, figures with their captions and credits, and every element whose
 * class, id or aria-label names an ad, a byline, a credit, a related or "read more" list, a
 * newsletter or subscribe box, share or social widgets, or comments. An element that holds the
 * headline or most of the page's text is kept whatever its name (`<article class="has-related">`).
 */
export function removePageChrome(page: DomPage): void {
  const pageText = textLength(page.body);
  const keep = (element: DomElement): boolean =>
    element.querySelector('h1') !== null || textLength(element) > pageText / 2;
  const roles = CHROME_ROLES.map((role) => `[role="${role}"]`).join(', ');
  for (const element of [...page.querySelectorAll(`${CHROME_TAGS}, ${roles}`)]) {
    if (!keep(element)) element.remove();
  }
  for (const element of [...page.querySelectorAll('body *')]) {
    if (CHROME_WORDS.test(namesOf(element)) && !keep(element)) element.remove();
  }
}
