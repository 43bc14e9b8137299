import type { EntityManager } from 'typeorm';
import type { EditorIdentity } from '../graphql/context';
import type { EditorialAction } from './editorial-action';

/** What an editorial fix changed, for the audit log. */
export interface EditRecord {
  action: EditorialAction;
  summary: string;
  details: Record<string, unknown>;
}

/** Who made a fix and in which request. */
export interface EditAuthor {
  editor: EditorIdentity;
  requestId: string;
}

/** Given the transaction of a fix, its author and what it changed, adds the audit row and returns its id. */
export async function recordEdit(
  manager: EntityManager,
  author: EditAuthor,
  edit: EditRecord,
): Promise<number> {
  const [row] = (await manager.query(
    `INSERT INTO editorial_edits (action, editor, token_digest, request_id, summary, details)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [
      edit.action,
      author.editor.name,
      author.editor.tokenDigest,
      author.requestId,
      edit.summary,
      edit.details,
    ],
  )) as { id: number }[];
  return (row as { id: number }).id;
}
