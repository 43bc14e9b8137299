import type { MigrationInterface, QueryRunner } from 'typeorm';
import { DEFAULT_TAXONOMY } from '../src/topic/default-taxonomy';

/**
 * Ships the default taxonomy of common news topics. Existing slugs are left alone, so topics a user
 * edited keep their keywords; `down` removes only the shipped slugs.
 */
export class SeedDefaultTaxonomy1764340000001 implements MigrationInterface {
  name = 'SeedDefaultTaxonomy1764340000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const topic of DEFAULT_TAXONOMY) {
      await queryRunner.query(
        `INSERT INTO topics (name, slug, description, keywords, weak_keywords)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (slug) DO NOTHING`,
        [topic.name, topic.slug, topic.description, topic.keywords, topic.weakKeywords],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM topics WHERE slug = ANY($1)`, [
      DEFAULT_TAXONOMY.map((topic) => topic.slug),
    ]);
  }
}
