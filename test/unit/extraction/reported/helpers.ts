import { extract } from '../../../../src/extraction';
import { DEFAULT_TAXONOMY } from '../../../../src/topic/default-taxonomy';

/** A reported quote as a test reads it: the clause, its cue and the speaker's name (null when unnamed). */
export interface ReportedView {
  text: string;
  cue: string | null;
  speaker: string | null;
}

/** Given an article body (paragraphs on their own lines), returns the reported speech extracted from it. */
export function reportedIn(body: string, title = 'Test article'): ReportedView[] {
  const result = extract({ title, body }, { taxonomy: DEFAULT_TAXONOMY });
  return result.quotes
    .filter((quote) => quote.kind === 'indirect')
    .map((quote) => ({
      text: quote.text,
      cue: quote.cue,
      speaker: result.speakers.find((speaker) => speaker.key === quote.speakerKey)?.name ?? null,
    }));
}

/** Given an article body, returns the texts of its reported clauses. */
export function reportedTexts(body: string): string[] {
  return reportedIn(body).map((quote) => quote.text);
}
