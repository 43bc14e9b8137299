import { registerOrganisation, registerPerson } from '../entities/entity-registry';
import { resolveSingleName } from '../entities/resolve-single-name';
import { countryOfWord, isAcronym, isNameWord } from '../entities/word-classes';
import { PREPOSITIONS, VERB_PRELUDE } from '../lexicon/function-words';
import { ORGANISATION_HEADS } from '../lexicon/organisations';
import type { ParagraphView } from '../text/paragraph-view';
import { descriptionEndingAt } from './describe';
import type { ResolutionContext, Subject } from './resolution-context';
import { resolveDescription } from './resolve-description';
import { latestBefore } from './salience';

const PRONOUNS = new Set(['he', 'she', 'him', 'her', 'his']);
const FEMININE = new Set(['she', 'her']);

/** The people a personal pronoun may stand for: never an organisation, never one of the other gender. */
function pronounCandidates(context: ResolutionContext, pronoun: string): number[] {
  const gender = FEMININE.has(pronoun) ? 'female' : 'male';
  return context.registry.entities
    .filter((entity) => entity.kind === 'person' && (entity.gender === null || entity.gender === gender))
    .map((entity) => entity.id);
}

/** "…,” it said": the organisation that spoke or was named as a subject last. */
function latestOrganisation(context: ResolutionContext, offset: number): number | null {
  const isBody = (id: number): boolean => context.registry.entities[id]?.kind === 'organization';
  const spoke = [...context.trail].reverse().find((entry) => entry.offset < offset && isBody(entry.entity));
  const named = [...context.registry.mentions]
    .reverse()
    .find((mention) => mention.start < offset && mention.subjectLike && isBody(mention.entity));
  if (named !== undefined && (spoke === undefined || named.start > spoke.offset)) return named.entity;
  return spoke?.entity ?? null;
}

/** Words for what a news organisation publishes: "the report said" is the outlet that reported. */
const PUBLICATIONS = new Set([
  'report',
  'statement',
  'newspaper',
  'paper',
  'daily',
  'outlet',
  'broadcaster',
  'channel',
  'website',
  'publication',
  'agency',
]);
/** Words for a firm that stand for whichever company the article named last. */
const FIRMS = new Set([
  'company',
  'firm',
  'group',
  'carrier',
  'airline',
  'manufacturer',
  'retailer',
  'bank',
  'lender',
  'insurer',
]);

const MAX_BODY_MODIFIERS = 2;

/** A lowercase word that may qualify a body's kind ("defence" ministry, "state-run" agency). */
function isModifier(view: ParagraphView, at: number): boolean {
  const token = view.tokens[at];
  return (
    token !== undefined && !token.capitalised && !['the', 'a', 'an', 'its', 'their'].includes(token.lower)
  );
}

/** True when the words from `from` to `to` are separated by single spaces only. */
function joined(view: ParagraphView, from: number, to: number): boolean {
  for (let at = from; at < to; at += 1)
    if (view.masked.slice(view.tokens[at]?.end ?? 0, view.tokens[at + 1]?.start ?? 0) !== ' ') return false;
  return true;
}

/**
 * "The ministry said", "the company said", "the report said": a body named by its kind resolves
 * to the organisation the article named with it (the latest whose name holds the word; for a firm,
 * the latest organisation; for a publication, the latest organisation that spoke). Null otherwise.
 */
