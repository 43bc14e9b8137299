import type { Subject } from '../attribution/resolution-context';

/** A stretch of reported speech: the clause, its cue and who it is reported from. */
export interface ReportedSite {
  /** Body offsets of the reported clause. */
  start: number;
  end: number;
  paragraph: number;
  cue: string;
  /** Who said it, or null for a source the text does not name ("officials said"). */
  subject: Subject | null;
}

/** A reported-speech site found but not yet resolved: resolving it reads the speaker trail, so sites run in reading order. */
export interface PendingSite {
  /** Body offset that orders the site among the article's others. */
  anchor: number;
  /** Body offsets of the clause it would report. */
  start: number;
  end: number;
  /**
   * When another site lies inside this one's clause, which is the report: a closing tag gives way
   * to a report inside its clause ("A, X said, …, Agency reports"); a verb's clause holds the
   * reports inside it ("added that he hoped …"). Defaults to holding them.
   */
  yieldsToInner?: boolean;
  resolve: () => ReportedSite | null;
}
