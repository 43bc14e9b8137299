import { organisationKey, speakerMatchKeys } from '../speakers/speaker-match-keys';
import type { Entity, NameMention } from './entity';

/** The people and organisations of one article, with every place they are named. */
export interface EntityRegistry {
  entities: Entity[];
  mentions: NameMention[];
}

/** Returns an empty registry. */
export function createRegistry(): EntityRegistry {
  return { entities: [], mentions: [] };
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word.charAt(0))
    .join('');
}

/** "A. Petrov" and "Aleksei Petrov": the same words, initials standing for given names. */
function initialsAgree(short: string, full: string): boolean {
  const shortWords = short.split(/\s+/);
  const fullWords = full.split(/\s+/);
  if (shortWords.length !== fullWords.length || !shortWords.some((word) => /^\p{Lu}\.$/u.test(word)))
    return false;
  return shortWords.every((word, at) => {
    const other = fullWords[at] ?? '';
    return /^\p{Lu}\.$/u.test(word) ? other.startsWith(word.charAt(0)) : word === other;
  });
}

/**
 * Given a person's name (full, or a surname alone) and what the text says of them, returns the
 * registry's entity for it, adding one when the name is new. Full names merge on their folded key,
 * so "Zoë Müller" and "Zoe Muller" are one person and "Anna Müller" stays another;
 * a name's leading words ("Maria Santos" of "Maria Santos Pereira") and its initialled form
 * ("A. Petrov") are the person already named.
 */
export function registerPerson(
  registry: EntityRegistry,
  name: string,
  role: string | null,
  country: string | null,
): Entity {
  const keys = speakerMatchKeys(name);
  // "Maria Santos" after "Maria Santos Pereira": a name's leading words are the same person.
  const found =
    registry.entities.find((entity) => entity.kind === 'person' && entity.fullKey === keys.fullKey) ??
    (keys.fullKey.includes('-')
      ? registry.entities.find(
          (entity) =>
            entity.kind === 'person' &&
            (entity.fullKey.startsWith(`${keys.fullKey}-`) || initialsAgree(name, entity.name)),
        )
      : undefined);
  if (found !== undefined) {
    found.role ??= role;
    found.country ??= country;
    return found;
  }
  const entity: Entity = {
    id: registry.entities.length,
    kind: 'person',
    name,
    ...keys,
    role,
    country,
    gender: null,
    acronyms: [],
    surfaces: [],
  };
  registry.entities.push(entity);
  return entity;
}

/** Given an organisation's name, returns its entity, adding one when new; its initials become an acronym. */
export function registerOrganisation(registry: EntityRegistry, name: string): Entity {
  const key = organisationKey(name);
  const found = registry.entities.find((entity) => entity.kind === 'organization' && entity.fullKey === key);
  if (found !== undefined) return found;
  const letters = initials(name);
  const entity: Entity = {
    id: registry.entities.length,
    kind: 'organization',
    name: name.replace(/^the\s+/i, ''),
    fullKey: key,
    surnameKey: key,
    role: null,
    country: null,
    gender: null,
    acronyms: letters.length >= 2 ? [letters] : [],
    surfaces: [],
  };
  registry.entities.push(entity);
  return entity;
}

/** Records that `entity` is named at a place in the text. */
export function addMention(
  registry: EntityRegistry,
  entity: Entity,
  mention: Omit<NameMention, 'entity'>,
): void {
  registry.mentions.push({ ...mention, entity: entity.id });
  if (!entity.surfaces.includes(mention.surface)) entity.surfaces.push(mention.surface);
}

const sortLetters = (text: string): string => [...text].sort().join('');

/**
 * Given an abbreviation ("BNR"), returns the organisation it stands for: its initials in order, or
 * in another order, as abbreviations taken from the local language often are ("Banca Naţională a
 * României" is "BNR" for the National Bank of Romania, "NBR" in English).
 */
export function findByAcronym(registry: EntityRegistry, acronym: string): Entity | null {
  const organisations = registry.entities.filter((entity) => entity.kind === 'organization');
  return (
    organisations.find((entity) => entity.acronyms.includes(acronym)) ??
    organisations.find((entity) =>
      entity.acronyms.some((letters) => sortLetters(letters) === sortLetters(acronym)),
    ) ??
    null
  );
}