function bodyDescription(
  context: ResolutionContext,
  view: ParagraphView,
  index: number,
  offset: number,
): Subject | null {
  const token = view.tokens[index];
  if (token === undefined || token.capitalised) return null;
  let at = index - 1;
  while (at >= index - MAX_BODY_MODIFIERS && at >= 0 && isModifier(view, at)) at -= 1;
  const article = view.tokens[at];
  if (article?.lower !== 'the' || !joined(view, at, index)) return null;
  // "the pressure on the emergency department highlighted": a body after a preposition is no subject.
  if (at > 0 && PREPOSITIONS.has(view.tokens[at - 1]?.lower ?? '') && joined(view, at - 1, at)) return null;
  const isHead = ORGANISATION_HEADS.has(token.lower);
  if (!isHead && !PUBLICATIONS.has(token.lower) && !FIRMS.has(token.lower)) return null;
  const organisations = new Set(
    context.registry.entities.filter((entity) => entity.kind === 'organization').map((entity) => entity.id),
  );
  const surface = view.masked.slice(article.start, token.end).replace(/^The\b/u, 'the');
  const subjectOffset = view.base + article.start;
  const named = [...context.registry.mentions]
    .reverse()
    .find(
      (mention) =>
        mention.start < offset &&
        organisations.has(mention.entity) &&
        mention.surface.toLowerCase().split(/\s+/).includes(token.lower),
    );
  if (named !== undefined) return { entity: named.entity, surface, offset: subjectOffset };
  // "the defence ministry said" with no ministry named: the body as the text describes it.
  if (isHead && at < index - 1) {
    const body = registerOrganisation(context.registry, surface.replace(/^the\s+/u, ''));
    return { entity: body.id, surface, offset: subjectOffset };
  }
  if (FIRMS.has(token.lower)) {
    const latest = [...context.registry.mentions]
      .reverse()
      .find((mention) => mention.start < offset && organisations.has(mention.entity));
    if (latest !== undefined) return { entity: latest.entity, surface, offset: subjectOffset };
  }
  if (!PUBLICATIONS.has(token.lower)) return null;
  const spoke = [...context.trail]
    .reverse()
    .find((entry) => entry.offset < offset && organisations.has(entry.entity));
  return spoke === undefined ? null : { entity: spoke.entity, surface, offset: subjectOffset };
}

/**
 * Given a paragraph and the index of the word a subject must end with, returns who it names: a
 * known name, a pronoun (the latest speaker or subject), a role description, or a lone surname or
 * abbreviation (a new speaker when nobody of that name is known yet); null otherwise.
 */
export function subjectEndingAt(
  context: ResolutionContext,
  view: ParagraphView,
  index: number,
): Subject | null {
  const token = view.tokens[index];
  if (token === undefined) return null;
  const offset = view.base + token.start;
  const named = context.registry.mentions.find((mention) => mention.end === view.base + token.end);
  if (named !== undefined) return { entity: named.entity, surface: named.surface, offset: named.phraseStart };
  if (token.lower === 'it' && !token.capitalised) {
    const body = latestOrganisation(context, offset);
    return body === null ? null : { entity: body, surface: 'it', offset };
  }
  if (PRONOUNS.has(token.lower)) {
    const entity = latestBefore(context, offset, pronounCandidates(context, token.lower), true);
    return entity === null ? null : { entity, surface: token.lower, offset };
  }
  const description = descriptionEndingAt(view.masked.slice(0, token.end));
  if (description !== null) {
    const entity = resolveDescription(context, description, offset);
    return entity === null
      ? null
      : { entity: entity.id, surface: description.surface, offset: view.base + description.start };
  }
  const body = bodyDescription(context, view, index, offset);
  if (body !== null) return body;
  const previous = view.tokens[index - 1];
  const standsAlone =
    previous === undefined ||
    !previous.capitalised ||
    /[,;:]/.test(view.masked.slice(previous.end, token.start));
  if (!standsAlone) return null;
  const single = resolveSingleName(context.registry, token, offset);
  if (single !== null) return { entity: single.id, surface: token.text, offset };
  if (isAcronym(token))
    return { entity: registerOrganisation(context.registry, token.text).id, surface: token.text, offset };
  // A country or capital standing as a subject speaks for its government ("Iran said", "Seoul
  // earlier said"); after a preposition it is only where the speaker is ("officials in Iran said")
  // or part of a body's name ("the Armed Forces of the Philippines").
  const inName = previous?.lower === 'the' && PREPOSITIONS.has(view.tokens[index - 2]?.lower ?? '');
  if (countryOfWord(token.text) === token.text && !PREPOSITIONS.has(previous?.lower ?? '') && !inName)
    return { entity: registerOrganisation(context.registry, token.text).id, surface: token.text, offset };
  if (!isNameWord(token)) return null;
  return { entity: registerPerson(context.registry, token.text, null, null).id, surface: token.text, offset };
}

/**
 * Given a paragraph and the index of a finite reporting verb, returns its subject: the phrase right
 * before it, skipping auxiliaries and adverbs ("also", "has") and an appositive between commas
 * ("Hana Berg, elected … in May, said"); never reaching before `limit` (a local offset).
 */
