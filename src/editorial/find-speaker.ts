import type { EntityManager } from 'typeorm';
import { hydrate, selectColumns } from '../db/hydrate';
import { UserInputError } from '../graphql/errors/coded-errors';
import { parseGlobalId } from '../graphql/ids/global-id';
import { SLUG_KEY } from '../graphql/relations';
import { speakerIdBySlug } from '../speaker/speaker-slug-key';
import { Speaker } from '../speaker/speaker.entity';

/**
 * Given a speaker's slug (old ones included) or global id, returns the speaker, locked for the rest
 * of the transaction; BAD_USER_INPUT naming the argument when there is none.
 */
export async function findSpeakerForUpdate(
  manager: EntityManager,
  reference: string,
  argumentName: string,
): Promise<Speaker> {
  const parsed = parseGlobalId(reference);
  if (parsed && parsed.typeName !== 'Speaker') {
    throw new UserInputError(`"${argumentName}" must be a speaker slug or id.`, { argumentName });
  }
  const where = parsed ? 's.id = $1' : `s.id = ${speakerIdBySlug('$1')}`;
  const rows: Record<string, unknown>[] = await manager.query(
    `SELECT ${selectColumns(manager.connection, Speaker, 's')} FROM speakers s WHERE ${where} FOR UPDATE`,
    [parsed ? parsed.id : SLUG_KEY.normalize(reference)],
  );
  const speaker = hydrate(Speaker, rows)[0];
  if (!speaker) throw new UserInputError(`No speaker "${reference}".`, { argumentName });
  return speaker;
}
