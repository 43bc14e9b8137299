/** A speaker label opening an interview paragraph ("Q:", "Smith:", "Jane Doe:"), with where the answer starts. */
export interface SpeakerLabel {
  /** The label as written ("Matter", "Q"). */
  label: string;
  /** The interviewer's question ("Q:", "Question:") rather than an answer. */
  question: boolean;
  /** Offset in the paragraph where the words after the label start. */
  textStart: number;
}

const LABEL = /^((?:\p{Lu}[\p{L}’'.-]*)(?: \p{Lu}[\p{L}’'.-]*){0,2}):\s+/u;
const QUESTION_LABELS = new Set(['q', 'question', 'interviewer']);
const ANSWER_LABELS = new Set(['a', 'answer']);
/** Labels that head notes, not speech ("Note:", "Update:", "Photo:"). */
const NOT_SPEAKERS = new Set([
  'note',
  'update',
  'updated',
  'photo',
  'source',
  'sources',
  'editor',
  'correction',
  'background',
  'watch',
  'related',
  'read',
  'listen',
  'warning',
  'summary',
  'published',
  'by',
  'caption',
  'video',
  'image',
  'tags',
]);

/**
 * Given a paragraph, returns the speaker label it opens with, or null. A label is "Q:"/"A:" or a
 * name of up to three capitalised words followed by a colon, as interviews and candidate
 * questionnaires print them; note headers ("Update:", "Photo:") are not labels.
 */
export function speakerLabel(paragraph: string): SpeakerLabel | null {
  const match = LABEL.exec(paragraph);
  const label = match?.[1];
  if (match === null || label === undefined) return null;
  const lower = label.toLowerCase();
  if (NOT_SPEAKERS.has(lower.split(' ')[0] ?? lower)) return null;
  if (QUESTION_LABELS.has(lower)) return { label, question: true, textStart: match[0].length };
  if (ANSWER_LABELS.has(lower) || /^\p{Lu}\p{Ll}/u.test(label))
    return { label, question: false, textStart: match[0].length };
  return null;
}
