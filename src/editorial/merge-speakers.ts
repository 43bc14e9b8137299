import type { DataSource, EntityManager } from 'typeorm';
import { UserInputError } from '../graphql/errors/coded-errors';
import type { Speaker } from '../speaker/speaker.entity';
import { EditorialAction } from './editorial-action';
import { findSpeakerForUpdate } from './find-speaker';
import { recordEdit, type EditAuthor } from './record-edit';

/**
 * Given two speakers in a transaction, moves everything of `from` to `into` and deletes `from`: its
 * quotes, its editorial fixes and redirects, its names (its name joins `into`'s aliases), its role
 * when `into` has none; its slug and identity then redirect to `into`. Returns how many quotes moved.
 */
export async function foldSpeaker(manager: EntityManager, into: Speaker, from: Speaker): Promise<number> {
  const moved = (await manager.query(`UPDATE quotes SET speaker_id = $1 WHERE speaker_id = $2 RETURNING id`, [
    into.id,
    from.id,
  ])) as [unknown[], number];
  await manager.query(`UPDATE editorial_fixes SET speaker_id = $1 WHERE speaker_id = $2`, [into.id, from.id]);
  await manager.query(`UPDATE speaker_redirects SET speaker_id = $1 WHERE speaker_id = $2`, [
    into.id,
    from.id,
  ]);
  await manager.query(
    `UPDATE speakers SET role = coalesce(role, $2),
            aliases = ARRAY(SELECT DISTINCT alias FROM unnest(aliases || $3::text[]) alias WHERE alias <> name ORDER BY 1)
      WHERE id = $1`,
    [into.id, from.role, [from.name, ...from.aliases]],
  );
  await manager.query(`DELETE FROM speakers WHERE id = $1`, [from.id]);
  await manager.query(
    `INSERT INTO speaker_redirects (slug, match_key, speaker_id) VALUES ($1, $2, $3)
     ON CONFLICT (slug) DO UPDATE SET match_key = EXCLUDED.match_key, speaker_id = EXCLUDED.speaker_id`,
    [from.slug, from.matchKey, into.id],
  );
  return moved[1];
}

/**
 * Given two speakers found to be one person (slugs or ids), merges `from` into `into` (see
 * foldSpeaker) and logs it, in one transaction; BAD_USER_INPUT for an unknown speaker or a speaker
 * merged with itself. Returns the id of the speaker that remains.
 */
export async function mergeSpeakers(
  dataSource: DataSource,
  author: EditAuthor,
  intoReference: string,
  fromReference: string,
): Promise<number> {
  return dataSource.transaction(async (manager) => {
    // Locked in one fixed order, so two merges of the same pair in opposite directions cannot deadlock.
    const [first, second] = [intoReference, fromReference].sort();
    const locked = new Map<string, Speaker>();
    for (const reference of [first, second] as string[]) {
      locked.set(
        reference,
        await findSpeakerForUpdate(manager, reference, reference === intoReference ? 'into' : 'from'),
      );
    }
    const into = locked.get(intoReference) as Speaker;
    const from = locked.get(fromReference) as Speaker;
    if (into.id === from.id)
      throw new UserInputError('A speaker cannot be merged into itself.', { argumentName: 'from' });
    const moved = await foldSpeaker(manager, into, from);
    await recordEdit(manager, author, {
      action: EditorialAction.MERGE_SPEAKERS,
      summary: `Merged ${from.name} into ${into.name} (${moved} quotes)`,
      details: { into: { id: into.id, slug: into.slug }, from: { ...from }, quotesMoved: moved },
    });
    return into.id;
  });
}
