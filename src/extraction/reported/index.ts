import type { ResolutionContext } from '../attribution/resolution-context';
import type { ParagraphView } from '../text/paragraph-view';
import { findLeadingSources } from './find-leading-sources';
import { findVerbClauses } from './find-verb-clauses';
import type { PendingSite, ReportedSite } from './reported-site';

export type { PendingSite, ReportedSite } from './reported-site';

const within = (inner: PendingSite, outer: PendingSite): boolean =>
  outer.start <= inner.start && inner.end <= outer.end;

/**
 * Sites inside another site's clause ("added that he hoped progress …") are part of that report,
 * not reports of their own: each runs only when no site holding it has been reported.
 */
function dropNested(sites: readonly PendingSite[]): PendingSite[] {
  const reported = new Set<PendingSite>();
  return sites.map((site, position) => {
    const holders = sites.filter(
      (other, at) => at !== position && within(site, other) && (!within(other, site) || at < position),
    );
    const resolve = (): ReportedSite | null => {
      if (holders.some((holder) => reported.has(holder))) return null;
      const resolved = site.resolve();
      if (resolved !== null) reported.add(site);
      return resolved;
    };
    return { ...site, resolve };
  });
}

/**
 * Given a paragraph, returns every reported-speech site in it, unresolved: clauses after a
 * reporting verb (with or without "that") and clauses led by their source ("According to X, …").
 */
export function findReportedSpeech(context: ResolutionContext, view: ParagraphView): PendingSite[] {
  return dropNested([...findVerbClauses(context, view), ...findLeadingSources(context, view)]);
}
