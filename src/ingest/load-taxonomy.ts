import type { EntityManager } from 'typeorm';
import type { TaxonomyTopic } from '../extraction';

/** A stored topic as extraction needs it, with its database id. */
export interface StoredTaxonomyTopic extends TaxonomyTopic {
  id: number;
  weakKeywords: readonly string[];
}

// The extractor compiles a taxonomy once per array it is given, so an unchanged taxonomy must come
// back as the same array: otherwise every ingest would pay for compiling every keyword again.
let cached: { fingerprint: string; topics: StoredTaxonomyTopic[] } | null = null;
const idsBySlug = new WeakMap<readonly StoredTaxonomyTopic[], ReadonlyMap<string, number>>();

/** Given a taxonomy from `loadTaxonomy`, returns its topics' ids by slug (made once per taxonomy). */
export function topicIds(taxonomy: readonly StoredTaxonomyTopic[]): ReadonlyMap<string, number> {
  let ids = idsBySlug.get(taxonomy);
  if (!ids) {
    ids = new Map(taxonomy.map((topic) => [topic.slug, topic.id]));
    idsBySlug.set(taxonomy, ids);
  }
  return ids;
}

/** Given a connection, returns the current taxonomy (every topic with its keywords), the same array while unchanged. */
export async function loadTaxonomy(manager: EntityManager): Promise<StoredTaxonomyTopic[]> {
  const topics: StoredTaxonomyTopic[] = await manager.query(
    'SELECT id, slug, name, keywords, weak_keywords AS "weakKeywords" FROM topics ORDER BY id',
  );
  const fingerprint = JSON.stringify(topics);
  if (cached?.fingerprint !== fingerprint) cached = { fingerprint, topics };
  return cached.topics;
}
