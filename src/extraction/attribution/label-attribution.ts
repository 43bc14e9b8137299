import type { QuoteSpan } from '../quotes/quote-span';
import { speakerLabel } from '../quotes/speaker-label';
import type { ResolutionContext, Subject } from './resolution-context';

/** The person an interview is with: the one the article names most often. */
function interviewee(context: ResolutionContext): number | null {
  const counts = new Map<number, number>();
  for (const mention of context.registry.mentions)
    if (context.registry.entities[mention.entity]?.kind === 'person')
      counts.set(mention.entity, (counts.get(mention.entity) ?? 0) + 1);
  let best: number | null = null;
  for (const [entity, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = entity;
  return best;
}

/**
 * Given a quotation in an interview paragraph, returns its speaker by the paragraph's label
 * ("Smith: “…”"), or, for an answer labelled "A:" or printed bare after a question, the person
 * interviewed; null for a question or an unlabelled paragraph of another kind.
 */
export function labelSubject(context: ResolutionContext, span: QuoteSpan): Subject | null {
  const view = context.views[span.paragraph];
  if (view === undefined) return null;
  const label = speakerLabel(view.text);
  if (label?.question === true) return null;
  if (label !== null && !/^(?:a|answer)$/iu.test(label.label)) {
    const named = context.registry.mentions.find((mention) => mention.start === view.base);
    return named === undefined ? null : { entity: named.entity, surface: named.surface, offset: view.base };
  }
  if (label === null && span.answer !== true) return null;
  const entity = interviewee(context);
  return entity === null ? null : { entity, surface: label?.label ?? '', offset: view.base };
}
