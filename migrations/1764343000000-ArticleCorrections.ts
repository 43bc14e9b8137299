import type { MigrationInterface, QueryRunner } from 'typeorm';
import { IngestArticleRow1764340000004 } from './1764340000004-IngestArticleRow';
import { INGEST_ARTICLE_0006 } from './1764340000006-IngestDocumentTypes';

/** Speakers by the extractor's keys: the steps of IngestDocumentTypes, plus merged identities and a lock. */
const RESOLVE_SPEAKERS = `
  CREATE FUNCTION ingest_resolve_speakers(input_speakers ingest_speaker[]) RETURNS jsonb
  LANGUAGE plpgsql AS $function$
  DECLARE
    resolved jsonb;
    wanted integer;
    locked integer;
  BEGIN
    -- A scratch table, made once per connection and emptied at every commit (and here, in case
    -- one transaction stores several articles).
    IF to_regclass('pg_temp.ingest_speakers') IS NULL THEN
      CREATE TEMP TABLE ingest_speakers (
        key text, name text, slug text, match_key text, surname_key text, role text,
        aliases text[], is_organization boolean, surname_only boolean, id integer
      ) ON COMMIT DELETE ROWS;
    END IF;
    DELETE FROM pg_temp.ingest_speakers;
    INSERT INTO pg_temp.ingest_speakers
      SELECT s.key, s.name, s.slug, s.match_key, s.surname_key, s.role, coalesce(s.aliases, '{}'),
             s.is_organization, s.surname_only, NULL
        FROM unnest(input_speakers) s;
    -- A bare surname joins the one stored person with that surname, if exactly one.
    UPDATE pg_temp.ingest_speakers input
       SET id = (SELECT min(existing.id) FROM speakers existing
                  WHERE existing.surname_key = input.surname_key AND NOT existing.is_organization
                 HAVING count(*) = 1)
     WHERE input.surname_only;
    -- An identity an editor merged into another speaker is that speaker (speaker_redirects), so the
    -- duplicate is not made again only to be folded back, and its quotes keep their speaker.
    UPDATE pg_temp.ingest_speakers input SET id = redirect.speaker_id
      FROM speaker_redirects redirect
     WHERE input.id IS NULL AND redirect.match_key = input.match_key
       AND NOT EXISTS (SELECT 1 FROM speakers existing WHERE existing.match_key = input.match_key);
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
    -- A correction elsewhere may be deleting a speaker it left without quotes: holding each one
    -- found (as its quotes' foreign keys would) either waits for that to end or sees it gone, and
    -- then the whole ingest is retried rather than storing quotes of a deleted speaker.
    SELECT count(DISTINCT input.id) INTO wanted FROM pg_temp.ingest_speakers input;
    SELECT count(*) INTO locked FROM (
      SELECT 1 FROM speakers existing
       WHERE existing.id IN (SELECT input.id FROM pg_temp.ingest_speakers input)
       ORDER BY existing.id FOR KEY SHARE
    ) held;
    IF locked < wanted THEN
      RAISE EXCEPTION 'a speaker of this article was deleted meanwhile' USING ERRCODE = 'serialization_failure';
    END IF;
    SELECT coalesce(jsonb_object_agg(input.key, input.id), '{}') INTO resolved FROM pg_temp.ingest_speakers input;
    RETURN resolved;
  END
  $function$`;

/** Places, parents filled in for rows that lack one: the steps of IngestDocumentTypes. */
const RESOLVE_LOCATIONS = `
  CREATE FUNCTION ingest_resolve_locations(input_locations ingest_location[]) RETURNS jsonb
  LANGUAGE plpgsql AS $function$
  DECLARE
    resolved jsonb;
  BEGIN
    INSERT INTO locations (name, slug, kind, country_code, latitude, longitude, population)
      SELECT l.name, l.key, l.kind, l.country_code, l.latitude, l.longitude, l.population
        FROM unnest(input_locations) l
       ORDER BY l.key
    ON CONFLICT DO NOTHING;
    UPDATE locations child SET parent_id = parent.id
      FROM unnest(input_locations) l
      JOIN locations parent ON parent.slug = l.parent_key
     WHERE child.slug = l.key AND child.parent_id IS NULL AND child.id <> parent.id;
    SELECT coalesce(jsonb_object_agg(stored.slug, stored.id), '{}') INTO resolved
      FROM locations stored WHERE stored.slug IN (SELECT l.key FROM unnest(input_locations) l);
    RETURN resolved;
  END
  $function$`;

