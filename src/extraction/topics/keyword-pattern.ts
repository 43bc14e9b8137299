import { stemWords } from './stem-words';

/** Words a gap (`…`) may skip, within one clause: "deploy about 1,500 additional US troops". */
export const GAP_WORDS = 5;

/** One position of a pattern: the word keys it accepts, or a gap of up to `GAP_WORDS` words. */
export type PatternSlot = { kind: 'word'; keys: ReadonlySet<string> } | { kind: 'gap' };

/** A keyword compiled: its slots in order, and whether it is an exception (a leading `-`). */
export interface KeywordPattern {
  slots: PatternSlot[];
  /** An exception names a wider phrase in which the topic's keywords do not count ("-customer base"). */
  exception: boolean;
}

const GAP = /^(?:…|\.\.\.)$/;

function slotsOf(piece: string): PatternSlot[] {
  if (GAP.test(piece)) return [{ kind: 'gap' }];
  if (!piece.includes('|')) return stemWords(piece).map((key) => ({ kind: 'word', keys: new Set([key]) }));
  // Alternatives fill one word each: "deploy|send" is one slot; an alternative of several words is dropped.
  const keys = piece
    .split('|')
    .map((alternative) => stemWords(alternative))
    .filter((stems) => stems.length === 1)
    .map((stems) => stems[0] ?? '');
  return keys.length === 0 ? [] : [{ kind: 'word', keys: new Set(keys) }];
}

/**
 * Given a keyword as a taxonomy writes it, returns its pattern, or null when it names no word.
 * Words are matched by stem ("deploy" finds "deployed"); `a|b` accepts either word in one place;
 * `…` (or `...`) skips up to five words of the same clause; a leading `-` makes it an exception.
 * Gaps at either end, or next to each other, mean nothing and are dropped.
 */
export function parseKeyword(keyword: string): KeywordPattern | null {
  const trimmed = keyword.trim();
  const exception = trimmed.startsWith('-');
  const slots: PatternSlot[] = [];
  for (const piece of (exception ? trimmed.slice(1) : trimmed).split(/\s+/)) {
    for (const slot of slotsOf(piece)) {
      if (slot.kind === 'gap' && (slots.length === 0 || slots[slots.length - 1]?.kind === 'gap')) continue;
      slots.push(slot);
    }
  }
  while (slots[slots.length - 1]?.kind === 'gap') slots.pop();
  return slots.length === 0 ? null : { slots, exception };
}
