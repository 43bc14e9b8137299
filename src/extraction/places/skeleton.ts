/**
 * Given a folded single-word name, returns a consonant skeleton that several romanisations of
 * the same Cyrillic name share (Narovlya/Narowlya, Mogilev/Mahilyow, Grodno/Hrodna,
 * Bobruisk/Babruysk, Kupiansk/Kupjansk). GeoNames spells Belarusian and Ukrainian towns in the
 * national romanisation while wire stories mostly use the Russian one; vowels (with the j that
 * some systems write for й, я, ю), and the g/h, v/w pairs are exactly where those systems differ. Lossy on purpose, so callers use it only as a fallback,
 * within a country the article already names, and only for skeletons of four or more letters.
 */
export function cyrillicSkeleton(folded: string): string {
  return folded
    .replace(/[^a-z]/g, '')
    .replace(/kh/g, 'h')
    .replace(/zh/g, 'z')
    .replace(/dz/g, 'd')
    .replace(/g/g, 'h')
    .replace(/w/g, 'v')
    .replace(/[aeiouyj]/g, '')
    .replace(/(.)\1+/g, '$1');
}
