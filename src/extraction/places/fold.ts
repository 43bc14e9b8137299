/**
 * Given a name as written ("Homyel’", "Rostov-na-Donu", "Côte d'Ivoire"), returns the form every
 * lookup map is keyed by: lowercase, accents and apostrophes dropped, hyphens and dots as spaces.
 * Text and gazetteer both pass through here, so spelling noise never decides a match.
 */
export function foldName(name: string): string {
  // Most names are plain ASCII words: skip Unicode normalisation, the costly step, for them.
  if (/^[A-Za-z ]*$/.test(name)) return name.toLowerCase();
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘ʹʼ`]/g, '')
    .replace(/[-‐–—.,()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Given a name, returns its URL-safe slug ("Gomel Region" → "gomel-region"). Keys are built from
 * it, so it must stay stable: changing it renames every stored location.
 */
export function slugify(name: string): string {
  return foldName(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