export function subjectBefore(
  context: ResolutionContext,
  view: ParagraphView,
  verbIndex: number,
  limit: number,
): Subject | null {
  let index = verbIndex - 1;
  while (index >= 0 && VERB_PRELUDE.has(view.tokens[index]?.lower ?? '') && noPunctuationAfter(view, index))
    index -= 1;
  const token = view.tokens[index];
  if (token === undefined || token.start < limit) return null;
  const gap = view.masked.slice(token.end, view.tokens[index + 1]?.start ?? token.end);
  if (!gap.includes(',')) return /[;:.\u2591]/.test(gap) ? null : subjectEndingAt(context, view, index);
  // "The deputy mayor, Tomas Ruiz, said": a person's name set off by commas is the subject.
  const named = context.registry.mentions.find(
    (mention) =>
      mention.end === view.base + token.end &&
      context.registry.entities[mention.entity]?.kind === 'person' &&
      /,\s*$/u.test(view.masked.slice(0, mention.phraseStart - view.base)),
  );
  if (named !== undefined) return { entity: named.entity, surface: named.surface, offset: named.phraseStart };
  const comma = view.masked.lastIndexOf(',', token.start);
  if (comma < limit) return null;
  const before = lastTokenBefore(view, comma);
  return before === null ? null : subjectEndingAt(context, view, before);
}

/**
 * Given a paragraph and the index of a gerund cue ("…, asking, …", "…, adding that …"), returns the
 * subject of the clause it hangs on: in the nearest comma-separated chunk before it that names
 * anyone, the first name there, else its first pronoun or role description; never before `limit`.
 */
export function clauseSubject(
  context: ResolutionContext,
  view: ParagraphView,
  verbIndex: number,
  limit: number,
): Subject | null {
  let chunkEnd = view.tokens[verbIndex]?.start ?? 0;
  while (chunkEnd > limit) {
    const chunkStart = Math.max(view.masked.lastIndexOf(',', chunkEnd - 2) + 1, limit);
    const named = context.registry.mentions.find(
      (mention) => mention.phraseStart >= view.base + chunkStart && mention.end <= view.base + chunkEnd,
    );
    if (named !== undefined)
      return { entity: named.entity, surface: named.surface, offset: named.phraseStart };
    for (let index = 0; index < view.tokens.length; index += 1) {
      const token = view.tokens[index];
      if (token === undefined || token.start < chunkStart || token.end > chunkEnd) continue;
      if (token.capitalised && !PRONOUNS.has(token.lower)) continue;
      const subject = subjectEndingAt(context, view, index);
      if (subject !== null) return subject;
    }
    chunkEnd = chunkStart - 1;
  }
  return null;
}

/** Given a paragraph and the index of a verb that opens an inversion ("said Okafor"), returns the subject after it. */
export function subjectAfter(
  context: ResolutionContext,
  view: ParagraphView,
  afterVerbIndex: number,
): Subject | null {
  const first = view.tokens[afterVerbIndex];
  if (first === undefined) return null;
  const phrase = context.registry.mentions.find((mention) => mention.phraseStart === view.base + first.start);
  if (phrase !== undefined)
    return { entity: phrase.entity, surface: phrase.surface, offset: phrase.phraseStart };
  for (let index = afterVerbIndex; index < Math.min(afterVerbIndex + 5, view.tokens.length); index += 1) {
    const token = view.tokens[index];
    const previous = view.tokens[index - 1];
    if (
      token === undefined ||
      (index > afterVerbIndex &&
        previous !== undefined &&
        /[,.;:]/.test(view.masked.slice(previous.end, token.start)))
    )
      break;
    const next = view.tokens[index + 1];
    const endsPhrase =
      next === undefined || /[,.;:]/.test(view.masked.slice(token.end, next.start)) || !next.capitalised;
    if (!endsPhrase) continue;
    const subject = subjectEndingAt(context, view, index);
    if (subject !== null) return subject;
  }
  return null;
}

function noPunctuationAfter(view: ParagraphView, index: number): boolean {
  const token = view.tokens[index];
  const next = view.tokens[index + 1];
  return (
    token !== undefined && next !== undefined && !/[,;:.]/.test(view.masked.slice(token.end, next.start))
  );
}

function lastTokenBefore(view: ParagraphView, offset: number): number | null {
  for (let index = view.tokens.length - 1; index >= 0; index -= 1)
    if ((view.tokens[index]?.end ?? Infinity) <= offset) return index;
  return null;
}
