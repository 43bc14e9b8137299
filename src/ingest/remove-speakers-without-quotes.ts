import type { EntityManager } from 'typeorm';

// What an editor made a speaker keeps it: a quote attributed by hand (editorial_fixes), a merge or a
// rename (speaker_redirects, and the audit log for a rename that kept its slug).
const UNQUOTED_AND_UNEDITED = `
  NOT EXISTS (SELECT 1 FROM quotes q WHERE q.speaker_id = s.id)
  AND NOT EXISTS (SELECT 1 FROM editorial_fixes f WHERE f.speaker_id = s.id)
  AND NOT EXISTS (SELECT 1 FROM speaker_redirects r WHERE r.speaker_id = s.id)
  AND NOT EXISTS (SELECT 1 FROM editorial_edits e
                   WHERE e.action = 'RENAME_SPEAKER' AND e.details->>'id' = s.id::text)`;

/**
 * Given a transaction that replaced an article's quotes and the speakers those quotes had or got,
 * deletes the ones no quote names any more and no editorial fix refers to; returns how many. Other
 * articles' speakers are untouched: a speaker still quoted anywhere stays.
 */
export async function removeSpeakersWithoutQuotes(
  manager: EntityManager,
  speakerIds: readonly number[],
): Promise<number> {
  if (speakerIds.length === 0) return 0;
  // Locked first, then checked again in a later statement (a fresh snapshot): an ingest that is
  // adding a quote for one of them holds it until it commits, and is then seen here; one that
  // comes after the delete finds the speaker gone and is retried (ingest_resolve_speakers).
  const candidates = (await manager.query(
    `SELECT s.id FROM speakers s WHERE s.id = ANY($1) AND ${UNQUOTED_AND_UNEDITED} ORDER BY s.id FOR UPDATE`,
    [speakerIds],
  )) as { id: number }[];
  if (candidates.length === 0) return 0;
  const [, deleted] = (await manager.query(
    `DELETE FROM speakers s WHERE s.id = ANY($1) AND ${UNQUOTED_AND_UNEDITED}`,
    [candidates.map((candidate) => candidate.id)],
  )) as [unknown[], number];
  return deleted;
}
