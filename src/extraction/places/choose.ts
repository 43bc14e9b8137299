import { supports, type PlaceContext } from './context';
import type { GazetteerEntry } from './gazetteer-entry';
import { mentionName, type RawMention } from './scan';

/** Namesakes within this factor of the best-ranked one are close enough for country context to choose. */
const COMPARABLE = 50;

/**
 * Given an ambiguous mention, returns the entry it most likely names: first one inside the
 * place written right after it ("Moscow, Idaho"), then one in a region, then in a country, that
 * other names of the article point to, then the best-ranked (countries, capitals, population).
 * "Brest" in a story naming Belarus or Minsk is Brest, Belarus; next to Brittany or France,
 * Brest, France. Returns undefined when nothing fits (a skeleton match outside the article's countries).
 */
export function chooseEntry(
  mention: RawMention,
  appositive: GazetteerEntry | undefined,
  context: PlaceContext,
): GazetteerEntry | undefined {
  const name = mentionName(mention);
  let candidates = mention.candidates;
  if (appositive) {
    const inside = candidates.filter((c) => isInside(c, appositive));
    if (inside.length > 0) candidates = inside;
  }
  const topRank = candidates[0]?.rank ?? 0;
  let best: GazetteerEntry | undefined;
  let bestScore = -1;
  for (const candidate of candidates) {
    const code = candidate.countryCode ?? '';
    let score = 0;
    // A region or country named elsewhere moves a name only between comparable namesakes (Brest,
    // Belarus and Brest, France); a US story naming Moscow still means the capital, not Moscow,
    // Idaho, and "the Bank of England" does not make Washington a town in England. A region
    // itself is moved by its own towns whatever its rank: Atlanta makes Georgia the state.
    const comparable = candidate.rank * COMPARABLE >= topRank;
    if (
      (comparable || candidate.source === 'region') &&
      candidate.source !== 'country' &&
      supports(context.regions, `${code}:${candidate.admin1}`, name)
    )
      score += 4;
    // A region of a country the story names outranks a foreign city of its name: Victoria in an
    // Australian story is the state, not the Seychelles' capital. Countries are not so outranked.
    const regionOverCity = candidate.source === 'region' && candidates[0]?.source === 'city';
    if ((comparable || regionOverCity) && supports(context.countries, code, name)) score += 2;
    if (mention.via === 'skeleton' && score === 0) continue;
    if (score > bestScore || (score === bestScore && best && candidate.rank > best.rank)) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

function isInside(candidate: GazetteerEntry, container: GazetteerEntry): boolean {
  if (candidate.countryCode !== container.countryCode || candidate === container) return false;
  return (
    container.source === 'country' || (container.source === 'region' && candidate.admin1 === container.admin1)
  );
}
