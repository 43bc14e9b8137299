import { matchReportingVerb } from '../lexicon/reporting-verbs';

const MAX_TAIL_WORDS = 7;
const SEPARATOR = /[,.!?] /g;

/**
 * Given a paragraph and where an unclosed quotation's words start, returns where a closing
 * attribution begins ("…came too late, Kowal said." -> the comma; "…late. Kowal said." -> just
 * after the full stop), or null when the paragraph does not end with a short phrase built on a
 * reporting verb.
 */
export function attributionTailStart(text: string, from: number): number | null {
  let found: number | null = null;
  SEPARATOR.lastIndex = from;
  for (let match = SEPARATOR.exec(text); match !== null; match = SEPARATOR.exec(text)) {
    const words = text
      .slice(match.index + 2)
      .replace(/[.!?]+$/, '')
      .toLowerCase()
      .split(/\s+/);
    if (words.length > MAX_TAIL_WORDS || /[.!?,;:]/.test(words.join(' '))) continue;
    const hasVerb = words.some((_, at) => {
      const hit = matchReportingVerb(words.slice(at));
      return hit !== null && hit.verb.form !== 'gerund';
    });
    if (hasVerb) found = match[0].startsWith(',') ? match.index : match.index + 1;
  }
  return found;
}
