import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Batches of articles sent to the ingest queue (`ingest_batches`) and what became of each article
 * (`ingest_batch_items`, one row per article once its job is done: stored, unchanged or failed
 * with the reason). An article with no row yet is pending, so a batch's counts come from these two
 * tables alone, however long the queue keeps its own jobs.
 */
export class IngestBatches1764344000001 implements MigrationInterface {
  name = 'IngestBatches1764344000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE ingest_batches (
        id        uuid PRIMARY KEY,
        total     integer NOT NULL,
        done      integer NOT NULL DEFAULT 0,
        created   timestamptz NOT NULL DEFAULT now(),
        finished  timestamptz,
        CONSTRAINT ingest_batches_total_check CHECK (total >= 0),
        CONSTRAINT ingest_batches_check CHECK (done <= total)
      )`);
    await queryRunner.query(`
      CREATE TABLE ingest_batch_items (
        batch_id    uuid NOT NULL REFERENCES ingest_batches (id) ON DELETE CASCADE,
        index       integer NOT NULL,
        outcome     text NOT NULL,
        reason      text,
        article_id  integer REFERENCES articles (id) ON DELETE SET NULL,
        finished    timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (batch_id, index),
        CONSTRAINT ingest_batch_items_outcome_check CHECK (outcome IN ('STORED', 'UNCHANGED', 'FAILED')),
        CONSTRAINT ingest_batch_items_index_check CHECK (index >= 0)
      )`);
    await queryRunner.query(
      `CREATE INDEX ingest_batch_items_article_id_idx ON ingest_batch_items (article_id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE ingest_batch_items`);
    await queryRunner.query(`DROP TABLE ingest_batches`);
  }
}
