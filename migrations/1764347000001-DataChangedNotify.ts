import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Every table whose rows the API serves: a write to any of them can change an answer. */
const SERVED_TABLES = [
  'articles',
  'quotes',
  'speakers',
  'locations',
  'topics',
  'quote_topics',
  'quote_locations',
  'article_locations',
  'editorial_edits',
  'editorial_fixes',
  'speaker_redirects',
];

/**
 * A `data_changed` notification (payload: the table's name) after every statement that writes a
 * served table, from any process (API, ingest CLI, workers, psql), so each API process can tell
 * that the ETags it handed out may be stale. Statement-level, so a bulk load costs one trigger
 * call per statement, not per row; Postgres folds equal notifications of one transaction into one
 * and delivers them only on commit.
 */
export class DataChangedNotify1764347000001 implements MigrationInterface {
  name = 'DataChangedNotify1764347000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION notify_data_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('data_changed', TG_TABLE_NAME);
        RETURN NULL;
      END
      $$`);
    for (const table of SERVED_TABLES) {
      await queryRunner.query(`
        CREATE TRIGGER ${table}_data_changed
          AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
          FOR EACH STATEMENT EXECUTE FUNCTION notify_data_changed()`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of SERVED_TABLES) {
      await queryRunner.query(`DROP TRIGGER ${table}_data_changed ON ${table}`);
    }
    await queryRunner.query('DROP FUNCTION notify_data_changed()');
  }
}
