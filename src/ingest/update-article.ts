import type { DataSource } from 'typeorm';
import { NotFoundError } from '../graphql/errors/coded-errors';
import { extractDocument } from './extract-document';
import type { IngestOutcome } from './ingest-article';
import { refuseDuplicate, replaceArticle } from './replace-article';
import type { ArticleToIngest } from './validate-article-input';

/**
 * Given a stored article's id and its corrected version, replaces it as a correction by URL does
 * (see replaceArticle): `updated: false` when nothing differs. A URL in the correction becomes the
 * article's; none keeps the stored one. NOT_FOUND when there is no such article, BAD_USER_INPUT
 * when the new URL or text is another stored article's.
 */
export async function updateArticle(
  dataSource: DataSource,
  articleId: number,
  globalId: string,
  article: ArticleToIngest,
): Promise<IngestOutcome> {
  const document = await extractDocument(dataSource.manager, article);
  const replaced = await replaceArticle(dataSource, articleId, document.json, { force: false });
  refuseDuplicate(replaced.status);
  if (!replaced.article) throw new NotFoundError(`No article "${globalId}".`, { argumentName: 'id' });
  return { article: replaced.article, created: false, updated: replaced.status === 'updated' };
}
