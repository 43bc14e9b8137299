import { NAME_PARTICLES } from '../lexicon/function-words';
import { foldLetters, foldNameWord } from './fold-name';

/** Generational suffixes after a surname ("Sixto Brillantes Jr"): the surname is the word before. */
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Keys that identify a speaker across articles. */
export interface SpeakerMatchKeys {
  /** Every word of the name, folded ("aleksandr-lukashenko"). */
  fullKey: string;
  /** The surname alone, folded ("lukashenko"): for merging a surname-only mention with a full name. */
  surnameKey: string;
}

/**
 * Given a person's name as written ("Aleksei Petrov", "Zoë Müller"), returns its match
 * keys: transliteration variants of the same name give the same keys, while different given names
 * with one surname keep different full keys (only `surnameKey` is shared, and merging on it is left
 * to callers that know there is a single candidate).
 */
export function speakerMatchKeys(name: string): SpeakerMatchKeys {
  const words = name
    .replace(/['’]s$/u, '')
    .split(/[\s\-‐]+/u)
    .map((word) => word.replace(/[.,]/g, ''))
    .filter((word) => word !== '');
  const folded = words
    .map((word) => (NAME_PARTICLES.has(word) ? foldLetters(word) : foldNameWord(word)))
    .filter((word) => word !== '');
  const surname =
    [...folded].reverse().find((word) => !NAME_PARTICLES.has(word) && !SUFFIXES.has(word)) ?? '';
  return { fullKey: folded.join('-'), surnameKey: surname };
}

/** Given an organisation's name, returns its key: the folded words joined by hyphens. */
export function organisationKey(name: string): string {
  return foldLetters(name.replace(/^the\s+/i, ''))
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
