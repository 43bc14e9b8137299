import type { RawArticle } from '../validate-article-input';

const TEXT_FIELDS = ['url', 'source', 'dateline'] as const;

function optionalText(value: unknown, field: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new Error(`"${field}" must be a string`);
  return value;
}

function optionalDate(value: unknown): Date | null {
  if (value === undefined || value === null || value === '') return null;
  const date = typeof value === 'string' || typeof value === 'number' ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) throw new Error('"publishedAt" is not a valid date');
  return date;
}

/**
 * Given one parsed JSON value, returns it as an article (`title` and `body` required; `url`,
 * `source`, `dateline`, `publishedAt` optional; a body may also be an array of paragraphs), or
 * throws naming the field that is wrong.
 */
export function articleFromJson(value: unknown): RawArticle {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error('expected an article object');
  const fields = value as Record<string, unknown>;
  const body = Array.isArray(fields['body']) ? fields['body'].join('\n') : fields['body'];
  if (typeof fields['title'] !== 'string') throw new Error('"title" must be a string');
  if (typeof body !== 'string') throw new Error('"body" must be a string or an array of paragraphs');
  const article: RawArticle = {
    title: fields['title'],
    body,
    publishedAt: optionalDate(fields['publishedAt']),
  };
  for (const field of TEXT_FIELDS) article[field] = optionalText(fields[field], field);
  return article;
}
