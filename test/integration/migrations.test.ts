import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { DataSource } from 'typeorm';
import { createQuoteGraphDataSource } from '../../src/composition';
import { ensureDatabase } from '../../src/db/ensure-database';
import { MIGRATIONS } from '../../migrations';
import { KeywordPatternTaxonomy1764341000000 } from '../../migrations/1764341000000-KeywordPatternTaxonomy';
import { DEFAULT_TAXONOMY } from '../../src/topic/default-taxonomy';

const tables = async (dataSource: DataSource): Promise<string[]> =>
  (
    (await dataSource.query(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_name NOT IN ('migrations', 'typeorm_metadata') ORDER BY 1`,
    )) as { name: string }[]
  ).map((row) => row.name);

describe('migrations', () => {
  const name = `quote_graph_migrations_${randomBytes(4).toString('hex')}`;
  let dataSource: DataSource;
  beforeAll(async () => {
    dataSource = createQuoteGraphDataSource({
      url: await ensureDatabase(inject('adminDatabaseUrl'), name),
      poolSize: 2,
    });
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    const admin = new Client({ connectionString: inject('adminDatabaseUrl') });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  });

  it('apply, revert one by one to an empty schema, and apply again', async () => {
    await dataSource.runMigrations({ transaction: 'each' });
    expect(await tables(dataSource)).toEqual([
      'article_locations',
      'article_places_within',
      'articles',
      'editorial_edits',
      'editorial_fixes',
      'ingest_batch_items',
      'ingest_batches',
      'locations',
      'quote_locations',
      'quote_places_within',
      'quote_topics',
      'quotes',
      'rate_limits',
      'speaker_redirects',
      'speakers',
      'topic_speaker_counts',
      'topics',
    ]);
    const [{ topics }] = (await dataSource.query('SELECT count(*)::integer AS topics FROM topics')) as [
      { topics: number },
    ];
    expect(topics).toBeGreaterThanOrEqual(25);
    for (let step = 0; step < MIGRATIONS.length; step += 1)
      await dataSource.undoLastMigration({ transaction: 'each' });
    expect(await tables(dataSource)).toEqual([]);
    await dataSource.runMigrations({ transaction: 'each' });
    expect(await tables(dataSource)).toHaveLength(17);
  });

  it('refuse coordinates off the globe, NaN included', async () => {
    const insert = (latitude: number | string, longitude: number | string) =>
      dataSource.query(
        `INSERT INTO locations (name, slug, kind, latitude, longitude) VALUES ('Sample place', $1, 'CITY', $2, $3)`,
        [`sample-${String(latitude)}-${String(longitude)}`, latitude, longitude],
      );
    await expect(insert(53.9, 27.56)).resolves.toBeDefined();
    for (const [latitude, longitude] of [
      [91, 0],
      [0, -180.5],
      ['NaN', 0],
      [0, 'Infinity'],
    ] as const) {
      await expect(insert(latitude, longitude)).rejects.toMatchObject({ code: '23514' });
    }
  });

  it('index every foreign key and keep tsvectors behind GIN indexes', async () => {
    const unindexed: { constraint: string }[] = await dataSource.query(`
      SELECT c.conname AS constraint FROM pg_constraint c
       WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace
         AND NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.conrelid AND i.indkey[0] = c.conkey[1])`);
    expect(unindexed).toEqual([]);
    const gin: { table: string }[] = await dataSource.query(
      `SELECT tablename AS table FROM pg_indexes WHERE indexdef LIKE '%USING gin (search)%' ORDER BY 1`,
    );
    expect(gin.map((row) => row.table)).toEqual(['articles', 'quotes']);
  });

  it('move shipped topics between taxonomies both ways, leaving an edited topic alone', async () => {
    const keywords = async (): Promise<Map<string, string[]>> =>
      new Map(
        (
          (await dataSource.query('SELECT slug, keywords FROM topics')) as {
            slug: string;
            keywords: string[];
          }[]
        ).map((row) => [row.slug, row.keywords]),
      );
    const shipped = new Map(DEFAULT_TAXONOMY.map((topic) => [topic.slug, [...topic.keywords]]));
    await dataSource.query(`UPDATE topics SET keywords = '{reactor}' WHERE slug = 'energy'`);
    const migration = new KeywordPatternTaxonomy1764341000000();
    const runner = dataSource.createQueryRunner();
    try {
      // Reverted, the migration puts back the keywords a database had before patterns...
      await migration.down(runner);
      const before = (await keywords()).get('military-bases') ?? [];
      expect(before).toContain('military base');
      expect(before.some((keyword) => keyword.includes('…'))).toBe(false);
      // ...and applied to such a database, it brings every shipped topic to the taxonomy ingest ships.
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    expect(await keywords()).toEqual(new Map([...shipped, ['energy', ['reactor']]]));
  });
});
