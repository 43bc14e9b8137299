import { registerEnumType } from 'type-graphql';

/** The order of a quote list. */
export enum QuoteOrder {
  RECENTLY_ADDED = 'RECENTLY_ADDED',
  PUBLISHED_NEWEST = 'PUBLISHED_NEWEST',
  PUBLISHED_OLDEST = 'PUBLISHED_OLDEST',
}

registerEnumType(QuoteOrder, {
  name: 'QuoteOrder',
  description: 'The order of a quote list.',
  valuesConfig: {
    RECENTLY_ADDED: {
      description: "The list's own order: the newest stored quote first (reading order in an article).",
    },
    PUBLISHED_NEWEST: { description: "By the article's publication (else ingest) time, newest first." },
    PUBLISHED_OLDEST: { description: "By the article's publication (else ingest) time, oldest first." },
  },
});
