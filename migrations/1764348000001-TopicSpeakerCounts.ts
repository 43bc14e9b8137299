import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The statement-level triggers on quote_topics: each turns its transition table(s) into deltas. */
const ROLL_UPS = [
  {
    event: 'INSERT',
    referencing: 'NEW TABLE AS added',
    deltas: 'SELECT topic_id, speaker_id, 1 AS n FROM added',
  },
  {
    event: 'DELETE',
    referencing: 'OLD TABLE AS removed',
    deltas: 'SELECT topic_id, speaker_id, -1 AS n FROM removed',
  },
  {
    event: 'UPDATE',
    referencing: 'OLD TABLE AS removed NEW TABLE AS added',
    deltas: `SELECT topic_id, speaker_id, 1 AS n FROM added
             UNION ALL SELECT topic_id, speaker_id, -1 FROM removed`,
  },
] as const;

/**
 * How many quotes of each topic each speaker said, kept as quotes come, go and change speaker, so a
 * topic's top speakers and a speaker's top topics read a few rows however large the archive grows.
 * Each topic link carries its quote's speaker (copied by the triggers of PublicationOrder), and a
 * statement-level trigger per change folds the statement's links into the counts, in key order, so
 * concurrent ingests lock the rows they share in one order. The ingest function is left as it is.
 */
export class TopicSpeakerCounts1764348000001 implements MigrationInterface {
  name = 'TopicSpeakerCounts1764348000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Filling a large archive outlasts the statement timeout a request gets (this transaction only).
    await queryRunner.query(`SET LOCAL statement_timeout = 0`);
    await queryRunner.query(`
      CREATE TABLE topic_speaker_counts (
        topic_id     integer NOT NULL,
        speaker_id   integer NOT NULL,
        quote_count  integer NOT NULL,
        CONSTRAINT topic_speaker_counts_pkey PRIMARY KEY (topic_id, speaker_id),
        CONSTRAINT topic_speaker_counts_quote_count_check CHECK (quote_count > 0)
      )`);
    await queryRunner.query(
      `CREATE INDEX topic_speaker_counts_speaker_id_idx ON topic_speaker_counts (speaker_id, topic_id)`,
    );
    await queryRunner.query(`
      INSERT INTO topic_speaker_counts (topic_id, speaker_id, quote_count)
        SELECT topic_id, speaker_id, count(*) FROM quote_topics WHERE speaker_id IS NOT NULL GROUP BY 1, 2`);
    // Rows reaching zero go, so a count row exists exactly while the pair has quotes. Decrements
    // are applied apart from increments: an INSERT checks its proposed row (a negative count)
    // before ON CONFLICT would turn it into an update. The delete reads the counts before the update.
    await queryRunner.query(`
      CREATE FUNCTION topic_speaker_counts_add(topics integer[], speakers integer[], deltas integer[])
        RETURNS void LANGUAGE sql AS $$
        DELETE FROM topic_speaker_counts counts
         USING unnest(topics, speakers, deltas) AS change(topic_id, speaker_id, delta)
         WHERE change.delta < 0 AND counts.topic_id = change.topic_id AND counts.speaker_id = change.speaker_id
           AND counts.quote_count + change.delta <= 0;
        UPDATE topic_speaker_counts counts SET quote_count = counts.quote_count + change.delta
          FROM unnest(topics, speakers, deltas) AS change(topic_id, speaker_id, delta)
         WHERE change.delta < 0 AND counts.topic_id = change.topic_id AND counts.speaker_id = change.speaker_id;
        INSERT INTO topic_speaker_counts AS counts (topic_id, speaker_id, quote_count)
          SELECT * FROM unnest(topics, speakers, deltas) AS change(topic_id, speaker_id, delta)
           WHERE change.delta > 0 ORDER BY 1, 2
        ON CONFLICT (topic_id, speaker_id) DO UPDATE SET quote_count = counts.quote_count + EXCLUDED.quote_count;
      $$`);
    for (const { event, referencing, deltas } of ROLL_UPS) {
      const name = `quote_topics_count_${event.toLowerCase()}`;
      await queryRunner.query(`
        CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          PERFORM topic_speaker_counts_add(array_agg(topic_id), array_agg(speaker_id), array_agg(n))
             FROM (SELECT topic_id, speaker_id, sum(n)::integer AS n
                     FROM (${deltas}) change WHERE speaker_id IS NOT NULL
                    GROUP BY 1, 2 HAVING sum(n) <> 0) delta;
          RETURN NULL;
        END $$`);
      await queryRunner.query(`
        CREATE TRIGGER ${name} AFTER ${event} ON quote_topics REFERENCING ${referencing}
          FOR EACH STATEMENT EXECUTE FUNCTION ${name}()`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const { event } of ROLL_UPS) {
      const name = `quote_topics_count_${event.toLowerCase()}`;
      await queryRunner.query(`DROP TRIGGER ${name} ON quote_topics`);
      await queryRunner.query(`DROP FUNCTION ${name}()`);
    }
    await queryRunner.query(`DROP FUNCTION topic_speaker_counts_add(integer[], integer[], integer[])`);
    await queryRunner.query(`DROP TABLE topic_speaker_counts`);
  }
}
