/** A person's grammatical gender as pronouns mark it. */
export type Gender = 'male' | 'female';

/** Someone or something that can speak in an article: a person or an organisation. */
export interface Entity {
  id: number;
  kind: 'person' | 'organization';
  /** Canonical name: the first full name the article gives. */
  name: string;
  /** Folded match keys of the name (for people) or the organisation key. */
  fullKey: string;
  surnameKey: string;
  role: string | null;
  /** Country the role names ("Belarus President" -> "Belarus"), for matching "the Belarusian leader". */
  country: string | null;
  /** What the text tells of a person's gender (an honorific, a gendered title), for resolving "he" and "she". */
  gender: Gender | null;
  /** Initials a shortened name may use ("NBR" for the National Bank of Romania). */
  acronyms: string[];
  /** Every surface form the article used for it, in order. */
  surfaces: string[];
}

/** A place in the narrative where an entity is named, in body offsets. */
export interface NameMention {
  entity: number;
  paragraph: number;
  /** Where the whole naming phrase starts ("Russian President Vladimir Putin"). */
  phraseStart: number;
  start: number;
  end: number;
  surface: string;
  /** Not right after a preposition and not possessive: a likely subject. */
  subjectLike: boolean;
}
