import type { Entity } from '../entities/entity';
import type { ExtractedSpeaker } from '../types';

const PRONOUNS = new Set(['he', 'she', 'him', 'her', 'his', 'they', 'it']);

/**
 * Given the entities that speak and the words used for them at attribution sites, returns the
 * speakers: key, canonical name, role, aliases (every other naming the article used, pronouns
 * left out because they identify no one across articles).
 */
export function buildSpeakers(
  entities: readonly Entity[],
  siteSurfaces: ReadonlyMap<number, readonly string[]>,
): ExtractedSpeaker[] {
  return entities.map((entity) => {
    const aliases: string[] = [];
    for (const surface of [...entity.surfaces, ...(siteSurfaces.get(entity.id) ?? [])]) {
      if (surface === entity.name || PRONOUNS.has(surface.toLowerCase()) || aliases.includes(surface))
        continue;
      aliases.push(surface);
    }
    return {
      key: entity.fullKey,
      name: entity.name,
      role: entity.role,
      aliases,
      isOrganization: entity.kind === 'organization',
    };
  });
}
