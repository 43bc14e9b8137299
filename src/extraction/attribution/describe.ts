import { DESCRIPTION_SYNONYMS, MULTIWORD_HEADS, TITLE_HEADS, TITLE_MODIFIERS } from '../lexicon/titles';

/** A description of a person by role ("the Belarusian leader", "Russia's top diplomat"). */
export interface Description {
  head: string;
  /** Words between the article or possessor and the head, the possessor included ("Russia"). */
  modifiers: string[];
  surface: string;
  /** Offset of the description's first character in the text it was read from. */
  start: number;
  /** Introduced with "a"/"an" ("a senior official"): someone not named yet, if ever. */
  indefinite: boolean;
}

const HEADS = [...new Set([...MULTIWORD_HEADS, ...TITLE_HEADS, ...Object.keys(DESCRIPTION_SYNONYMS), 'boss'])]
  .sort((a, b) => b.length - a.length)
  .map((head) => head.replace(/\./g, '\\.'))
  .join('|');

const DESCRIPTION_AT_END = new RegExp(
  `(?:^|[\\s,(])((the|an?|(\\p{L}[\\p{L}.]*)['’]s)\\s+((?:[\\p{L}.\\-]+\\s+){0,4}?)(${HEADS}))$`,
  'iu',
);

/**
 * Given text that ends where a subject should end ("…, the Belarusian leader"), returns the role
 * description it ends with, or null. A possessor must be capitalised ("Russia's"), so "its
 * leader" is not read as one.
 */
export function descriptionEndingAt(text: string): Description | null {
  const match = DESCRIPTION_AT_END.exec(text.slice(-90));
  const surface = match?.[1];
  const head = match?.[5];
  if (match === null || surface === undefined || head === undefined) return null;
  const possessor = match[3];
  if (possessor !== undefined && !/^\p{Lu}/u.test(possessor)) return null;
  const article = match[2]?.toLowerCase();
  if (possessor === undefined && article !== 'the' && article !== 'a' && article !== 'an') return null;
  const modifiers = (match[4] ?? '')
    .trim()
    .split(/\s+/)
    .filter((word) => word !== '');
  // "the visiting minister", "the injured officer" describe an act, not a role; "acting" is a role.
  const participle = (word: string): boolean =>
    /^\p{Ll}/u.test(word) && /(?:ed|ing)$/.test(word) && word !== 'red' && !TITLE_MODIFIERS.has(word);
  if (modifiers.some(participle)) return null;
  return {
    head: head.toLowerCase(),
    modifiers: possessor === undefined ? modifiers : [possessor, ...modifiers],
    surface: surface.replace(/^(The|An?)\b/, (word) => word.toLowerCase()),
    start: text.length - surface.length,
    indefinite: possessor === undefined && article !== 'the',
  };
}
