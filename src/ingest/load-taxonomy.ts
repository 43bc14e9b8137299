import type { EntityManager } from 'typeorm';
import type { TaxonomyTopic } from '../extraction';

/** A stored topic as extraction needs it, with its database id. */
export interface StoredTaxonomyTopic extends TaxonomyTopic {
  id: number;
  weakKeywords: readonly string[];
}

/** Given a connection, returns the current taxonomy: every topic with its keywords. */
export async function loadTaxonomy(manager: EntityManager): Promise<StoredTaxonomyTopic[]> {
  return manager.query(
    'SELECT id, slug, name, keywords, weak_keywords AS "weakKeywords" FROM topics ORDER BY slug',
  );
}
