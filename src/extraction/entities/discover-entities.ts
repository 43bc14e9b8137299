import { NON_NAME_CAPITALS, PREPOSITIONS } from '../lexicon/function-words';
import { KNOWN_ORGANISATIONS, ORGANISATION_HEADS, PLACE_HEADS } from '../lexicon/organisations';
import { matchReportingVerb } from '../lexicon/reporting-verbs';
import { GENDERED_WORDS, HONORIFICS, TITLE_HEADS } from '../lexicon/titles';
import { demonymToCountry } from '../places';
import { descriptionEndingAt } from '../attribution/describe';
import { speakerLabel } from '../quotes/speaker-label';
import type { ParagraphView } from '../text/paragraph-view';
import { sentenceStartAt } from '../text/sentences';
import type { Token } from '../text/tokenize';
import type { Gender } from './entity';
import {
  addMention,
  createRegistry,
  registerOrganisation,
  registerPerson,
  type EntityRegistry,
} from './entity-registry';
import { nameRuns } from './name-runs';
import { readRole, roleStartBefore } from './role-text';
import { resolveSingleName } from './resolve-single-name';
import { countryOfWord, isAcronym, isInitial, isNameWord, isPlaceWord, isRoleWord } from './word-classes';

const MAX_NAME_WORDS = 4;
const EMPTY: Token = { text: '', lower: '', start: 0, end: 0, capitalised: false, possessive: false };

function genderOfWords(words: readonly string[]): Gender | null {
  for (const word of words) {
    const gender = GENDERED_WORDS[word];
    if (gender !== undefined) return gender;
  }
  return null;
}

interface Single {
  view: ParagraphView;
  index: number;
}

function isSubjectLike(view: ParagraphView, phraseFrom: number, last: Token): boolean {
  const before = view.tokens[phraseFrom - 1];
  if (last.possessive) return false;
  if (before === undefined) return true;
  const gap = view.masked.slice(before.end, view.tokens[phraseFrom]?.start ?? before.end);
  return /[,;:.]/.test(gap) || !PREPOSITIONS.has(before.lower);
}

function findOrganisations(
  registry: EntityRegistry,
  view: ParagraphView,
  from: number,
  to: number,
): Set<number> {
  const used = new Set<number>();
  const { tokens, masked, base, index } = view;
  for (let head = to; head >= from; head -= 1) {
    const token = tokens[head];
    if (token === undefined || used.has(head)) continue;
    const isHead = ORGANISATION_HEADS.has(token.lower) && token.capitalised;
    if (!isHead && !KNOWN_ORGANISATIONS.has(token.lower)) continue;
    let left = head;
    while (
      left > from &&
      isHead &&
      tokens[left - 1]?.capitalised === true &&
      !TITLE_HEADS.has(tokens[left - 1]?.lower ?? '')
    )
      left -= 1;
    let right = head;
    while (
      right + 2 <= to &&
      ['of', 'for'].includes(tokens[right + 1]?.lower ?? '') &&
      tokens[right + 2]?.capitalised === true
    ) {
      right += 2;
      while (right + 1 <= to && tokens[right + 1]?.capitalised === true) right += 1;
    }
    for (let i = left; i <= right; i += 1) used.add(i);
    const first = tokens[left];
    const last = tokens[right];
    if (first === undefined || last === undefined) continue;
    const name = masked.slice(first.start, last.end);
    const entity = registerOrganisation(registry, name);
    const acronym = /^\s*\((\p{Lu}{2,6})\)/u.exec(masked.slice(last.end))?.[1];
    if (acronym !== undefined && !entity.acronyms.includes(acronym)) entity.acronyms.push(acronym);
    addMention(registry, entity, {
      paragraph: index,
      phraseStart: base + first.start,
      start: base + first.start,
      end: base + last.end,
      surface: name,
      subjectLike: isSubjectLike(view, left, last),
    });
  }
  return used;
}

