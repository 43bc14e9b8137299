import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A batch item can be UPDATED: a stored article replaced by a correction (same URL or text hash,
 * other text), or extracted again with a different result. Until now such items were STORED, so a
 * batch could not tell a correction from a new article as `ingestArticle` does (`updated: true`).
 * Items recorded before stay as they were.
 */
export class IngestBatchUpdated1764353000000 implements MigrationInterface {
  name = 'IngestBatchUpdated1764353000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE ingest_batch_items DROP CONSTRAINT ingest_batch_items_outcome_check,
        ADD CONSTRAINT ingest_batch_items_outcome_check CHECK (outcome IN ('STORED', 'UPDATED', 'UNCHANGED', 'FAILED'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE ingest_batch_items SET outcome = 'STORED' WHERE outcome = 'UPDATED'`);
    await queryRunner.query(`
      ALTER TABLE ingest_batch_items DROP CONSTRAINT ingest_batch_items_outcome_check,
        ADD CONSTRAINT ingest_batch_items_outcome_check CHECK (outcome IN ('STORED', 'UNCHANGED', 'FAILED'))`);
  }
}
