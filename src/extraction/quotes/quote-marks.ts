import {
  CLOSING_DOUBLE,
  markFamily,
  OPENING_DOUBLE,
  SINGLE_MARKS,
  type MarkFamily,
} from '../text/characters';

/** A character of a paragraph that may open or close a quotation, judged from its neighbours. */
export interface MarkCandidate {
  /** Offset in the paragraph. */
  at: number;
  family: MarkFamily;
  /** It can open a quotation: the paragraph start, a space or a bracket before it, a word after. */
  opens: boolean;
  /** It can close one: a word or punctuation before it, a space, punctuation or the end after. */
  closes: boolean;
  /** A curly opening mark (“ „ «), which may open a quotation inside a quotation of its own kind. */
  nests: boolean;
  /** A single mark after a plural's -s ("the ministers' meeting"): it closes only when no better mark follows. */
  weak: boolean;
}

const OPENERS_BEFORE = /[\s([{\u2014\u2013\-/"“„«‘']/u;
const CLOSERS_AFTER = /[\s.,;:!?)\]\u2014\u2013\-"”»’'…]/u;
const WORD = /[\p{L}\p{N}]/u;
/** Every character that may be a quotation mark: marks are few, so the scan jumps between them. */
const ANY_MARK = /["\u201c\u201d\u201e\u2033\u2036\u00ab\u00bb'\u2018\u2019]/gu;
/** Elisions that start with an apostrophe: the '90s, '22, 'em, 'til, 'cause, 'tis, 'twas, 'round. */
const ELISION_AFTER = /^(?:\d\d|em\b|til\b|cause\b|tis\b|twas\b|round\b|n\b)/iu;

function singleIsApostrophe(text: string, i: number, before: string, after: string): boolean {
  if (WORD.test(before) && WORD.test(after)) return true;
  if (/\s|^$/u.test(before) && ELISION_AFTER.test(text.slice(i + 1))) return true;
  // The second mark of rock 'n' roll.
  return before === 'n' && SINGLE_MARKS.has(text.charAt(i - 2));
}

/**
 * Given a paragraph and the families of marks that may quote in it, returns every character that
 * may open or close a quotation. Apostrophes (don't, Russia's), elisions (the '90s, rock 'n' roll)
 * and feet and inches (6'2") are left out.
 */
export function markCandidates(text: string, families: ReadonlySet<MarkFamily>): MarkCandidate[] {
  const candidates: MarkCandidate[] = [];
  ANY_MARK.lastIndex = 0;
  for (let found = ANY_MARK.exec(text); found !== null; found = ANY_MARK.exec(text)) {
    const i = found.index;
    const char = found[0];
    const family = markFamily(char);
    if (family === null || !families.has(family)) continue;
    const before = i === 0 ? '' : text.charAt(i - 1);
    const after = text.charAt(i + 1);
    if (family === 'single' && singleIsApostrophe(text, i, before, after)) continue;
    if (/\p{N}/u.test(before) && (char === '"' || char === "'") && !/^$|[.,;:!?)]/u.test(after)) continue;
    const spaceBefore = before === '' || OPENERS_BEFORE.test(before);
    const wordAfter = after !== '' && !/\s/u.test(after);
    const closerAfter = after === '' || CLOSERS_AFTER.test(after);
    const candidate = (opens: boolean, closes: boolean, nests = false): void => {
      if (!opens && !closes) return;
      const weak =
        family === 'single' && closes && /[sz]/.test(before) && /^\s\p{L}/u.test(text.slice(i + 1));
      candidates.push({ at: i, family, opens, closes, nests: nests && opens, weak });
    };
    if (OPENING_DOUBLE.has(char) || char === '\u00ab' || char === '\u2018') {
      // Careless pages close with an opening mark ("…end“ he said"); a curly opener then closes.
      const closing = !spaceBefore && closerAfter;
      candidate(!closing, closing, char !== '\u2018');
    } else if (CLOSING_DOUBLE.has(char) || char === '\u00bb' || char === '\u2019') {
      // …and open with a closing mark (": ”Given…"), as German opens with ».
      candidate(spaceBefore && wordAfter && !closerAfter, !(spaceBefore && wordAfter));
    } else {
      candidate(spaceBefore && wordAfter, !spaceBefore || !wordAfter);
    }
  }
  return candidates;
}
