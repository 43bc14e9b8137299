import type { MigrationInterface, QueryRunner } from 'typeorm';
import { IngestArticleFunction1764340000002 } from './1764340000002-IngestArticleFunction';

/** This migration's `ingest_article`, kept by name so the next copy's `down` can restore it. */
export const INGEST_ARTICLE_0006 = `
      CREATE OR REPLACE FUNCTION ingest_article(doc jsonb) RETURNS TABLE (article_id integer, created boolean)
      LANGUAGE plpgsql AS $function$
      DECLARE
        d ingest_document := jsonb_populate_record(NULL::ingest_document, doc);
        new_article integer;
        speaker_ids jsonb;
        location_ids jsonb;
      BEGIN
        INSERT INTO articles (url, content_hash, source, title, body, dateline, published_at)
        VALUES (d.url, d.content_hash, d.source, d.title, d.body, d.dateline, d.published_at)
        ON CONFLICT DO NOTHING
        RETURNING id INTO new_article;
        IF new_article IS NULL THEN
          RETURN QUERY
            SELECT a.id, false FROM articles a
             WHERE a.content_hash = d.content_hash OR (a.url IS NOT NULL AND a.url = d.url)
             LIMIT 1;
          RETURN;
        END IF;

        -- Speakers, by the extractor's keys. A bare surname joins the one stored person with that
        -- surname, if exactly one. A scratch table, made once per connection and emptied at every commit.
        IF to_regclass('pg_temp.ingest_speakers') IS NULL THEN
          CREATE TEMP TABLE ingest_speakers (
            key text, name text, slug text, match_key text, surname_key text, role text,
            aliases text[], is_organization boolean, surname_only boolean, id integer
          ) ON COMMIT DELETE ROWS;
        END IF;
        INSERT INTO pg_temp.ingest_speakers
          SELECT s.key, s.name, s.slug, s.match_key, s.surname_key, s.role, coalesce(s.aliases, '{}'),
                 s.is_organization, s.surname_only, NULL
            FROM unnest(d.speakers) s;
        UPDATE pg_temp.ingest_speakers input
           SET id = (SELECT min(existing.id) FROM speakers existing
                      WHERE existing.surname_key = input.surname_key AND NOT existing.is_organization
                     HAVING count(*) = 1)
         WHERE input.surname_only;
        -- A full name whose surname is stored only bare, from an article that never gave the full
        -- name, completes that speaker instead of making a second one.
        UPDATE speakers existing
           SET name = input.name, slug = input.slug, match_key = input.match_key,
               role = coalesce(existing.role, input.role),
               aliases = ARRAY(SELECT DISTINCT unnest(existing.aliases || ARRAY[existing.name]) ORDER BY 1)
          FROM pg_temp.ingest_speakers input
         WHERE input.id IS NULL AND NOT input.surname_only AND NOT input.is_organization
           AND existing.match_key = input.surname_key AND NOT existing.is_organization
           AND NOT EXISTS (SELECT 1 FROM speakers other WHERE other.match_key = input.match_key OR other.slug = input.slug);
        INSERT INTO speakers (name, slug, match_key, surname_key, role, is_organization)
          SELECT DISTINCT ON (input.match_key) input.name, input.slug, input.match_key, input.surname_key,
                 input.role, input.is_organization
            FROM pg_temp.ingest_speakers input WHERE input.id IS NULL
           ORDER BY input.match_key
        ON CONFLICT DO NOTHING;
        UPDATE pg_temp.ingest_speakers input SET id = existing.id
          FROM speakers existing WHERE input.id IS NULL AND existing.match_key = input.match_key;
        UPDATE speakers existing
           SET role = coalesce(existing.role, input.role),
               aliases = ARRAY(SELECT DISTINCT unnest(existing.aliases || input.aliases) ORDER BY 1)
          FROM (SELECT speaker.id, max(speaker.role) AS role,
                       coalesce(array_agg(DISTINCT alias) FILTER (WHERE alias IS NOT NULL), '{}') AS aliases
                  FROM pg_temp.ingest_speakers speaker
                  LEFT JOIN LATERAL unnest(speaker.aliases) alias ON true
                 GROUP BY speaker.id) input
         WHERE existing.id = input.id
           AND ((existing.role IS NULL AND input.role IS NOT NULL) OR NOT existing.aliases @> input.aliases);
        SELECT coalesce(jsonb_object_agg(key, id), '{}') INTO speaker_ids FROM pg_temp.ingest_speakers;

        -- Places, parents filled in for rows that lack one.
        INSERT INTO locations (name, slug, kind, country_code, latitude, longitude, population)
          SELECT l.name, l.key, l.kind, l.country_code, l.latitude, l.longitude, l.population
            FROM unnest(d.locations) l
           ORDER BY l.key
        ON CONFLICT DO NOTHING;
        UPDATE locations child SET parent_id = parent.id
          FROM unnest(d.locations) l
          JOIN locations parent ON parent.slug = l.parent_key
         WHERE child.slug = l.key AND child.parent_id IS NULL AND child.id <> parent.id;
        SELECT coalesce(jsonb_object_agg(slug, id), '{}') INTO location_ids
          FROM locations WHERE slug IN (SELECT l.key FROM unnest(d.locations) l);

        -- Quotes and their links.
        WITH input AS (
          SELECT q.* FROM unnest(d.quotes) q
        ), inserted AS (
          INSERT INTO quotes (article_id, speaker_id, text, kind, cue, paragraph, start_offset, end_offset)
            SELECT new_article, (speaker_ids->>input.speaker_key)::integer, input.text, input.kind, input.cue,
                   input.paragraph, input.start_offset, input.end_offset
              FROM input ORDER BY input.start_offset
          RETURNING id, start_offset
        ), topic_links AS (
          INSERT INTO quote_topics (quote_id, topic_id)
            SELECT DISTINCT inserted.id, topic
              FROM inserted JOIN input ON input.start_offset = inserted.start_offset,
                   unnest(input.topic_ids) topic
        )
        INSERT INTO quote_locations (quote_id, location_id)
          SELECT DISTINCT inserted.id, (location_ids->>place)::integer
            FROM inserted JOIN input ON input.start_offset = inserted.start_offset,
                 unnest(input.location_keys) place
           WHERE location_ids ? place;

        INSERT INTO article_locations (article_id, location_id)
          SELECT new_article, value::integer FROM jsonb_each_text(location_ids);

        RETURN QUERY SELECT new_article, true;
      END
      $function$`;

