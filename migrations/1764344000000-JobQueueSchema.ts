import PgBoss from 'pg-boss';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The schema pg-boss keeps its jobs in, apart from ours so TypeORM's schema diff never sees them. */
const QUEUE_SCHEMA = 'pgboss';

/**
 * The job queue's own tables, made by pg-boss's construction plan for the pinned pg-boss version
 * (schema version 24 for 10.4.2), and the ingest queue with its dead-letter queue. Run here rather
 * than at worker start so that the schema appears at one known moment (`npm run migration:run`, or
 * the API's start) and workers start with `migrate: false`: a worker never alters the database. A
 * later pg-boss whose schema differs needs a migration of its own (`PgBoss.getMigrationPlans`).
 */
export class JobQueueSchema1764344000000 implements MigrationInterface {
  name = 'JobQueueSchema1764344000000';
  // pg-boss's plan is a script with its own BEGIN … COMMIT around an advisory lock.
  transaction = false;

  async up(queryRunner: QueryRunner): Promise<void> {
    const [installed] = (await queryRunner.query(
      `SELECT to_regclass('${QUEUE_SCHEMA}.version') IS NOT NULL AS present`,
    )) as [{ present: boolean }];
    if (!installed.present) await queryRunner.query(PgBoss.getConstructionPlans(QUEUE_SCHEMA));
    // The dead-letter queue first: a queue's dead_letter is a foreign key to another queue.
    // These policies are defaults; each worker sets its own at start (WORKER_* variables).
    await queryRunner.query(
      `SELECT ${QUEUE_SCHEMA}.create_queue('ingest-article-failed', '{"policy":"standard","retryLimit":3,"retryDelay":5,"retryBackoff":true}')`,
    );
    await queryRunner.query(
      `SELECT ${QUEUE_SCHEMA}.create_queue('ingest-article', '{"policy":"standard","retryLimit":5,"retryDelay":5,"retryBackoff":true,"expireInSeconds":60,"deadLetter":"ingest-article-failed"}')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP SCHEMA IF EXISTS ${QUEUE_SCHEMA} CASCADE`);
  }
}
