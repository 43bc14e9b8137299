import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Quote lists by publication: each quote, and each of its topic links, carries its article's
 * publication time (else ingest time) as `published_sort`, so a page of a list in that order walks
 * one index from the cursor instead of joining every quote to its article and sorting. Topic links
 * carry their quote's speaker too, for the topic/speaker counts (migration TopicSpeakerCounts). Triggers keep
 * the copies true: a quote or a topic link takes the value on insert, and a change to an article's
 * `published_at` or `ingested_at` (a correction) flows to its quotes and from them to their links.
 * The ingest function is left as it is; the triggers see its inserts like any other.
 */
export class PublicationOrder1764348000000 implements MigrationInterface {
  name = 'PublicationOrder1764348000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Filling a large archive outlasts the statement timeout a request gets (this transaction only).
    await queryRunner.query(`SET LOCAL statement_timeout = 0`);
    await queryRunner.query(`ALTER TABLE quotes ADD COLUMN published_sort timestamptz`);
    await queryRunner.query(
      `UPDATE quotes q SET published_sort = a.sort_at FROM articles a WHERE a.id = q.article_id`,
    );
    await queryRunner.query(`ALTER TABLE quotes ALTER COLUMN published_sort SET NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE quote_topics ADD COLUMN published_sort timestamptz, ADD COLUMN speaker_id integer`,
    );
    await queryRunner.query(
      `UPDATE quote_topics qt SET published_sort = q.published_sort, speaker_id = q.speaker_id
         FROM quotes q WHERE q.id = qt.quote_id`,
    );
    await queryRunner.query(`ALTER TABLE quote_topics ALTER COLUMN published_sort SET NOT NULL`);
    await queryRunner.query(`CREATE INDEX quotes_published_sort_idx ON quotes (published_sort, id)`);
    await queryRunner.query(
      `CREATE INDEX quotes_speaker_published_sort_idx ON quotes (speaker_id, published_sort, id)`,
    );
    await queryRunner.query(
      `CREATE INDEX quote_topics_topic_published_sort_idx ON quote_topics (topic_id, published_sort, quote_id)`,
    );

    // A missing article (or quote) falls back to now(): the foreign key then refuses the row with
    // its own error, rather than a NOT NULL violation that would hide the cause.
    await queryRunner.query(`
      CREATE FUNCTION quotes_take_published_sort() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.published_sort := coalesce((SELECT sort_at FROM articles WHERE id = NEW.article_id), now());
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER quotes_take_published_sort BEFORE INSERT OR UPDATE OF article_id, published_sort ON quotes
        FOR EACH ROW EXECUTE FUNCTION quotes_take_published_sort()`);
    await queryRunner.query(`
      CREATE FUNCTION quote_topics_copy_quote() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        quote record;
      BEGIN
        SELECT published_sort, speaker_id INTO quote FROM quotes WHERE id = NEW.quote_id;
        NEW.published_sort := coalesce(quote.published_sort, now());
        NEW.speaker_id := quote.speaker_id;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER quote_topics_copy_quote
        BEFORE INSERT OR UPDATE OF quote_id, published_sort, speaker_id ON quote_topics
        FOR EACH ROW EXECUTE FUNCTION quote_topics_copy_quote()`);

    // Re-dating an article re-dates its quotes (their BEFORE trigger reads the article's new
    // sort_at), and a quote whose date or speaker changed changes its topic links.
    await queryRunner.query(`
      CREATE FUNCTION articles_spread_published_sort() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE quotes SET published_sort = NEW.sort_at
         WHERE article_id = NEW.id AND published_sort IS DISTINCT FROM NEW.sort_at;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER articles_spread_published_sort AFTER UPDATE ON articles FOR EACH ROW
        WHEN (coalesce(OLD.published_at, OLD.ingested_at) IS DISTINCT FROM coalesce(NEW.published_at, NEW.ingested_at))
        EXECUTE FUNCTION articles_spread_published_sort()`);
    await queryRunner.query(`
      CREATE FUNCTION quotes_spread_to_topic_links() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE quote_topics SET published_sort = NEW.published_sort, speaker_id = NEW.speaker_id
         WHERE quote_id = NEW.id
           AND (published_sort IS DISTINCT FROM NEW.published_sort OR speaker_id IS DISTINCT FROM NEW.speaker_id);
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER quotes_spread_to_topic_links AFTER UPDATE ON quotes FOR EACH ROW
        WHEN (OLD.published_sort IS DISTINCT FROM NEW.published_sort OR OLD.speaker_id IS DISTINCT FROM NEW.speaker_id)
        EXECUTE FUNCTION quotes_spread_to_topic_links()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER quotes_spread_to_topic_links ON quotes`);
    await queryRunner.query(`DROP FUNCTION quotes_spread_to_topic_links()`);
    await queryRunner.query(`DROP TRIGGER articles_spread_published_sort ON articles`);
    await queryRunner.query(`DROP FUNCTION articles_spread_published_sort()`);
    await queryRunner.query(`DROP TRIGGER quote_topics_copy_quote ON quote_topics`);
    await queryRunner.query(`DROP FUNCTION quote_topics_copy_quote()`);
    await queryRunner.query(`DROP TRIGGER quotes_take_published_sort ON quotes`);
    await queryRunner.query(`DROP FUNCTION quotes_take_published_sort()`);
    await queryRunner.query(`ALTER TABLE quote_topics DROP COLUMN published_sort, DROP COLUMN speaker_id`);
    await queryRunner.query(`ALTER TABLE quotes DROP COLUMN published_sort`);
  }
}
