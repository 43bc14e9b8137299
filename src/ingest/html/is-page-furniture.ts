// Whole paragraphs that are the page's furniture, not the article: each pattern is anchored at the
// start and the paragraph must be short, so a sentence that merely mentions a photo or a newsletter
// ("The minister said he would subscribe to the plan") is kept.
const SHORT_FURNITURE: RegExp[] = [
  // Photo credits and captions: "Photo: Anna Lind/Reuters", "File photo by …", "© Sample Wire".
  /^(?:(?:file |main |top )?(?:photo|image|picture|video|graphic|illustration|photograph)s?(?: credit)?(?:\s*[:|/©-]|\s+(?:by|courtesy)\b)|©|\(c\)\s|copyright\b)/i,
  // A bare credit: "Anna Lind/Reuters", "Getty Images", "AFP via Getty Images".
  /^[\p{L}.' -]{2,60}\s?\/\s?[\p{L}.' -]{2,40}$/u,
  /^[^“”"«»]{0,80}(?:\/|\bvia\b|\()\s*(?:getty images|shutterstock|reuters|afp|ap|epa|alamy)\b[^“”"«»]*$/i,
  /^(?:getty images|shutterstock|alamy)\b/i,
  // Bylines and the wire's staff credits.
  // "By Anna Lind and Pavel Orlov, Sample Wire" (names only: "By March, the plant reopens" is text).
  /^[Bb]y\s+(?:\p{Lu}[\p{L}'.-]*\s*){1,4}(?:(?:,|and|&|\|)\s*(?:\p{Lu}[\p{L}'.-]*\s*){1,4})*(?:in\s+\p{Lu}[\p{L}'.-]*)?$/u,
  /^(?:additional )?(?:reporting|writing|editing|compiled|produced) by\b/i,
  /^(?:published|updated|last updated|posted|first published)\b[^.!?]*$/i,
  // Lists of other stories and their headings.
  // The heading alone, or followed by a link's title ("Read more: …"); "Related talks …" is text.
  /^(?:read more|read also|also read|related(?: stories| articles| coverage| content| news)?|see also|more on this(?: story)?|more from [^.!?]*|more stories|recommended(?: for you)?|you may also like|you might also like|most read|most popular|top stories|latest news)\s*(?:[:>»›|–-].*)?$/i,
  // Newsletter and subscribe boxes, share widgets, ad labels.
  /^(?:sign up|subscribe|get (?:our|the) .*newsletter|join our newsletter|our newsletter|enter your email)\b/i,
  /^(?:share(?: this)?(?: article| story| page)?|share on \w+|follow us\b|tweet|whatsapp|email|print|copy link)(?:[\s|,·:]+(?:facebook|twitter|x|email|whatsapp|telegram|linkedin|print|copy link|reddit))*:?$/i,
  /^(?:advertisement|advert|sponsored(?: content)?|promoted|ad|paid content|partner content)$/i,
];

const MAX_FURNITURE_CHARACTERS = 160;

/**
 * Given one paragraph of text from a page, returns whether it is the page's furniture rather than
 * article text: a photo credit or caption line, a byline or staff credit, a "read more"/"related"
 * heading, a newsletter prompt, a share widget or an ad label. Only short paragraphs qualify.
 */
export function isPageFurniture(paragraph: string): boolean {
  return (
    paragraph.length <= MAX_FURNITURE_CHARACTERS && SHORT_FURNITURE.some((pattern) => pattern.test(paragraph))
  );
}
