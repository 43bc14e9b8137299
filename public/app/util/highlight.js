// Marks the searched words inside a quote. The server matches English stems (websearch_to_tsquery),
// so "base" finds "bases" and "based": a word is marked when it starts with a searched word's stem.

const ENDINGS = /(ies|es|s|ing|ed|ly)$/;

function stem(word) {
  const lower = word.toLowerCase();
  const cut = lower.replace(ENDINGS, '');
  return cut.length >= 3 ? cut : lower;
}

/** Given web-search text ("military base" -nuclear OR army), returns the stems of the words it looks for. */
export function searchStems(search) {
  if (!search) return [];
  const stems = [];
  for (const match of search.matchAll(/(-?)"([^"]*)"|(-?)(\S+)/g)) {
    const negated = (match[1] ?? match[3]) === '-';
    const words = (match[2] ?? match[4] ?? '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    if (negated) continue;
    for (const word of words) if (word.toLowerCase() !== 'or') stems.push(stem(word));
  }
  return [...new Set(stems)];
}

/**
 * Given text and stems, returns its pieces `{ text, hit }` in order, `hit` true for a word to mark.
 * With no stems the text is one piece.
 */
export function splitHits(text, stems) {
  if (!stems.length) return [{ text, hit: false }];
  const pieces = [];
  let last = 0;
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = match[0].toLowerCase();
    if (!stems.some((wanted) => word.startsWith(wanted))) continue;
    if (match.index > last) pieces.push({ text: text.slice(last, match.index), hit: false });
    pieces.push({ text: match[0], hit: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last), hit: false });
  return pieces;
}
