import type { ResolutionContext } from './resolution-context';

/**
 * Given an offset and the entities allowed, returns the id of the one last seen before the offset:
 * the last speaker (who spoke last is whom the next "he" or "the president" means), or, when
 * `mentionsToo`, a salient subject named after that speaker; with `speakerFirst` a speaker among
 * the allowed always wins over mentions (choosing between equal candidates for a description).
 */
export function latestBefore(
  context: ResolutionContext,
  offset: number,
  allowed: readonly number[] | null,
  mentionsToo: boolean,
  speakerFirst = false,
): number | null {
  const ok = (entity: number): boolean => allowed === null || allowed.includes(entity);
  let speaker: { offset: number; entity: number } | null = null;
  for (const entry of context.trail) {
    if (entry.offset < offset && ok(entry.entity) && (speaker === null || entry.offset > speaker.offset))
      speaker = entry;
  }
  if (!mentionsToo) return speaker?.entity ?? null;
  if (speaker !== null && speakerFirst) return speaker.entity;
  let mention: { offset: number; entity: number } | null = speaker;
  for (const named of context.registry.mentions) {
    if (named.start >= offset) break;
    if (!named.subjectLike || !ok(named.entity) || !isSalient(context, named.entity)) continue;
    if (mention === null || named.start > mention.offset)
      mention = { offset: named.start, entity: named.entity };
  }
  return mention?.entity ?? null;
}

function isSalient(context: ResolutionContext, id: number): boolean {
  const entity = context.registry.entities[id];
  if (entity === undefined || entity.kind !== 'person') return false;
  if (entity.role !== null || context.trail.some((entry) => entry.entity === id)) return true;
  return context.registry.mentions.filter((mention) => mention.entity === id).length >= 2;
}
