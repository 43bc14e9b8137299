import type { DataSource } from 'typeorm';
import { hydrate, selectColumns } from '../db/hydrate';
import { UserInputError } from '../graphql/errors/coded-errors';
import { SLUG_KEY } from '../graphql/relations';
import { tagStoredQuotes } from '../topic/tag-stored-quotes';
import { cleanKeywords, requireTaggingKeyword } from '../topic/topic.service';
import { Topic } from '../topic/topic.entity';
import type { UpdateTopicInput } from '../topic/update-topic.input';
import { EditorialAction } from './editorial-action';
import { recordEdit, type EditAuthor } from './record-edit';

/**
 * Given a topic's slug and changes, applies them and logs it, in one transaction. When the keywords
 * change, the topic's tags are made again from them over every stored quote (retro-tagging), so the
 * topic's quotes are exactly what its keywords now match. The slug stays (links keep working).
 * Returns the topic; BAD_USER_INPUT for an unknown topic or an invalid change.
 */
export async function updateTopic(
  dataSource: DataSource,
  author: EditAuthor,
  slug: string,
  input: UpdateTopicInput,
): Promise<Topic> {
  const name = input.name?.trim();
  if (input.name != null && (!name || name.length > 200)) {
    throw new UserInputError('"input.name" must be 1 to 200 characters.');
  }
  const keywords = input.keywords == null ? null : cleanKeywords(input.keywords, 'input.keywords');
  if (keywords !== null) requireTaggingKeyword(keywords);
  const weakKeywords =
    input.weakKeywords == null ? null : cleanKeywords(input.weakKeywords, 'input.weakKeywords');
  return dataSource.transaction(async (manager) => {
    const columns = selectColumns(dataSource, Topic, 't');
    const before = hydrate(
      Topic,
      await manager.query(`SELECT ${columns} FROM topics t WHERE t.slug = $1 FOR UPDATE`, [
        SLUG_KEY.normalize(slug),
      ]),
    )[0];
    if (!before) throw new UserInputError(`No topic "${slug}".`, { argumentName: 'slug' });
    const description =
      input.description === undefined ? before.description : input.description?.trim() || null;
    // An UPDATE or DELETE answers [rows, count] through TypeORM.
    const [updated] = (await manager.query(
      `UPDATE topics t SET name = $2, description = $3, keywords = $4, weak_keywords = $5 WHERE t.id = $1 RETURNING ${columns}`,
      [
        before.id,
        name ?? before.name,
        description,
        keywords ?? before.keywords,
        weakKeywords ?? before.weakKeywords,
      ],
    )) as [Record<string, unknown>[], number];
    const after = hydrate(Topic, updated)[0] as Topic;
    const retagged = keywords !== null || weakKeywords !== null;
    let tagged: number | null = null;
    if (retagged) {
      await manager.query(`DELETE FROM quote_topics WHERE topic_id = $1`, [after.id]);
      tagged = await tagStoredQuotes(manager, after);
    }
    await recordEdit(manager, author, {
      action: EditorialAction.UPDATE_TOPIC,
      summary: `Changed the topic ${before.name}${retagged ? ` (${tagged} quotes tagged again)` : ''}`,
      details: {
        id: before.id,
        before: {
          name: before.name,
          description: before.description,
          keywords: before.keywords,
          weakKeywords: before.weakKeywords,
        },
        after: {
          name: after.name,
          description: after.description,
          keywords: after.keywords,
          weakKeywords: after.weakKeywords,
        },
        quotesTagged: tagged,
      },
    });
    return after;
  });
}

/**
 * Given a topic's slug, removes the topic and its tags (the quotes stay) and logs it with everything
 * needed to make it again. Returns false when there was no such topic.
 */
export async function deleteTopic(
  dataSource: DataSource,
  author: EditAuthor,
  slug: string,
): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    const [rows] = (await manager.query(
      `DELETE FROM topics t WHERE t.slug = $1 RETURNING ${selectColumns(dataSource, Topic, 't')},
              (SELECT count(*)::integer FROM quote_topics WHERE topic_id = t.id) AS "quoteCount"`,
      [SLUG_KEY.normalize(slug)],
    )) as [Record<string, unknown>[], number];
    const [row] = rows;
    if (!row) return false;
    const { quoteCount, ...columns } = row;
    const topic = hydrate(Topic, [columns])[0] as Topic;
    await recordEdit(manager, author, {
      action: EditorialAction.DELETE_TOPIC,
      summary: `Deleted the topic ${topic.name} (${String(quoteCount)} quotes untagged)`,
      details: { ...topic, quoteCount },
    });
    return true;
  });
}
