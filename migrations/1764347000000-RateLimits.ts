import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The counters of the request and mutation rate limits (rate-limiter-flexible's Postgres store,
 * in the columns it reads), shared by every API process. Made here rather than by the library at
 * start-up, so the server's role needs no DDL rights and two processes starting together do not
 * race to create it. UNLOGGED: a counter lives a minute, so it need not survive a crash or be
 * written to the WAL (nor reach replicas) on every request.
 */
export class RateLimits1764347000000 implements MigrationInterface {
  name = 'RateLimits1764347000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE UNLOGGED TABLE rate_limits (
        key     varchar(255) PRIMARY KEY,
        points  integer NOT NULL DEFAULT 0,
        expire  bigint
      )`);
    await queryRunner.query(`COMMENT ON TABLE rate_limits IS
      'Requests spent per key (reads:<address>, writes:<token digest>) until expire (epoch ms).'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE rate_limits');
  }
}