function appositiveRole(
  view: ParagraphView,
  afterIndex: number,
): { role: string; country: string | null } | null {
  const last = view.tokens[afterIndex];
  if (last === undefined || !/^,\s/.test(view.masked.slice(last.end))) return null;
  const chunk: Token[] = [];
  for (let i = afterIndex + 1; i < view.tokens.length && chunk.length < 16; i += 1) {
    const token = view.tokens[i];
    const previous = view.tokens[i - 1];
    if (token === undefined || previous === undefined) break;
    if (i > afterIndex + 1 && /[,.;:()\u2591]/.test(view.masked.slice(previous.end, token.start))) break;
    chunk.push(token);
  }
  const title = chunk.findIndex((token) => TITLE_HEADS.has(token.lower));
  if (title < 0) return null;
  const start = roleStartBefore(chunk, title);
  return readRole(view.masked, chunk.slice(start));
}

/**
 * "The judge, Mr Justice Tugendhat, said": a role description set before a name between commas,
 * at the start of a sentence or clause, is the person's role.
 */
function descriptionBefore(
  view: ParagraphView,
  phraseFrom: number,
): { role: string; country: string | null } | null {
  const first = view.tokens[phraseFrom];
  if (first === undefined) return null;
  const lead = view.masked.slice(0, first.start);
  if (!/,\s*$/u.test(lead)) return null;
  const before = lead.replace(/,\s*$/u, '');
  const description = descriptionEndingAt(before);
  if (description === null) return null;
  const opening = before.slice(0, before.length - description.surface.length).trimEnd();
  if (opening !== '' && !/[,;:.!?]$/u.test(opening)) return null;
  const role = description.surface.replace(/^the\s+/iu, '');
  const possessor = description.modifiers[0];
  return { role, country: possessor === undefined ? null : countryOfWord(possessor) };
}

/**
 * Given a run "Title Given Surname of Place", returns the index of its "of" when a title and a
 * two-word name stand before it and one to three capitalised words after; else null.
 */
function roleTailOf(tokens: readonly Token[], from: number, to: number): number | null {
  for (let of = to - 1; of >= from + 3; of -= 1) {
    if (tokens[of]?.lower !== 'of') continue;
    if (to - of > 3) return null;
    const nameWords = [tokens[of - 1], tokens[of - 2]];
    if (!nameWords.every((token) => token !== undefined && isNameWord(token))) return null;
    const titled = tokens.slice(from, of - 2).some((token) => TITLE_HEADS.has(token.lower));
    return titled ? of : null;
  }
  return null;
}

/**
 * "Echoing Okafor, …", "Citing officials, …": a participle opening a sentence is not a given name.
 */
function opensWithParticiple(view: ParagraphView, from: number, to: number): boolean {
  const token = view.tokens[from];
  if (token === undefined || from >= to || token.text.length < 6 || !/ing$/u.test(token.text)) return false;
  const start = sentenceStartAt(view.ends, token.start);
  return view.masked.slice(start, token.start).trim() === '';
}

function lowercaseRoleBefore(
  view: ParagraphView,
  phraseFrom: number,
): { role: string; country: string | null } | null {
  const previous = view.tokens[phraseFrom - 1];
  if (previous === undefined || previous.capitalised || !TITLE_HEADS.has(previous.lower)) return null;
  if (view.masked.slice(previous.end, view.tokens[phraseFrom]?.start) !== ' ') return null;
  const start = roleStartBefore(view.tokens, phraseFrom - 1);
  return readRole(view.masked, view.tokens.slice(start, phraseFrom));
}

/**
 * A city name can be a given name ("Sofia Marin", "Florence Dupont"): it joins the name when it
 * opens it, right after the run's start or a role word, and is not a country.
 */
