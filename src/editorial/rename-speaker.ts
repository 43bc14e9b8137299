import type { DataSource } from 'typeorm';
import { UserInputError } from '../graphql/errors/coded-errors';
import { slugify } from '../topic/slugify';
import { EditorialAction } from './editorial-action';
import { findSpeakerForUpdate } from './find-speaker';
import { recordEdit, type EditAuthor } from './record-edit';

/**
 * Given a speaker and a corrected name (and role, when given), renames it and logs it, in one
 * transaction. The slug follows the name and the old slug redirects; the old name becomes an alias;
 * the speaker's identity (match key) stays, so later articles naming it the old way still find it.
 * BAD_USER_INPUT for an empty name or a name whose slug another speaker has (merge them instead).
 * Returns the speaker's id.
 */
export async function renameSpeaker(
  dataSource: DataSource,
  author: EditAuthor,
  reference: string,
  name: string,
  role: string | null | undefined,
): Promise<number> {
  const cleanName = name.trim();
  if (!cleanName || cleanName.length > 200) {
    throw new UserInputError('"name" must be 1 to 200 characters.', { argumentName: 'name' });
  }
  const slug = slugify(cleanName);
  if (!slug) throw new UserInputError('"name" needs at least one letter or digit.', { argumentName: 'name' });
  return dataSource.transaction(async (manager) => {
    const speaker = await findSpeakerForUpdate(manager, reference, 'speaker');
    const taken = (await manager.query(`SELECT 1 FROM speakers WHERE slug = $1 AND id <> $2`, [
      slug,
      speaker.id,
    ])) as unknown[];
    if (taken.length > 0) {
      throw new UserInputError(`Another speaker is called "${cleanName}": merge the two instead.`, {
        argumentName: 'name',
      });
    }
    const newRole = role === undefined ? speaker.role : role?.trim() || null;
    await manager.query(
      `UPDATE speakers SET name = $2, slug = $3, role = $4,
              aliases = ARRAY(SELECT DISTINCT alias FROM unnest(aliases || ARRAY[name]) alias WHERE alias <> $2 ORDER BY 1)
        WHERE id = $1`,
      [speaker.id, cleanName, slug, newRole],
    );
    // The new slug is this speaker's own now; the old one points here.
    await manager.query(`DELETE FROM speaker_redirects WHERE slug = $1`, [slug]);
    if (slug !== speaker.slug) {
      await manager.query(
        `INSERT INTO speaker_redirects (slug, match_key, speaker_id) VALUES ($1, NULL, $2)
         ON CONFLICT (slug) DO UPDATE SET speaker_id = EXCLUDED.speaker_id`,
        [speaker.slug, speaker.id],
      );
    }
    await recordEdit(manager, author, {
      action: EditorialAction.RENAME_SPEAKER,
      summary: `Renamed ${speaker.name}${speaker.role ? ` (${speaker.role})` : ''} to ${cleanName}${newRole ? ` (${newRole})` : ''}`,
      details: {
        id: speaker.id,
        before: { name: speaker.name, slug: speaker.slug, role: speaker.role },
        after: { name: cleanName, slug, role: newRole },
      },
    });
    return speaker.id;
  });
}
