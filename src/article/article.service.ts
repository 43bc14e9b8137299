import type { DataSource } from 'typeorm';

/** Given a URL, returns the id of the article ingested with it, or null. */
/** Given an article id, deletes it with its quotes and links (speakers and places stay); returns whether it existed. */
export async function deleteArticle(dataSource: DataSource, id: number): Promise<boolean> {
  const rows: { id: number }[] = await dataSource.query(
    // Wrapped in a SELECT so the driver hands back rows for DELETE like for any query.
    'WITH deleted AS (DELETE FROM articles WHERE id = $1 RETURNING id) SELECT id FROM deleted',
    [id],
  );
  return rows.length > 0;
}