function isGivenNameLikePlace(tokens: readonly Token[], index: number, from: number): boolean {
  const token = tokens[index];
  if (token === undefined || index < from || !token.capitalised || isAcronym(token) || token.possessive)
    return false;
  if (!isPlaceWord(token) || PLACE_HEADS.has(token.lower) || demonymToCountry(token.text) !== null)
    return false;
  const before = tokens[index - 1];
  return index === from || (before !== undefined && isRoleWord(before));
}

function readRun(
  registry: EntityRegistry,
  view: ParagraphView,
  from: number,
  to: number,
  singles: Single[],
): void {
  const { tokens, masked, base, index } = view;
  const runTo = to;
  while (from <= to && NON_NAME_CAPITALS.has(tokens[from]?.lower ?? '')) from += 1;
  if (from > to) return;
  if (opensWithParticiple(view, from, to)) from += 1;
  const afterArticle = ['the', 'a', 'an'].includes(tokens[from - 1]?.lower ?? '');
  // "President Lucia Ferrante of Vellmar": the place after the name completes the role.
  const ofPlace = roleTailOf(tokens, from, to);
  if (ofPlace !== null) to = ofPlace - 1;
  const organisations = findOrganisations(registry, view, from, to);
  // "Desmond Browne QC", "Jane Doe MP": letters after a full name are not part of it.
  while (
    to - 2 >= from &&
    isAcronym(tokens[to] ?? EMPTY) &&
    !organisations.has(to) &&
    isNameWord(tokens[to - 1] ?? EMPTY) &&
    isNameWord(tokens[to - 2] ?? EMPTY)
  )
    to -= 1;
  let nameFrom = to + 1;
  while (nameFrom - 1 >= from && to - nameFrom + 1 < MAX_NAME_WORDS) {
    const token = tokens[nameFrom - 1];
    const inside = token !== undefined && isInitial(token) && nameFrom <= to;
    if (token === undefined || organisations.has(nameFrom - 1) || !(isNameWord(token) || inside)) break;
    nameFrom -= 1;
  }
  if (nameFrom <= to && isGivenNameLikePlace(tokens, nameFrom - 1, from)) nameFrom -= 1;
  // "Mayor of Lindenfeld Otto Brandauer": the word right after "of" completes the role, not the name.
  if (to - nameFrom >= 2 && ['of', 'for', 'the'].includes(tokens[nameFrom - 1]?.lower ?? '')) nameFrom += 1;
  while (nameFrom <= to && !(tokens[nameFrom]?.capitalised ?? false)) nameFrom += 1;
  const words = to - nameFrom + 1;
  if (words <= 0) {
    const only = tokens[from];
    if (from === to && only !== undefined && isAcronym(only) && !organisations.has(from))
      singles.push({ view, index: from });
    return;
  }
  const titled =
    nameFrom > from &&
    (TITLE_HEADS.has(tokens[nameFrom - 1]?.lower ?? '') || HONORIFICS.has(tokens[nameFrom - 1]?.lower ?? ''));
  if (words === 1 && !titled) {
    singles.push({ view, index: to });
    return;
  }
  const first = tokens[nameFrom];
  const last = tokens[to];
  if (first === undefined || last === undefined) return;
  const prefix = tokens.slice(from, nameFrom);
  const name = masked.slice(first.start, last.end);
  // People are never "the Daily Star" or "the Transparency Server": a bare name after "the" is a body.
  if (afterArticle && nameFrom === from && words >= 2) {
    const body = registerOrganisation(registry, name);
    addMention(registry, body, {
      paragraph: index,
      phraseStart: base + first.start,
      start: base + first.start,
      end: base + last.end,
      surface: name,
      subjectLike: isSubjectLike(view, from, last),
    });
    return;
  }
  const titleRole = readRole(masked, prefix);
  const role =
    descriptionBefore(view, from) ??
    (titleRole !== null && ofPlace !== null
      ? {
          role: `${titleRole.role} ${masked.slice(tokens[ofPlace]?.start ?? 0, tokens[runTo]?.end ?? 0)}`,
          country: titleRole.country ?? countryOfWord(tokens[runTo]?.text ?? ''),
        }
      : titleRole) ??
    lowercaseRoleBefore(view, from) ??
    appositiveRole(view, runTo);
  const entity =
    words === 1
      ? (resolveSingleName(registry, last, base + last.start) ?? registerPerson(registry, name, null, null))
      : registerPerson(registry, name, null, null);
  if (role !== null) {
    entity.role ??= role.role;
    entity.country ??= role.country;
  }
  entity.gender ??= genderOfWords([
    ...prefix.map((token) => token.lower),
    tokens[from - 1]?.lower ?? '',
    ...(role?.role.toLowerCase().split(/\s+/) ?? []),
  ]);
  addMention(registry, entity, {
    paragraph: index,
    phraseStart: base + (tokens[from]?.start ?? first.start),
    start: base + first.start,
    end: base + last.end,
    surface: name,
    subjectLike: isSubjectLike(view, from, last),
  });
}

