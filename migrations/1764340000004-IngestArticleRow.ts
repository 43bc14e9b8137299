import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `ingest_article_row(doc jsonb)`: `ingest_article`, answering with the stored article row itself
 * rather than its id, so a caller needs no second round trip to read back what it stored. (A
 * statement that joins `ingest_article(...)` to `articles` cannot see the row the call inserts;
 * a later statement inside a function can.)
 */
export class IngestArticleRow1764340000004 implements MigrationInterface {
  name = 'IngestArticleRow1764340000004';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION ingest_article_row(doc jsonb) RETURNS TABLE (article articles, created boolean)
      LANGUAGE plpgsql AS $function$
      DECLARE
        outcome record;
      BEGIN
        SELECT * INTO outcome FROM ingest_article(doc);
        RETURN QUERY SELECT stored, outcome.created FROM articles stored WHERE stored.id = outcome.article_id;
      END
      $function$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION ingest_article_row(jsonb)`);
  }
}
