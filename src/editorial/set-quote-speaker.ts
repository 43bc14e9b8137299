import type { DataSource } from 'typeorm';
import { hydrate, selectColumns } from '../db/hydrate';
import { UserInputError } from '../graphql/errors/coded-errors';
import { expectGlobalId } from '../graphql/ids/global-id';
import { Quote } from '../quote/quote.entity';
import { EditorialAction } from './editorial-action';
import { findSpeakerForUpdate } from './find-speaker';
import { recordEdit, type EditAuthor } from './record-edit';

/**
 * Given a quote's id and a speaker's slug or id, attributes the quote to that speaker, stores the fix
 * keyed by the article and the quote's words and offsets (so a re-extraction applies it again, see
 * reapplyEditorialFixes) and logs it, in one transaction. Returns the quote; BAD_USER_INPUT when
 * either is unknown.
 */
export async function setQuoteSpeaker(
  dataSource: DataSource,
  author: EditAuthor,
  quoteId: string,
  speakerReference: string,
): Promise<Quote> {
  const id = expectGlobalId(quoteId, 'Quote', 'quote');
  return dataSource.transaction(async (manager) => {
    const speaker = await findSpeakerForUpdate(manager, speakerReference, 'speaker');
    const rows: Record<string, unknown>[] = await manager.query(
      `SELECT ${selectColumns(dataSource, Quote, 'q')}, s.name AS "previousName"
         FROM quotes q LEFT JOIN speakers s ON s.id = q.speaker_id WHERE q.id = $1 FOR UPDATE OF q`,
      [id],
    );
    const [row] = rows;
    if (!row) throw new UserInputError(`No quote "${quoteId}".`, { argumentName: 'quote' });
    const { previousName, ...columns } = row;
    const quote = hydrate(Quote, [columns])[0] as Quote;
    const editId = await recordEdit(manager, author, {
      action: EditorialAction.SET_QUOTE_SPEAKER,
      summary: `Quote “${quote.text.slice(0, 80)}” attributed to ${speaker.name} (was ${String(previousName ?? 'nobody')})`,
      details: { quoteId: quote.id, articleId: quote.articleId, from: quote.speakerId, to: speaker.id },
    });
    await manager.query(`UPDATE quotes SET speaker_id = $2 WHERE id = $1`, [quote.id, speaker.id]);
    await manager.query(
      `INSERT INTO editorial_fixes (article_id, quote_text, start_offset, end_offset, speaker_id, edit_id)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (article_id, start_offset, end_offset, quote_text)
       DO UPDATE SET speaker_id = EXCLUDED.speaker_id, edit_id = EXCLUDED.edit_id`,
      [quote.articleId, quote.text, quote.startOffset, quote.endOffset, speaker.id, editId],
    );
    quote.speakerId = speaker.id;
    return quote;
  });
}
