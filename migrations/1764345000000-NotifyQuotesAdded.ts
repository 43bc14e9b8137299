import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The most quote ids one notification carries. NOTIFY payloads stop at 8,000 bytes; 350 ids of up
 * to 19 digits and a comma each stay under 7,000 even should the ids ever become bigint.
 */
const IDS_PER_NOTIFICATION = 350;

/**
 * Every statement that stores quotes announces their ids on the `quote_added` channel. The trigger
 * fires inside the storing transaction, so Postgres delivers the notifications with its commit and
 * drops them on a rollback: a listener never hears of a quote it cannot read. Statement-level with a
 * transition table, so an article of many quotes costs one notification, not one per row.
 */
export class NotifyQuotesAdded1764345000000 implements MigrationInterface {
  name = 'NotifyQuotesAdded1764345000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION notify_quotes_added() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        ids text;
      BEGIN
        -- Buckets of ${IDS_PER_NOTIFICATION} consecutive ids hold at most that many ids, with no sort:
        -- a bulk load of many thousand quotes costs one hash aggregate.
        FOR ids IN
          SELECT string_agg(id::text, ',') FROM new_quotes GROUP BY id / ${IDS_PER_NOTIFICATION}
        LOOP
          PERFORM pg_notify('quote_added', ids);
        END LOOP;
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER quotes_notify_added
      AFTER INSERT ON quotes
      REFERENCING NEW TABLE AS new_quotes
      FOR EACH STATEMENT EXECUTE FUNCTION notify_quotes_added()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER quotes_notify_added ON quotes`);
    await queryRunner.query(`DROP FUNCTION notify_quotes_added()`);
  }
}
