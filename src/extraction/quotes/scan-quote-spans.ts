import type { MarkFamily } from '../text/characters';
import type { NormalisedArticle } from '../text/normalise-article';
import { attributionTailStart } from './attribution-tail';
import { findInterviewAnswers } from './interview-answers';
import { pairMarks, type MarkPair } from './pair-marks';
import { markCandidates, type MarkCandidate } from './quote-marks';
import type { QuoteSpan } from './quote-span';

const DOUBLE_AND_ANGLE: ReadonlySet<MarkFamily> = new Set(['double', 'angle']);
const EVERY_FAMILY: ReadonlySet<MarkFamily> = new Set(['double', 'angle', 'single']);
const LAST_TERMINAL = /[.!?…][^.!?…]*$/u;

/** Single marks must outnumber double ones by this much to be the article's main marks. */
const SINGLE_MAJORITY = 3;

/**
 * Single marks quote only where they are the article's main marks (British style, double marks
 * then appearing only inside them); where double marks lead, single ones are quotations within
 * quotations, scare quotes or apostrophes.
 */
function quotingFamilies(paragraphs: readonly string[]): ReadonlySet<MarkFamily> {
  let single = 0;
  let double = 0;
  for (const text of paragraphs)
    for (const candidate of markCandidates(text, EVERY_FAMILY))
      if (candidate.opens) {
        if (candidate.family === 'single') single += 1;
        else double += 1;
      }
  return single > 0 && single >= SINGLE_MAJORITY * double ? EVERY_FAMILY : DOUBLE_AND_ANGLE;
}

function opensWith(text: string, families: ReadonlySet<MarkFamily>, family: MarkFamily): boolean {
  const first = markCandidates(text.slice(0, 2), families)[0];
  return first !== undefined && first.at === 0 && first.opens && first.family === family;
}

interface ParagraphAt {
  index: number;
  base: number;
  text: string;
}

function span(
  at: ParagraphAt,
  open: MarkCandidate,
  end: number,
  closeAfter: number,
  unclosed: boolean,
): QuoteSpan {
  return {
    start: at.base + open.at + 1,
    end: at.base + end,
    openAt: at.base + open.at,
    closeAfter: at.base + closeAfter,
    paragraph: at.index,
    unclosed,
    continues: false,
    continuation: false,
  };
}

/**
 * A quotation whose closing mark was lost ends where an attribution takes over ("…came too late,
 * Kowal said."), so the speaker can still be read; else at its last sentence end before `limit`
 * (where another quotation opens), or, at a paragraph's end, with the paragraph.
 */
function closeLost(at: ParagraphAt, open: MarkCandidate, limit: number | null): QuoteSpan | null {
  const text = limit === null ? at.text : at.text.slice(0, limit).trimEnd();
  const tail = attributionTailStart(text, open.at + 1);
  if (tail !== null) return span(at, open, tail, tail, false);
  if (limit === null) return span(at, open, text.length, text.length, true);
  const terminal = LAST_TERMINAL.exec(text.slice(open.at + 1));
  if (terminal === null) return null;
  const end = open.at + 1 + terminal.index + 1;
  return span(at, open, end, end, true);
}

function closedSpan(at: ParagraphAt, pair: MarkPair): QuoteSpan | null {
  if (pair.close !== null) return span(at, pair.open, pair.close.at, pair.close.at + 1, false);
  return closeLost(at, pair.open, pair.bound);
}

/**
 * Given a normalised article, returns its outermost quotations in reading order, each within one
 * paragraph. Marks pair within their family (a quotation inside a quotation stays in the outer one);
 * a quotation left open at a paragraph's end continues when the next paragraph reopens with a mark
 * (one quotation a paragraph, flagged so they share a speaker), and otherwise lost its closing mark
 * and ends with its paragraph. Interview answers printed without marks join them.
 */
export function scanQuoteSpans(article: NormalisedArticle): QuoteSpan[] {
  const families = quotingFamilies(article.paragraphs);
  const spans: QuoteSpan[] = [];
  let carried = false;
  article.paragraphs.forEach((text, index) => {
    const at: ParagraphAt = { index, base: article.paragraphStarts[index] ?? 0, text };
    const { pairs, openAtEnd } = pairMarks(markCandidates(text, families));
    const found: QuoteSpan[] = [];
    for (const pair of pairs) {
      const closed = closedSpan(at, pair);
      if (closed !== null) found.push(closed);
    }
    if (openAtEnd !== null) {
      const next = article.paragraphs[index + 1];
      if (next !== undefined && opensWith(next, families, openAtEnd.family)) {
        found.push({ ...span(at, openAtEnd, text.length, text.length, true), continues: true });
      } else {
        const lost = closeLost(at, openAtEnd, null);
        if (lost !== null) found.push(lost);
      }
    }
    const first = found[0];
    if (carried && first !== undefined && first.openAt === at.base) first.continuation = true;
    carried = found[found.length - 1]?.continues ?? false;
    spans.push(...found);
  });
  const answers = findInterviewAnswers(article);
  if (answers.length === 0) return spans;
  return [...spans, ...answers].sort((a, b) => a.start - b.start);
}
