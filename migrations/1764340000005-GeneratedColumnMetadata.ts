import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The generated columns the first migration made, with the expressions the entities declare. */
const GENERATED = [
  ['articles', 'sort_at', 'coalesce(published_at, ingested_at)'],
  ['articles', 'search', "to_tsvector('english', title || ' ' || body)"],
  ['quotes', 'search', "to_tsvector('english', text)"],
] as const;

/**
 * Records the generated columns' expressions where TypeORM reads them (`typeorm_metadata`, which it
 * creates before running migrations when entities have generated columns): Postgres prints an
 * expression in its own form, so without these rows TypeORM's schema diff would drop and re-add
 * every generated column. Nothing in the tables themselves changes.
 */
export class GeneratedColumnMetadata1764340000005 implements MigrationInterface {
  name = 'GeneratedColumnMetadata1764340000005';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, column, expression] of GENERATED) {
      await queryRunner.query(
        `INSERT INTO typeorm_metadata (type, database, schema, "table", name, value)
         VALUES ('GENERATED_COLUMN', current_database(), current_schema(), $1, $2, $3)`,
        [table, column, expression],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, column] of GENERATED) {
      await queryRunner.query(
        `DELETE FROM typeorm_metadata
          WHERE type = 'GENERATED_COLUMN' AND schema = current_schema() AND "table" = $1 AND name = $2`,
        [table, column],
      );
    }
  }
}
