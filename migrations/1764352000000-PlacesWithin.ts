import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A kind of row that names places, and the table holding each row under every place it is within. */
interface PlacesWithin {
  /** The rows (`quotes`), their id column in the link tables (`quote_id`), and their sort key. */
  rows: string;
  rowId: string;
  sort: string;
  /** The table linking rows to the places they name. */
  links: string;
  /** The table this migration makes: (place, row, sort key), one line per place a row is within. */
  within: string;
}

const KINDS: readonly PlacesWithin[] = [
  {
    rows: 'quotes',
    rowId: 'quote_id',
    sort: 'published_sort',
    links: 'quote_locations',
    within: 'quote_places_within',
  },
  {
    rows: 'articles',
    rowId: 'article_id',
    sort: 'sort_at',
    links: 'article_locations',
    within: 'article_places_within',
  },
];

/**
 * Given a kind and a condition on `link`, SQL selecting (place, row, sort key) for each place those
 * links are within. The row's sort key is read by key for each link: joined instead, the planner
 * (which knows nothing of a trigger's transition table) hashed the whole rows table for one article.
 */
const placesWithinOf = ({ rows, rowId, sort }: PlacesWithin, links: string, where: string): string => `
  SELECT DISTINCT above.id, link.${rowId}, (SELECT r.${sort} FROM ${rows} r WHERE r.id = link.${rowId})
    FROM ${links} link
    CROSS JOIN LATERAL location_ancestors(link.location_id) above
   WHERE ${where}
   ORDER BY 1, 2`;

/**
 * A place's quotes and articles by publication, each from one index. A place holds the rows naming
 * it or any place inside it, so its lists were semi-joins over the place's subtree, sorted whole: a
 * country's page cost grew with its archive, and the planner, seeing a deep hierarchy, chose to scan
 * every article. `quote_places_within` and `article_places_within` hold each row under every place
 * it is within (each place it names and that place's ancestors, once), with the row's sort key, so a
 * page walks `(location_id, sort key, id)` from its cursor and a place filter is one index range.
 * Triggers keep them true as links come and go, rows are re-dated, and a place gains a parent; the
 * ingest function is left as it is.
 */
