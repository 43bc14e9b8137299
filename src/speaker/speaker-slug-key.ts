import { SLUG_KEY, type AlternateKey } from '../graphql/relations';

/**
 * Given the placeholder of a slug, SQL for the id of the speaker it names: the live speaker with that
 * slug, else the one a merge or rename sent it to (`speaker_redirects`).
 */
export const speakerIdBySlug = (slug: string): string =>
  `coalesce((SELECT id FROM speakers WHERE slug = ${slug}), (SELECT speaker_id FROM speaker_redirects WHERE slug = ${slug}))`;

/** `speaker(slug:)`: a slug, old ones included, finds the speaker it belongs to now. */
export const SPEAKER_SLUG_KEY: AlternateKey = {
  ...SLUG_KEY,
  where: (alias, slug) => `${alias}.id = ${speakerIdBySlug(slug)}`,
};
