import { SELF_EVIDENT_REGION } from './accept';
import { GIVEN_NAMES } from './data/name-words';
import type { GazetteerEntry } from './gazetteer-entry';
import { mentionName, type RawMention } from './scan';

/** Evidence an article gives about where it is: which countries and regions its clear names point to. */
export interface PlaceContext {
  /** Country code → the folded names that point at it. */
  countries: Map<string, Set<string>>;
  /** `CC:admin1` → the folded names that point at it. */
  regions: Map<string, Set<string>>;
}

/** A city clearly outranks its namesakes (Moscow, Russia beside Moscow, Idaho): its name alone is evidence. */
const DOMINANCE = 20;

/**
 * Collects the context from mentions that are not in doubt: countries, regions, seas and areas
 * of one country, and cities that are the only one of their name or outrank every namesake
 * twentyfold. Ambiguous names give no evidence, so "Brest" cannot vote for itself.
 */
export function buildContext(mentions: readonly RawMention[]): PlaceContext {
  const context: PlaceContext = { countries: new Map(), regions: new Map() };
  for (const mention of mentions) {
    if (mention.blocked || mention.via !== 'name' || inPersonName(mention)) continue;
    const clear = clearEntry(mention);
    if (!clear?.countryCode) continue;
    const name = mentionName(mention);
    addTo(context.countries, clear.countryCode, name);
    if (clear.source === 'region' || clear.source === 'city')
      addTo(context.regions, `${clear.countryCode}:${clear.admin1}`, name);
  }
  return context;
}

/** Given a country or region and the name being resolved, tells whether some other name points there. */
export function supports(evidence: Map<string, Set<string>>, key: string, ownName: string): boolean {
  const names = evidence.get(key);
  if (!names) return false;
  for (const name of names) if (name !== ownName) return true;
  return false;
}

/** "Denzel Washington", "Vladimir Putin": a name next to a given name is no evidence of a country. */
function inPersonName(mention: RawMention): boolean {
  const { tokens, first, last } = mention;
  const previous = tokens[first - 1];
  const next = tokens[last];
  if (previous?.capitalised && tokens[first]?.joinedToPrevious && GIVEN_NAMES.has(previous.folded))
    return true;
  return Boolean(next?.capitalised && next.joinedToPrevious && GIVEN_NAMES.has(mentionName(mention)));
}

function clearEntry(mention: RawMention): GazetteerEntry | undefined {
  const [first, second] = mention.candidates;
  if (!first) return undefined;
  // One bare word of the world's region list is too often a word or a surname ("Delta",
  // "Rivers", "Guerrero") to vouch for a country; "Rivers State" and "Western Visayas" do.
  if (first.source === 'region' && !first.curated && mention.last - mention.first === 1)
    return first.rank >= SELF_EVIDENT_REGION ? first : undefined;
  if (first.source !== 'city') return first;
  // A small town's name is too often something else ("England", Arkansas) to vouch for a country.
  if (!first.curated && (first.population ?? 0) < 50_000) return undefined;
  if (!second) return first;
  return first.rank >= DOMINANCE * second.rank ? first : undefined;
}

function addTo(map: Map<string, Set<string>>, key: string, name: string): void {
  const names = map.get(key);
  if (names) names.add(name);
  else map.set(key, new Set([name]));
}