/**
 * The ingest document gets one definition on the SQL side: composite types that
 * `jsonb_populate_record` reads it into (src/ingest/ingest-document.ts builds it, and a test holds
 * its keys equal to these attributes), instead of four `jsonb_to_recordset(...) AS x(col type, …)`
 * column lists. Quotes now carry their topics' ids, taken from the taxonomy the extractor matched
 * against, so an ingest reads the topics once, before extraction, and not again here.
 */
export class IngestDocumentTypes1764340000006 implements MigrationInterface {
  name = 'IngestDocumentTypes1764340000006';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TYPE ingest_speaker AS (
        key text, name text, slug text, match_key text, surname_key text, role text,
        aliases text[], is_organization boolean, surname_only boolean
      )`);
    await queryRunner.query(`
      CREATE TYPE ingest_location AS (
        key text, name text, kind text, country_code text, latitude double precision,
        longitude double precision, population integer, parent_key text
      )`);
    await queryRunner.query(`
      CREATE TYPE ingest_quote AS (
        speaker_key text, text text, kind text, cue text, paragraph integer, start_offset integer,
        end_offset integer, topic_ids integer[], location_keys text[]
      )`);
    await queryRunner.query(`
      CREATE TYPE ingest_document AS (
        url text, content_hash text, source text, title text, body text, dateline text,
        published_at timestamptz, speakers ingest_speaker[], locations ingest_location[],
        quotes ingest_quote[]
      )`);
    await queryRunner.query(INGEST_ARTICLE_0006);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The previous body, as its own migration wrote it (it reads the document with column lists).
    await queryRunner.query('DROP FUNCTION ingest_article(jsonb)');
    await new IngestArticleFunction1764340000002().up(queryRunner);
    for (const type of ['ingest_document', 'ingest_quote', 'ingest_location', 'ingest_speaker']) {
      await queryRunner.query(`DROP TYPE ${type}`);
    }
  }
}
