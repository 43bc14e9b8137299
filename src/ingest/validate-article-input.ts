import { UserInputError } from '../graphql/errors/coded-errors';
import { parseDateline } from '../extraction/dateline';
import { findUnsafeCharacter } from './plain-text';

/** An article that passed validation: trimmed, within limits, with a well-formed URL. */
export interface ArticleToIngest {
  title: string;
  body: string;
  url: string | null;
  source: string | null;
  dateline: string | null;
  publishedAt: Date | null;
}

/** The raw fields of an article, as they come from the API or a file. */
export interface RawArticle {
  title: string;
  body: string;
  url?: string | null;
  source?: string | null;
  dateline?: string | null;
  publishedAt?: Date | null;
}

const optional = (value: string | null | undefined): string | null => value?.trim() || null;

function checkLength(value: string | null, field: string, maximum: number): void {
  if (value !== null && value.length > maximum) {
    throw new UserInputError(`"${field}" must be at most ${maximum} characters.`, { field });
  }
}

// Checked before anything reaches SQL, so binary input is a clear refusal and not a driver error
// (with the statement) in the log.
function checkPlainText(value: string | null, field: string): void {
  const unsafe = value === null ? null : findUnsafeCharacter(value);
  if (unsafe) {
    throw new UserInputError(
      `"${field}" is not plain text: it holds ${unsafe.description} at character ${unsafe.index + 1}. Send UTF-8 text, not binary data.`,
      { field },
    );
  }
}

function checkUrl(url: string | null): void {
  if (url === null) return;
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
    throw new UserInputError('"input.url" must be an http or https URL.', { field: 'input.url' });
  }
}

/**
 * Given an article as sent and the body limit, returns it trimmed and checked; throws BAD_USER_INPUT
 * naming the field for text that is not plain text (NUL or control characters, unpaired
 * surrogates, U+FFFD left by a failed decode), an empty title or body, a body over the limit, a
 * URL that is not http(s) or an invalid date.
 */
export function validateArticleInput(input: RawArticle, limits: { maxBodyBytes: number }): ArticleToIngest {
  checkPlainText(input.title, 'input.title');
  checkPlainText(input.body, 'input.body');
  const title = input.title.trim();
  const body = input.body.trim();
  if (!title) throw new UserInputError('"input.title" must not be empty.', { field: 'input.title' });
  if (!body) throw new UserInputError('"input.body" must not be empty.', { field: 'input.body' });
  const bodyBytes = Buffer.byteLength(body, 'utf8');
  if (bodyBytes > limits.maxBodyBytes) {
    throw new UserInputError(`"input.body" is ${bodyBytes} bytes; the limit is ${limits.maxBodyBytes}.`, {
      field: 'input.body',
      limit: limits.maxBodyBytes,
    });
  }
  const article: ArticleToIngest = {
    title,
    body,
    url: optional(input.url),
    source: optional(input.source),
    dateline: optional(input.dateline),
    publishedAt: input.publishedAt ?? null,
  };
  checkPlainText(article.url, 'input.url');
  checkPlainText(article.source, 'input.source');
  checkPlainText(article.dateline, 'input.dateline');
  checkLength(title, 'input.title', 1_000);
  checkLength(article.url, 'input.url', 2_000);
  checkLength(article.source, 'input.source', 200);
  checkLength(article.dateline, 'input.dateline', 200);
  checkUrl(article.url);
  if (article.publishedAt && Number.isNaN(article.publishedAt.getTime())) {
    throw new UserInputError('"input.publishedAt" is not a valid date.', { field: 'input.publishedAt' });
  }
  // A dateline without a year ("13:20, 26 April") is dated against now, the moment of ingest.
  if (!article.publishedAt && article.dateline) {
    article.publishedAt = parseDateline(article.dateline, new Date());
  }
  return article;
}
