import type { NormalisedArticle } from '../text/normalise-article';
import type { QuoteSpan } from './quote-span';
import { speakerLabel } from './speaker-label';

const QUOTE_MARK = /["“”„«»]/u;
const MAX_QUESTION_LENGTH = 300;
const FIRST_PERSON = /\b(?:I|I'm|I’m|we|We|my|My|our|Our|me|us)\b/u;
const MIN_TURNS = 2;

function isQuestionLine(text: string): boolean {
  return (
    text.length <= MAX_QUESTION_LENGTH &&
    !QUOTE_MARK.test(text) &&
    (speakerLabel(text)?.question === true || (speakerLabel(text) === null && /\?$/u.test(text)))
  );
}

/**
 * Given a normalised article, returns the answers of an interview printed without quote marks as
 * quotations (cue-less, flagged `answer`): in an article with at least two question turns ("Q:"
 * lines, or lines ending in "?" each followed by an answer), the unmarked paragraphs after a
 * question up to the next one, when they speak in the first person or open with the speaker's
 * label ("Smith: …"). Answers with marks are left to the mark scanner.
 */
export function findInterviewAnswers(article: NormalisedArticle): QuoteSpan[] {
  const { paragraphs } = article;
  const questions = paragraphs
    .map((text, index) => ({ text, index }))
    .filter(({ text, index }) => {
      const next = paragraphs[index + 1];
      return isQuestionLine(text) && next !== undefined && !isQuestionLine(next);
    });
  if (questions.length < MIN_TURNS) return [];
  const answers: QuoteSpan[] = [];
  let inAnswer = false;
  paragraphs.forEach((text, index) => {
    if (isQuestionLine(text)) {
      inAnswer = true;
      return;
    }
    if (!inAnswer || QUOTE_MARK.test(text)) return;
    const label = speakerLabel(text);
    if (label?.question === true) return;
    if (label === null && !FIRST_PERSON.test(text)) return;
    const base = article.paragraphStarts[index] ?? 0;
    const start = base + (label?.textStart ?? 0);
    const end = base + text.length;
    answers.push({
      start,
      end,
      openAt: start,
      closeAfter: end,
      paragraph: index,
      unclosed: true,
      continues: false,
      continuation: false,
      answer: true,
    });
  });
  return answers;
}