/** A new article's quotes and links, as IngestDocumentTypes stored them. */
const INSERT_QUOTES = `
  CREATE FUNCTION ingest_insert_quotes(the_article integer, quote_rows ingest_quote[], speaker_map jsonb, location_map jsonb)
  RETURNS void
  LANGUAGE plpgsql AS $function$
  BEGIN
    WITH input AS (
      SELECT q.* FROM unnest(quote_rows) q
    ), inserted AS (
      INSERT INTO quotes (article_id, speaker_id, text, kind, cue, paragraph, start_offset, end_offset)
        SELECT the_article, (speaker_map->>input.speaker_key)::integer, input.text, input.kind, input.cue,
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
      SELECT DISTINCT inserted.id, (location_map->>place)::integer
        FROM inserted JOIN input ON input.start_offset = inserted.start_offset,
             unnest(input.location_keys) place
       WHERE location_map ? place;
    INSERT INTO article_locations (article_id, location_id)
      SELECT the_article, value::integer FROM jsonb_each_text(location_map);
  END
  $function$`;

/** How two quotes' words are compared when a new extraction is matched to the stored one. */
const QUOTE_KEY = `
  CREATE FUNCTION ingest_quote_key(words text) RETURNS text
  LANGUAGE sql IMMUTABLE AS $$ SELECT lower(regexp_replace(btrim(words), '\\s+', ' ', 'g')) $$`;

/**
 * A stored article's quotes replaced by a new extraction's, keeping the id of every quote whose
 * words and speaker stay; answers how many rows it wrote (0: the extraction found what was stored).
 */