/**
 * True for a lone capitalised word that an article never introduced but that is the subject of a
 * reporting verb ("…,” Lukashenko said", "said Lukashenko"): a person the outlet assumes readers
 * know. Places, peoples, role words, acronyms and words after "the" ("the Kremlin said") are not.
 */
function speaksAsBareSurname(view: ParagraphView, index: number, token: Token): boolean {
  if (isAcronym(token) || isPlaceWord(token) || isRoleWord(token) || NON_NAME_CAPITALS.has(token.lower))
    return false;
  const before = view.tokens[index - 1];
  if (before?.lower === 'the') return false;
  const after = view.tokens.slice(index + 1, index + 5).map((next) => next.lower);
  const saidBefore = before !== undefined && matchReportingVerb([before.lower]) !== null;
  return matchReportingVerb(after) !== null || saidBefore;
}

/** "Smith: …" opening an interview paragraph names a person, a surname resolved to the one introduced. */
function registerLabel(registry: EntityRegistry, view: ParagraphView): void {
  const label = speakerLabel(view.text);
  if (label === null || label.question || /^(?:a|answer)$/iu.test(label.label)) return;
  const words = view.tokens.filter((token) => token.end <= label.label.length);
  if (words.length === 0 || !words.every((token) => isNameWord(token))) return;
  const last = words[words.length - 1];
  if (last === undefined) return;
  const entity =
    (words.length === 1 ? resolveSingleName(registry, last, view.base) : null) ??
    registerPerson(registry, label.label, null, null);
  addMention(registry, entity, {
    paragraph: view.index,
    phraseStart: view.base,
    start: view.base,
    end: view.base + last.end,
    surface: label.label,
    subjectLike: true,
  });
}

/**
 * Given the paragraphs of an article, returns the people and organisations named in its narrative
 * (outside quotations) with their roles and every mention: full names with the role around them
 * ("Estonian President Kaja Tamm", "Hana Berg, … Governor of the central
 * bank,"), organisations, then surnames and abbreviations matched to them once all are known.
 */
export function discoverEntities(views: readonly ParagraphView[]): EntityRegistry {
  const registry = createRegistry();
  const singles: Single[] = [];
  for (const view of views) {
    for (const run of nameRuns(view.masked, view.tokens)) readRun(registry, view, run.from, run.to, singles);
  }
  for (const view of views) registerLabel(registry, view);
  for (const { view, index } of singles) {
    const token = view.tokens[index];
    if (token === undefined) continue;
    const entity =
      resolveSingleName(registry, token, view.base + token.start) ??
      (speaksAsBareSurname(view, index, token) ? registerPerson(registry, token.text, null, null) : null);
    if (entity === null) continue;
    addMention(registry, entity, {
      paragraph: view.index,
      phraseStart: view.base + token.start,
      start: view.base + token.start,
      end: view.base + token.end,
      surface: token.text,
      subjectLike: isSubjectLike(view, index, token),
    });
  }
  registry.mentions.sort((a, b) => a.start - b.start);
  return registry;
}
