import type { MarkCandidate } from './quote-marks';

/** An outermost quotation of one paragraph: its opening mark and its closing mark, if it has one. */
export interface MarkPair {
  open: MarkCandidate;
  /** The closing mark, or null when it was lost. */
  close: MarkCandidate | null;
  /** For a lost closing mark: the offset where a new quotation opened, which bounds this one. */
  bound: number | null;
}

/** What pairing a paragraph's marks gives: its closed quotations, and one left open at its end. */
export interface ParagraphPairs {
  pairs: MarkPair[];
  /** A quotation still open when the paragraph ends (the closing mark lost, or the quotation continuing). */
  openAtEnd: MarkCandidate | null;
}

function closersAfter(candidates: readonly MarkCandidate[], from: number, family: string): number {
  let count = 0;
  for (let k = from; k < candidates.length; k += 1) {
    const candidate = candidates[k];
    if (candidate?.family === family && candidate.closes && !candidate.opens) count += 1;
  }
  return count;
}

function strongCloserFollows(candidates: readonly MarkCandidate[], from: number, family: string): boolean {
  for (let k = from; k < candidates.length; k += 1) {
    const candidate = candidates[k];
    if (candidate?.family !== family) continue;
    if (candidate.opens && !candidate.closes) return false;
    if (candidate.closes && !candidate.weak) return true;
  }
  return false;
}

/**
 * Given a paragraph's mark candidates in order, returns its outermost quotations. Marks of another
 * family inside a quotation belong to it (a quotation within a quotation); a curly mark of the same
 * family nests only when enough closing marks follow to close both. An opening mark met while a
 * straight quotation is open means its closing mark was lost: that one is bounded there and a new
 * one opens, so a lost mark costs one quotation, never the rest of the paragraph.
 */
export function pairMarks(candidates: readonly MarkCandidate[]): ParagraphPairs {
  const pairs: MarkPair[] = [];
  let open: MarkCandidate | null = null;
  let depth = 0;
  candidates.forEach((candidate, k) => {
    if (open === null) {
      if (candidate.opens) {
        open = candidate;
        depth = 0;
      }
      return;
    }
    if (candidate.family !== open.family) return;
    if (candidate.closes) {
      if (candidate.weak && strongCloserFollows(candidates, k + 1, candidate.family)) return;
      if (depth > 0) {
        depth -= 1;
        return;
      }
      pairs.push({ open, close: candidate, bound: null });
      open = null;
      return;
    }
    if (candidate.nests && closersAfter(candidates, k + 1, candidate.family) >= depth + 2) {
      depth += 1;
      return;
    }
    pairs.push({ open, close: null, bound: candidate.at });
    open = candidate;
    depth = 0;
  });
  return { pairs, openAtEnd: open };
}
