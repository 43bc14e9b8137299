import type { Logger } from 'pino';
import type { Config } from '../config';
import type { OpenDatabase } from '../db/open-database';
import { ingestArticle } from '../ingest/ingest-article';
import { validateArticleInput } from '../ingest/validate-article-input';
import { SAMPLE_ARTICLES } from './sample-articles';

/**
 * Given an open database, loads the sample articles when wanted: on an embedded database that
 * holds no article yet (`SEED_SAMPLE_DATA=auto`), always (`always`), or never. An external
 * `DATABASE_URL` gets no data by itself. Returns how many articles were created.
 */
export async function seedSampleDataIfWanted(
  database: OpenDatabase,
  config: Config,
  logger: Logger,
): Promise<number> {
  if (config.seedSampleData === 'never') return 0;
  if (config.seedSampleData === 'auto') {
    if (!database.embedded) return 0;
    const [row] = (await database.dataSource.query(
      'SELECT EXISTS (SELECT 1 FROM articles) AS "hasArticles"',
    )) as {
      hasArticles: boolean;
    }[];
    if (row?.hasArticles) return 0;
  }
  const created = await seedSampleData(database, config);
  logger.info({ created }, 'sample articles loaded');
  return created;
}

/** Given an open database, ingests every sample article (unchanged ones are skipped); returns how many were new. */
export async function seedSampleData(database: OpenDatabase, config: Config): Promise<number> {
  let created = 0;
  for (const sample of SAMPLE_ARTICLES) {
    const outcome = await ingestArticle(
      database.dataSource,
      validateArticleInput(sample, { maxBodyBytes: config.maxArticleBytes }),
    );
    if (outcome.created) created += 1;
  }
  return created;
}
