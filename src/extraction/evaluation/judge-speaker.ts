import { speakerMatchKeys } from '../speakers/speaker-match-keys';
import type { ExtractedSpeaker } from '../types';
import type { GoldArticle } from './gold-article';

// Pronouns and lowercase descriptions ("he", "the minister") name different people in different
// articles, and often two people in one: only forms with a capitalised word identify a speaker.
const naming = (form: string): boolean => /\p{Lu}/u.test(form);

/**
 * Given the extracted speaker of a matched quote (or undefined when none was named), the gold
 * speaker's name and the article's gold, tells whether they are the same speaker: the same full
 * name, one of the gold aliases, or, for a person, the same surname.
 */
export function isRightSpeaker(
  speaker: ExtractedSpeaker | undefined,
  goldName: string,
  gold: GoldArticle,
): boolean {
  if (speaker === undefined) return false;
  const goldForms = [goldName, ...(gold.speakers.find((s) => s.name === goldName)?.aliases ?? [])];
  const goldKeys = new Set(goldForms.filter(naming).map((form) => speakerMatchKeys(form).fullKey));
  const forms = [speaker.name, ...speaker.aliases].filter(naming);
  if (goldKeys.has(speaker.key) || forms.some((form) => goldKeys.has(speakerMatchKeys(form).fullKey)))
    return true;
  if (speaker.isOrganization) return false;
  const surname = speakerMatchKeys(speaker.name).surnameKey;
  return surname !== '' && surname === speakerMatchKeys(goldName).surnameKey;
}
