import type { EntityManager } from 'typeorm';
import type { ExtractedLocation } from '../extraction';

/** Given locations whose parents are among them, returns them in levels: roots first, then their children… */
function byDepth(locations: readonly ExtractedLocation[]): ExtractedLocation[][] {
  const byKey = new Map(locations.map((location) => [location.key, location]));
  const depthOf = (location: ExtractedLocation, seen = new Set<string>()): number => {
    const parent = location.parentKey ? byKey.get(location.parentKey) : undefined;
    if (!parent || seen.has(location.key)) return 0;
    seen.add(location.key);
    return 1 + depthOf(parent, seen);
  };
  const levels: ExtractedLocation[][] = [];
  for (const location of locations) (levels[depthOf(location)] ??= []).push(location);
  return levels.filter(Boolean).map((level) => level.sort((a, b) => a.key.localeCompare(b.key)));
}

/**
 * Given the places of one article (each ancestor included), finds or creates each by its gazetteer
 * slug, parents before children, and returns extractor key → id. Existing places are never updated,
 * so concurrent ingests naming the same country do not queue on its row.
 */
export async function storeLocations(
  manager: EntityManager,
  locations: readonly ExtractedLocation[],
): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const level of byDepth(locations)) {
    const parentIds = level.map((location) =>
      location.parentKey ? (ids.get(location.parentKey) ?? null) : null,
    );
    const slugs = level.map((location) => location.key);
    await manager.query(
      `INSERT INTO locations (name, slug, kind, country_code, latitude, longitude, population, parent_id)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::float8[], $6::float8[], $7::integer[], $8::integer[])
       ON CONFLICT DO NOTHING`,
      [
        level.map((location) => location.name),
        slugs,
        level.map((location) => location.kind.toUpperCase()),
        level.map((location) => location.countryCode),
        level.map((location) => location.latitude),
        level.map((location) => location.longitude),
        level.map((location) => location.population),
        parentIds,
      ],
    );
    const stored: { id: number; slug: string }[] = await manager.query(
      'SELECT id, slug FROM locations WHERE slug = ANY($1::text[])',
      [slugs],
    );
    for (const row of stored) ids.set(row.slug, row.id);
  }
  return ids;
}
