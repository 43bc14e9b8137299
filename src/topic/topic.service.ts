import type { DataSource } from 'typeorm';
import { readKeyword } from '../extraction';
import { hydrate, selectColumns } from '../db/hydrate';
import { UserInputError } from '../graphql/errors/coded-errors';
import type { CreateTopicInput } from './create-topic.input';
import { slugify } from './slugify';
import { tagStoredQuotes } from './tag-stored-quotes';
import { Topic } from './topic.entity';

const MAX_KEYWORDS = 100;
// Long enough for a pattern with alternatives ("deploy|send|station … troops|marines|…").
const MAX_KEYWORD_LENGTH = 300;

/** Given keywords as typed, returns them trimmed and without repeats; BAD_USER_INPUT past the limits. */
export function cleanKeywords(keywords: readonly string[], field: string): string[] {
  const cleaned = [...new Set(keywords.map((keyword) => keyword.trim()).filter(Boolean))];
  if (cleaned.length > MAX_KEYWORDS)
    throw new UserInputError(`"${field}" takes at most ${MAX_KEYWORDS} entries.`);
  if (cleaned.some((keyword) => keyword.length > MAX_KEYWORD_LENGTH)) {
    throw new UserInputError(`Each of "${field}" must be at most ${MAX_KEYWORD_LENGTH} characters.`);
  }
  const wordless = cleaned.find((keyword) => readKeyword(keyword) === null);
  if (wordless !== undefined)
    throw new UserInputError(`Each of "${field}" must name a word; "${wordless}" names none.`);
  return cleaned;
}

/** Given a topic's cleaned keywords, BAD_USER_INPUT unless one of them tags a quote by itself (is no exception). */
export function requireTaggingKeyword(keywords: readonly string[]): void {
  if (!keywords.some((keyword) => readKeyword(keyword)?.exception === false))
    throw new UserInputError('"input.keywords" needs at least one keyword that is no exception.');
}

/**
 * Given a new topic, stores it and tags the quotes already stored, in one transaction, and returns
 * it. BAD_USER_INPUT for an empty name, no keywords, a malformed slug or a slug already taken.
 */
export async function createTopic(dataSource: DataSource, input: CreateTopicInput): Promise<Topic> {
  const name = input.name.trim();
  if (!name || name.length > 200) throw new UserInputError('"input.name" must be 1 to 200 characters.');
  const slug = input.slug?.trim() || slugify(name);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug) || slug.length > 100) {
    throw new UserInputError('"input.slug" must be lower-case letters and digits joined by single hyphens.');
  }
  const keywords = cleanKeywords(input.keywords, 'input.keywords');
  requireTaggingKeyword(keywords);
  const weakKeywords = cleanKeywords(input.weakKeywords ?? [], 'input.weakKeywords');
  return dataSource.transaction(async (manager) => {
    const rows: Record<string, unknown>[] = await manager.query(
      `INSERT INTO topics (name, slug, description, keywords, weak_keywords) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (slug) DO NOTHING
       RETURNING ${selectColumns(dataSource, Topic, 'topics')}`,
      [name, slug, input.description?.trim() || null, keywords, weakKeywords],
    );
    const topic = hydrate(Topic, rows)[0];
    if (!topic) throw new UserInputError(`A topic with the slug "${slug}" already exists.`, { slug });
    await tagStoredQuotes(manager, topic);
    return topic;
  });
}
