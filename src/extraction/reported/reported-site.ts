import type { Subject } from '../attribution/resolution-context';

/** A stretch of reported speech: the clause, its cue and who it is reported from. */
export interface ReportedSite {
  /** Body offsets of the reported clause. */
  start: number;
  end: number;
  paragraph: number;
  cue: string;
  subject: Subject;
}

/** A reported-speech site found but not yet resolved: resolving it reads the speaker trail, so sites run in reading order. */
export interface PendingSite {
  /** Body offset that orders the site among the article's others. */
  anchor: number;
  resolve: () => ReportedSite | null;
}
