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
      description:
        'The newest stored quote first; in one article, reading order (the default of `Article.quotes`).',
    },
    PUBLISHED_NEWEST: {
      description:
        "By the article's publication (else ingest) time, newest first: the default of every quote list but an article's.",
    },
    PUBLISHED_OLDEST: { description: "By the article's publication (else ingest) time, oldest first." },
  },
});