export class PlacesWithin1764352000000 implements MigrationInterface {
  name = 'PlacesWithin1764352000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Filling a large archive outlasts the statement timeout a request gets (this transaction only).
    await queryRunner.query(`SET LOCAL statement_timeout = 0`);
    // The inverse of location_subtree: a place and every place above it, one lookup by key a step
    // (a recursive query planned without statistics hashed every place at each step). The bound
    // stops a cycle, should parents ever form one; real hierarchies are a few levels deep.
    await queryRunner.query(`
      CREATE FUNCTION location_ancestors(place integer) RETURNS TABLE (id integer)
      LANGUAGE plpgsql STABLE ROWS 4 AS $$
      DECLARE
        here integer := place;
        steps integer := 0;
      BEGIN
        WHILE here IS NOT NULL AND steps < 32 LOOP
          id := here;
          RETURN NEXT;
          SELECT l.parent_id INTO here FROM locations l WHERE l.id = here;
          steps := steps + 1;
        END LOOP;
      END $$`);
    for (const kind of KINDS) await this.createPlacesWithin(queryRunner, kind);
    // A place that gains (or changes) its parent brings every row inside it under the new ancestors.
    await queryRunner.query(`
      CREATE FUNCTION locations_spread_to_places_within() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${KINDS.map(
          ({ rowId, links, within }) => `
        PERFORM ${within}_refresh(array_agg(DISTINCT link.${rowId}))
           FROM ${links} link
          WHERE link.location_id IN (SELECT id FROM location_subtree(NEW.id))
         HAVING count(*) > 0;`,
        ).join('')}
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER locations_spread_to_places_within AFTER UPDATE OF parent_id ON locations FOR EACH ROW
        WHEN (OLD.parent_id IS DISTINCT FROM NEW.parent_id)
        EXECUTE FUNCTION locations_spread_to_places_within()`);
  }

  /** Given a kind, makes its table, fills it from the links there are, and the triggers that keep it. */
  private async createPlacesWithin(queryRunner: QueryRunner, kind: PlacesWithin): Promise<void> {
    const { rows, rowId, sort, links, within } = kind;
    await queryRunner.query(`
      CREATE TABLE ${within} (
        location_id  integer NOT NULL,
        ${rowId}     integer NOT NULL,
        ${sort}      timestamptz NOT NULL,
        CONSTRAINT ${within}_pkey PRIMARY KEY (location_id, ${rowId}),
        CONSTRAINT ${within}_location_id_fkey FOREIGN KEY (location_id) REFERENCES locations (id) ON DELETE CASCADE,
        CONSTRAINT ${within}_${rowId}_fkey FOREIGN KEY (${rowId}) REFERENCES ${rows} (id) ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `INSERT INTO ${within} (location_id, ${rowId}, ${sort}) ${placesWithinOf(kind, links, 'TRUE')}`,
    );
    await queryRunner.query(
      `CREATE INDEX ${within}_${sort}_idx ON ${within} (location_id, ${sort}, ${rowId})`,
    );
    // Deleting a row finds its lines by row.
    await queryRunner.query(`CREATE INDEX ${within}_${rowId}_idx ON ${within} (${rowId})`);

    // New links add their places and those places' ancestors (a row already within one keeps it).
    await queryRunner.query(`
      CREATE FUNCTION ${within}_add() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO ${within} (location_id, ${rowId}, ${sort}) ${placesWithinOf(kind, 'added', 'TRUE')}
        ON CONFLICT DO NOTHING;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER ${within}_add AFTER INSERT ON ${links}
        REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION ${within}_add()`);
    // Given rows whose links changed, their lines again from the links they have now: a place stays
    // while another of the row's links is inside it.
    await queryRunner.query(`
      CREATE FUNCTION ${within}_refresh(changed integer[]) RETURNS void LANGUAGE sql AS $$
        DELETE FROM ${within} WHERE ${rowId} = ANY (changed);
        INSERT INTO ${within} (location_id, ${rowId}, ${sort}) ${placesWithinOf(kind, links, `link.${rowId} = ANY (changed)`)}
        ON CONFLICT DO NOTHING;
      $$`);
    for (const [event, referencing, changed] of [
      ['DELETE', 'OLD TABLE AS removed', `SELECT ${rowId} FROM removed`],
      [
        'UPDATE',
        'OLD TABLE AS removed NEW TABLE AS added',
        `SELECT ${rowId} FROM removed UNION SELECT ${rowId} FROM added`,
      ],
    ] as const) {
      const name = `${within}_after_${event.toLowerCase()}`;
      await queryRunner.query(`
        CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          PERFORM ${within}_refresh(array_agg(DISTINCT ${rowId})) FROM (${changed}) changed HAVING count(*) > 0;
          RETURN NULL;
        END $$`);
      await queryRunner.query(`
        CREATE TRIGGER ${name} AFTER ${event} ON ${links}
          REFERENCING ${referencing} FOR EACH STATEMENT EXECUTE FUNCTION ${name}()`);
    }
    // A re-dated row (its article corrected) moves in every place's order.
    await queryRunner.query(`
      CREATE FUNCTION ${rows}_spread_to_places_within() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE ${within} SET ${sort} = NEW.${sort} WHERE ${rowId} = NEW.id AND ${sort} IS DISTINCT FROM NEW.${sort};
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER ${rows}_spread_to_places_within AFTER UPDATE ON ${rows} FOR EACH ROW
        WHEN (OLD.${sort} IS DISTINCT FROM NEW.${sort})
        EXECUTE FUNCTION ${rows}_spread_to_places_within()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER locations_spread_to_places_within ON locations`);
    await queryRunner.query(`DROP FUNCTION locations_spread_to_places_within()`);
    for (const { rows, links, within } of KINDS) {
      await queryRunner.query(`DROP TRIGGER ${rows}_spread_to_places_within ON ${rows}`);
      await queryRunner.query(`DROP FUNCTION ${rows}_spread_to_places_within()`);
      for (const event of ['delete', 'update']) {
        await queryRunner.query(`DROP TRIGGER ${within}_after_${event} ON ${links}`);
        await queryRunner.query(`DROP FUNCTION ${within}_after_${event}()`);
      }
      await queryRunner.query(`DROP FUNCTION ${within}_refresh(integer[])`);
      await queryRunner.query(`DROP TRIGGER ${within}_add ON ${links}`);
      await queryRunner.query(`DROP FUNCTION ${within}_add()`);
      await queryRunner.query(`DROP TABLE ${within}`);
    }
    await queryRunner.query(`DROP FUNCTION location_ancestors(integer)`);
  }
}
