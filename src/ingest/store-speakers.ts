import type { EntityManager } from 'typeorm';
import { speakerMatchKeys, type ExtractedSpeaker } from '../extraction';
import { slugify } from '../topic/slugify';

interface SpeakerRow {
  name: string;
  slug: string;
  matchKey: string;
  surnameKey: string;
  role: string | null;
  aliases: string[];
  isOrganization: boolean;
}

const isSurnameOnly = (speaker: ExtractedSpeaker): boolean =>
  !speaker.isOrganization && !/\s/.test(speaker.name.trim());

/**
 * Given the speakers of one article, finds or creates each one and returns extractor key → id.
 * A full name is one speaker across articles by its folded match key; a bare surname joins the one
 * stored speaker with that surname, if exactly one exists. Keys are inserted in sorted order and
 * existing rows are only updated when the article teaches something new (role, alias), so
 * concurrent ingests neither deadlock nor queue on popular speakers.
 */
export async function storeSpeakers(
  manager: EntityManager,
  speakers: readonly ExtractedSpeaker[],
): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  const rows: { extractorKey: string; row: SpeakerRow }[] = [];
  for (const speaker of speakers) {
    const keys = speakerMatchKeys(speaker.name);
    if (isSurnameOnly(speaker)) {
      const matches: { id: number }[] = await manager.query(
        'SELECT id FROM speakers WHERE surname_key = $1 AND NOT is_organization LIMIT 2',
        [keys.surnameKey],
      );
      if (matches.length === 1 && matches[0]) {
        ids.set(speaker.key, matches[0].id);
        continue;
      }
    }
    rows.push({
      extractorKey: speaker.key,
      row: {
        name: speaker.name,
        slug: slugify(speaker.name) || keys.fullKey,
        matchKey: keys.fullKey,
        surnameKey: keys.surnameKey,
        role: speaker.role,
        aliases: speaker.aliases.filter((alias) => alias !== speaker.name),
        isOrganization: speaker.isOrganization,
      },
    });
  }
  const unique = [...new Map(rows.map(({ row }) => [row.matchKey, row])).values()].sort((a, b) =>
    a.matchKey.localeCompare(b.matchKey),
  );
  if (unique.length === 0) return ids;
  await manager.query(
    `INSERT INTO speakers (name, slug, match_key, surname_key, role, aliases, is_organization)
     SELECT name, slug, match_key, surname_key, role, '{}', is_organization
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::boolean[])
            AS input(name, slug, match_key, surname_key, role, is_organization)
     ON CONFLICT DO NOTHING`,
    [
      unique.map((row) => row.name),
      unique.map((row) => row.slug),
      unique.map((row) => row.matchKey),
      unique.map((row) => row.surnameKey),
      unique.map((row) => row.role),
      unique.map((row) => row.isOrganization),
    ],
  );
  // Fill in a missing role and add new aliases; rows with nothing new are not touched (no lock taken).
  const stored: { id: number; matchKey: string }[] = await manager.query(
    `WITH input AS (
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) AS input(match_key, role, aliases_json)
     ), updated AS (
       UPDATE speakers s
          SET role = coalesce(s.role, input.role),
              aliases = ARRAY(SELECT DISTINCT unnest(s.aliases || ARRAY(SELECT json_array_elements_text(input.aliases_json::json))))
         FROM input
        WHERE s.match_key = input.match_key
          AND ((s.role IS NULL AND input.role IS NOT NULL)
               OR NOT s.aliases @> ARRAY(SELECT json_array_elements_text(input.aliases_json::json)))
     )
     SELECT s.id, s.match_key AS "matchKey" FROM speakers s JOIN input ON input.match_key = s.match_key`,
    [
      unique.map((row) => row.matchKey),
      unique.map((row) => row.role),
      unique.map((row) => JSON.stringify(row.aliases)),
    ],
  );
  const idByMatchKey = new Map(stored.map((row) => [row.matchKey, row.id]));
  for (const { extractorKey, row } of rows) {
    const id = idByMatchKey.get(row.matchKey);
    if (id !== undefined) ids.set(extractorKey, id);
  }
  return ids;
}
