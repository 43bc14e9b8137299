import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The schema pg-boss keeps its jobs in (see JobQueueSchema). */
const QUEUE_SCHEMA = 'pgboss';

/**
 * The queue of re-extraction jobs, one stored article each. Its jobs that fail their last retry go
 * to the ingest dead-letter queue, which records any batch item as FAILED with its reason: both
 * kinds of job carry their batch and index. The policy is a default; each worker sets its own.
 */
export class ReextractQueue1764351000000 implements MigrationInterface {
  name = 'ReextractQueue1764351000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `SELECT ${QUEUE_SCHEMA}.create_queue('reextract-article', '{"policy":"standard","retryLimit":5,"retryDelay":5,"retryBackoff":true,"expireInSeconds":60,"deadLetter":"ingest-article-failed"}')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`SELECT ${QUEUE_SCHEMA}.delete_queue('reextract-article')`);
  }
}
