import { KNOWN_ORGANISATIONS } from '../lexicon/organisations';
import { speakerMatchKeys } from '../speakers/speaker-match-keys';
import type { Token } from '../text/tokenize';
import type { Entity } from './entity';
import { findByAcronym, registerOrganisation, type EntityRegistry } from './entity-registry';
import { isAcronym } from './word-classes';

/**
 * Names written family name first ("Chan Chun Sing" is "Mr Chan", "Xi Jinping" is "Xi"): a word
 * that is nobody's last name but exactly one person's first is that person.
 */
function familyNameFirst(registry: EntityRegistry, key: string): Entity | null {
  const people = registry.entities.filter(
    (entity) => entity.kind === 'person' && entity.fullKey.startsWith(`${key}-`),
  );
  return people.length === 1 ? (people[0] ?? null) : null;
}

/**
 * Given one capitalised word ("Lukashenko", "BNR", "Reuters") at a body offset, returns the entity
 * it names: the person with that surname (the one named last before the offset when several
 * share it), the organisation it abbreviates, or a well-known one-word organisation; else null.
 */
export function resolveSingleName(registry: EntityRegistry, token: Token, offset: number): Entity | null {
  if (isAcronym(token)) {
    const organisation = findByAcronym(registry, token.text);
    if (organisation !== null) return organisation;
  }
  if (KNOWN_ORGANISATIONS.has(token.lower)) return registerOrganisation(registry, token.text);
  if (isAcronym(token)) return null;
  const { surnameKey } = speakerMatchKeys(token.text);
  const people = registry.entities.filter(
    (entity) => entity.kind === 'person' && entity.surnameKey === surnameKey,
  );
  if (people.length === 0) return familyNameFirst(registry, surnameKey);
  if (people.length === 1) return people[0] ?? null;
  const before = registry.mentions.filter(
    (mention) => mention.start < offset && people.some((person) => person.id === mention.entity),
  );
  const latest = before[before.length - 1];
  return people.find((person) => person.id === latest?.entity) ?? people[0] ?? null;
}