const REPLACE_QUOTES = `
  CREATE FUNCTION ingest_replace_quotes(the_article integer, quote_rows ingest_quote[], speaker_map jsonb, location_map jsonb)
  RETURNS integer
  LANGUAGE plpgsql AS $function$
  DECLARE
    written integer := 0;
    n integer;
  BEGIN
    IF to_regclass('pg_temp.ingest_quotes') IS NULL THEN
      CREATE TEMP TABLE ingest_quotes (
        ord bigint, speaker_id integer, match_speaker integer, text text, kind text, cue text,
        paragraph integer, start_offset integer, end_offset integer, topic_ids integer[],
        location_keys text[], match_text text, id integer
      ) ON COMMIT DELETE ROWS;
    END IF;
    DELETE FROM pg_temp.ingest_quotes;
    -- Each new quote is matched by the speaker it will have: an editor's fix on the same words
    -- wins over the extractor (reapplyEditorialFixes sets it again after this).
    INSERT INTO pg_temp.ingest_quotes
      SELECT q.ordinality, extracted.id, coalesce(fix.speaker_id, extracted.id), q.text, q.kind, q.cue,
             q.paragraph, q.start_offset, q.end_offset, coalesce(q.topic_ids, '{}'),
             coalesce(q.location_keys, '{}'), ingest_quote_key(q.text), NULL
        FROM unnest(quote_rows) WITH ORDINALITY q
       CROSS JOIN LATERAL (SELECT (speaker_map->>q.speaker_key)::integer AS id) extracted
        LEFT JOIN LATERAL (
          SELECT f.speaker_id FROM editorial_fixes f
           WHERE f.article_id = the_article AND f.quote_text = q.text
           ORDER BY (f.start_offset = q.start_offset AND f.end_offset = q.end_offset) DESC, f.id DESC
           LIMIT 1
        ) fix ON true;

    -- Old and new quotes pair by (words, speaker): the n-th of a kind with the n-th, in the same
    -- paragraph first (repeated words), then anywhere (a correction moved a paragraph).
    WITH fresh AS (
      SELECT i.ord, i.match_text, i.match_speaker, i.paragraph,
             row_number() OVER (PARTITION BY i.match_text, i.match_speaker, i.paragraph ORDER BY i.start_offset, i.ord) AS rank
        FROM pg_temp.ingest_quotes i
    ), stored AS (
      SELECT q.id, ingest_quote_key(q.text) AS match_text, q.speaker_id, q.paragraph,
             row_number() OVER (PARTITION BY ingest_quote_key(q.text), q.speaker_id, q.paragraph ORDER BY q.start_offset, q.id) AS rank
        FROM quotes q WHERE q.article_id = the_article
    )
    UPDATE pg_temp.ingest_quotes i SET id = stored.id
      FROM fresh JOIN stored
        ON stored.match_text = fresh.match_text AND stored.speaker_id IS NOT DISTINCT FROM fresh.match_speaker
       AND stored.paragraph = fresh.paragraph AND stored.rank = fresh.rank
     WHERE i.ord = fresh.ord;
    WITH fresh AS (
      SELECT i.ord, i.match_text, i.match_speaker,
             row_number() OVER (PARTITION BY i.match_text, i.match_speaker ORDER BY i.start_offset, i.ord) AS rank
        FROM pg_temp.ingest_quotes i WHERE i.id IS NULL
    ), stored AS (
      SELECT q.id, ingest_quote_key(q.text) AS match_text, q.speaker_id,
             row_number() OVER (PARTITION BY ingest_quote_key(q.text), q.speaker_id ORDER BY q.start_offset, q.id) AS rank
        FROM quotes q
       WHERE q.article_id = the_article
         AND NOT EXISTS (SELECT 1 FROM pg_temp.ingest_quotes kept WHERE kept.id = q.id)
    )
    UPDATE pg_temp.ingest_quotes i SET id = stored.id
      FROM fresh JOIN stored
        ON stored.match_text = fresh.match_text AND stored.speaker_id IS NOT DISTINCT FROM fresh.match_speaker
       AND stored.rank = fresh.rank
     WHERE i.ord = fresh.ord;

    DELETE FROM quotes q
     WHERE q.article_id = the_article
       AND NOT EXISTS (SELECT 1 FROM pg_temp.ingest_quotes kept WHERE kept.id = q.id);
    GET DIAGNOSTICS n = ROW_COUNT;
    written := written + n;
    -- A kept quote moves with the text around it.
    UPDATE quotes q
       SET text = i.text, kind = i.kind, cue = i.cue, paragraph = i.paragraph,
           start_offset = i.start_offset, end_offset = i.end_offset
      FROM pg_temp.ingest_quotes i
     WHERE q.id = i.id
       AND (q.text, q.kind, q.cue, q.paragraph, q.start_offset, q.end_offset)
           IS DISTINCT FROM (i.text, i.kind, i.cue, i.paragraph, i.start_offset, i.end_offset);
    GET DIAGNOSTICS n = ROW_COUNT;
    written := written + n;
    WITH inserted AS (
      INSERT INTO quotes (article_id, speaker_id, text, kind, cue, paragraph, start_offset, end_offset)
        SELECT the_article, i.speaker_id, i.text, i.kind, i.cue, i.paragraph, i.start_offset, i.end_offset
          FROM pg_temp.ingest_quotes i WHERE i.id IS NULL ORDER BY i.start_offset
      RETURNING id, start_offset, end_offset
    )
    UPDATE pg_temp.ingest_quotes i SET id = inserted.id
      FROM inserted
     WHERE i.id IS NULL AND i.start_offset = inserted.start_offset AND i.end_offset = inserted.end_offset;
    GET DIAGNOSTICS n = ROW_COUNT;
    written := written + n;

    -- Links: what the new extraction says, writing only the difference.
    DELETE FROM quote_topics link USING pg_temp.ingest_quotes i
     WHERE link.quote_id = i.id AND NOT link.topic_id = ANY (i.topic_ids);
    GET DIAGNOSTICS n = ROW_COUNT;
    written := written + n;
    INSERT INTO quote_topics (quote_id, topic_id)
      SELECT DISTINCT i.id, topic FROM pg_temp.ingest_quotes i, unnest(i.topic_ids) topic
    ON CONFLICT DO NOTHING;
    GET DIAGNOSTICS n = ROW_COUNT;
    written := written + n;
    DELETE FROM quote_locations link USING pg_temp.ingest_quotes i
     WHERE link.quote_id = i.id
       AND NOT EXISTS (SELECT 1 FROM unnest(i.location_keys) place
                        WHERE (location_map->>place)::integer = link.location_id);
    GET DIAGNOSTICS n = ROW_COUNT;
    written := written + n;
    INSERT INTO quote_locations (quote_id, location_id)
      SELECT DISTINCT i.id, (location_map->>place)::integer
        FROM pg_temp.ingest_quotes i, unnest(i.location_keys) place
       WHERE location_map ? place
    ON CONFLICT DO NOTHING;
    GET DIAGNOSTICS n = ROW_COUNT;
    written := written + n;
    DELETE FROM article_locations link
     WHERE link.article_id = the_article
       AND NOT EXISTS (SELECT 1 FROM jsonb_each_text(location_map) place WHERE place.value::integer = link.location_id);
    GET DIAGNOSTICS n = ROW_COUNT;
    written := written + n;
    INSERT INTO article_locations (article_id, location_id)
      SELECT the_article, place.value::integer FROM jsonb_each_text(location_map) place
    ON CONFLICT DO NOTHING;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN written + n;
  END
  $function$`;

