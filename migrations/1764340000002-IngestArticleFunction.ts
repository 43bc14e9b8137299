import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `ingest_article(doc jsonb)`: stores one extracted article, its speakers, places, quotes and links
 * in a single statement (so in one transaction, with one round trip). Natural keys are inserted in
 * sorted order with ON CONFLICT DO NOTHING, and existing rows are only touched when the article adds
 * something (a role, an alias, a missing parent), so concurrent ingests neither duplicate nor queue
 * on popular rows. The document is built by `src/ingest/ingest-document.ts`.
 */
export class IngestArticleFunction1764340000002 implements MigrationInterface {
  name = 'IngestArticleFunction1764340000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION ingest_article(doc jsonb) RETURNS TABLE (article_id integer, created boolean)
      LANGUAGE plpgsql AS $function$
      DECLARE
        new_article integer;
        speaker_ids jsonb;
        location_ids jsonb;
        topic_ids jsonb;
      BEGIN
        INSERT INTO articles (url, content_hash, source, title, body, dateline, published_at)
        VALUES (doc->>'url', doc->>'contentHash', doc->>'source', doc->>'title', doc->>'body',
                doc->>'dateline', (doc->>'publishedAt')::timestamptz)
        ON CONFLICT DO NOTHING
        RETURNING id INTO new_article;
        IF new_article IS NULL THEN
          RETURN QUERY
            SELECT a.id, false FROM articles a
             WHERE a.content_hash = doc->>'contentHash' OR (a.url IS NOT NULL AND a.url = doc->>'url')
             LIMIT 1;
          RETURN;
        END IF;

        -- Speakers. A bare surname joins the one stored person with that surname, if exactly one.
        -- A scratch table, made once per connection and emptied at every commit.
        IF to_regclass('pg_temp.ingest_speakers') IS NULL THEN
          CREATE TEMP TABLE ingest_speakers (
            key text, name text, slug text, match_key text, surname_key text, role text,
            aliases text[], is_organization boolean, surname_only boolean, id integer
          ) ON COMMIT DELETE ROWS;
        END IF;
        INSERT INTO pg_temp.ingest_speakers
          SELECT s.key, s.name, s.slug, s."matchKey", s."surnameKey", s.role,
                 ARRAY(SELECT jsonb_array_elements_text(s.aliases)), s."isOrganization", s."surnameOnly", NULL
            FROM jsonb_to_recordset(doc->'speakers') AS s(key text, name text, slug text, "matchKey" text,
                 "surnameKey" text, role text, aliases jsonb, "isOrganization" boolean, "surnameOnly" boolean);
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
          SELECT l.name, l.key, l.kind, l."countryCode", l.latitude, l.longitude, l.population
            FROM jsonb_to_recordset(doc->'locations') AS l(key text, name text, kind text, "countryCode" text,
                 latitude float8, longitude float8, population integer)
           ORDER BY l.key
        ON CONFLICT DO NOTHING;
        UPDATE locations child SET parent_id = parent.id
          FROM jsonb_to_recordset(doc->'locations') AS l(key text, "parentKey" text)
          JOIN locations parent ON parent.slug = l."parentKey"
         WHERE child.slug = l.key AND child.parent_id IS NULL AND child.id <> parent.id;
        SELECT coalesce(jsonb_object_agg(slug, id), '{}') INTO location_ids
          FROM locations WHERE slug IN (SELECT jsonb_array_elements(doc->'locations')->>'key');
        SELECT coalesce(jsonb_object_agg(slug, id), '{}') INTO topic_ids FROM topics;

        -- Quotes and their links.
        WITH input AS (
          SELECT q.*
            FROM jsonb_to_recordset(doc->'quotes') AS q("speakerKey" text, text text, kind text, cue text,
                 paragraph integer, "startOffset" integer, "endOffset" integer, "topicSlugs" jsonb, "locationKeys" jsonb)
        ), inserted AS (
          INSERT INTO quotes (article_id, speaker_id, text, kind, cue, paragraph, start_offset, end_offset)
            SELECT new_article, (speaker_ids->>input."speakerKey")::integer, input.text, input.kind, input.cue,
                   input.paragraph, input."startOffset", input."endOffset"
              FROM input ORDER BY input."startOffset"
          RETURNING id, start_offset
        ), topic_links AS (
          INSERT INTO quote_topics (quote_id, topic_id)
            SELECT DISTINCT inserted.id, (topic_ids->>slug)::integer
              FROM inserted JOIN input ON input."startOffset" = inserted.start_offset,
                   jsonb_array_elements_text(input."topicSlugs") slug
             WHERE topic_ids ? slug
        )
        INSERT INTO quote_locations (quote_id, location_id)
          SELECT DISTINCT inserted.id, (location_ids->>place)::integer
            FROM inserted JOIN input ON input."startOffset" = inserted.start_offset,
                 jsonb_array_elements_text(input."locationKeys") place
           WHERE location_ids ? place;

        INSERT INTO article_locations (article_id, location_id)
          SELECT new_article, value::integer FROM jsonb_each_text(location_ids);

        RETURN QUERY SELECT new_article, true;
      END
      $function$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION ingest_article(jsonb)');
  }
}
