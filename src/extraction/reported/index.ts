import type { ResolutionContext } from '../attribution/resolution-context';
import type { ParagraphView } from '../text/paragraph-view';
import { findLeadingSources } from './find-leading-sources';
import { findTrailingTags } from './find-trailing-tags';
import { findVerbClauses } from './find-verb-clauses';
import type { PendingSite, ReportedSite } from './reported-site';

export type { PendingSite, ReportedSite } from './reported-site';

const within = (inner: PendingSite, outer: PendingSite): boolean =>
  outer.start <= inner.start && inner.end <= outer.end;

/**
 * Sites inside another site's clause are one report, not two: a verb's clause holds the reports
 * inside it ("added that he hoped progress …"), a closing tag gives way to them ("A, X said, Agency
 * reports"). Sites run in reading order; a site is dropped when the one that wins over it was
 * reported first, and a yielding site is dropped when a report inside it was.
 */
function dropNested(sites: readonly PendingSite[]): PendingSite[] {
  const reported = new Set<PendingSite>();
  return sites.map((site, position) => {
    const holders = sites.filter(
      (other, at) =>
        at !== position &&
        other.yieldsToInner !== true &&
        within(site, other) &&
        (!within(other, site) || at < position),
    );
    const inner =
      site.yieldsToInner === true ? sites.filter((other, at) => at !== position && within(other, site)) : [];
    const resolve = (): ReportedSite | null => {
      if ([...holders, ...inner].some((other) => reported.has(other))) return null;
      const resolved = site.resolve();
      if (resolved !== null) reported.add(site);
      return resolved;
    };
    return { ...site, resolve };
  });
}

/**
 * Given a paragraph, returns every reported-speech site in it, unresolved: clauses after a
 * reporting verb (with or without "that"), clauses led by their source ("According to X, …") and
 * clauses closed by it ("…, X said.", "…, according to X.").
 */
export function findReportedSpeech(context: ResolutionContext, view: ParagraphView): PendingSite[] {
  return dropNested([
    ...findVerbClauses(context, view),
    ...findLeadingSources(context, view),
    ...findTrailingTags(context, view),
  ]);
}