/** Whether a document says something else than the stored article: its text or what is known of its publication. */
const ARTICLE_DIFFERS = `
  CREATE FUNCTION ingest_article_differs(stored articles, d ingest_document) RETURNS boolean
  LANGUAGE sql IMMUTABLE AS $$
    SELECT stored.title IS DISTINCT FROM d.title OR stored.body IS DISTINCT FROM d.body
        OR stored.source IS DISTINCT FROM d.source OR stored.dateline IS DISTINCT FROM d.dateline
        OR stored.published_at IS DISTINCT FROM d.published_at
  $$`;

/**
 * `ingest_article(doc, target, force)`. Without a target: a new article is stored ('created'); a
 * known one (same URL, else same text) is left alone and answered 'unchanged', or 'changed' when
 * the document differs, which the caller then stores by target in a transaction of its own (so the
 * common cases stay one statement). With a target: that article, locked, becomes the document
 * ('updated', or 'unchanged' when nothing differed; `force` re-runs the quotes even then), unless
 * it is gone ('not_found') or its new URL or text is another article's ('duplicate_url',
 * 'duplicate_text'). `speakers_touched` lists the speakers the replaced quotes had or got, for the
 * caller to drop those left without quotes once editorial fixes are applied again.
 */
const INGEST_ARTICLE = `
  CREATE FUNCTION ingest_article(doc jsonb, target integer DEFAULT NULL, force boolean DEFAULT false)
  RETURNS TABLE (ingested_id integer, outcome text, speakers_touched integer[])
  LANGUAGE plpgsql AS $function$
  DECLARE
    d ingest_document := jsonb_populate_record(NULL::ingest_document, doc);
    doc_version integer := coalesce(d.extractor_version, 0);
    new_article integer;
    stored articles;
    speaker_map jsonb;
    location_map jsonb;
    previous_speakers integer[];
    differs boolean;
    written integer;
  BEGIN
    IF target IS NULL THEN
      INSERT INTO articles (url, content_hash, source, title, body, dateline, published_at, extractor_version)
      VALUES (d.url, d.content_hash, d.source, d.title, d.body, d.dateline, d.published_at, doc_version)
      ON CONFLICT DO NOTHING
      RETURNING id INTO new_article;
      IF new_article IS NOT NULL THEN
        speaker_map := ingest_resolve_speakers(d.speakers);
        location_map := ingest_resolve_locations(d.locations);
        PERFORM ingest_insert_quotes(new_article, d.quotes, speaker_map, location_map);
        RETURN QUERY SELECT new_article, 'created'::text, NULL::integer[];
        RETURN;
      END IF;
      -- Known: by its URL first (a correction keeps its address), else by its text.
      SELECT * INTO stored FROM articles a WHERE d.url IS NOT NULL AND a.url = d.url;
      IF NOT FOUND THEN
        SELECT * INTO stored FROM articles a WHERE a.content_hash = d.content_hash;
        IF NOT FOUND THEN
          RAISE EXCEPTION 'the stored copy of this article was deleted meanwhile' USING ERRCODE = 'serialization_failure';
        END IF;
        -- The same text under another address is a copy of the stored article, not a correction.
        IF stored.url IS NOT NULL AND d.url IS NOT NULL THEN
          RETURN QUERY SELECT stored.id, 'unchanged'::text, NULL::integer[];
          RETURN;
        END IF;
      END IF;
      RETURN QUERY SELECT stored.id,
        CASE WHEN ingest_article_differs(stored, d) THEN 'changed' ELSE 'unchanged' END, NULL::integer[];
      RETURN;
    END IF;

    SELECT * INTO stored FROM articles a WHERE a.id = target FOR UPDATE;
    IF NOT FOUND THEN
      RETURN QUERY SELECT target, 'not_found'::text, NULL::integer[];
      RETURN;
    END IF;
    differs := ingest_article_differs(stored, d) OR (d.url IS NOT NULL AND stored.url IS DISTINCT FROM d.url);
    IF NOT differs AND NOT force AND stored.extractor_version = doc_version THEN
      RETURN QUERY SELECT target, 'unchanged'::text, NULL::integer[];
      RETURN;
    END IF;
    IF d.url IS NOT NULL AND EXISTS (SELECT 1 FROM articles a WHERE a.url = d.url AND a.id <> target) THEN
      RETURN QUERY SELECT target, 'duplicate_url'::text, NULL::integer[];
      RETURN;
    END IF;
    IF EXISTS (SELECT 1 FROM articles a WHERE a.content_hash = d.content_hash AND a.id <> target) THEN
      RETURN QUERY SELECT target, 'duplicate_text'::text, NULL::integer[];
      RETURN;
    END IF;
    UPDATE articles a
       SET url = coalesce(d.url, a.url), content_hash = d.content_hash, source = d.source,
           title = d.title, body = d.body, dateline = d.dateline, published_at = d.published_at,
           extractor_version = doc_version
     WHERE a.id = target
       AND (differs OR a.content_hash <> d.content_hash OR a.extractor_version <> doc_version);
    SELECT coalesce(array_agg(DISTINCT q.speaker_id) FILTER (WHERE q.speaker_id IS NOT NULL), '{}')
      INTO previous_speakers FROM quotes q WHERE q.article_id = target;
    speaker_map := ingest_resolve_speakers(d.speakers);
    location_map := ingest_resolve_locations(d.locations);
    written := ingest_replace_quotes(target, d.quotes, speaker_map, location_map);
    RETURN QUERY SELECT target,
      CASE WHEN differs OR written > 0 THEN 'updated' ELSE 'unchanged' END,
      ARRAY(SELECT DISTINCT touched FROM unnest(previous_speakers || ARRAY(
        SELECT i.speaker_id FROM pg_temp.ingest_quotes i WHERE i.speaker_id IS NOT NULL)) touched ORDER BY 1);
  END
  $function$`;

