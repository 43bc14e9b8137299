import type { EntityManager } from 'typeorm';
import { hydrate, selectColumns } from '../db/hydrate';
import { Speaker } from '../speaker/speaker.entity';
import { foldSpeaker } from './merge-speakers';

/** What re-applying the editorial fixes of an article changed. */
export interface ReappliedFixes {
  /** Speakers the extraction made again although an editor had merged them away, folded back. */
  speakersFolded: number;
  /** The article's quotes given back the speaker an editor had set. */
  quotesFixed: number;
}

/** A speaker made again by an extraction although an editor merged it into another. */
export interface RedirectedSpeaker {
  fromId: number;
  intoId: number;
}

/** Given an article, returns the speakers of its quotes whose identity an editor merged into another speaker. */
export async function findRedirectedSpeakers(
  manager: EntityManager,
  articleId: number,
): Promise<RedirectedSpeaker[]> {
  return (await manager.query(
    `SELECT DISTINCT s.id AS "fromId", r.speaker_id AS "intoId"
       FROM quotes q JOIN speakers s ON s.id = q.speaker_id JOIN speaker_redirects r ON r.match_key = s.match_key
      WHERE q.article_id = $1 AND r.speaker_id <> s.id
      ORDER BY 1`,
    [articleId],
  )) as RedirectedSpeaker[];
}

/**
 * Given speakers found by findRedirectedSpeakers and a transaction, folds each back into the speaker
 * it was merged into (a merge holds for articles that arrive or are extracted later). Returns how many.
 */
export async function foldRedirectedSpeakers(
  manager: EntityManager,
  pairs: readonly RedirectedSpeaker[],
): Promise<number> {
  for (const { fromId, intoId } of pairs) {
    const rows: Record<string, unknown>[] = await manager.query(
      `SELECT ${selectColumns(manager.connection, Speaker, 's')} FROM speakers s WHERE s.id = ANY($1) ORDER BY s.id FOR UPDATE`,
      [[fromId, intoId]],
    );
    const speakers = hydrate(Speaker, rows);
    const from = speakers.find((speaker) => speaker.id === fromId);
    const into = speakers.find((speaker) => speaker.id === intoId);
    if (from && into) await foldSpeaker(manager, into, from);
  }
  return pairs.length;
}

/**
 * Given an article whose quotes a re-extraction has just replaced, and the re-extraction's
 * transaction, applies what editors changed on it again: merged speakers are folded back (see
 * foldRedirectedSpeakers), and each quote an editor attributed by hand gets that speaker again. A fix
 * finds its quote by the words and offsets it was made on; when the new extraction cut the quote
 * differently, by the same words anywhere in the article, else by the quote covering at least half
 * of the old span. Fixes that find no quote stay stored for the next extraction.
 */
export async function reapplyEditorialFixes(
  manager: EntityManager,
  articleId: number,
): Promise<ReappliedFixes> {
  const speakersFolded = await foldRedirectedSpeakers(
    manager,
    await findRedirectedSpeakers(manager, articleId),
  );
  const fixed = (await manager.query(
    `WITH candidates AS (
       SELECT f.id AS fix_id, f.speaker_id, q.id AS quote_id,
              (q.text = f.quote_text AND q.start_offset = f.start_offset AND q.end_offset = f.end_offset) AS exact,
              q.text = f.quote_text AS same_words,
              least(q.end_offset, f.end_offset) - greatest(q.start_offset, f.start_offset) AS overlap,
              f.end_offset - f.start_offset AS span
         FROM editorial_fixes f JOIN quotes q ON q.article_id = f.article_id
        WHERE f.article_id = $1
     ), chosen AS (
       SELECT DISTINCT ON (fix_id) fix_id, speaker_id, quote_id FROM candidates
        WHERE same_words OR overlap * 2 >= span
        ORDER BY fix_id, exact DESC, same_words DESC, overlap DESC, quote_id
     )
     UPDATE quotes q SET speaker_id = chosen.speaker_id FROM chosen
      WHERE q.id = chosen.quote_id AND q.speaker_id IS DISTINCT FROM chosen.speaker_id
     RETURNING q.id`,
    [articleId],
  )) as [unknown[], number];
  return { speakersFolded, quotesFixed: fixed[1] };
}
