import type { Entity } from '../entities/entity';
import { countryOfWord } from '../entities/word-classes';
import { DESCRIPTION_SYNONYMS, NEUTRAL_MODIFIERS } from '../lexicon/titles';
import type { Description } from './describe';
import type { ResolutionContext } from './resolution-context';
import { latestBefore } from './salience';

const DEPUTY = /\b(?:vice|deputy|first deputy|assistant)\b/;

/** Given a lowercased role and a description, true when the description's head fits the role ("official" fits any). */
function fitsHead(role: string, description: Description): boolean {
  const words = DESCRIPTION_SYNONYMS[description.head] ?? [description.head];
  if (!words.some((word) => role.includes(word))) return false;
  // "An official" may hold any rank; "the minister" is not the deputy minister.
  if (description.head === 'official') return true;
  const modifiers = description.modifiers.map((word) => word.toLowerCase());
  if (DEPUTY.test(role) && !modifiers.some((word) => DEPUTY.test(word))) return false;
  return !(
    description.head === 'minister' &&
    role.includes('prime minister') &&
    !modifiers.includes('prime')
  );
}

function modifierScore(entity: Entity, role: string, description: Description): number {
  let score = 0;
  for (const word of description.modifiers) {
    const lower = word.toLowerCase();
    if (NEUTRAL_MODIFIERS.has(lower)) continue;
    const country = countryOfWord(word);
    if (country !== null) score += entity.country === null ? -1 : entity.country === country ? 2 : -10;
    else if (role.includes(lower)) score += 1;
    else if (/^\p{Lu}{2,6}$/u.test(word) && entity.acronyms.includes(word)) score += 1;
  }
  return score;
}

/**
 * Given a description ("the Belarusian leader") at a body offset, returns the person the article
 * introduced with a fitting role: the head must fit the role ("leader" fits a president, "top
 * diplomat" a foreign minister), countries must agree; among equals, the latest speaker wins, then
 * the latest named. Cataphora is allowed, since leads often describe before they name.
 */
export function resolveDescription(
  context: ResolutionContext,
  description: Description,
  offset: number,
): Entity | null {
  if (description.indefinite) return resolveIndefinite(context, description, offset);
  const scored = context.registry.entities
    .filter(
      (entity) =>
        entity.kind === 'person' && entity.role !== null && fitsHead(entity.role.toLowerCase(), description),
    )
    .map((entity) => ({
      entity,
      score: modifierScore(entity, (entity.role ?? '').toLowerCase(), description),
    }))
    .filter((candidate) => candidate.score > -5);
  if (scored.length === 0) return null;
  const best = Math.max(...scored.map((candidate) => candidate.score));
  const top = scored.filter((candidate) => candidate.score === best).map((candidate) => candidate.entity);
  if (top.length === 1) return top[0] ?? null;
  const latest = latestBefore(
    context,
    offset,
    top.map((entity) => entity.id),
    true,
    true,
  );
  return top.find((entity) => entity.id === latest) ?? top[0] ?? null;
}

/** How far into an article a lead may describe someone it names only after. */
const LEAD_PARAGRAPHS = 2;

/**
 * "…, a senior official said." in an article's lead, then "Jane Doe, the deputy minister, said" in
 * the next paragraphs: an indefinite description in the lead is the first person with a fitting
 * role that the following paragraphs introduce. Elsewhere it is an unnamed source (null).
 */
function resolveIndefinite(
  context: ResolutionContext,
  description: Description,
  offset: number,
): Entity | null {
  const paragraph = context.views.findIndex(
    (view) => offset >= view.base && offset <= view.base + view.text.length,
  );
  if (paragraph < 0 || paragraph >= LEAD_PARAGRAPHS) return null;
  for (const mention of context.registry.mentions) {
    if (mention.start <= offset || mention.paragraph > paragraph + LEAD_PARAGRAPHS) continue;
    const entity = context.registry.entities[mention.entity];
    if (entity?.kind !== 'person' || entity.role === null) continue;
    const earlier = context.registry.mentions.some(
      (other) => other.entity === entity.id && other.start < offset,
    );
    if (earlier) continue;
    const role = entity.role.toLowerCase();
    if (fitsHead(role, description) && modifierScore(entity, role, description) > -5) return entity;
  }
  return null;
}
