import { isAbbreviation } from './tokenize';

/** A half-open character range. */
export interface Span {
  start: number;
  end: number;
}

const TERMINAL = /[.!?…]/;
const TERMINALS = /[.!?…]/g;
const CLOSERS = /["”»’)\]]/;
const STARTER = /["“„«‘(\p{Lu}\p{N}]/u;

/**
 * Given a paragraph and the spans of its quotations, returns the offsets where sentences end
 * (exclusive ends, in order, the paragraph end included). Full stops inside quotations and after
 * abbreviations ("U.S.", "Mr.") are not sentence ends.
 */
export function sentenceEnds(text: string, quoteSpans: readonly Span[]): number[] {
  const ends: number[] = [];
  TERMINALS.lastIndex = 0;
  for (let found = TERMINALS.exec(text); found !== null; found = TERMINALS.exec(text)) {
    const i = found.index;
    if (quoteSpans.some((span) => i >= span.start && i < span.end - 1)) continue;
    let end = i + 1;
    while (end < text.length && (TERMINAL.test(text.charAt(end)) || CLOSERS.test(text.charAt(end)))) end += 1;
    if (end < text.length && text.charAt(end) !== ' ') continue;
    const next = text.slice(end).trimStart().charAt(0);
    if (next !== '' && !STARTER.test(next)) continue;
    if (text.charAt(i) === '.' && isAbbreviation(lastWord(text, i + 1))) continue;
    ends.push(end);
    TERMINALS.lastIndex = end;
  }
  if (ends[ends.length - 1] !== text.length) ends.push(text.length);
  return ends;
}

function lastWord(text: string, end: number): string {
  const start = text.lastIndexOf(' ', end - 1) + 1;
  return text.slice(start, end).replace(/^["“„«‘(]+/, '');
}

/** Given sentence ends and an offset, returns the start of the sentence that holds the offset. */
export function sentenceStartAt(ends: readonly number[], offset: number): number {
  let start = 0;
  for (const end of ends) {
    if (end > offset) return start;
    start = end;
  }
  return start;
}

/** Given sentence ends and an offset, returns the end of the sentence that holds the offset. */
export function sentenceEndAt(ends: readonly number[], offset: number): number {
  for (const end of ends) if (end > offset) return end;
  return ends[ends.length - 1] ?? offset;
}
