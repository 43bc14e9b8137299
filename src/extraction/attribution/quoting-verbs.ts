import type { ReportingVerb } from '../lexicon/reporting-verbs';
import type { ParagraphView } from '../text/paragraph-view';
import type { VerbHit } from './verb-at';

/**
 * Verbs by which a speaker puts a thing in their own quoted words without reporting a clause:
 * "called the decision a “no-brainer”", "described the move as “prudent”", "hailed it as “historic”".
 * They attribute a quotation that follows them, never reported speech.
 */
const LEMMAS = [
  'call',
  'describe',
  'characterise',
  'characterize',
  'brand',
  'label',
  'hail',
  'dismiss',
  'condemn',
  'denounce',
  'decry',
  'criticise',
  'criticize',
  'praise',
  'welcome',
  'term',
  'dub',
  'accuse',
  'trumpet',
  'tout',
  'promise',
  'vow',
];

function forms(lemma: string): string[] {
  const stem = lemma.replace(/e$/, '');
  const doubled = /^(?:dub|label)$/.test(lemma) ? lemma + lemma.slice(-1) : lemma;
  if (lemma.endsWith('y') && !/[aeiou]y$/.test(lemma)) {
    const base = lemma.slice(0, -1);
    return [lemma, `${base}ies`, `${base}ied`, `${lemma}ing`];
  }
  return [lemma, `${lemma}s`, `${stem}ed`, `${doubled}ed`, `${stem}ing`, `${doubled}ing`];
}

const FORMS = new Map<string, ReportingVerb>();
for (const lemma of LEMMAS)
  for (const form of forms(lemma)) {
    const kind = form.endsWith('ing') ? 'gerund' : form.endsWith('ed') ? 'passive-prone' : 'finite';
    FORMS.set(form, { lemma, form: kind, takesObject: true });
  }

/** Given a paragraph and a word index, returns the quoting verb there ("called", "describing"), or null. */
export function quotingVerbAt(view: ParagraphView, index: number): VerbHit | null {
  const token = view.tokens[index];
  const verb = token === undefined || token.capitalised ? undefined : FORMS.get(token.lower);
  if (token === undefined || verb === undefined) return null;
  return { index, length: 1, verb, text: view.masked.slice(token.start, token.end) };
}
