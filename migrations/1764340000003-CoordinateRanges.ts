import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Latitude and longitude stay within the globe (and are never NaN or infinite, which Postgres
 * orders above every number). Compiled queries hand stored values to clients without graphql-js's
 * Float check, so the database is where a bad coordinate must be refused.
 */
export class CoordinateRanges1764340000003 implements MigrationInterface {
  name = 'CoordinateRanges1764340000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE locations
        ADD CONSTRAINT locations_latitude_range CHECK (latitude BETWEEN -90 AND 90),
        ADD CONSTRAINT locations_longitude_range CHECK (longitude BETWEEN -180 AND 180)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE locations
        DROP CONSTRAINT locations_latitude_range,
        DROP CONSTRAINT locations_longitude_range`);
  }
}