/** `ingest_article`, answering with the stored row itself (see IngestArticleRow); no row when not found. */
const INGEST_ARTICLE_ROW = `
  CREATE FUNCTION ingest_article_row(doc jsonb, target integer DEFAULT NULL, force boolean DEFAULT false)
  RETURNS TABLE (article articles, status text, speaker_ids integer[])
  LANGUAGE plpgsql AS $function$
  DECLARE
    result record;
  BEGIN
    SELECT * INTO result FROM ingest_article(doc, target, force);
    RETURN QUERY SELECT stored, result.outcome, result.speakers_touched
      FROM articles stored WHERE stored.id = result.ingested_id;
  END
  $function$`;

const HELPERS = [
  'ingest_article_differs(articles, ingest_document)',
  'ingest_replace_quotes(integer, ingest_quote[], jsonb, jsonb)',
  'ingest_quote_key(text)',
  'ingest_insert_quotes(integer, ingest_quote[], jsonb, jsonb)',
  'ingest_resolve_locations(ingest_location[])',
  'ingest_resolve_speakers(ingest_speaker[])',
];

/**
 * Corrections and re-extraction. Each article records the extractor version that produced its
 * quotes (`extractor_version`, 0 for those stored before it was recorded), and `ingest_article`
 * can replace a stored article: its text, and its quotes by a new extraction, keeping the ids of
 * quotes whose words and speaker stay. The function's steps move into helpers the two paths share.
 */
export class ArticleCorrections1764343000000 implements MigrationInterface {
  name = 'ArticleCorrections1764343000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE articles ADD COLUMN extractor_version integer NOT NULL DEFAULT 0`);
    await queryRunner.query(`ALTER TYPE ingest_document ADD ATTRIBUTE extractor_version integer`);
    await queryRunner.query(`DROP FUNCTION ingest_article_row(jsonb)`);
    await queryRunner.query(`DROP FUNCTION ingest_article(jsonb)`);
    for (const sql of [
      RESOLVE_SPEAKERS,
      RESOLVE_LOCATIONS,
      INSERT_QUOTES,
      QUOTE_KEY,
      REPLACE_QUOTES,
      ARTICLE_DIFFERS,
      INGEST_ARTICLE,
      INGEST_ARTICLE_ROW,
    ]) {
      await queryRunner.query(sql);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION ingest_article_row(jsonb, integer, boolean)`);
    await queryRunner.query(`DROP FUNCTION ingest_article(jsonb, integer, boolean)`);
    for (const helper of HELPERS) await queryRunner.query(`DROP FUNCTION ${helper}`);
    await queryRunner.query(`ALTER TYPE ingest_document DROP ATTRIBUTE extractor_version`);
    await queryRunner.query(`ALTER TABLE articles DROP COLUMN extractor_version`);
    await queryRunner.query(INGEST_ARTICLE_0006);
    await new IngestArticleRow1764340000004().up(queryRunner);
  }
}
